/**
 * A JSON response pasted into a page (a tracker's API, a developer's post), one key a line:
 * `"round": 252,` / `"crs_min": 476,` / `"latest": {` read as labelled lines ("round: 252", "crs min: 476", "latest:"), and
 * the lines of only brackets go. The keys of an object under "previous" (or "prior", "last") are that earlier round's
 * ("Previous round invitations: 4300"), told as context. Text with no such line is left as it is.
 */
const KEY_LINE = /^[ \t]*"([A-Za-z][A-Za-z_ ]{1,30})"[ \t]*:[ \t]*(?:"([^"\n]*)"|([^\s,{[\]}"][^,\n]*?)|([{[]))[ \t]*,?[ \t]*$/;
const CLOSING_LINE = /^[ \t]*[}\]]+,?[ \t]*$/;
const OPENING_LINE = /^[ \t]*[{[]+[ \t]*$/;
const HAS_KEY_LINE = /^[ \t]*"[A-Za-z][A-Za-z_ ]{1,30}"[ \t]*:/m;
const EARLIER_KEY = /^(?:previous|prior|last|preceding|earlier)\b/i;

export function jsonLines(text: string): string {
  if (!text.includes('":') && !text.includes('" :')) return text;
  if (!HAS_KEY_LINE.test(text)) return text;
  /** For each object open, whether it is an earlier round's. */
  const open: boolean[] = [];
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const key = KEY_LINE.exec(line);
    if (key) {
      const name = (key[1] ?? '').replace(/_/g, ' ');
      const earlier = open.includes(true);
      if (key[4]) {
        open.push(EARLIER_KEY.test(name));
        out.push(`${name}:`);
      } else out.push(`${earlier ? 'Previous round ' : ''}${name}: ${key[2] ?? key[3] ?? ''}`.trimEnd());
    } else if (CLOSING_LINE.test(line)) open.splice(-[...line].filter((c) => c === '}' || c === ']').length);
    else if (OPENING_LINE.test(line)) open.push(false);
    else out.push(line);
  }
  return out.join('\n');
}
