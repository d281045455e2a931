/** "3,000" / "3 000" / " 442 " → 3000 / 442; null when the text is not a whole number. */
export function parseCount(raw: string | null | undefined): number | null {
  if (raw === null || raw === undefined) return null;
  const t = raw.replace(/[\s,\u00a0\u202f]/g, '');
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}
