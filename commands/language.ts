import { LANGS } from '../src/i18n/localizer.ts';
import { UserError } from '../src/commands/user-error.ts';
import type { Lang } from '../src/config/programs.ts';
import type { CommandDefinition } from '../src/commands/types.ts';

/** What people type for each language, in either language. */
const NAMES: Record<string, Lang> = { en: 'en', english: 'en', anglais: 'en', fr: 'fr', french: 'fr', francais: 'fr', français: 'fr' };
/** Each language's own name, whatever the reply's language: the way a language menu is written. */
const AUTONYMS: Record<Lang, string> = { en: 'English', fr: 'Français' };

export const language = {
  name: 'language',
  description: { en: 'Choose the language of my answers: en or fr', fr: 'Choisir la langue de mes réponses : en ou fr' },
  options: [
    {
      name: 'language',
      type: 'string',
      names: { en: 'language', fr: 'langue' },
      choices: LANGS.map((l) => ({ value: l, name: { en: AUTONYMS[l], fr: AUTONYMS[l] } })),
      description: { en: 'en (English) or fr (français)', fr: 'en (English) ou fr (français)' },
    },
  ],
  examples: ['/language fr', '/language en'],
  async run(ctx, args) {
    const { t } = ctx;
    const raw = args['language']?.trim();
    const buttons = LANGS.map((l) => ({ label: AUTONYMS[l], command: `/language ${l}` }));
    if (!raw) return { text: t('language.current', { name: t(`language.name_${ctx.lang}`) }), buttons };
    const chosen = NAMES[raw.toLowerCase()];
    if (!chosen) throw new UserError(t('language.unknown', { input: raw.slice(0, 20) }));
    // Kept per user (not per chat): in a group, each member reads the bot in their own language.
    await ctx.prefs.set(ctx.user.platform, ctx.user.id, { lang: chosen });
    // The confirmation is already in the new language: i18next's `lng` option overrides the bound one.
    return { text: t('language.set', { lng: chosen }) };
  },
} satisfies CommandDefinition;
