/**
 * A video's auto-generated transcript pasted as it shows ("0:24 668 invitations and the minimum score" / "0:28 was 720 so that's
 * basically …"): each line a few words after a time stamp, a sentence broken across lines. A run of such lines is read without
 * its stamps and its "[Music]" cues, a line joined to the next where a phrase runs on (docs/parser.md "Session 51").
 */

/** A stamp "0:24", "1:06", "12:03:45" and the few words after it (not "17:56 UTC", a time of day; nor a live blog's long entry). */
const STAMPED = /^[ \t]*(\d{1,2}):([0-5]\d)(?::([0-5]\d))?[ \t]+(?!(?:a\.?m\.?|p\.?m\.?|UTC|GMT|ET|EST|EDT|PT|IST|h)\b)(.{1,60})$/i;
/** The fewest stamped lines in a row that make a transcript. */
const MIN_RUN = 5;
/** A transcript's stamps are seconds apart (a video's chapters, "00:48 Draw #253 … / 03:15 Draw #254 …", are minutes apart). */
const MAX_GAP_SECONDS = 10;

/** Words that leave a phrase open at a line's end, or carry it on at the next line's start. */
const DANGLING_END = /\b(?:the|a|an|of|was|were|is|at|to|with|by|no|only|score|minimum|cut-?off|cutoff)$/i;
const CONTINUED_START = /^(?:was|were|is|of|at|invitations|ITAs?|points|candidates|hundred|thousand)\b/i;

const secondsOf = (m: RegExpExecArray): number => (m[3] === undefined ? Number(m[1]) * 60 + Number(m[2]) : Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]));

export function joinTranscript(text: string): string {
  if (!/^[ \t]*\d{1,2}:[0-5]\d[ \t]/m.test(text)) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let run: string[] = [];
  let last = -1;
  const flush = (): void => {
    const stamped = run.map((l) => STAMPED.exec(l)!);
    const times = stamped.map(secondsOf);
    const close = times.slice(1).filter((t, i) => t - times[i]! <= MAX_GAP_SECONDS).length;
    // Its lines are bits of speech, most of them in lower case (a live blog's "10:02 IRCC has …" entries are sentences).
    const lower = stamped.filter((m) => /^[a-z[]/.test(m[4] ?? '')).length;
    if (run.length >= MIN_RUN && close >= (run.length - 1) * 0.8 && lower >= run.length * 0.6) {
      const spoken = stamped.map((m) => (m[4] ?? '').replace(/\[[^\]]{1,20}\]/g, '').trim()).filter((w) => w !== '');
      const first = out.length;
      for (const words of spoken) {
        const prev = out.length > first ? out.at(-1) : undefined;
        // A phrase broken across two stamps ("668 invitations and the minimum score" / "was 720 so …") is one line.
        if (prev !== undefined && (DANGLING_END.test(prev) || CONTINUED_START.test(words))) out[out.length - 1] = `${prev} ${words}`;
        else out.push(words);
      }
      // Each bit of speech its own sentence (a page's wrapped lines are joined, clean-text.ts: not these).
      for (let i = first; i < out.length; i++) out[i] = `${out[i]!.replace(/[.,;:]?$/, '')}.`;
    } else out.push(...run);
    run = [];
    last = -1;
  };
  for (const line of lines) {
    const m = STAMPED.exec(line);
    if (m && secondsOf(m) >= last) {
      run.push(line);
      last = secondsOf(m);
      continue;
    }
    flush();
    if (m) {
      run.push(line);
      last = secondsOf(m);
    } else out.push(line);
  }
  flush();
  return out.join('\n');
}
