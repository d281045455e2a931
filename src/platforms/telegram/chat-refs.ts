import type { Chat } from 'grammy/types';
import type { ChatRef } from '../../commands/types.ts';

/** A Telegram chat as our platform-neutral reference (forum topics keep their thread id). */
export function chatRef(chat: Chat, threadId: number | undefined): ChatRef {
  const kind = chat.type === 'private' ? 'private' : chat.type === 'channel' ? 'channel' : 'group';
  return { platform: 'telegram', id: String(chat.id), kind, ...(threadId ? { threadId: String(threadId) } : {}) };
}
