import type { InteractionRef } from './respond.ts';

/** Where an interaction happened: a server channel or thread (with the bot's permissions there), or a DM. */
export type InteractionPlace = { kind: 'server'; channelId: string; thread: boolean; appPermissions: bigint } | { kind: 'dm'; channelId: string };

/** What the bot needs of any interaction, whichever way it came (the gateway or HTTP). */
export interface InteractionFacts {
  ref: InteractionRef;
  /** The user's client language (`fr`, `en-US`). */
  locale: string | undefined;
  user: { id: string; name: string };
  place: InteractionPlace;
  /** The member's permissions in this very channel (overwrites included), as Discord computed them; null in a DM. */
  memberPermissions: bigint | null;
}

export type OptionValues = Record<string, string | number | boolean | undefined>;

/** One interaction in the bot's terms: autocomplete, a slash command, or a button. */
export type InteractionIn =
  | { kind: 'autocomplete'; facts: InteractionFacts; command: string; focused: { name: string; value: string } }
  | { kind: 'command'; facts: InteractionFacts; command: string; options: OptionValues }
  | { kind: 'button'; facts: InteractionFacts; customId: string };
