import type { Draw } from './draw.ts';

/** "91b" → [91, 2]; "326" → [326, 0]. */
function roundKey(n: string | null): [number, number] {
  const m = /^(\d+)([a-z]?)$/i.exec(n ?? '');
  if (!m) return [-1, 0];
  return [Number(m[1]), m[2] ? m[2].toLowerCase().charCodeAt(0) - 96 : 0];
}

/** Newest first: by date, then round number, then the time IRCC ran it. */
export function compareDrawsNewestFirst(a: Draw, b: Draw): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  const [an, as] = roundKey(a.drawNumber);
  const [bn, bs] = roundKey(b.drawNumber);
  if (an !== bn) return bn - an;
  if (as !== bs) return bs - as;
  return (b.drawnAt ?? '').localeCompare(a.drawnAt ?? '');
}

/** The confirmed draw of the same program just before `draw`, whatever the order of `draws`. */
export function previousOfProgram(draw: Draw, draws: readonly Draw[]): Draw | null {
  const earlier = draws.filter((d) => d.program === draw.program && d.id !== draw.id && d.date <= draw.date && d.status === 'confirmed');
  return earlier.sort(compareDrawsNewestFirst)[0] ?? null;
}
