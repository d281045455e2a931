import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStores } from '../../src/store/index.ts';
import { newState } from '../../src/store/outbox-store.ts';
import { chatAlert } from '../delivery/helpers.ts';
import { chatSubscription, scoreThreshold } from '../helpers/subscriptions.ts';
import { silentLogger } from '../helpers/stores.ts';

const AT = '2026-11-20T15:00:00.000Z';

/**
 * The embedded store is one SQLite file behind several connections (one per keyv namespace, two
 * for subscriptions). A subscription change is a transaction that holds the file's write lock
 * across several statements. Writers that waited for that lock inside SQLite slept holding their
 * connection's mutex, and the main thread, finalizing a finished statement of the same connection,
 * blocked on it: the whole process froze while the transaction could not finish, each sleeper
 * waited out its 10 s, and plain writes failed with SQLITE_BUSY (a /subscribe answered 10 s late on
 * CI). Busy files are now waited for with timers (decision 0013), so everything here succeeds.
 */
describe('the SQLite store under contention', () => {
  it('completes subscription transactions and many plain writes at once, none failing with SQLITE_BUSY', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ee-contention-'));
    const stores = await openStores(`sqlite://${join(dir, 'bot.sqlite')}`, silentLogger);
    try {
      const tasks: Promise<unknown>[] = [];
      for (let round = 0; round < 3; round++) {
        tasks.push(stores.subscriptions.putChats(Array.from({ length: 20 }, (_, i) => chatSubscription(`-${round * 100 + i}`))));
        tasks.push(stores.subscriptions.putThreshold(scoreThreshold(`u${round}`)));
        for (let i = 0; i < 6; i++) {
          tasks.push(stores.prefs.set('telegram', `p${round}-${i}`, { lang: 'fr' }));
          tasks.push(stores.news.markSeen(`s${round}-${i}`, [`k${i}`]));
        }
      }
      const settled = await Promise.allSettled(tasks);
      const failures = settled.flatMap((s) => (s.status === 'rejected' ? [String((s.reason as Error).message)] : []));
      expect(failures).toEqual([]);
      expect((await stores.subscriptions.counts()).chats).toBe(60);
      expect((await stores.subscriptions.counts()).thresholds).toBe(3);
      expect(await stores.prefs.get('telegram', 'p2-5')).toEqual({ lang: 'fr' });
    } finally {
      await stores.close();
    }
  }, 60_000);

  it('keeps every write it reported done when two stores read and write one file at once', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-contention-')), 'bot.sqlite')}`;
    const [a, b] = [await openStores(url, silentLogger), await openStores(url, silentLogger)];
    const entries = Array.from({ length: 400 }, (_, i) => chatAlert('ircc-438', `c${i}`));
    const sent = (n: number) => ({ ...newState(AT), status: 'sent' as const, attempts: 1, messageId: String(n) });
    try {
      await a.outbox.enqueue(entries);
      // As two delivering instances do: sent-markers written while both read the whole outbox.
      await Promise.all(
        entries.flatMap((e, i) => {
          const [mine, other] = i % 2 ? [a, b] : [b, a];
          return i % 2 ? [mine.outbox.setState(e.id, sent(i))] : [mine.outbox.setState(e.id, sent(i)), other.outbox.pending(), mine.outbox.pending()];
        }),
      );
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
    const reopened = await openStores(url, silentLogger);
    try {
      const lost: string[] = [];
      for (const [i, e] of entries.entries()) if ((await reopened.outbox.getState(e.id))?.messageId !== String(i)) lost.push(e.id);
      expect(lost).toEqual([]);
    } finally {
      await reopened.close();
    }
  });
});
