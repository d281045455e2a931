import { performance } from 'node:perf_hooks';
import type { CommandHandler } from '../commands/handle-command.ts';
import type { Metrics } from './metrics.ts';

/** The command handler with its count and latency recorded per command and platform. */
export function measuredCommands(handle: CommandHandler, metrics: Pick<Metrics, 'commands' | 'commandSeconds'>): CommandHandler {
  return async (invocation) => {
    const start = performance.now();
    const platform = invocation.user.platform;
    try {
      const handled = await handle(invocation);
      const command = handled.kind === 'reply' ? handled.command.name : handled.kind;
      metrics.commands.inc({ command, platform, result: handled.kind });
      metrics.commandSeconds.observe({ command, platform }, (performance.now() - start) / 1000);
      return handled;
    } catch (err) {
      metrics.commands.inc({ command: 'error', platform, result: 'failed' });
      throw err;
    }
  };
}
