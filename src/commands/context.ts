import type { ChatRef, CommandContext, CommandDefinition, UserRef } from './types.ts';
import type { Lang, Programs } from '../config/programs.ts';
import type { Stores } from '../store/index.ts';
import type { Localizer } from '../i18n/localizer.ts';

export interface ContextDeps {
  stores: Pick<Stores, 'draws' | 'pool' | 'prefs' | 'subscriptions'>;
  /** Every chat command (for /help). */
  commands: readonly CommandDefinition[];
  programs: Programs;
  localizer: Localizer;
  now: () => Date;
}

/** The context a command runs in: the app's stores and catalogue, who asks where, in which language. */
export function commandContext(deps: ContextDeps, chat: ChatRef, user: UserRef, lang: Lang): CommandContext {
  const { stores } = deps;
  return {
    draws: stores.draws,
    pool: stores.pool,
    prefs: stores.prefs,
    subscriptions: stores.subscriptions,
    programs: deps.programs,
    commands: deps.commands,
    lang,
    t: deps.localizer.forLang(lang),
    now: deps.now,
    chat,
    user,
  };
}
