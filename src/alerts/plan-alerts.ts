import type { Localizer } from '../i18n/localizer.ts';
import type { Lang, Programs } from '../config/programs.ts';
import type { Draw, DrawEvent } from '../domain/draw.ts';
import { previousOfProgram } from '../domain/order.ts';
import { destinationKey, entryId, type Destination, type OutboxEntry } from '../domain/outbox.ts';
import type { ScoreThreshold } from '../domain/subscription.ts';
import type { OutboxStore } from '../store/outbox-store.ts';
import type { SubscriptionStore } from '../store/subscription-store.ts';
import { formatAlert } from './format-alert.ts';
import { formatFollowUp, formatPing } from './format-ping.ts';
import { shouldAlert } from './should-alert.ts';
import { invited, verdict } from './verdict.ts';

export interface PlanDeps {
  subscriptions: SubscriptionStore;
  outbox: Pick<OutboxStore, 'forDraw'>;
  programs: Programs;
  localizer: Localizer;
  now: () => Date;
}

export function pingDestination(t: Pick<ScoreThreshold, 'platform' | 'userId' | 'ping'>): Destination {
  return t.ping.kind === 'dm'
    ? { platform: t.platform, chatId: t.userId, threadId: null, mentionUserId: null, dm: { fallback: t.ping.fallback ?? null } }
    : { platform: t.platform, chatId: t.ping.chatId, threadId: t.ping.threadId, mentionUserId: t.userId };
}

/** A revision tag, so a second correction of one draw is a new entry and not a duplicate of the first. */
const revision = (d: Draw) => `${d.status}/${d.date}/${d.program}/${d.invitations}/${d.minCrs}/${d.tieBreak ?? ''}/${d.drawNumber ?? ''}`;

function entry(base: Omit<OutboxEntry, 'createdAt'>, now: Date): OutboxEntry {
  return { ...base, createdAt: now.toISOString() };
}

async function planNew(event: DrawEvent, draws: Draw[], deps: PlanDeps): Promise<OutboxEntry[]> {
  const { draw } = event;
  const now = deps.now();
  const previous = previousOfProgram(draw, draws);
  const ctx = (lang: Lang) => ({ programs: deps.programs, lang, t: deps.localizer.forLang(lang) });
  const out: OutboxEntry[] = [];
  for (const sub of await deps.subscriptions.chatsFor(draw.program)) {
    const destination: Destination = { platform: sub.platform, chatId: sub.chatId, threadId: sub.threadId, mentionUserId: null };
    out.push(
      entry(
        {
          id: entryId(draw.id, 'new', 'chat', destination),
          drawId: draw.id,
          event: 'new',
          alert: 'chat',
          destination,
          subscriptionKey: sub.key,
          message: formatAlert(event, previous, ctx(sub.lang)),
          editOf: null,
          lang: sub.lang,
          ping: null,
        },
        now,
      ),
    );
  }
  for (const t of await deps.subscriptions.thresholdsFor(draw.program, draw.minCrs)) {
    const destination = pingDestination(t);
    const ping = { score: t.score, profileSubmittedAt: t.profileSubmittedAt };
    out.push(
      entry(
        {
          id: entryId(draw.id, 'new', 'ping', destination),
          drawId: draw.id,
          event: 'new',
          alert: 'ping',
          destination,
          subscriptionKey: t.key,
          message: formatPing(draw, ping, ctx(t.lang)),
          editOf: null,
          lang: t.lang,
          ping,
        },
        now,
      ),
    );
  }
  return out;
}

/** Confirmed or corrected: edit every message sent about the draw; follow up where a verdict changed. */
async function planUpdate(event: DrawEvent, draws: Draw[], deps: PlanDeps): Promise<OutboxEntry[]> {
  const { draw } = event;
  const now = deps.now();
  const rev = revision(draw);
  const previous = previousOfProgram(draw, draws);
  const everything = (await deps.outbox.forDraw(draw.id)).filter((i) => i.state.status !== 'dropped');
  const originals = everything.filter((i) => i.entry.event === 'new');
  const out: OutboxEntry[] = [];
  for (const { entry: original } of originals) {
    const ctx = { programs: deps.programs, lang: original.lang, t: deps.localizer.forLang(original.lang) };
    const message = original.ping ? formatPing(draw, original.ping, ctx) : formatAlert(event, previous, ctx);
    const id = `${draw.id}|edit:${rev}|${original.alert}|${destinationKey(original.destination)}`;
    out.push(entry({ ...original, id, event: event.kind, message, editOf: original.id }, now));
    if (event.kind === 'corrected' && original.ping && event.previous) {
      const before = invited(verdict(original.ping.score, event.previous, original.ping.profileSubmittedAt));
      const after = invited(verdict(original.ping.score, draw, original.ping.profileSubmittedAt));
      if (before !== after) {
        out.push(
          entry(
            { ...original, id: `${draw.id}|followup:${rev}|ping|${destinationKey(original.destination)}`, event: 'followup', message: formatFollowUp(draw, original.ping, ctx), editOf: null },
            now,
          ),
        );
      }
    }
  }
  if (event.kind === 'corrected' && shouldAlert(event, now)) {
    // A cutoff corrected downward reaches users the first figure did not: they get their ping now.
    // Everyone pinged about this draw already — by the first alert or by an earlier correction's follow-up.
    const pinged = new Set(everything.filter((o) => o.entry.alert === 'ping').map((o) => o.entry.subscriptionKey));
    for (const t of await deps.subscriptions.thresholdsFor(draw.program, draw.minCrs)) {
      if (pinged.has(t.key)) continue;
      const destination = pingDestination(t);
      const ping = { score: t.score, profileSubmittedAt: t.profileSubmittedAt };
      const ctx = { programs: deps.programs, lang: t.lang, t: deps.localizer.forLang(t.lang) };
      out.push(
        entry(
          {
            id: `${draw.id}|followup:${rev}|ping|${destinationKey(destination)}`,
            drawId: draw.id,
            event: 'followup',
            alert: 'ping',
            destination,
            subscriptionKey: t.key,
            message: formatPing(draw, ping, ctx),
            editOf: null,
            lang: t.lang,
            ping,
          },
          now,
        ),
      );
    }
  }
  return out;
}

/**
 * The outbox entries an event calls for. A `new` event about an old draw calls for none (quiet);
 * confirmations and corrections edit what was sent, whatever its age.
 */
export async function planAlerts(event: DrawEvent, draws: Draw[], deps: PlanDeps): Promise<OutboxEntry[]> {
  if (event.kind === 'new') return shouldAlert(event, deps.now()) ? planNew(event, draws, deps) : [];
  return planUpdate(event, draws, deps);
}
