import type { Programs, Lang } from '../config/programs.ts';
import type { DrawStore } from '../store/draw-store.ts';
import type { PoolStore } from '../store/pool-store.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import type { PreferenceStore } from '../store/preference-store.ts';
import type { Translate } from '../i18n/localizer.ts';
import type { Reply } from '../reply/reply.ts';

export type { Reply, ReplyButton, ReplyField, ReplyImage } from '../reply/reply.ts';

export type { Lang };

export interface Localized {
  en: string;
  fr: string;
}

/** What a platform that suggests values while the user types (Discord's autocomplete) offers for an option. */
export type Suggestions = 'program' | 'programs' | 'period';

/**
 * One option of a chat command; Telegram takes the same values in this order. Platforms with
 * typed options (Discord's slash commands) show each as its own field.
 */
export interface CommandOption {
  name: string;
  /** `boolean` only with `typedOnly`: a typed line has no switches. */
  type: 'string' | 'integer' | 'boolean';
  description: Localized;
  required?: boolean;
  min?: number;
  max?: number;
  /** Takes every remaining word (program names, lists of programs). At most one per command. */
  rest?: boolean;
  /** For a typed string that is not `rest`: what a value looks like (used to place words typed in order). */
  pattern?: RegExp;
  /** The option's name as each language sees it where the platform shows names (Discord); handlers always get `name`. */
  names?: Localized;
  /**
   * Where options are typed, the value's shape when it differs from a typed line's: /notify's
   * score is "510" or "off" as a word, a bounded integer as an option (with `off` an option of
   * its own, so the score is no longer required there).
   */
  typed?: { type: 'integer'; min: number; max: number; required: boolean; description: Localized };
  /** Only where options are typed: a typed line says the same with a word of another option ("/notify off"). */
  typedOnly?: boolean;
  /** Values to suggest while the user types, where the platform can. */
  suggest?: Suggestions;
  /** A closed list of values, shown as a menu where the platform can. */
  choices?: readonly { value: string; name: Localized }[];
}

export interface ChatRef {
  platform: string;
  id: string;
  kind: 'private' | 'group' | 'channel';
  /** Forum topic / thread, when the platform has one. */
  threadId?: string;
  /**
   * How a personal ping set in this group or channel reaches its user: `mention` here (Telegram,
   * where a bot may not write to a user first), or `dm` with this chat as the fallback when the
   * user's DMs are closed (Discord). Default `mention`; in a private chat it is always a DM.
   */
  pingStyle?: 'mention' | 'dm';
  /** What the bot lacks to post alerts here, in the platform's own words ("Send Messages"); absent when the platform cannot tell. */
  missingRights?: readonly string[];
}

export interface UserRef {
  platform: string;
  id: string;
  name?: string;
  /** Whether this user may manage the chat's subscriptions. */
  isAdmin: boolean;
}

export interface CommandContext {
  draws: DrawStore;
  pool: PoolStore;
  /** Per-user choices such as the reply language (/language). */
  prefs: PreferenceStore;
  /** Chat subscriptions and personal thresholds (/subscribe, /notify, /settings). */
  subscriptions: SubscriptionStore;
  programs: Programs;
  /** Every chat command, in the order /help lists them. */
  commands: readonly CommandDefinition[];
  lang: Lang;
  t: Translate;
  now: () => Date;
  chat: ChatRef;
  user: UserRef;
}

export type CommandArgs = Record<string, string | undefined>;

/** A chat command: data plus a pure handler returning a reply model. */
export interface CommandDefinition {
  name: string;
  description: Localized;
  options: CommandOption[];
  /** Example command lines shown by /help and in error replies. */
  examples: string[];
  /** In groups and servers, only admins may use it: adapters then look up whether the user is one. */
  adminInGroups?: boolean;
  /** Usually takes over a second (it renders an image): platforms with an answer deadline acknowledge at once. */
  slow?: boolean;
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}
