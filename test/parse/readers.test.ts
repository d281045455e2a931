import { describe, expect, it } from 'vitest';
import { buildPrograms, loadPrograms } from '../../src/config/programs.ts';
import { findDates } from '../../src/parse/mentions/date-mentions.ts';
import { htmlToText, looksLikeHtml } from '../../src/parse/text/html-to-text.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { findPrograms, requiredLetters } from '../../src/parse/mentions/program-mentions.ts';
import { loadCorpus } from './article-corpus.ts';
import { sentenceSpans } from '../../src/parse/text/sentences.ts';

const programs = loadPrograms();
const published = { year: 2025, month: 11, day: 29 };
const day = (text: string): unknown => findDates(text, { published, lastMonth: null })[0]?.value;
const announced = (text: string, pub = '2025-11-26') => parseArticle(text, { programs, published: pub }).draws.filter((d) => d.primary);

describe('dates as articles write them', () => {
  it.each([
    ['on November 19, 2024', { year: 2024, month: 11, day: 19 }],
    ['19 November 2024', { year: 2024, month: 11, day: 19 }],
    ['Nov. 19', { year: null, month: 11, day: 19 }],
    ['the 19th of November', { year: null, month: 11, day: 19 }],
    ['January 21st', { year: null, month: 1, day: 21 }],
    ['2024-11-19', { year: 2024, month: 11, day: 19 }],
    ['le 6 octobre 2025', { year: 2025, month: 10, day: 6 }],
    ['today', published],
    ['yesterday', { year: 2025, month: 11, day: 28 }],
    ['on Wednesday', { year: 2025, month: 11, day: 26 }],
    ['the day before', { offsetDays: -1 }],
    ['on the last day of January', { year: null, month: 1, day: 31 }],
    ['the first day of March, 2021', { year: 2021, month: 3, day: 1 }],
    ['the last day of February 2024', { year: 2024, month: 2, day: 29 }],
  ])('%s', (text, expected) => {
    expect(day(text)).toEqual(expected);
  });

  it('does not read "may" the verb, a clock time or a count as a date', () => {
    expect(day('candidates may 3 times apply')).toBeUndefined();
    expect(day('at 12:35 UTC')).toBeUndefined();
    expect(findDates('in May 3,000 candidates', { published, lastMonth: null })).toEqual([]);
    // February's last day without a year is not known.
    expect(day('the last day of February')).toBeUndefined();
  });
});

describe('tie-breaking rules', () => {
  it.each([
    ['Tie-breaking rule: May 23, 2024 at 13:29:42 UTC', '2024-05-23T13:29:42Z'],
    // A time without seconds pins the UTC day, not IRCC's second: the day alone.
    ['profiles submitted before October 29, 2025, at 4:35 a.m. UTC', '2025-10-29'],
    ['giving priority to those submitted before July 8, 2024', '2024-07-08'],
    ['TB Oct 8 2025 19:02:26 UTC', '2025-10-08T19:02:26Z'],
    ['Règle de départage : 13 juin 2025 à 19:07:01 UTC', '2025-06-13T19:07:01Z'],
    ['profiles created before June 10th, 2025 at 3:59 p.m. UTC', '2025-06-10'],
    ['profiles created before December 16, 2025 at 10:30 p.m. EST', '2025-12-17'],
    ['an Express Entry profile created before 10:30 p.m. (UTC) on December 16, 2025', '2025-12-16'],
    ['Creation of an Express Entry candidate profile before 12:59 a.m. UTC on September 5, 2025', '2025-09-05'],
    ['profiles submitted before 3:59 p.m. Universal Coordinated Time on June 10, 2025', '2025-06-10'],
    ['the tie-break was 17-01-2018 at 12:33:00 UTC', '2018-01-17T12:33:00Z'],
    ['avoir créé leur profil avant le 10 octobre 2025 à 18 h 18 (UTC)', '2025-10-10'],
    ['Date de bris d’égalité : 31 mars 2025', '2025-03-31'],
    ['profiles submitted before March 1, 2025 at 9:00:12 a.m. ET', '2025-03-01T14:00:12Z'],
    ['they were only included if they presented their Express Entry profile before February 16, 2021, at 19:10:25 UTC', '2021-02-16T19:10:25Z'],
    ['In this case, that time and date was Oct. 2, 2017 at 14:56:53 UTC', '2017-10-02T14:56:53Z'],
    ['Express Entry profile submission before: May 11, 2025, at 6:57 p.m. (UTC)', '2025-05-11'],
    ['they had already established an Express Entry profile before 23 April 2025', '2025-04-23'],
    ['Apply to the pool of candidates under the Express Entry system before 5:16 a.m. UTC on July 18, 2025', '2025-07-18'],
    ['In order to break the deadlock, IRCC selected a timestamp of January 6, 2022, at 14:29:50 UTC as the decisive factor', '2022-01-06T14:29:50Z'],
  ])('%s', (rule, expected) => {
    const [d] = announced(`IRCC invited 1,000 CEC candidates today with a cut-off of 531. ${rule}.`);
    expect(d?.tieBreak).toBe(expected);
  });
});

