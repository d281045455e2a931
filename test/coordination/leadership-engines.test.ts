import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { lead, type Leadership } from '../../src/coordination/leadership.ts';
import { silentLogger } from '../helpers/stores.ts';
import { controllable, type Controllable } from './controllable.ts';
import { leaseStores, until } from './lease-engines.ts';

const TTL = 1_500;
const RETRY = Math.min(TTL / 4, 500);
/** A busy two-core machine may run a timer late by this much. */
const SLACK = 1_500;

interface Instance {
  name: string;
  store: Controllable;
  leadership: Leadership;
}

let n = 0;

describe.each(leaseStores())('leadership on $name, two instances', (store) => {
  const running: Instance[] = [];
  /** Every election and loss of either instance, in order: never two leaders at once. */
  const timeline: { at: number; who: string; leads: boolean }[] = [];
  const leaders = () => {
    let count = 0;
    let most = 0;
    for (const e of timeline) most = Math.max(most, (count += e.leads ? 1 : -1));
    return most;
  };
  async function start(name: string, role: string): Promise<Instance> {
    const c = controllable(await store.open(`${name}-${process.pid}-${++n}`));
    const leadership = lead(c, role, {
      ttlMs: TTL,
      logger: silentLogger,
      onElected: () => void timeline.push({ at: performance.now(), who: name, leads: true }),
      onLost: () => void timeline.push({ at: performance.now(), who: name, leads: false }),
    });
    const i = { name, store: c, leadership };
    running.push(i);
    return i;
  }
  const elected = (i: Instance) => timeline.find((e) => e.who === i.name && e.leads);

  beforeAll(() => store.setUp(), 60_000);
  afterEach(async () => {
    for (const i of running.splice(0)) {
      i.store.mode = 'ok';
      await i.leadership.stop();
      await i.store.close();
    }
    timeline.length = 0;
  });
  afterAll(() => store.tearDown());

  it('elects exactly one, keeps it past its first lease, and hands over at once on a graceful stop', async () => {
    const role = `poller-${++n}`;
    const a = await start('a', role);
    const b = await start('b', role);
    await until(() => a.leadership.isLeader() || b.leadership.isLeader(), 10_000, 'an election');
    const [leader, other] = a.leadership.isLeader() ? [a, b] : [b, a];
    const watchUntil = performance.now() + 1.3 * TTL;
    await until(() => {
      expect([a, b].filter((i) => i.leadership.isLeader()).length).toBeLessThanOrEqual(1);
      return performance.now() > watchUntil;
    });
    expect(timeline).toHaveLength(1);
    const stopped = performance.now();
    await leader.leadership.stop();
    await until(() => other.leadership.isLeader(), RETRY + SLACK, 'the takeover after a graceful stop');
    expect((elected(other)?.at ?? Infinity) - stopped).toBeLessThan(RETRY + SLACK);
    expect(leaders()).toBe(1);
  });

  it('after the leader is killed (store calls hang, nothing released), the other takes over within the lease, never both at once', async () => {
    const role = `telegram-${++n}`;
    const a = await start('a', role);
    await until(() => a.leadership.isLeader(), 10_000, 'the first election');
    const b = await start('b', role);
    await until(() => b.store.held().length === 0 && timeline.length === 1);
    const killed = performance.now();
    a.store.mode = 'hang';
    await until(() => b.leadership.isLeader(), TTL + RETRY + SLACK, 'the takeover after kill -9');
    expect((elected(b)?.at ?? Infinity) - killed).toBeLessThan(TTL + RETRY + SLACK);
    // The killed leader's own clock told it to stop before the store let the lease go.
    expect(timeline.map((e) => `${e.who}:${e.leads}`)).toEqual(['a:true', 'a:false', 'b:true']);
    expect(leaders()).toBe(1);
    expect((await b.store.holder(`role:${role}`))?.owner).toBe(b.store.instanceId);
  });
});
