import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** The bot's Prometheus metrics, on a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  polls: Counter<'source' | 'result'>;
  pollSeconds: Histogram<'source'>;
  events: Counter<'kind'>;
  deliveries: Counter<'platform' | 'result'>;
  sourceLastSuccess: Gauge<'source'>;
  draws: Gauge;
  outboxDepth: Gauge;
  commands: Counter<'command' | 'platform' | 'result'>;
  commandSeconds: Histogram<'command' | 'platform'>;
  platformUp: Gauge<'platform'>;
  role: Gauge<'role'>;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ee_draw_bot_' });
  const registers = [registry];
  return {
    registry,
    polls: new Counter({ name: 'ee_draw_bot_polls_total', help: 'Polls of a source by result (ok, failed, skipped).', labelNames: ['source', 'result'], registers }),
    pollSeconds: new Histogram({
      name: 'ee_draw_bot_poll_seconds',
      help: 'How long one poll of a source took (fetch, read, reconcile, store).',
      labelNames: ['source'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    }),
    events: new Counter({ name: 'ee_draw_bot_draw_events_total', help: 'Draw events (new, confirmed, corrected).', labelNames: ['kind'], registers }),
    deliveries: new Counter({
      name: 'ee_draw_bot_deliveries_total',
      help: 'Outbox deliveries by platform and result (sent, edited, retried, dropped, …).',
      labelNames: ['platform', 'result'],
      registers,
    }),
    sourceLastSuccess: new Gauge({ name: 'ee_draw_bot_source_last_success_seconds', help: 'Unix time of the last successful poll of a source.', labelNames: ['source'], registers }),
    draws: new Gauge({ name: 'ee_draw_bot_draws', help: 'Draws in the store.', registers }),
    outboxDepth: new Gauge({ name: 'ee_draw_bot_outbox_pending', help: 'Alerts in the outbox waiting to be sent.', registers }),
    commands: new Counter({
      name: 'ee_draw_bot_commands_total',
      help: 'Chat commands by command, platform and result (reply, unknown, throttled, failed).',
      labelNames: ['command', 'platform', 'result'],
      registers,
    }),
    commandSeconds: new Histogram({
      name: 'ee_draw_bot_command_seconds',
      help: 'How long a chat command took to answer (not counting the send).',
      labelNames: ['command', 'platform'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers,
    }),
    platformUp: new Gauge({ name: 'ee_draw_bot_platform_up', help: '1 while a platform is connected, 0 while it is being retried.', labelNames: ['platform'], registers }),
    role: new Gauge({ name: 'ee_draw_bot_role', help: '1 for each role this instance holds (the long poll, a platform’s sending, …).', labelNames: ['role'], registers }),
  };
}