describe('numbers that are not draw facts', () => {
  it.each([
    'Over 4,600 profiles between 501 and 600 left the pool this month.',
    'Rank required to be invited to apply: 1,000th or above.',
    'A provincial nomination adds 600 points to a candidate\u2019s score.',
    'A 29-year-old with a master\u2019s degree would score about 470.',
    'IRCC plans to issue about 125,000 invitations next year.',
    'We expect the next CEC draw to invite 3,000 candidates with a cut-off near 515.',
    'Workers in NOC 72200 and NOC 31301 are eligible for the category.',
    'If your CRS is 480, a French test could add 50 points.',
    'In 2025, IRCC issued more than 100,000 invitations across 60 draws.',
    'October\u2019s draws leave IRCC just 11,823 invitations away from tying its record of 86,023.',
    'The lowest ranking nominee had a CRS score of just 154 before being nominated by a province.',
  ])('%s', (text) => {
    expect(parseArticle(text, { programs, published: '2025-11-26' })).toEqual({ announcesNewDraw: false, draws: [] });
  });

  it('keeps an earlier draw the article compares with out of the announcement', () => {
    const r = parseArticle('IRCC invited 1,000 CEC candidates on November 26, 2025 with a cut-off of 531, down from 533 in the previous CEC draw on November 12.', {
      programs,
      published: '2025-11-26',
    });
    expect(r.draws.map((d) => [d.date, d.minCrs, d.primary])).toEqual([
      ['2025-11-26', 531, true],
      ['2025-11-12', 533, false],
    ]);
  });

  it('drops a cut-off that two statements of the same draw dispute', () => {
    const [d] = announced('IRCC invites 3,000 CEC candidates with CRS 521\n\nIRCC issued 3,000 ITAs to CEC candidates today. The minimum CRS was 512.');
    expect(d).toMatchObject({ invitations: 3000, minCrs: null, primary: true });
  });
});

describe('text preparation', () => {
  it('turns HTML into lines, table cells into tabs, and drops scripts, navigation and sidebars', () => {
    const html = '<nav>Latest: 9,999 ITAs</nav><p>A&amp;B&nbsp;&#8217;x</p><table><tr><td>May 30</td><td>PNP</td></tr></table><script>x=1</script><aside>CRS 999</aside>';
    expect(looksLikeHtml(html)).toBe(true);
    const text = htmlToText(html);
    expect(text).not.toMatch(/9,999|999|x=1/);
    expect(text).toContain('A&B\u00a0\u2019x');
    expect(text).toMatch(/May 30\tPNP/);
    expect(looksLikeHtml('scores < 500 and > 400')).toBe(false);
  });

  it('splits sentences but not at abbreviations, and cuts run-on text', () => {
    const line = 'On Nov. 19, IRCC held a draw at 4:35 a.m. UTC. It invited 400. No. 326 was next.';
    expect(sentenceSpans(line).map(([s, e]) => line.slice(s, e))).toEqual(['On Nov. 19, IRCC held a draw at 4:35 a.m. UTC.', 'It invited 400.', 'No. 326 was next.']);
    expect(sentenceSpans('word '.repeat(1000)).every(([s, e]) => e - s <= 800)).toBe(true);
  });

  it('pre-tests a program pattern only with letters every match contains', () => {
    expect(requiredLetters('federal skilled trades?')).toBe('federal');
    expect(requiredLetters('\\bFSTP?\\b')).toBe('fst');
    expect(requiredLetters('canadian experience\\b(?! work)')).toBe('experience');
    expect(requiredLetters('all[- ]program')).toBe('program');
    expect(requiredLetters('\\bno specific (?:immigration )?programm?e?s?\\b')).toBe('specific');
    expect(requiredLetters('\\bnon-specified (?:express entry )?(?:draw|round)\\b')).toBe('specified');
    expect(requiredLetters('\\b(?:ronde|tirage) g[ée]n[ée]ral')).toBe('ral');
    expect(requiredLetters('health ?care')).toBe('health');
    expect(requiredLetters('federal|provincial')).toBeNull();
    expect(requiredLetters('(?:federal|provincial) nominee')).toBe('nominee');
  });

  it('finds every program whose hint sits inside or at the start of another program\u2019s hint', () => {
    const program = (code: string, match: string[]) => ({ code, name: { en: code, fr: code }, short: { en: code, fr: code }, colour: '#000000', aliases: [], match });
    const nested = buildPrograms({
      programs: [
        program('pnp', ['provincial(?:ly)? nominated']),
        program('pnpx', ['provincially']),
        program('general', ['general program']),
        program('ral', ['g[ée]n[ée]ral\\b']),
        program('other', []),
      ],
    });
    // Hints: "provincial" is only there as the start of "provincially"; "ral" starts inside "general".
    const sentence = 'Provincially nominated people, provincially chosen ones, a General program and a general draw.';
    expect(findPrograms(sentence, nested).map((m) => m.code)).toEqual(['pnp', 'pnpx', 'general', 'ral']);
  });

  it('every match of every program pattern in the fixture articles contains the pattern\u2019s hint', () => {
    const texts = loadCorpus().map((a) => a.text);
    let matches = 0;
    for (const p of programs.all) {
      for (const source of p.match) {
        const hint = requiredLetters(source);
        if (hint === null) continue;
        for (const text of texts) {
          for (const m of text.matchAll(new RegExp(source, 'giu'))) {
            matches++;
            expect(m[0].toLowerCase(), source).toContain(hint);
          }
        }
      }
    }
    expect(matches).toBeGreaterThan(100);
  });
});

