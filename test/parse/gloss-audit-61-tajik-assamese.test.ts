import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossBengali } from '../../src/parse/text/gloss-bengali.ts';
import { glossRussian } from '../../src/parse/text/gloss-russian.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Tajik and Assamese glossaries (docs/parser.md "Tajik and Assamese", "Audit (session 61)") on pages written for
 * it: a bound read as the round's count ("то 3 000", up to; "бештар аз 500", more than; "৫০০ তকৈ অধিক", "৩,০০০ লৈকে"), a cut-off
 * lost to a comparison in the same sentence ("…, ки нисбат ба 522 дар даври қаблӣ …"), the latest draw ("শেহতীয়া ড্ৰত") told as
 * an earlier one, a forecast's "আমন্ত্ৰণ দিয়াৰ" (of inviting) read as "were invited", and a short Tajik post without Tajik's own letters. Real rounds (test/fixtures/ircc); a wrong value is worse
 * than none.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Tajik (gloss-tajik.ts)', () => {
  it('"то 3 000 даъватнома" (up to) and "бештар аз 500" (more than) are no count', () => {
    const upTo = 'Имрӯз IRCC даври нави Express Entry барои Синфи таҷрибаи Канада гузаронд: то 3 000 даъватнома. Ҳадди ақали хол 516 буд.';
    expect(facts(upTo, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const moreThan = 'Имрӯз IRCC барои Барномаи номзадҳои музофотӣ ба бештар аз 500 номзад даъватнома фиристод. Ҳадди ақали хол 768 буд.';
    expect(facts(moreThan, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
  });

  it('a comparison with the previous round after ", ки" leaves the cut-off of the sentence before it', () => {
    const page = 'Имрӯз, 21 июли 2026, IRCC барои Синфи таҷрибаи Канада 2 000 даъватнома фиристод. Ҳадди ақали хол 516 буд, ки нисбат ба 522 дар даври қаблӣ 6 хол камтар аст.';
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a short post without ҷ, ӣ or ӯ is Tajik by "даъватнома"; a Russian one stays as it was (too short for the Russian glossary)', () => {
    expect(facts('🇨🇦 Даври №428 | CEC | 2000 даъватнома | CRS 516 | 21.07.2026 #Канада', '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
    const russian = 'Раунд №428 | CEC | 2000 приглашений | CRS 516 | 21.07.2026 #Канада';
    expect(glossForeign(russian)).toBe(russian);
    const longer = `${russian}. Сегодня Канада провела раунд Express Entry: 2 000 приглашений, минимальный балл CRS 516.`;
    expect(glossForeign(longer)).toBe(glossRussian(longer));
  });
});

describe('Assamese (gloss-assamese.ts)', () => {
  it('"৫০০ তকৈ অধিক" (more than) and "৩,০০০ লৈকে" (up to) are no count', () => {
    const moreThan = 'আজি IRCC-এ PNP-ৰ বাবে ড্ৰ অনুষ্ঠিত কৰে। ৫০০ তকৈ অধিক প্ৰাৰ্থীক আমন্ত্ৰণ দিয়া হয়। নিম্নতম স্ক’ৰ আছিল ৭৬৮।';
    expect(facts(moreThan, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
    const upTo = 'আজি IRCC-এ CEC-ৰ বাবে ড্ৰ অনুষ্ঠিত কৰে: ৩,০০০ লৈকে আমন্ত্ৰণ। নিম্নতম স্ক’ৰ আছিল ৫১৬।';
    expect(facts(upTo, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
  });

  it('"শেহতীয়া ড্ৰত" (in the latest draw) is this draw, not an earlier one', () => {
    const page = 'শেহতীয়া ড্ৰত, ২১ জুলাই ২০২৬ তাৰিখে, IRCC-এ CEC-ৰ বাবে ২,০০০ জনক আমন্ত্ৰণ দিয়া হয়। নিম্নতম স্ক’ৰ আছিল ৫১৬।';
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a forecast of tomorrow ("কাইলৈ", "আমন্ত্ৰণ দিয়াৰ সম্ভাৱনা", the likelihood of inviting) announces nothing', () => {
    const page = 'কাইলৈ এক্সপ্ৰেছ এণ্ট্ৰি ড্ৰ হ’ব পাৰে। CEC-ৰ বাবে ১,০০০ জনক আমন্ত্ৰণ দিয়াৰ সম্ভাৱনা, নিম্নতম স্ক’ৰ ৫২৩ হ’ব পাৰে।';
    expect(facts(page, '2026-08-18')).toEqual([]);
  });

  it('a Bengali page is still Bengali', () => {
    const bengali = 'আজ কানাডা এক্সপ্রেস এন্ট্রি ড্র-তে ৩,০০০ জন প্রার্থীকে আমন্ত্রণ জানিয়েছে। সর্বনিম্ন স্কোর ছিল ৫১৬।';
    expect(glossForeign(bengali)).toBe(glossBengali(bengali));
  });
});
