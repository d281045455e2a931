/**
 * IRCC's pages of 2015–2019 list a round's programs as bullets under a label ("Programs included in this round:" /
 * "• Federal Skilled Worker Program" / "• Canadian Experience Class" / …). The label and its bullets become one line, the
 * programs told as a sentence tells them ("Programs included in this round: Federal Skilled Worker Program, Canadian
 * Experience Class and Provincial Nominee Program."), so the list is read as an eligibility list (all base programs: a round
 * open to all) and a lone bullet as the round's one program. Only bullets that are a program's name and nothing else.
 */

const PROGRAM_BULLET =
  /^[\u2022*\u00b7-]\s*(?:the\s)?((?:Federal Skilled (?:Worker|Trades)|Canadian Experience Class|Provincial Nominee)(?:\s(?:Program(?:me)?|Class))?(?:\s\((?:FSWP?|CEC|FSTP?|PNP)\))?|FSWP?|CEC|FSTP?|PNP)[.;,]?$/i;

export function joinProgramBullets(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    const names: string[] = [];
    if (line.endsWith(':')) {
      for (let j = i + 1; j < lines.length; j++) {
        const name = PROGRAM_BULLET.exec(lines[j] ?? '')?.[1];
        if (name === undefined) break;
        names.push(name);
      }
    }
    if (names.length === 0) {
      out.push(line);
      continue;
    }
    const listed = names.length === 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
    out.push(`${line} ${listed}.`);
    i += names.length;
  }
  return out;
}
