/**
 * A JSON response pasted into a page (a tracker's API, a developer's post), one key a line:
 * `"round": 252,` / `"crs_min": 476,` / `"latest": {` read as labelled lines ("round: 252", "crs min: 476", "latest:"), and
 * the lines of only brackets go. The keys of an object under "previous" (or "prior", "last") are that earlier round's
 * ("Previous round invitations: 4300"), told as context; so are those under a YAML block "previous:". Text with no such line is
 * left as it is.
 */
const KEY_LINE = /^[ \t]*"([A-Za-z][A-Za-z_ ]{1,30})"[ \t]*:[ \t]*(?:"([^"\n]*)"|([^\s,{[\]}"][^,\n]*?)|([{[]))[ \t]*,?[ \t]*$/;
const CLOSING_LINE = /^[ \t]*[}\]]+,?[ \t]*$/;
const OPENING_LINE = /^[ \t]*[{[]+[ \t]*$/;
const HAS_KEY_LINE = /^[ \t]*"[A-Za-z][A-Za-z_ ]{1,30}"[ \t]*:/m;
const EARLIER_KEY = /^(?:previous|prior|last|preceding|earlier)\b/i;

/** A YAML block's key alone on its line ("previous:"), and a key with its value ("  number: 338"). */
const YAML_BLOCK = /^([ \t]*)([A-Za-z][A-Za-z_]{1,30})[ \t]*:[ \t]*$/;
const YAML_KEY = /^([ \t]*)([A-Za-z][A-Za-z_ ]{1,30}?)[ \t]*:[ \t]*(\S.*)$/;
const YAML_EARLIER_BLOCK = /^[ \t]*(?:previous|prior|last|preceding|earlier)[ \t]*:[ \t]*$/im;

/** A tracker's YAML ("draw:" / "  number: 339" … "previous:" / "  number: 338"): the keys under "previous" are that earlier round's. */
function yamlEarlier(text: string): string {
  let earlierIndent = -1;
  return text
    .split('\n')
    .map((line) => {
      const block = YAML_BLOCK.exec(line);
      if (block) {
        const indent = (block[1] ?? '').length;
        if (EARLIER_KEY.test(block[2] ?? '')) earlierIndent = indent;
        else if (indent <= earlierIndent) earlierIndent = -1;
        return line;
      }
      const key = YAML_KEY.exec(line);
      if (!key || earlierIndent < 0) return line;
      if ((key[1] ?? '').length <= earlierIndent) {
        earlierIndent = -1;
        return line;
      }
      return `${key[1] ?? ''}Previous round ${(key[2] ?? '').replace(/_/g, ' ')}: ${key[3] ?? ''}`;
    })
    .join('\n');
}

/** A response on one line ("{"ok":true,"data":{"round":129,"crs_min":475,…}}"): a line that parses as JSON. */
const MINIFIED = /^[ \t]*[{[][^\n]{18,}[}\]][ \t]*$/gm;

/** Minified JSON one key a line, as a developer's pretty-printed response is (docs/parser.md "Session 56"). */
function unminified(text: string): string {
  return text.replace(MINIFIED, (line) => {
    try {
      return JSON.stringify(JSON.parse(line), null, 2);
    } catch {
      return line;
    }
  });
}

/** A YAML key of words joined by underscores ("  invitations_issued: 3900", "lowest_crs: 449"): read with spaces, as a JSON key is. */
const YAML_SNAKE_KEY = /^([ \t]*)([a-z]+(?:_[a-z]+)+)(?=[ \t]*:(?:[ \t]|$))/gim;

export function jsonLines(text: string): string {
  if (text.includes(':') && YAML_EARLIER_BLOCK.test(text)) text = yamlEarlier(text);
  if (text.includes('_')) text = text.replace(YAML_SNAKE_KEY, (_, indent: string, key: string) => `${indent}${key.replace(/_/g, ' ')}`);
  if (!text.includes('":') && !text.includes('" :')) return text;
  text = unminified(text);
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
