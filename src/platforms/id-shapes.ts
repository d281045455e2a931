import { DISCORD_ID_SHAPES } from './discord/limits.ts';
import { TELEGRAM_ID_SHAPES } from './telegram/limits.ts';

/** What a platform's ids look like, to check rows imported from another bot. */
export interface IdShapes {
  chat: RegExp;
  user: RegExp;
  thread: RegExp;
}

/** Each platform's id shapes, from its own folder. */
export const ID_SHAPES: Readonly<Record<'telegram' | 'discord', IdShapes>> = { telegram: TELEGRAM_ID_SHAPES, discord: DISCORD_ID_SHAPES };
