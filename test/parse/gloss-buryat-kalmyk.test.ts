import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isBuryat } from '../../src/parse/text/gloss-buryat.ts';
import { isKalmyk } from '../../src/parse/text/gloss-kalmyk.ts';

/**
 * Buryat and Kalmyk draw news (src/parse/text/gloss-buryat.ts, gloss-kalmyk.ts; docs/parser.md "Buryat and Kalmyk"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the neighbours' pages
 * (Mongolian, Russian, Sakha, Chuvash, Tatar, Kazakh, Kyrgyz, Bashkir, and each other's) are not taken for them. Figures are IRCC's
 * (rounds 427 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Buryat', () => {
  it('a news item: "Мүнөөдэр", "437-дэхи шата", "5 000 урилга эльгээгдээ", "доодо оноо", and a tie-break told in Buryat', () => {
    const page = [
      'Буряад хэлэн дээрэ Канадын мэдээн',
      'Мүнөөдэр, августын 19-дэ, IRCC French-language proficiency категориин 437-дэхи шата үнгэргэбэ.',
      '5 000 урилга эльгээгдээ, доодо оноо — 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
    const tie = [
      'Үсэгэлдэр, июлиин 21-дэ, IRCC Canadian Experience Class-ай шата үнгэргэбэ: 2 000 урилга, эгээл бага CRS оноо — 516.',
      'Тэнсүү оноотой хүнүүдэй хоорондо 2026 оной майн 26-ай 17:33:03 UTC сагые харгалзаа.',
    ].join('\n');
    expect(facts(tie, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a short channel post with "Үсэгэлдэр" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Үсэгэлдэр Canadian Experience Class шата үнгэрөө: 3 000 урилга, доодо CRS 516. 🇨🇦';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    const weekday = 'Даваа гарагта, 2026 оной июлиин 20-до IRCC Provincial Nominee Program шата үнгэргэбэ — 511 урилга, доодо оноо 744.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Энэ долоо хоногто IRCC хоёр шата үнгэргэбэ:',
      'Июлиин 21-дэ — Canadian Experience Class: 2 000 урилга, доодо оноо 516.',
      'Июлиин 22-то — French-language proficiency: 5 000 урилга, доодо оноо 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS оноо яажа дээшэлүүлхэб?\nЖэшээнь, 2026 оной августын 18-да 1 000 урилга эльгээгдээ, доодо оноо 523 байһан. Франц хэлэ мэдэхэдэ 50 оноо нэмэгдэнэ.', '2026-08-25'],
      ['Таамаг: сентябрьта франц хэлэнэй шата хүлеэгдэнэ — 5 000 шахуу урилга, доодо оноо 400 хүрэтэр.', '2026-08-25'],
      ['2025 оной дүн\n2025 ондо IRCC 90 гаран шата үнгэргөө. Декабриин 16-да 5 000 урилга, доодо оноо 515 байһан.', '2026-01-03'],
      ['Мүнөөдэр IRCC CEC шата үнгэргэбэ: 2 000 гаран урилга эльгээгдээ. Доодо оноо мэдэгдэнэгүй.', '2026-07-21'],
      ['Мүнөөдэр Онтарио можо өөрын шата үнгэргэбэ: 1 200 урилга, доодо оноо 480. Энэ Express Entry шата бэшэ.', '2026-08-20'],
      ['Мүнөөдэр Австралиин SkillSelect шата үнгэргэбэ: 8 000 урилга, доодо оноо 65. Энэ Канадын мэдээн бэшэ.', '2026-08-20'],
    ]);
    expect(glossForeign('Мүнөөдэр IRCC CEC шата үнгэргэбэ: 2 000 гаран урилга эльгээгдээ. Манай бүлгэмдэ бэшэгты.')).toContain('more than 2,000');
  });
});

describe('Kalmyk', () => {
  it('a news item: "Өнөдр", "437-гч шат", "5 000 урилг йовулв", "хамгин бага оноһ", and a tie-break told in Kalmyk', () => {
    const page = [
      'Хальмг келн деер Канадын медән',
      'Өнөдр, августин 19-д, IRCC French-language proficiency категорин 437-гч шат кеһв.',
      '5 000 урилг йовулв, хамгин бага оноһ — 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
    const tie = ['Өцклдүр, июлин 21-д, IRCC Canadian Experience Class-ин шат кеһв: 2 000 урилг, хамгин бага CRS 516.', 'Кемҗән: 2026 җилин майн 26-н 17:33:03 UTC.'].join('\n');
    expect(facts(tie, '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a short channel post with "Өцклдүр" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Өцклдүр Canadian Experience Class-ин шатд 3 000 урилг йовулв, хамгин бага CRS 516. 🇨🇦';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    const weekday = 'Сарң, 2026 җилин июлин 20-д IRCC Provincial Nominee Program-ин шат кеһв — 511 урилг, хамгин бага оноһ 744.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Эн долан хонгт IRCC хойр шат кеһв:',
      'Июлин 21-д — Canadian Experience Class: 2 000 урилг, хамгин бага оноһ 516.',
      'Июлин 22-д — French-language proficiency: 5 000 урилг, хамгин бага оноһ 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a month's recap, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS оноһ яһҗ өсглхв?\nЖишәнь, 2026 җилин августин 18-д 1 000 урилг йовулгдв, хамгин бага оноһ 523 билә.', '2026-08-25'],
      ['2026 җилин сентябрьд юн болхв? Франц келнә шатд 5 000 шаху урилг бәәхмн, хамгин бага оноһ 400 күртл гиҗ эксперднр келнә.', '2026-08-25'],
      ['Июлин тоолвр: IRCC 6 шат кеһв. Июлин 21-д 2 000 урилг, хамгин бага оноһ 516 билә.', '2026-08-01'],
      ['Өнөдр IRCC CEC шат кеһв: 2 000 гаран урилг йовулв. Хамгин бага оноһ медгдхш.', '2026-07-21'],
      ['Өнөдр Онтарио провинц эврә шатан кеһв: 1 200 урилг, хамгин бага оноһ 480. Эн Express Entry шат биш.', '2026-08-20'],
      ['Өнөдр Австралин SkillSelect шат кеһв: 8 000 урилг, хамгин бага оноһ 65. Эн Канадын медән биш.', '2026-08-20'],
    ]);
    expect(glossForeign('Өнөдр IRCC CEC шат кеһв: 2 000 гаран урилг йовулв. Мана бүлгт бичтн.')).toContain('more than 2,000');
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Buryat or Kalmyk, and an English page quoting a few of their words stays English", () => {
    const neighbours = [
      'Өнөөдөр IRCC CEC сугалаа явуулж, 3 000 урилга илгээв, хамгийн бага оноо 516. Өчигдөр PNP сугалаа болсон.',
      'Сегодня IRCC провёл раунд CEC: 3 000 приглашений, минимальный балл CRS 516. Вчера прошёл раунд PNP.',
      'Бүгүн IRCC CEC тиһэҕин оҥордо: 3 000 ыҥырыы, алын баал 516. Бэҕэһээ PNP тиһэҕэ буолбута.',
      'Паян IRCC CEC раунд ирттерчӗ: 3 000 чӗнӳ, минимум балл 516. Ӗнер PNP раунчӗ иртнӗ.',
      'Бүген IRCC CEC турын үткәрде: 3 000 кешегә чакыру җибәрелде, минималь балл 516. Кичә PNP туры булды.',
      'Бөгөн IRCC CEC раундын үткәрҙе: 3 000 кешегә саҡырыу ебәрелде, минималь балл 516. Кисә PNP раунды булды.',
      'Бүгін IRCC CEC раундын өткізді: 3 000 үміткер шақыру алды, ең төменгі CRS ұпайы 516. Кеше PNP раунды болды.',
      'Бүгүн IRCC CEC айлампасын өткөрдү: 3 000 чакыруу, минималдуу упай 516. Кечээ PNP айлампасы болду.',
      'Өнөөдөр CEC шат: 3 000 урилга, CRS 516.',
      'Өнөөдөр IRCC CEC сугалаа явуулж, 3 000 урилга илгээв, хамгийн бага оноо 516.',
    ];
    for (const page of neighbours) {
      expect(isBuryat(page), page).toBe(false);
      expect(isKalmyk(page), page).toBe(false);
    }
    const buryat = 'Мүнөөдэр IRCC CEC шата үнгэргэбэ: 3 000 урилга, доодо оноо 516.';
    const kalmyk = 'Өнөдр IRCC CEC шат кеһв: 3 000 урилг, хамгин бага оноһ 516.';
    expect([isBuryat(buryat), isKalmyk(buryat), isBuryat(kalmyk), isKalmyk(kalmyk)]).toEqual([true, false, false, true]);
    const english =
      'In Ulan-Ude "үсэгэлдэр" means yesterday and "урилга" an invitation; in Elista "өцклдүр" is yesterday and "урилг" an invitation. IRCC invited 3,000 candidates today with a minimum CRS of 516.';
    expect(isBuryat(english)).toBe(false);
    expect(isKalmyk(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    // Audit 68: an English page quoting a short Kalmyk post (a dozen Cyrillic letters among many Latin ones) stays English.
    const quoting = 'Our Elista readers wrote: Өнөдр шат, урилг 3 000! We confirm: 3,000 invitations today, CRS 516.';
    expect(glossForeign(quoting)).toBe(quoting);
    expect(glossForeign(buryat)).toContain('3,000 invitations');
    expect(glossForeign(kalmyk)).toContain('3,000 invitations');
  });
});
