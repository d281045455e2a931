import { describe, expect, it } from 'vitest';
import type { ChatMemberUpdated } from 'grammy/types';
import { handleMembership } from '../../src/platforms/telegram/membership.ts';
import { followMigration } from '../../src/platforms/telegram/migration.ts';
import { seededDeps, silentLogger } from '../helpers/stores.ts';
import { scoreThreshold } from '../helpers/subscriptions.ts';

const member = (chat: ChatMemberUpdated['chat'], status: 'kicked' | 'left' | 'member' | 'administrator'): ChatMemberUpdated =>
  ({
    chat,
    from: { id: 1, is_bot: false, first_name: 'x' },
    date: 0,
    old_chat_member: { status: 'member', user: { id: 999, is_bot: true, first_name: 'bot' } },
    new_chat_member: { status, user: { id: 999, is_bot: true, first_name: 'bot' }, ...(status === 'kicked' ? { until_date: 0 } : {}) },
  }) as ChatMemberUpdated;

describe('Telegram membership changes', () => {
  it('removes a group’s subscriptions when the bot is removed, and a user’s ping when blocked', async () => {
    const { stores } = await seededDeps();
    const now = new Date().toISOString();
    await stores.subscriptions.putChat({ key: 'telegram:-77:', platform: 'telegram', chatId: '-77', threadId: null, programs: 'all', lang: 'en', createdBy: '1', createdAt: now });
    await stores.subscriptions.putChat({ key: 'telegram:-77:5', platform: 'telegram', chatId: '-77', threadId: '5', programs: ['cec'], lang: 'en', createdBy: '1', createdAt: now });
    await stores.subscriptions.putThreshold(scoreThreshold('9', { createdAt: now }));
    await handleMembership(member({ id: -77, type: 'supergroup', title: 'g' }, 'administrator'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.chatsFor('cec')).toHaveLength(2);
    await handleMembership(member({ id: -77, type: 'supergroup', title: 'g' }, 'kicked'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.chatsFor('cec')).toEqual([]);
    await handleMembership(member({ id: 9, type: 'private', first_name: 'u' }, 'kicked'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.getThreshold('telegram:9')).toBeUndefined();
  });

  it('moves subscriptions and the pings posted in the group when it becomes a supergroup (the one path for both ways Telegram says so)', async () => {
    const { stores } = await seededDeps();
    const createdAt = new Date().toISOString();
    await stores.subscriptions.putChat({ key: 'telegram:-5:', platform: 'telegram', chatId: '-5', threadId: null, programs: ['pnp'], lang: 'fr', createdBy: '1', createdAt });
    await stores.subscriptions.putThreshold({
      key: 'telegram:8',
      platform: 'telegram',
      userId: '8',
      userName: null,
      score: 500,
      programs: 'all',
      ping: { kind: 'mention', chatId: '-5', threadId: '3' },
      profileSubmittedAt: null,
      lang: 'en',
      createdAt,
    });
    await followMigration(stores.subscriptions, '-5', '-1005', silentLogger);
    expect((await stores.subscriptions.chatsFor('pnp')).map((s) => [s.key, s.chatId, s.lang])).toEqual([['telegram:-1005:', '-1005', 'fr']]);
    expect((await stores.subscriptions.getThreshold('telegram:8'))?.ping).toEqual({ kind: 'mention', chatId: '-1005', threadId: '3' });
    // Told twice (an update, then a send's answer): nothing changes the second time.
    await followMigration(stores.subscriptions, '-5', '-1005', silentLogger);
    expect(await stores.subscriptions.chatsFor('pnp')).toHaveLength(1);
  });
});
