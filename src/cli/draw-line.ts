import { figureText, type Draw, type DrawEvent } from '../domain/draw.ts';

/** The draw record's fields in a stable order (docs/contracts.md's record first, then our additions). */
export function drawJson(draw: Draw): Record<string, unknown> {
  return {
    drawNumber: draw.drawNumber,
    date: draw.date,
    program: draw.program,
    programText: draw.programText,
    invitations: draw.invitations,
    minCrs: draw.minCrs,
    tieBreak: draw.tieBreak,
    status: draw.status,
    sources: draw.sources,
    id: draw.id,
    tieBreakRaw: draw.tieBreakRaw,
    drawnAt: draw.drawnAt,
  };
}

export function eventJson(event: DrawEvent): Record<string, unknown> {
  return { ...drawJson(event.draw), event: event.kind, ...(event.kind === 'corrected' ? { changed: event.changed } : {}) };
}

/** One human line per event: "new #438 2026-08-20 cec: 2500 invitations, minimum CRS 503, tie-break …". */
export function eventLine(event: DrawEvent): string {
  const d = event.draw;
  const round = d.drawNumber ? `#${d.drawNumber}` : '(no round number yet)';
  const tie = d.tieBreak ? `, tie-break ${d.tieBreak}` : '';
  const changed = event.kind === 'corrected' && event.previous ? ` (was: ${event.changed.map((f) => `${f} ${figureText(event.previous, f)}`).join(', ')})` : '';
  return `${event.kind} ${round} ${d.date} ${d.program}: ${d.invitations} invitations, minimum CRS ${d.minCrs}${tie} [${d.status}]${changed}`;
}
