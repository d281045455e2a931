import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { CUTOFF_BANDS, FIRST_CATEGORY_ROUND, FIRST_MONTHS, FSW_ONLY, LARGER_THAN_ANY_PROGRAM_ROUND, PROGRAM_SEASONS } from '../../src/parse/primary/parsed-draw.ts';
import { loadIrccRounds } from './real-corpus/ircc-rounds.ts';

/**
 * A round whose program the text does not name (docs/parser.md): `general` only where IRCC's record makes
 * that the one reading; the seasons when rounds below 600 were CEC rounds (or mixed) are checked here
 * against the record itself.
 */

const programs = loadPrograms();
const allRounds = [...loadIrccRounds().values()];
const rounds = allRounds.filter((r) => r.date !== null && r.minCrs !== null && r.minCrs < 600);
const isCategory = (code: string | null): boolean => code !== null && programs.get(code)?.since !== undefined;
const seasonOf = (day: string) => PROGRAM_SEASONS.find((s) => day >= s.from && day <= s.to);
const primaryPrograms = (text: string, published: string) =>
  parseArticle(text, { programs, published })
    .draws.filter((d) => d.primary)
    .map((d) => d.program);

describe('the seasons of unnamed programs', () => {
  it('every round below 600 in a season is that season\u2019s program (or the season says nothing)', () => {
    for (const season of PROGRAM_SEASONS) {
      const inside = rounds.filter((r) => (r.date ?? '') >= season.from && (r.date ?? '') <= season.to);
      if (season.program !== null) {
        expect(inside.length, `${season.from}..${season.to}`).toBeGreaterThan(0);
        expect(new Set(inside.map((r) => r.program)), `${season.from}..${season.to}`).toEqual(new Set([season.program]));
      }
    }
  });

  it('outside the seasons and before the categories, every round below 600 and above 400 is all-program', () => {
    const outside = rounds.filter(
      (r) => (r.date ?? '') >= '2015-06-01' && (r.date ?? '') < FIRST_CATEGORY_ROUND && (r.minCrs ?? 0) >= 400 && !PROGRAM_SEASONS.some((s) => (r.date ?? '') >= s.from && (r.date ?? '') <= s.to),
    );
    expect(outside.length).toBeGreaterThan(100);
    expect(outside.filter((r) => r.program !== 'general').map((r) => `${r.date ?? ''} ${r.program ?? ''}`)).toEqual([]);
  });

  it('every round of a cut-off band is that band\u2019s program, and each band has rounds', () => {
    for (const band of CUTOFF_BANDS) {
      const inside = rounds.filter((r) => (r.date ?? '') >= band.from && (r.date ?? '') <= band.to && (r.minCrs ?? 0) > band.above);
      expect(inside.length, `${band.from}..${band.to}`).toBeGreaterThan(10);
      expect(new Set(inside.map((r) => r.program)), `${band.from}..${band.to}`).toEqual(new Set([band.program]));
    }
  });

  it('"Candidates needed 525 points" in March 2024 is an all-program round, 522 in June 2024 a CEC round, 491 neither', () => {
    const read = (day: string, score: number, published: string) =>
      parseArticle(`On ${day}, IRCC invited 2,850 Express Entry candidates. Candidates needed a CRS score of at least ${String(score)}.`, { programs, published })
        .draws.filter((d) => d.primary)
        .map((d) => d.program);
    expect(read('March 12, 2024', 525, '2024-03-13')).toEqual(['general']);
    expect(read('June 18, 2024', 522, '2024-06-19')).toEqual(['cec']);
    expect(read('April 11, 2024', 491, '2024-04-12')).toEqual([null]);
    expect(read('May 13, 2025', 510, '2025-05-14')).toEqual([null]);
    // After the record's last round nothing says which program a 520 belongs to.
    expect(read('November 25, 2026', 520, '2026-11-26')).toEqual([null]);
  });

  it('an undated draw on a page of March 2024 is inside the all-program band; on a page of June 2024 it may be April\u2019s all-program round', () => {
    const read = (published: string) =>
      parseArticle('IRCC invited 2,850 Express Entry candidates in its latest round. Candidates needed a CRS score of at least 529.', { programs, published })
        .draws.filter((d) => d.primary)
        .map((d) => d.program);
    expect(read('2024-03-13')).toEqual(['general']);
    expect(read('2024-06-10')).toEqual([null]);
  });

  it('"Candidates needed 417 points" in April 2021 is a CEC round, in September 2020 an all-program one', () => {
    const read = (day: string, published: string) =>
      parseArticle(`On ${day}, IRCC invited 6,000 Express Entry candidates. Candidates needed a CRS score of at least 417.`, { programs, published })
        .draws.filter((d) => d.primary)
        .map((d) => d.program);
    expect(read('April 16, 2021', '2021-04-17')).toEqual(['cec']);
    expect(read('September 2, 2020', '2020-09-03')).toEqual(['general']);
    expect(read('August 5, 2020', '2020-08-06')).toEqual([null]);
  });

  it('"the trend of inviting only PNP and CEC candidates", 452 points on April 30, 2020: in a CEC season the disputed program is cec', () => {
    const text = 'IRCC held an Express Entry draw on April 30, 2020, inviting 3,311 candidates with a minimum score of 452. This draw continues the trend of inviting only PNP and CEC candidates.';
    expect(
      parseArticle(text, { programs, published: '2020-05-01' })
        .draws.filter((d) => d.primary)
        .map((d) => d.program),
    ).toEqual(['cec']);
    expect(
      parseArticle(text.replace('April 30, 2020', 'January 30, 2020'), { programs, published: '2020-01-31' })
        .draws.filter((d) => d.primary)
        .map((d) => d.program),
    ).toEqual([null]);
  });

  it('no category round was held before the first one of the record, June 28, 2023', () => {
    const categoryRounds = allRounds.filter((r) => isCategory(r.program));
    expect(categoryRounds.length).toBeGreaterThan(50);
    expect(categoryRounds.filter((r) => (r.date ?? '') < FIRST_CATEGORY_ROUND).map((r) => `${r.date ?? ''} ${r.program ?? ''}`)).toEqual([]);
    expect(categoryRounds.some((r) => r.date === FIRST_CATEGORY_ROUND)).toBe(true);
  });

  it('before the categories, every round of 1,200 invitations or more outside the doubtful seasons is all-program (or the season\u2019s program)', () => {
    const large = allRounds.filter((r) => r.date !== null && r.date < FIRST_CATEGORY_ROUND && (r.invitations ?? 0) >= LARGER_THAN_ANY_PROGRAM_ROUND && seasonOf(r.date)?.program !== null);
    expect(large.length).toBeGreaterThan(150);
    expect(large.filter((r) => r.program !== (seasonOf(r.date ?? '')?.program ?? 'general')).map((r) => `${r.date ?? ''} ${r.program ?? ''}`)).toEqual([]);
  });

  it('"IRCC invited 4,200 candidates" with no program or cut-off named is all-program in September 2020, CEC in April 2021, unknown in August 2020, below 1,200 or after the categories', () => {
    const read = (day: string, size: string, published: string) => primaryPrograms(`On ${day}, IRCC invited ${size} Express Entry candidates to apply for permanent residence.`, published);
    expect(read('September 2, 2020', '4,200', '2020-09-03')).toEqual(['general']);
    expect(read('April 16, 2021', '6,000', '2021-04-17')).toEqual(['cec']);
    expect(read('August 5, 2020', '3,000', '2020-08-06')).toEqual([null]);
    expect(read('September 2, 2020', '900', '2020-09-03')).toEqual([null]);
    expect(read('September 20, 2023', '3,000', '2023-09-21')).toEqual([null]);
  });

  it('an unnamed round of 486 points on June 8, 2023, after the categories were announced but before their first round, is all-program', () => {
    const read = (day: string, published: string) => primaryPrograms(`On ${day}, IRCC invited 4,800 Express Entry candidates. Candidates needed a CRS score of at least 486.`, published);
    expect(read('June 8, 2023', '2023-06-09')).toEqual(['general']);
    expect(read('July 12, 2023', '2023-07-13')).toEqual([null]);
  });

  it('in Express Entry\u2019s first months every round was all-program but the CEC round of February 20, 2015', () => {
    const early = allRounds.filter((r) => r.date !== null && r.date <= FIRST_MONTHS.to);
    expect(early.length).toBeGreaterThan(5);
    expect(early.filter((r) => r.program !== 'general').map((r) => `${r.date ?? ''} ${r.program ?? ''}`)).toEqual([`${FIRST_MONTHS.cecRound} cec`]);
  });

  it('"CIC invited 779 candidates" on January 31, 2015 is the all-program round; an undated one on a page of the week after February 20 may be the CEC round', () => {
    expect(primaryPrograms('On January 31, 2015, Citizenship and Immigration Canada invited 779 Express Entry candidates to apply for permanent residence.', '2015-02-01')).toEqual(['general']);
    expect(primaryPrograms('On February 20, 2015, Citizenship and Immigration Canada invited 849 Express Entry candidates to apply for permanent residence.', '2015-02-21')).toEqual(['cec']);
    expect(primaryPrograms('Citizenship and Immigration Canada invited 849 Express Entry candidates in its latest round, with a cut-off of 808.', '2015-02-23')).toEqual([null]);
    expect(primaryPrograms('Citizenship and Immigration Canada invited 1,187 Express Entry candidates in its latest round, with a cut-off of 735.', '2015-03-02')).toEqual(['general']);
  });

  it('IRCC held one round for the FSWP alone, on February 2, 2023; all-program rounds until April 23, 2024', () => {
    expect(allRounds.filter((r) => r.program === 'fsw').map((r) => r.date)).toEqual([...FSW_ONLY.days]);
    expect(allRounds.filter((r) => r.program === 'general').reduce((max, r) => ((r.date ?? '') > max ? (r.date ?? '') : max), '')).toBe(FSW_ONLY.lastAllProgram);
    expect(allRounds.reduce((max, r) => ((r.date ?? '') > max ? (r.date ?? '') : max), '')).toBe(FSW_ONLY.recordEnd);
  });

  it('"the 164th draw … considered candidates belonging to the FSWP category" on September 30, 2020 is an all-program round; on February 2, 2023 the FSW round', () => {
    // Shaped on a page of the corpus (1595).
    const text = (day: string) =>
      `IRCC conducted an Express Entry draw on ${day}, inviting 4,200 candidates with a minimum CRS score of 471. The draw is a departure from usual as it considered candidates belonging to the FSWP category.`;
    expect(primaryPrograms(text('September 30, 2020'), '2020-10-01')).toEqual(['general']);
    expect(primaryPrograms(text('February 2, 2023'), '2023-02-03')).toEqual(['fsw']);
    // After the all-program rounds, no round of the record took the FSWP in: a text that says so names no program IRCC held.
    expect(primaryPrograms(text('March 5, 2025'), '2025-03-06')).toEqual([null]);
    // After the record's last round nothing is known: the text's own word stands.
    expect(primaryPrograms(text('November 25, 2026'), '2026-11-26')).toEqual(['fsw']);
  });
});
