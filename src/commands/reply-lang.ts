import type { Lang } from '../config/programs.ts';
import type { PreferenceStore } from '../store/preference-store.ts';
import { langFrom } from '../i18n/localizer.ts';

/** Who asks, as far as the language choice goes. */
export interface LangAsker {
  platform: string;
  id: string;
}

/**
 * The language of a reply: what the user asked for this once (`ask --lang`), else what they chose
 * with /language, else their client's language where the platform tells it, else English.
 */
export async function replyLang(prefs: PreferenceStore, user: LangAsker, hints: { explicit?: string | undefined; client?: string | undefined } = {}): Promise<Lang> {
  if (hints.explicit) return langFrom(hints.explicit);
  const stored = (await prefs.get(user.platform, user.id)).lang;
  if (stored) return stored;
  return hints.client ? langFrom(hints.client) : 'en';
}
