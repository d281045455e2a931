import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.ts';
import { healthReport } from '../../src/ops/health.ts';
import { startOpsServer } from '../../src/ops/http-server.ts';
import { silentLogger } from '../helpers/stores.ts';

describe('ops endpoints', () => {
  it('serves /healthz (200 or 503 with the reason) and Prometheus /metrics', async () => {
    const metrics = createMetrics();
    metrics.polls.inc({ source: 'ircc', result: 'ok' });
    let healthy = true;
    const server = await startOpsServer(0, {
      metrics,
      logger: silentLogger,
      health: () =>
        healthReport({
          checkStore: () => (healthy ? Promise.resolve() : Promise.reject(new Error('store unreachable'))),
          sources: () => Promise.resolve([{ id: 'ircc', lastSuccessAt: '2026-11-20T11:59:00.000Z', failures: 0 }]),
          outboxDepth: () => Promise.resolve(3),
          platforms: () => [{ name: 'telegram', state: 'connecting', failures: 2, lastError: 'ECONNREFUSED', since: '2026-11-20T11:58:00.000Z' }],
          roles: () => ['poll:ircc'],
          now: () => new Date('2026-11-20T12:00:00.000Z'),
        }),
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const ok = await fetch(`${base}/healthz`);
      expect([ok.status, await ok.json()]).toEqual([
        200,
        {
          status: 'ok',
          store: { reachable: true },
          sources: [{ id: 'ircc', lastSuccessAt: '2026-11-20T11:59:00.000Z', ageSeconds: 60, failures: 0 }],
          outbox: { pending: 3 },
          platforms: [{ name: 'telegram', state: 'connecting', failures: 2, lastError: 'ECONNREFUSED', since: '2026-11-20T11:58:00.000Z' }],
          roles: ['poll:ircc'],
        },
      ]);
      healthy = false;
      const bad = await fetch(`${base}/healthz`);
      expect(bad.status).toBe(503);
      expect(await bad.json()).toMatchObject({ status: 'unhealthy', store: { reachable: false, error: 'store unreachable' }, outbox: { pending: null } });
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/ee_draw_bot_polls_total\{source="ircc",result="ok"\} 1/);
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
