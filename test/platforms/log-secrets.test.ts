import { Api } from 'grammy';
import { describe, expect, it } from 'vitest';
import { freePort } from '../fakes/loopback.ts';
import { createLogger } from '../../src/log.ts';
import { redactSecrets, redactUrl } from '../../src/util/redact.ts';

describe('secrets never reach a log or an error line', () => {
  it('hides tokens in Bot API and Discord URLs, and passwords in store URLs', () => {
    expect(redactSecrets('request to http://127.0.0.1:9/bot123456:SECRET-token_x/getMe failed')).toBe('request to http://127.0.0.1:9/bot[secret]/getMe failed');
    expect(redactSecrets('POST /api/v10/interactions/1234/aW50ZXJhY3Rpb24.token/callback')).toBe('POST /api/v10/interactions/1234/[secret]/callback');
    expect(redactSecrets('PATCH /webhooks/99/tok.en-1/messages/@original')).toBe('PATCH /webhooks/99/[secret]/messages/@original');
    expect(redactUrl('postgres://bot:pa55@db:5432/x and redis://:pw@r:6379')).toBe('postgres://…@db:5432/x and redis://…@r:6379');
  });

  it('scrubs the error grammY throws on a network failure, token and all, in the real logger', async () => {
    const port = await freePort();
    const err = await new Api('123456:SECRET-TOKEN', { apiRoot: `http://127.0.0.1:${port}` }).getMe().catch((e: unknown) => e);
    const lines: string[] = [];
    // The bot's own logger (its serializers), written to memory instead of stderr.
    const log = createLogger('info', { pretty: false, destination: { write: (l) => void lines.push(l) } });
    log.error({ err }, 'a Telegram update failed');
    expect(lines.join('')).toMatch(/bot\[secret\]\/getMe/);
    expect(lines.join('')).not.toContain('SECRET-TOKEN');
  });
});
