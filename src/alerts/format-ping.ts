import type { Reply } from '../reply/reply.ts';
import { formatNumber, formatTieBreak } from '../i18n/format.ts';
import type { Draw } from '../domain/draw.ts';
import type { ScoreThreshold } from '../domain/subscription.ts';
import type { AlertContext } from './format-alert.ts';
import { verdict } from './verdict.ts';

/** The personal ping: the draw in one line, then what it means for this user's score. */
export function formatPing(draw: Draw, threshold: Pick<ScoreThreshold, 'score' | 'profileSubmittedAt'>, ctx: AlertContext): Reply {
  const { t, lang } = ctx;
  const v = verdict(threshold.score, draw, threshold.profileSubmittedAt);
  const program = ctx.programs.name(draw.program, lang);
  const lines = [t('ping.draw', { program, round: draw.drawNumber ? `#${draw.drawNumber}` : '', invitations: formatNumber(draw.invitations, lang), cutoff: draw.minCrs })];
  const tie = draw.tieBreak ? formatTieBreak(draw.tieBreak, lang) : t('draw.unknown');
  if (v.kind === 'clears') lines.push(t('ping.clears', { score: threshold.score, cutoff: draw.minCrs, margin: v.margin }));
  else if (v.kind === 'below') lines.push(t('ping.below', { score: threshold.score, cutoff: draw.minCrs, margin: v.margin }));
  else {
    lines.push(t('ping.tie', { score: threshold.score, tieBreak: tie }));
    if (v.judged === 'before') lines.push(t('ping.tieBefore'));
    if (v.judged === 'after') lines.push(t('ping.tieAfter'));
    if (v.judged === null) lines.push(t('ping.tieUnknown'));
  }
  if (draw.program === 'pnp') lines.push(t('draw.pnpNote'));
  if (draw.status === 'reported') lines.push(t('ping.reported'));
  return { title: t('ping.title', { program }), text: lines.join('\n'), colour: ctx.programs.get(draw.program)?.colour };
}

/** After a correction: the user's verdict changed, said in one short message. */
export function formatFollowUp(draw: Draw, threshold: Pick<ScoreThreshold, 'score' | 'profileSubmittedAt'>, ctx: AlertContext): Reply {
  const ping = formatPing(draw, threshold, ctx);
  return { ...ping, title: ctx.t('ping.correctedTitle', { program: ctx.programs.name(draw.program, ctx.lang) }) };
}
