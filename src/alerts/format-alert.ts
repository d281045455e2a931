import type { Reply, ReplyField } from '../reply/reply.ts';
import { formatDate, formatNumber, formatTieBreak, signed } from '../i18n/format.ts';
import type { Translate } from '../i18n/localizer.ts';
import type { Lang, Programs } from '../config/programs.ts';
import { figureText, type Draw, type DrawEvent } from '../domain/draw.ts';
import { safeLink } from '../news/links.ts';

export interface AlertContext {
  programs: Programs;
  lang: Lang;
  t: Translate;
}

/**
 * The link an alert carries: IRCC's page for the round, else the first news source's article.
 * Checked again here although sources are checked when read (defence in depth): only a plain
 * http(s) address, no credentials, no chat invitation — else the alert goes without a link.
 */
function alertLink(draw: Draw): { link: URL | null; sourceId: string | null } {
  const source = draw.sources.find((s) => s.id === 'ircc') ?? draw.sources[0];
  return { link: safeLink(source?.url), sourceId: source?.id ?? null };
}

function sourceLine(draw: Draw, t: Translate): string {
  if (draw.status === 'confirmed') return t('alert.confirmedBy');
  const { link, sourceId } = alertLink(draw);
  return t('alert.reportedBy', { site: link?.host ?? sourceId ?? '?' });
}

/** The message a subscriber receives for a draw event (new, confirmed, corrected), platform-neutral. */
export function formatAlert(event: DrawEvent, previousOfProgram: Draw | null, ctx: AlertContext): Reply {
  const { draw } = event;
  const { t, lang } = ctx;
  const program = ctx.programs.name(draw.program, lang);
  const titleKey = event.kind === 'new' ? 'alert.titleNew' : event.kind === 'confirmed' ? 'alert.titleConfirmed' : 'alert.titleCorrected';
  const fields: ReplyField[] = [
    { name: t('draw.round'), value: draw.drawNumber ? `#${draw.drawNumber}` : t('draw.unknownNumber'), inline: true },
    { name: t('draw.date'), value: formatDate(draw.date, lang), inline: true },
    { name: t('draw.invitations'), value: formatNumber(draw.invitations, lang), inline: true },
    { name: t('draw.minCrs'), value: previousOfProgram ? `${draw.minCrs} (${signed(draw.minCrs - previousOfProgram.minCrs)})` : String(draw.minCrs), inline: true },
  ];
  if (draw.tieBreak || draw.tieBreakRaw) fields.push({ name: t('draw.tieBreak'), value: draw.tieBreak ? formatTieBreak(draw.tieBreak, lang) : (draw.tieBreakRaw ?? '') });
  if (event.kind === 'corrected' && event.previous) {
    const was = event.changed.map((f) => `${t(`fields.${f}`)}: ${figureText(event.previous, f)}`).join(', ');
    fields.push({ name: t('alert.corrected'), value: was });
  }
  if (draw.program === 'pnp') fields.push({ name: t('draw.note'), value: t('draw.pnpNote') });
  const { link } = alertLink(draw);
  return {
    title: t(titleKey, { program }),
    fields,
    footer: link ? `${sourceLine(draw, t)} · ${link.href}` : sourceLine(draw, t),
    ...(link ? { url: link.href } : {}),
    colour: ctx.programs.get(draw.program)?.colour,
  };
}