describe('figures of two draws never mix', () => {
  it('"the draw on November 25 had a score of 557" keeps its score, so its day and count do not join an undated cut-off read before', () => {
    const text =
      'Express Entry cut-off keeps falling\n\nThe minimum CRS score has plunged and now stands at 496.\n\nReportedly, the draw on November 25 had a score of 557 and 1,500 ITAs were sent out.';
    const draws = parseArticle(text, { programs, published: '2025-11-26' }).draws;
    expect(draws.filter((d) => d.invitations === 1500).map((d) => [d.date, d.minCrs])).toEqual([['2025-11-25', 557]]);
  });
});

describe('"from … to …" after a comparison', () => {
  it('gives the figure after "to" to the draw the sentence opened with, not when that is an earlier draw', () => {
    const own = announced('IRCC invited 1,500 candidates on November 25. The CRS points required fell sharply, compared to the previous draw, from 520 to 510.');
    expect(own.map((d) => [d.invitations, d.minCrs])).toEqual([[1500, 510]]);
    const earlier = announced('IRCC invited 1,500 candidates on November 25. In the previous draw, the points required fell sharply, compared to the one before, from 540 to 530.');
    expect(earlier.map((d) => [d.invitations, d.minCrs])).toEqual([[1500, null]]);
  });
});

describe('a day that names an earlier draw', () => {
  it('"…grown until the draw on August 31" does not date the new draw', () => {
    const draws = announced('Canada has held another Express Entry draw, inviting 3,250 candidates. The size of the rounds had grown by 250 each time until the draw on August 31.', '2022-09-01');
    expect(draws.map((d) => [d.date, d.invitations])).toEqual([[null, 3250]]);
  });
});

describe('words about the new draw itself are not taken for an earlier draw', () => {
  it.each([
    ['IRCC invited 1,500 candidates on November 25. The cut-off fell to a record low of 379.', 1500, 379],
    ['IRCC invited 1,500 French-speaking candidates on November 25, with a minimum CRS of 379, an all-time low for the category.', 1500, 379],
    ['On November 25, IRCC invited 1,500 candidates matching the criteria of the French-language category, with a minimum CRS of 379.', 1500, 379],
    ['IRCC invited 1,500 candidates through the draw held on November 25, with a minimum CRS score of 520.', 1500, 520],
    ['IRCC held a draw on November 25. The draw, on November 25, 2025, 2:14 PM ET, had a minimum CRS of 520 and 1,500 invitations.', 1500, 520],
    ['IRCC held its second draw in just two days, inviting 1,500 candidates on November 25 with a minimum CRS of 520.', 1500, 520],
  ])('%s', (text, invitations, minCrs) => {
    expect(announced(text).map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2025-11-25', invitations, minCrs]]);
  });
});

describe('thousands split by a stray space', () => {
  it.each([
    ['On November 25, IRCC invited 5, 956 candidates with a minimum CRS score of 380.', 5956],
    ['On November 25, IRCC sent approximately 2, 750 invitations; the minimum CRS score was 380.', null],
    // After a month's day the comma ends the date: a day is no thousands group ("On November 23, 640 PNP candidates…").
    ['A new draw with a minimum CRS score of 380 was held: on November 25, 956 candidates were invited.', 956],
    ['A new draw with a minimum CRS score of 380 was held: on 25 November, 956 candidates were invited.', 956],
    ['A new draw with a minimum CRS score of 380 was held on November 25: 5, 956 candidates were invited.', null],
    // A count with its own thousands group is whole, even right after a day.
    ['A new draw with a minimum CRS score of 743 was held: on November 25, 1,613 candidates were invited.', 1613],
  ])('%s', (text, invitations) => {
    expect(announced(text).map((d) => d.invitations)).toEqual([invitations]);
  });
});
