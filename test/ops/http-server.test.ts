import { describe, expect, it } from 'vitest';
import { createMetrics } from '../../src/ops/metrics.ts';
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
      health: async () => {
        if (!healthy) throw new Error('store unreachable');
      },
    });
    try {
      const base = `http://127.0.0.1:${server.port}`;
      const ok = await fetch(`${base}/healthz`);
      expect([ok.status, await ok.json()]).toEqual([200, { status: 'ok' }]);
      healthy = false;
      const bad = await fetch(`${base}/healthz`);
      expect([bad.status, await bad.json()]).toEqual([503, { status: 'unhealthy', error: 'store unreachable' }]);
      const text = await (await fetch(`${base}/metrics`)).text();
      expect(text).toMatch(/ee_draw_bot_polls_total\{source="ircc",result="ok"\} 1/);
      expect((await fetch(`${base}/nope`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
