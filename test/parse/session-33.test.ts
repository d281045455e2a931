import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';

/**
 * Session 33 of the reader (issue 14): each case is the shape of a made-up page (test/parse/made-up/) the reader got wrong
 * (docs/parser.md "Session 33").
 */

const programs = loadPrograms();
const announced = (text: string, published?: string) => parseArticle(text, { programs, ...(published ? { published } : {}) }).draws.filter((d) => d.primary);
const facts = (text: string, published: string) => announced(text, published).map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('"Nurses were among the 1,000 candidates invited today in the healthcare category"', () => {
  it('the group among the invited names no program, the category after "among" does', () => {
    expect(
      facts(
        'Nurses and PSWs among 1,000 invited\nDecember 11, 2025 | Newcomer Blog\nNurses, PSWs and other health workers were among the 1,000 candidates invited today in the healthcare and social services category. The minimum CRS was 476.',
        '2025-12-11',
      ),
    ).toEqual([['2025-12-11', 'healthcare', 1000, 476]]);
  });
  it('French-speaking nurses among the invited of a healthcare round, under a "Francophone" headline, are no French round (p4-317, p4-330)', () => {
    expect(
      facts(
        'Francophone nurses and PSWs among 1,000 invited\nDecember 11, 2025 | Montreal Newcomer Blog\nFrench-speaking nurses, PSWs and other health workers were among the 1,000 candidates invited today in the healthcare and social services category. The minimum CRS was 476.',
        '2025-12-11',
      ),
    ).toEqual([['2025-12-11', 'healthcare', 1000, 476]]);
    expect(
      facts(
        "French-speaking PSWs among 4,000 invited\nJune 25, 2026 | Lagos Migrant Times\nFrench-speaking PSWs, nurses and care aides were among the 4,000 people invited today in IRCC's health and social services round, which had a minimum CRS of 475.",
        '2026-06-25',
      ),
    ).toEqual([['2026-06-25', 'healthcare', 4000, 475]]);
  });
  it('a program named before "were among those" is still one group of several, not the round\u2019s', () => {
    expect(
      facts(
        'Express Entry draw\nJune 25, 2026 | Blog\nIRCC invited 4,000 candidates today with a minimum CRS of 475. Canadian Experience Class candidates were among those invited.',
        '2026-06-25',
      ).map((f) => f[1]),
    ).not.toContain('cec');
  });
});

describe('"candidates with Canadian experience and strong French skills"', () => {
  it('the category after a program named as the candidates\u2019 quality names the round (p4-331)', () => {
    expect(
      facts(
        "Canadian experience and French: who got today's 800 ITAs?\nNovember 15, 2024 | Desi Immigration Hub\nToday's draw invited 800 candidates with canadian experience and strong French skills. The lowest score was 478.",
        '2024-11-15',
      ),
    ).toEqual([['2024-11-15', 'french', 800, 478]]);
  });
  it('a Canadian Experience Class round told alone stays CEC', () => {
    expect(facts('Express Entry\nNovember 15, 2024 | Hub\nToday\u2019s draw invited 800 candidates with Canadian experience. The lowest score was 478.', '2024-11-15').map((f) => f[1])).toEqual([
      'cec',
    ]);
  });
});
