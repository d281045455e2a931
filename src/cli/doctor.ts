import { loadSources, SourcesFileError, type SourceConfig } from '../config/sources.ts';
import { createHttpClient } from '../net/http-client.ts';
import { checkDiscordToken } from '../platforms/discord/check-token.ts';
import { checkDiscordInteractions } from '../platforms/discord/check-interactions.ts';
import { checkTelegramToken, checkTelegramWebhook } from '../platforms/telegram/check-token.ts';
import { openStores } from '../store/index.ts';
import { parseVerbArgs, type CliContext } from './context.ts';
import { liveCheck, missingStoreFinding, platformFindings, sourceHealth, storeFindings, type Finding, type Level } from './doctor-findings.ts';
import { storePlace } from './store-status.ts';

const MARK: Record<Level, string> = { ok: 'ok  ', warn: 'WARN', fail: 'FAIL' };

/**
 * `doctor [--offline]`: configuration, tokens, store and sources, in plain words. Exit 1 when
 * something fails. It only reads: a missing SQLite file is reported, never created, and the store
 * is opened without seeding it or taking leases.
 */
export async function doctorVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  const { values } = parseVerbArgs({ args, options: { offline: { type: 'boolean' } }, strict: true });
  const findings: Finding[] = [{ level: 'ok', text: 'configuration: every variable is valid' }, ...platformFindings(config)];
  let sources: SourceConfig[] = [];
  try {
    sources = await loadSources(config.SOURCES_FILE);
    findings.push({ level: 'ok', text: `sources file ${config.SOURCES_FILE}: ${sources.length} source(s)` });
  } catch (err) {
    if (!(err instanceof SourcesFileError)) throw err;
    findings.push({ level: 'fail', text: err.message });
  }

  const place = storePlace(config.STORE_URL);
  if (place.exists === false) {
    findings.push(missingStoreFinding(place));
  } else {
    try {
      const stores = await openStores(config.STORE_URL, logger);
      try {
        findings.push(await storeFindings(place, stores));
        const now = new Date();
        for (const s of sources) findings.push(sourceHealth(s, await stores.sources.get(s.id), now));
      } finally {
        await stores.close();
      }
    } catch (err) {
      findings.push({ level: 'fail', text: `store ${place.shown}: cannot be opened: ${(err as Error).message}` });
    }
  }

  if (!values.offline) {
    const http = createHttpClient();
    try {
      findings.push(...(await Promise.all(sources.filter((s) => s.enabled).map((s) => liveCheck(s, http, config.HTTP_USER_AGENT)))));
    } finally {
      await http.close();
    }
  }
  if (!values.offline && config.TELEGRAM_TOKEN) {
    const tg = await checkTelegramToken(config.TELEGRAM_TOKEN, config.TELEGRAM_API_ROOT);
    findings.push(tg.ok ? { level: 'ok', text: `Telegram: the token belongs to @${tg.username}` } : { level: 'fail', text: `Telegram: ${tg.reason}` });
    if (tg.ok) findings.push(await checkTelegramWebhook(config.TELEGRAM_TOKEN, config.TELEGRAM_API_ROOT, config.TELEGRAM_WEBHOOK_URL));
  }
  if (!values.offline && config.DISCORD_TOKEN) {
    const dc = await checkDiscordToken(config.DISCORD_TOKEN, { apiRoot: config.DISCORD_API_ROOT });
    findings.push(dc.ok ? { level: 'ok', text: `Discord: the token belongs to ${dc.username} (id ${dc.id})` } : { level: 'fail', text: `Discord: ${dc.reason}` });
    if (dc.ok) findings.push(await checkDiscordInteractions(config.DISCORD_TOKEN, config.DISCORD_PUBLIC_KEY, { apiRoot: config.DISCORD_API_ROOT }));
  }
  io.stdout(findings.map((f) => `${MARK[f.level]}  ${f.text}\n`).join(''));
  return findings.some((f) => f.level === 'fail') ? 1 : 0;
}
