import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';

/** The bot's Prometheus metrics, on a registry of its own (no global state). */
export interface Metrics {
  registry: Registry;
  polls: Counter<'source' | 'result'>;
  events: Counter<'kind'>;
  deliveries: Counter<'platform' | 'result'>;
  sourceLastSuccess: Gauge<'source'>;
  draws: Gauge;
}

export function createMetrics(): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'ee_draw_bot_' });
  return {
    registry,
    polls: new Counter({ name: 'ee_draw_bot_polls_total', help: 'Polls of a source by result (ok, unchanged, failed, skipped).', labelNames: ['source', 'result'], registers: [registry] }),
    events: new Counter({ name: 'ee_draw_bot_draw_events_total', help: 'Draw events (new, confirmed, corrected).', labelNames: ['kind'], registers: [registry] }),
    deliveries: new Counter({ name: 'ee_draw_bot_deliveries_total', help: 'Outbox deliveries by platform and result.', labelNames: ['platform', 'result'], registers: [registry] }),
    sourceLastSuccess: new Gauge({ name: 'ee_draw_bot_source_last_success_seconds', help: 'Unix time of the last successful poll of a source.', labelNames: ['source'], registers: [registry] }),
    draws: new Gauge({ name: 'ee_draw_bot_draws', help: 'Draws in the store.', registers: [registry] }),
  };
}
