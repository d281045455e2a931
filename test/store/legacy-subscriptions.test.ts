import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createKeyvFactory } from '../../src/store/keyv-factory.ts';
import { openStores } from '../../src/store/index.ts';
import { programs, silentLogger } from '../helpers/stores.ts';

const createdAt = '2026-11-01T10:00:00.000Z';

/** Writes subscriptions the way the first store layout did (keyv namespace `subs`, records plus per-program tuple indexes). */
async function writeFirstLayout(url: string): Promise<void> {
  const factory = await createKeyvFactory(url, silentLogger);
  const subs = factory.open<unknown>('subs');
  await subs.set('c:telegram:-100:', { key: 'telegram:-100:', platform: 'telegram', chatId: '-100', threadId: null, programs: ['cec'], lang: 'fr', createdBy: '7', createdAt });
  await subs.set('c:telegram:-200:5', { key: 'telegram:-200:5', platform: 'telegram', chatId: '-200', threadId: '5', programs: 'all', lang: 'en', createdBy: '8', createdAt });
  await subs.set('ix:c:cec', [['telegram', '-100', null, 'fr']]);
  await subs.set('ix:c:*', [['telegram', '-200', '5', 'en']]);
  await subs.set('t:telegram:42', {
    key: 'telegram:42',
    platform: 'telegram',
    userId: '42',
    userName: 'Ann',
    score: 510,
    programs: ['cec'],
    ping: { kind: 'dm' },
    profileSubmittedAt: null,
    lang: 'en',
    createdAt,
  });
  await subs.set('ix:t:cec', [['telegram', '42', 510, null, null, null, 'en']]);
  await factory.close();
}

describe('a store written by the first layout', () => {
  it('keeps every subscriber: its subscriptions move into today’s store once, at the first start', async () => {
    const url = `sqlite://${join(mkdtempSync(join(tmpdir(), 'ee-legacy-')), 'store.sqlite')}`;
    await writeFirstLayout(url);
    const codes = programs.all.map((p) => p.code);
    const first = await openStores(url, silentLogger, undefined, { programCodes: codes });
    expect((await first.subscriptions.chatsFor('cec')).map((c) => c.key).sort()).toEqual(['telegram:-100:', 'telegram:-200:5']);
    expect(await first.subscriptions.getThreshold('telegram:42')).toMatchObject({ score: 510, ping: { kind: 'dm', fallback: null } });
    expect((await first.subscriptions.thresholdsFor('cec', 503)).map((t) => t.userId)).toEqual(['42']);
    // A subscriber who leaves after the move stays gone at the next start: the move happens once.
    await first.subscriptions.deleteChat('telegram:-100:');
    await first.close();
    const second = await openStores(url, silentLogger, undefined, { programCodes: codes });
    expect((await second.subscriptions.chatsFor('cec')).map((c) => c.key)).toEqual(['telegram:-200:5']);
    expect(await second.subscriptions.counts()).toEqual({ chats: 1, thresholds: 1 });
    await second.close();
  });
});
