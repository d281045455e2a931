import { commandContext } from '../../src/commands/context.ts';
import { describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import type { ChatRef, UserRef } from '../../src/commands/types.ts';
import { findCommand, runCommandLine, runCommandWithArgs } from '../../src/commands/dispatch.ts';
import { usage } from '../../commands/help.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import type { Stores } from '../../src/store/index.ts';
import { programs, seededDeps } from '../helpers/stores.ts';

const localizer = createLocalizer();
const NOW = new Date('2026-11-20T12:00:00Z');

function asker(stores: Stores) {
  return async (line: string, chat: Partial<ChatRef> = {}, user: Partial<UserRef> = {}, lang: 'en' | 'fr' = 'en') => {
    const ctx = commandContext(
      { stores, programs, localizer, commands, now: () => NOW },
      { platform: 'telegram', id: '42', kind: 'private', ...chat },
      { platform: 'telegram', id: '42', isAdmin: false, ...user },
      lang,
    );
    const reply = await runCommandLine(commands, line, ctx);
    return { ...reply, plain: renderPlain(reply) };
  };
}

describe('/subscribe and /unsubscribe', () => {
  it('lets a group admin subscribe the group (and its topic), and refuses a non-admin with a reason', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    const group = { id: '-1001', kind: 'group' as const, threadId: '9' };
    const refused = await ask('/subscribe cec', group, { id: '7', isAdmin: false });
    expect(refused.error).toBe(true);
    expect(refused.plain).toMatch(/Only this group’s or server’s admins/);
    expect(await stores.subscriptions.chatsFor('cec')).toEqual([]);
    const ok = await ask('/subscribe cec, provincial nominee program', group, { id: '8', isAdmin: true });
    expect(ok.plain).toMatch(/every new draw of CEC, PNP/);
    const subs = await stores.subscriptions.chatsFor('pnp');
    expect(subs.map((s) => [s.chatId, s.threadId])).toEqual([['-1001', '9']]);
    expect((await stores.subscriptions.getChat(subs[0]?.key ?? ''))?.programs).toEqual(['cec', 'pnp']);
    expect((await ask('/unsubscribe pnp', group, { id: '8', isAdmin: true })).plain).toMatch(/still gets alerts for CEC/);
    expect(await stores.subscriptions.chatsFor('pnp')).toEqual([]);
    expect((await ask('/unsubscribe', group, { id: '8', isAdmin: true })).plain).toMatch(/no more draw alerts/);
    expect(await stores.subscriptions.chatsFor('cec')).toEqual([]);
  });

  it('offers buttons when no program is given, and rejects an unknown one', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    const choose = await ask('/subscribe');
    expect(choose.buttons?.map((b) => b.command)).toContain('/subscribe cec');
    expect(choose.buttons?.[0]?.command).toBe('/subscribe all');
    const bad = await ask('/subscribe cec astronauts');
    expect(bad.error).toBe(true);
    expect(bad.plain).toMatch(/"astronauts" is not a program/);
  });
});

