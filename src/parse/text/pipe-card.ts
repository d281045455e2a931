import type { ArticleLine } from './lines.ts';

/**
 * A draw card written as label/value lines with one pipe each ("Round number | 77", "Invitations | 2,000",
 * "CRS of lowest-ranked candidate | 458"): the rows of a two-column table without its outer pipes. Read as
 * the prose reader reads "Round number: 77" (tables.ts reads two-cell rows with both pipes the same way).
 */

const PAIR = /^\s*([^|\d][^|]{0,39}?)\s+\|\s+([^|]{1,80}?)\s*$/;
/** At least this many such lines in a row, this many of them with a label a table's column could have. */
const MIN_LINES = 3;
const MIN_LABELLED = 2;

/** The lines of each card as "label: value", by line index. */
export function pipeCardPairs(lines: readonly ArticleLine[], labelled: (label: string) => boolean): Map<number, string> {
  const out = new Map<number, string>();
  let run: { index: number; label: string; value: string }[] = [];
  const flush = (): void => {
    if (run.length >= MIN_LINES && run.filter((p) => labelled(p.label)).length >= MIN_LABELLED) for (const p of run) out.set(p.index, `${p.label}: ${p.value}`);
    run = [];
  };
  for (const l of lines) {
    const m = l.meta ? null : PAIR.exec(l.text);
    if (m) run.push({ index: l.index, label: m[1] ?? '', value: m[2] ?? '' });
    else flush();
  }
  flush();
  return out;
}
