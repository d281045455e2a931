import { describe, expect, it } from 'vitest';
import { compiledNow, matchesOf } from '../../src/parse/text/matches.ts';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ index: m.index, groups: [...m] }));

describe('matchesOf', () => {
  it('gives what matchAll gives, empty matches and surrogate pairs included', () => {
    const cases: [RegExp, string][] = [
      [/(\d{1,3}(?:,\d{3})*)\s(ITAs|invitations)/g, 'IRCC sent 3,000 ITAs on May 5 and 1,250 invitations on May 6.'],
      [/\b/g, 'two words'],
      [/x*/g, 'axxb'],
      [/(?:)/gu, 'a\u{1F600}b'],
      [/\p{L}*/gu, '\u{1F600}é\u{10400}z'],
      [/\d+/gi, 'no digits here'],
      [/(?<year>\d{4})-(\d{2})/g, '2024-05 and 2026-11'],
    ];
    for (const [re, text] of cases) expect(plain(matchesOf(re, text)), `${re} on ${text}`).toEqual(plain(text.matchAll(re)));
  });

  it('starts at the beginning whatever lastIndex the expression had, and leaves it at 0', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    expect(matchesOf(re, '12 and 345').map((m) => m[0])).toEqual(['12', '345']);
    expect(re.lastIndex).toBe(0);
  });

  it('lets the caller use the same expression again inside the loop over the results', () => {
    const re = /\d+/g;
    const seen: string[] = [];
    for (const m of matchesOf(re, '1 22 333')) seen.push(`${m[0]}:${matchesOf(re, m[0].repeat(2)).length}`);
    expect(seen).toEqual(['1:1', '22:1', '333:1']);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => matchesOf(/\d+/, '1 2')).toThrow(TypeError);
    expect(() => '1 2'.matchAll(/\d+/)).toThrow(TypeError);
  });
});

describe('compiledNow', () => {
  it('gives the same expression back, lastIndex at 0, answering as before', () => {
    const re = /(\d{1,3}(?:,\d{3})*)\s(ITAs|invitations)/g;
    re.lastIndex = 5;
    expect(compiledNow(re)).toBe(re);
    expect(re.lastIndex).toBe(0);
    const text = 'IRCC sent 3,000 ITAs on May 5 and 1,250 invitations on May 6.';
    expect(plain(matchesOf(re, text))).toEqual(plain(text.matchAll(/(\d{1,3}(?:,\d{3})*)\s(ITAs|invitations)/g)));
    const sticky = compiledNow(/draw/y);
    expect([sticky.test('draw'), sticky.lastIndex]).toEqual([true, 4]);
  });
});