describe('/notify and /settings', () => {
  it('stores a personal threshold (DM in private, mention in a group) and /settings shows it', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    expect((await ask('/notify 510 cec')).plain).toMatch(/ping you by direct message when a draw of CEC has a cutoff at or below 510/);
    expect((await stores.subscriptions.thresholdsFor('cec', 503)).map((t) => [t.userId, t.score, t.ping.kind])).toEqual([['42', 510, 'dm']]);
    expect(await stores.subscriptions.thresholdsFor('cec', 511)).toEqual([]);
    await ask('/notify 490 pnp', { id: '-5', kind: 'group' }, { id: '43' });
    const [t] = await stores.subscriptions.thresholdsFor('pnp', 400);
    expect(t?.ping).toEqual({ kind: 'mention', chatId: '-5', threadId: null });
    const settings = await ask('/settings');
    expect(settings.plain).toMatch(/My score ping: 510, for CEC, by direct message/);
    expect(settings.plain).toMatch(/This chat: no alerts/);
    expect((await ask('/notify off')).plain).toMatch(/no more score pings/);
    expect(await stores.subscriptions.thresholdsFor('cec', 0)).toEqual([]);
  });

  it('pings by DM with this channel as the fallback where the platform pings that way (Discord), and keeps the fallback through the index', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    const channel = { platform: 'discord', id: '900', kind: 'group' as const, pingStyle: 'dm' as const };
    const set = await ask('/notify 510 cec', channel, { platform: 'discord', id: '77' });
    expect(set.plain).toMatch(/by direct message \(or, if your DMs are closed, with a mention in this channel\)/);
    const [t] = await stores.subscriptions.thresholdsFor('cec', 503);
    expect(t?.ping).toEqual({ kind: 'dm', fallback: { chatId: '900', threadId: null } });
    await ask('/notify 480 cec', { platform: 'discord', id: 'dm-chan', kind: 'private' }, { platform: 'discord', id: '78' });
    expect((await stores.subscriptions.getThreshold('discord:78'))?.ping).toEqual({ kind: 'dm', fallback: null });
    const elsewhere = await ask('/settings', { platform: 'discord', id: '901', kind: 'group' }, { platform: 'discord', id: '77' });
    expect(elsewhere.plain).toMatch(/with a mention in the channel where you set it/);
  });

  it('/subscribe resumes a paused subscription and says what the bot still lacks; /settings says why it is paused', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    const channel = { platform: 'discord', id: '900', kind: 'group' as const };
    const admin = { platform: 'discord', id: '7', isAdmin: true };
    await ask('/subscribe cec', channel, admin);
    await stores.subscriptions.setChatPaused('discord:900:', 'Discord refused: Missing Permissions (50013)');
    const settings = await ask('/settings', { ...channel, missingRights: ['Send Messages', 'Embed Links'] }, admin);
    expect(settings.plain).toMatch(/paused since .*Missing Permissions \(50013\)/);
    expect(settings.plain).toMatch(/lacks Send Messages, Embed Links here/);
    const again = await ask('/subscribe cec', { ...channel, missingRights: ['Embed Links'] }, admin);
    expect(again.plain).toMatch(/had been paused because I could not post \(Discord refused: Missing Permissions \(50013\)\); they are on again/);
    expect(again.plain).toMatch(/Missing: Embed Links/);
    expect((await stores.subscriptions.getChat('discord:900:'))?.paused).toBeNull();
  });

  it('takes typed options (Discord): an integer score, or the off switch without a score; a typed line never sees the switch', async () => {
    const { stores } = await seededDeps();
    const notify = findCommand(commands, 'notify')!;
    const ctx = commandContext({ stores, programs, localizer, commands, now: () => NOW }, { platform: 'discord', id: 'dm', kind: 'private' }, { platform: 'discord', id: '5', isAdmin: true }, 'en');
    expect(renderPlain(await runCommandWithArgs(notify, { score: '510', programs: 'cec' }, ctx))).toMatch(/cutoff at or below 510/);
    expect(renderPlain(await runCommandWithArgs(notify, { off: 'true' }, ctx))).toMatch(/no more score pings/);
    const missing = await runCommandWithArgs(notify, {}, ctx);
    expect(missing.error).toBe(true);
    expect(usage(notify)).toBe('/notify <score> [programs] [profile]');
    expect((await asker(stores)('/notify 500 cec true')).error).toBe(true);
  });

  it('judges ties with a profile time when given, and warns about PNP points', async () => {
    const { stores } = await seededDeps();
    const ask = asker(stores);
    const r = await ask('/notify 503 cec pnp 2026-03-01T18:34');
    expect(r.plain).toMatch(/Your profile was submitted March 1, 2026 at 18:34:00 UTC/);
    expect(r.plain).toMatch(/600 points/);
    expect((await stores.subscriptions.getThreshold('telegram:42'))?.profileSubmittedAt).toBe('2026-03-01T18:34:00Z');
  });

  it.each([['/notify abc'], ['/notify -5'], ['/notify 5000'], ['/notify']])('answers %s with the accepted range and an example', async (line) => {
    const { stores } = await seededDeps();
    const r = await asker(stores)(line);
    expect(r.error).toBe(true);
    expect(r.plain).toMatch(/0|score/);
    expect(r.plain).toMatch(/Example: \/notify 510 cec/);
  });
});
