import { chart } from './chart.ts';
import { help } from './help.ts';
import { history } from './history.ts';
import { language } from './language.ts';
import { latest } from './latest.ts';
import { notify } from './notify.ts';
import { pool } from './pool.ts';
import { settings } from './settings.ts';
import { stats } from './stats.ts';
import { subscribe } from './subscribe.ts';
import { unsubscribe } from './unsubscribe.ts';
import type { CommandDefinition } from '../src/commands/types.ts';

/** Every chat command, in the order /help lists them. Adding a command is adding it here. */
export const commands: readonly CommandDefinition[] = [latest, history, stats, chart, pool, subscribe, unsubscribe, notify, settings, language, help];
