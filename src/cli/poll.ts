import { createApp } from '../app.ts';
import { pollOnce } from '../poller/poll-once.ts';
import { UsageError } from './io.ts';
import { eventJson, eventLine } from './draw-line.ts';
import { parseVerbArgs, type CliContext } from './context.ts';
import { announceNewStore } from './store-status.ts';

/** `poll --once [--json]`: every source once; a line per event; failing sources named on stderr; exit 0. */
export async function pollVerb(args: string[], { io, config, logger }: CliContext): Promise<number> {
  const { values } = parseVerbArgs({ args, options: { once: { type: 'boolean' }, json: { type: 'boolean' } }, strict: true });
  if (!values.once) throw new UsageError('only "poll --once" is supported; "run" polls on a schedule');
  announceNewStore(config.STORE_URL, logger);
  const app = await createApp({ config, logger });
  try {
    const result = await pollOnce(app.sources, app.pollDeps, { force: true });
    for (const event of result.events) io.stdout(`${values.json ? JSON.stringify(eventJson(event)) : eventLine(event)}\n`);
    for (const f of result.failures) io.stderr(`warning: source ${f.sourceId} failed: ${f.message}\n`);
    return 0;
  } finally {
    await app.close();
  }
}
