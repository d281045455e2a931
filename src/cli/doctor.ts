import { createApp, type App } from '../app.ts';
import type { SourceConfig } from '../config/sources.ts';
import { fetchConditional } from '../sources/http-fetch.ts';
import type { SourceState } from '../store/source-state-store.ts';
import { checkDiscordToken } from '../platforms/discord/check-token.ts';
import { checkTelegramToken } from '../platforms/telegram/check-token.ts';
import { USER_AGENT } from '../version.ts';
import { parseVerbArgs, type CliContext } from './main.ts';

type Level = 'ok' | 'warn' | 'fail';
interface Finding {
  level: Level;
  text: string;
}

const MARK: Record<Level, string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };
const DAY_MS = 86_400_000;

function platformFindings(app: App): Finding[] {
  const c = app.config;
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

/** What the stored state says about a source's health; a day of failures is loud. */
export function sourceHealth(source: SourceConfig, state: SourceState, now: Date): Finding {
  if (state.consecutiveFailures === 0) {
    const when = state.lastSuccessAt ? `last read ${state.lastSuccessAt}` : 'not polled yet';
    return { level: 'ok', text: `source ${source.id}: ${when}` };
  }
  const since = state.failingSince ? now.getTime() - Date.parse(state.failingSince) : 0;
  const level: Level = since >= DAY_MS ? 'fail' : 'warn';
  const loud = since >= DAY_MS ? ` — FAILING FOR ${Math.floor(since / 3_600_000)} HOURS (since ${state.failingSince ?? '?'})` : '';
  return {
    level,
    text: `source ${source.id}: ${state.consecutiveFailures} failure(s) in a row, last error "${state.lastError ?? '?'}" at ${state.lastErrorAt ?? '?'}${loud}`,
  };
}

async function liveCheck(source: SourceConfig): Promise<Finding> {
  try {
    const res = await fetchConditional({ url: source.url, userAgent: USER_AGENT, timeoutMs: Math.min(source.timeoutMs, 10_000), maxBytes: source.maxBytes, maxRedirects: 5 });
    return { level: 'ok', text: `source ${source.id}: reachable now (${res.status === 'ok' ? `${res.body.length} characters` : 'not modified'})` };
  } catch (err) {
    return { level: 'warn', text: `source ${source.id}: cannot be read now: ${(err as Error).message}` };
  }
}

async function storeFindings(app: App): Promise<Finding[]> {
  try {
    const count = await app.stores.draws.count();
    const latest = (await app.stores.draws.list())[0];
    return [
      { level: count > 0 ? 'ok' : 'warn', text: `store ${app.config.STORE_URL.replace(/\/\/[^@/]*@/, '//…@')}: ${count} draws${latest ? `, newest ${latest.date} #${latest.drawNumber ?? '?'}` : ''}` },
    ];
  } catch (err) {
    return [{ level: 'fail', text: `store ${app.config.STORE_URL}: ${(err as Error).message}` }];
  }
}

/** `doctor [--offline]`: configuration, tokens, store and sources, in plain words. Exit 1 when something fails. */
export async function doctorVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  const { values } = parseVerbArgs({ args, options: { offline: { type: 'boolean' } }, strict: true });
  const findings: Finding[] = [{ level: 'ok', text: 'configuration: every variable is valid' }];
  let app: App;
  try {
    app = await createApp({ config, logger });
  } catch (err) {
    findings.push({ level: 'fail', text: `cannot start: ${(err as Error).message}` });
    io.stdout(findings.map((f) => `${MARK[f.level]}  ${f.text}\n`).join(''));
    return 1;
  }
  try {
    findings.push(...platformFindings(app), ...(await storeFindings(app)));
    findings.push({ level: 'ok', text: `sources file ${config.SOURCES_FILE}: ${app.sources.length} source(s)` });
    for (const s of app.sources) findings.push(sourceHealth(s, await app.stores.sources.get(s.id), app.now()));
    if (!values.offline) findings.push(...(await Promise.all(app.sources.filter((s) => s.enabled).map(liveCheck))));
    if (!values.offline && config.TELEGRAM_TOKEN) {
      const tg = await checkTelegramToken(config.TELEGRAM_TOKEN, config.TELEGRAM_API_ROOT);
      findings.push(tg.ok ? { level: 'ok', text: `Telegram: the token belongs to @${tg.username}` } : { level: 'fail', text: `Telegram: ${tg.reason}` });
    }
    if (!values.offline && config.DISCORD_TOKEN) {
      const dc = await checkDiscordToken(config.DISCORD_TOKEN, { apiRoot: config.DISCORD_API_ROOT });
      findings.push(dc.ok ? { level: 'ok', text: `Discord: the token belongs to ${dc.username} (id ${dc.id})` } : { level: 'fail', text: `Discord: ${dc.reason}` });
    }
  } finally {
    await app.close();
  }
  io.stdout(findings.map((f) => `${MARK[f.level]}  ${f.text}\n`).join(''));
  return findings.some((f) => f.level === 'fail') ? 1 : 0;
}
