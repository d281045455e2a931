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

/** One option of a chat command; Telegram takes the same values in this order. */
export interface CommandOption {
  name: string;
  type: 'string' | 'integer';
  description: Localized;
  required?: boolean;
  min?: number;
  max?: number;
  /** Takes every remaining word (program names, lists of programs). At most one per command. */
  rest?: boolean;
  /** For a typed string that is not `rest`: what a value looks like (used to place words typed in order). */
  pattern?: RegExp;
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
  run(ctx: CommandContext, args: CommandArgs): Promise<Reply>;
}
