import { DAY_MS } from '../util/days.ts';
import type { Config } from '../config/env.ts';
import type { SourceConfig } from '../config/sources.ts';
import type { HttpClient } from '../net/http-client.ts';
import { fetchConditional } from '../sources/http-fetch.ts';
import type { Stores } from '../store/index.ts';
import type { SourceState } from '../store/source-state-store.ts';
import { countsText, storeCounts, type StorePlace } from './store-status.ts';

export type Level = 'ok' | 'warn' | 'fail';
export interface Finding {
  level: Level;
  text: string;
}

export function platformFindings(c: Config): Finding[] {
  const out: Finding[] = [];
  if (!c.DISCORD_TOKEN && !c.TELEGRAM_TOKEN) out.push({ level: 'ok', text: 'no platform token set: "run" uses the console platform (alerts on stdout)' });
  if (c.TELEGRAM_TOKEN) out.push({ level: 'ok', text: `Telegram token set${c.TELEGRAM_API_ROOT ? ` (API root ${c.TELEGRAM_API_ROOT})` : ''}` });
  if (c.DISCORD_TOKEN) {
    out.push({ level: 'ok', text: 'Discord token set' });
    if (!c.DISCORD_APPLICATION_ID) out.push({ level: 'fail', text: 'DISCORD_TOKEN is set but DISCORD_APPLICATION_ID is not: slash commands cannot be registered' });
  }
  if (!c.DISCORD_TOKEN && (c.DISCORD_APPLICATION_ID || c.DISCORD_GUILD_ID))
    out.push({ level: 'warn', text: 'DISCORD_APPLICATION_ID/DISCORD_GUILD_ID are set but DISCORD_TOKEN is not: Discord stays off' });
  return out;
}

/** A store that is not there yet: said loudly, since a deleted file would otherwise lose every subscription in silence. */
export function missingStoreFinding(place: StorePlace): Finding {
  return {
    level: 'warn',
    text: `store ${place.shown}: the file ${place.file ?? '?'} does not exist; "run" will create a new, empty store there. If this bot had subscribers, their store is elsewhere: check STORE_URL and the working directory`,
  };
}

/** Which store, whether it exists, and what it holds. */
export async function storeFindings(place: StorePlace, stores: Stores): Promise<Finding> {
  const where = place.file ? `${place.shown} (file ${place.file}, exists)` : place.shown;
  try {
    const counts = await storeCounts(stores);
    const empty = counts.draws === 0 ? '; empty: "run" fills it with IRCC\'s bundled history' : '';
    return { level: counts.draws > 0 ? 'ok' : 'warn', text: `store ${where}: ${countsText(counts)}${empty}` };
  } catch (err) {
    return { level: 'fail', text: `store ${where}: ${(err as Error).message}` };
  }
}

/** What the stored state says about a source's health; a day of failures is loud. */
export function sourceHealth(source: SourceConfig, state: SourceState, now: Date): Finding {
  if (state.consecutiveFailures === 0) {
    const when = state.lastSuccessAt ? `last read ${state.lastSuccessAt}` : 'not polled yet';
    return { level: 'ok', text: `source ${source.id}: ${when}` };
  }
  const since = state.failingSince ? now.getTime() - Date.parse(state.failingSince) : 0;
  const level: Level = since >= DAY_MS ? 'fail' : 'warn';
  const loud = since >= DAY_MS ? ` — FAILING FOR ${Math.floor(since / 3_600_000)} HOURS (since ${state.failingSince ?? '?'})` : '';
  const waiting = state.backoffUntil ? `; next try after ${state.backoffUntil}` : '';
  return {
    level,
    text: `source ${source.id}: ${state.consecutiveFailures} failure(s) in a row, last error "${state.lastError ?? '?'}" at ${state.lastErrorAt ?? '?'}${waiting}${loud}`,
  };
}

export async function liveCheck(source: SourceConfig, http: HttpClient, userAgent: string): Promise<Finding> {
  try {
    const res = await fetchConditional({ url: source.url, userAgent, timeoutMs: Math.min(source.timeoutMs, 10_000), maxBytes: source.maxBytes, maxRedirects: 5, http });
    return { level: 'ok', text: `source ${source.id}: reachable now (${res.status === 'ok' ? `${res.body.length} characters` : 'not modified'})` };
  } catch (err) {
    return { level: 'warn', text: `source ${source.id}: cannot be read now: ${(err as Error).message}` };
  }
}
