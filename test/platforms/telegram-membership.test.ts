import { describe, expect, it } from 'vitest';
import type { ChatMemberUpdated } from 'grammy/types';
import { handleMembership } from '../../src/platforms/telegram/membership.ts';
import { followMigration } from '../../src/platforms/telegram/migration.ts';
import { seededDeps, silentLogger } from '../helpers/stores.ts';

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
    await stores.subscriptions.putThreshold({
      key: 'telegram:9',
      platform: 'telegram',
      userId: '9',
      userName: null,
      score: 500,
      programs: 'all',
      ping: { kind: 'dm', fallback: null },
      profileSubmittedAt: null,
      lang: 'en',
      createdAt: now,
    });
    await handleMembership(member({ id: -77, type: 'supergroup', title: 'g' }, 'administrator'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.chatsFor('cec')).toHaveLength(2);
    await handleMembership(member({ id: -77, type: 'supergroup', title: 'g' }, 'kicked'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.chatsFor('cec')).toEqual([]);
    await handleMembership(member({ id: 9, type: 'private', first_name: 'u' }, 'kicked'), stores.subscriptions, silentLogger);
    expect(await stores.subscriptions.getThreshold('telegram:9')).toBeUndefined();
  });

  it('moves subscriptions when a group becomes a supergroup', async () => {
    const { stores } = await seededDeps();
    await stores.subscriptions.putChat({ key: 'telegram:-5:', platform: 'telegram', chatId: '-5', threadId: null, programs: ['pnp'], lang: 'fr', createdBy: '1', createdAt: new Date().toISOString() });
    await followMigration(stores.subscriptions, '-5', '-1005', silentLogger);
    expect((await stores.subscriptions.chatsFor('pnp')).map((s) => [s.key, s.chatId, s.lang])).toEqual([['telegram:-1005:', '-1005', 'fr']]);
  });
});
