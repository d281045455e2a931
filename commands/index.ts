import { latest } from './latest.ts';
import type { CommandDefinition } from './types.ts';

/** Every chat command, in the order /help lists them. Adding a command is adding it here. */
export const commands: readonly CommandDefinition[] = [latest];
