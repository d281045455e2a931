import { chatSubscriptionKey, thresholdKey, type ChatSubscriptionInput, type ScoreThreshold } from '../../src/domain/subscription.ts';

const AT = '2026-11-20T15:00:00.000Z';

/** A Telegram chat following CEC, its key built from the chat and thread; tests override what they are about. */
export function chatSubscription(chatId: string, fields: Partial<ChatSubscriptionInput> = {}): ChatSubscriptionInput {
  const threadId = fields.threadId ?? null;
  return { key: chatSubscriptionKey('telegram', chatId, threadId), platform: 'telegram', chatId, threadId, programs: ['cec'], lang: 'en', createdBy: 'admin', createdAt: AT, ...fields };
}

/** A Telegram user's /notify 500 on every program, pinged by direct message; tests override what they are about. */
export function scoreThreshold(userId: string, fields: Partial<ScoreThreshold> = {}): ScoreThreshold {
  return {
    key: thresholdKey('telegram', userId),
    platform: 'telegram',
    userId,
    userName: null,
    score: 500,
    programs: 'all',
    ping: { kind: 'dm', fallback: null },
    profileSubmittedAt: null,
    lang: 'en',
    createdAt: AT,
    ...fields,
  };
}
