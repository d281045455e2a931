import { readdirSync, readFileSync } from 'node:fs';
import i18next, { type i18n } from 'i18next';
import type { Lang } from '../config/programs.ts';
import { packageUrl } from '../paths.ts';

export type Translate = (key: string, vars?: Record<string, unknown>) => string;

export const LANGS: readonly Lang[] = ['en', 'fr'];

const LOCALES_DIR = packageUrl('config/locales/');

/** Every `config/locales/<lang>/*.json` file, merged (one file per area: common, alerts, each command…). */
function loadLang(lang: Lang): Record<string, unknown> {
  const dir = new URL(`${lang}/`, LOCALES_DIR);
  const merged: Record<string, unknown> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as Record<string, unknown>;
    for (const [key, value] of Object.entries(data)) {
      if (key in merged) throw new Error(`locale ${lang}/${file}: the top-level key "${key}" is already defined in another file`);
      merged[key] = value;
    }
  }
  return merged;
}

function loadResources(): Record<Lang, Record<string, unknown>> {
  return { en: loadLang('en'), fr: loadLang('fr') };
}

/** One i18next instance per app (no global); `forLang` gives a translator bound to a language. */
export interface Localizer {
  forLang(lang: Lang): Translate;
}

export function createLocalizer(): Localizer {
  const instance: i18n = i18next.createInstance();
  const resources = loadResources();
  void instance.init({
    initAsync: false,
    lng: 'en',
    fallbackLng: 'en',
    supportedLngs: [...LANGS],
    resources: { en: { translation: resources.en }, fr: { translation: resources.fr } },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  const fixed = new Map(LANGS.map((l) => [l, instance.getFixedT(l)]));
  return {
    forLang(lang) {
      const t = fixed.get(lang) ?? instance.getFixedT('en');
      return (key, vars) => t(key, vars ?? {});
    },
  };
}

/** "fr-CA", "fr" → fr; anything else → en. */
export function langFrom(code: string | undefined | null): Lang {
  return code?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
