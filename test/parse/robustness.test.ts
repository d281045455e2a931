import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle, type ParseResult } from '../../src/parse/parse-article.ts';
import { ADVERSARIAL_UNITS, CAPITALS_RUN, SCRIPT_DIGIT_RUNS } from '../../bench/adversarial-inputs.ts';

const programs = loadPrograms();
const EMPTY: ParseResult = { announcesNewDraw: false, draws: [] };
const parse = (input: string): ParseResult => parseArticle(input, { programs, published: '2025-11-26' });

function isWellFormed(r: ParseResult): boolean {
  return (
    typeof r.announcesNewDraw === 'boolean' &&
    r.announcesNewDraw === r.draws.some((d) => d.primary) &&
    r.draws.every(
      (d) =>
        (d.date === null || /^\d{4}-\d{2}-\d{2}$/.test(d.date)) &&
        (d.program === null || typeof d.program === 'string') &&
        (d.invitations === null || (Number.isInteger(d.invitations) && d.invitations > 0)) &&
        (d.minCrs === null || (Number.isInteger(d.minCrs) && d.minCrs >= 0 && d.minCrs <= 1200)) &&
        (d.tieBreak === null || /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}Z)?$/.test(d.tieBreak)),
    )
  );
}

/** Pieces of draw news, markup and noise that fast-check splices together. */
const fragment = fc.oneof(
  fc.constantFrom(
    'IRCC issued 3,000 ITAs',
    'minimum CRS score of 522',
    'on November 19, 2024',
    'today',
    'yesterday',
    'on Wednesday',
    'Canadian Experience Class',
    'Provincial Nominee Program',
    'tie-breaking rule: May 23, 2024 at 13:29:42 UTC',
    'Round #326',
    'the previous draw',
    'down from 547',
    '4,600 profiles between 501 and 600',
    '<p>',
    '</p>',
    '<table><tr><td>',
    '</td><td>',
    '<!--',
    '-->',
    '<script>',
    '</script>',
    '&amp;',
    '&#x1F600;',
    '&#99999999;',
    '\t',
    '\n',
    '|',
    '. ',
    '#',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.integer({ min: 0, max: 30_000 }).map(String),
);

describe('malformed input never throws', () => {
  it('any string gives a well-formed result (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fragment, { maxLength: 60 }).map((xs) => xs.join(' ')),
        (input) => {
          expect(isWellFormed(parse(input))).toBe(true);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('binary noise gives a well-formed result (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4000 }), (bytes) => {
        expect(isWellFormed(parse(Buffer.from(bytes).toString('latin1')))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('empty, blank and non-article inputs give the empty result', () => {
    for (const input of ['', ' ', '\n\n\t', '\u0000\u0001\u0002', '<html></html>', '<<<<>>>>', '&&&;;;']) expect(parse(input)).toEqual(EMPTY);
  });

  it('unbalanced HTML gives the empty result when it states no draw', () => {
    const input = '<div><p><b>Express Entry <i>news<table><tr><td>pool<script>var x = "<p>";'.repeat(50);
    expect(parse(input)).toEqual(EMPTY);
  });

  // How long these take is measured by `npm run bench -- parser` (docs/benchmarks.md), not asserted here:
  // the tests say what comes out; a regex that backtracks without end still fails them by the runner's timeout.
  it('5 MB of text states nothing', () => {
    const line = 'The Express Entry pool had 4,600 profiles between 501 and 600 as of the last update, said IRCC; ';
    expect(parse(line.repeat(Math.ceil(5_000_000 / line.length)))).toEqual(EMPTY);
  });

  it.each(ADVERSARIAL_UNITS)('5 MB of %j repeated (no line break or space, or all lines wrapped) is read', (unit) => {
    expect(isWellFormed(parse(unit.repeat(Math.ceil(5_000_000 / unit.length))))).toBe(true);
  });

  it.each(SCRIPT_DIGIT_RUNS)('a %s page over 200,000 digits and 100,000 "1," states nothing', (_, text) => {
    expect(parse(text).draws).toEqual([]);
  });

  it('a long run of capitals that ends in punctuation is read (no backtracking over a byline-like line)', () => {
    expect(isWellFormed(parse(CAPITALS_RUN))).toBe(true);
  });
});
