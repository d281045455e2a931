import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isChuvash } from '../../src/parse/text/gloss-chuvash.ts';
import { isSakha } from '../../src/parse/text/gloss-sakha.ts';

/**
 * Chuvash and Sakha draw news (src/parse/text/gloss-chuvash.ts, gloss-sakha.ts; docs/parser.md "Chuvash and Sakha"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the
 * neighbours' pages (Russian, Tatar, Bashkir, Chechen, Kazakh, Kyrgyz, Mongolian, Tajik) are not taken for them. Figures are
 * IRCC's (rounds 426 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Chuvash', () => {
  it('a news item: "Паян", "437-мӗш раунд", "5 000 чӗнӳ янӑ", "минимум балл" and the tie-break', () => {
    const page = [
      'Чӑваш хыпарӗсем Канадӑра',
      'Паян, августӑн 19-мӗшӗнче, IRCC French-language proficiency категорийӗ валли 437-мӗш раунд ирттерчӗ.',
      '5 000 чӗнӳ янӑ, минимум балл — 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short channel post with "ĕнер" (typed in Latin), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Ĕнер Canadian Experience Class валли раунд иртнĕ: 3 000 çынна чĕннĕ, минимум CRS 516 балл. 🇨🇦';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    const weekday = 'Тунти кун, 20 июль 2026: IRCC Provincial Nominee Program валли раунд ирттерчӗ — 511 чӗнӳ, минимум CRS 744 балл. Ыйтусем пулсан ҫырӑр.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Ку эрнере IRCC икӗ раунд ирттерчӗ:',
      'Июлӗн 21-мӗшӗнче — Canadian Experience Class: 2 000 чӗнӳ, минимум балл 516.',
      'Июлӗн 22-мӗшӗнче — French-language proficiency: 5 000 чӗнӳ, минимум балл 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS балла мӗнле ӳстермелле?\nТӗслӗхрен, 2026 ҫулхи августӑн 18-мӗшӗнче 1 000 чӗнӳ янӑ, касса 523 пулнӑ. Франци чӗлхи пӗлни 50 балл хушать.', '2026-08-25'],
      ['Прогноз: сентябрьте Франци чӗлхи раунчӗ кӗтетпӗр — 5 000 яхӑн чӗнӳ, касса 400 таран.', '2026-08-25'],
      ['2025 ҫулхи Express Entry итогӗсем\n2025 ҫулта IRCC 90 ытла раунд ирттерчӗ. Декабрӗн 16-мӗшӗнче 5 000 чӗнӳ, минимум балл 515.', '2026-01-03'],
      ['Паян IRCC CEC раунд ирттерчӗ: 2 000-тен ытла чӗнӳ янӑ. Касса паянхи кун паллӑ мар.', '2026-07-21'],
      ['Паян Онтарио провинцийӗ хӑйӗн раундне ирттерчӗ: 1 200 ҫынна чӗннӗ, минимум балл 480. Ку Express Entry раунчӗ мар.', '2026-08-20'],
      ['Паян Австралири SkillSelect раунд ирттерчӗ: 8 000 чӗнӳ янӑ, минимум балл 65. Ку Канада хыпарӗ мар.', '2026-08-20'],
    ]);
    expect(glossForeign('Паян IRCC CEC раунд ирттерчӗ: 2 000-тен ытла чӗнӳ янӑ. Ыйтусем пулсан пирӗн ушкӑна ҫырӑр.')).toContain('more than 2,000');
  });
});

describe('Sakha', () => {
  it('a news item: "Бүгүн", "437-с тиһэҕи", "5 000 ыҥырыыны ыытта", "алын баал" and the tie-break', () => {
    const page = [
      'Канадаҕа олорор саха дьонун сонуннара',
      'Бүгүн, атырдьах ыйын 19 күнүгэр, IRCC French-language proficiency категориятыгар 437-с тиһэҕи оҥордо.',
      '5 000 ыҥырыыны ыытта, алын баал — 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short channel post with "бэҕэһээ" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Бэҕэһээ IRCC Canadian Experience Class тиһэҕин оҥордо: 3 000 ыҥырыы, алын CRS 516. 🇨🇦';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    const weekday = 'Бэнидиэнньик, от ыйын 20 күнэ: IRCC Provincial Nominee Program тиһэҕэ — 511 ыҥырыы, алын баал 744. Бөлөххө суруйуҥ.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Бу нэдиэлэҕэ IRCC икки тиһэҕи оҥордо:',
      'От ыйын 21 күнүгэр — Canadian Experience Class: 2 000 ыҥырыы, алын баал 516.',
      'От ыйын 22 күнүгэр — French-language proficiency: 5 000 ыҥырыы, алын баал 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a month's recap, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS баалгын хайдах үрдэтэбит?\nХолобур, атырдьах ыйын 18 күнүгэр 1 000 ыҥырыы ыытыллыбыта, алын баал 523 этэ.', '2026-08-25'],
      ['Биһиги сабаҕалааһыммыт: балаҕан ыйыгар 5 000 курдук ыҥырыы, алын баал 400-гэ диэри буолуо.', '2026-08-25'],
      ['От ыйын түмүгэ: IRCC 6 тиһэҕи оҥордо. От ыйын 21 күнүгэр 2 000 ыҥырыы, алын баал 516 этэ.', '2026-08-01'],
      ['Бүгүн IRCC CEC тиһэҕин оҥордо: 2 000-тан тахса ыҥырыы ыытта. Алын баал биллибэт.', '2026-07-21'],
      ['Бүгүн Онтарио провинцията бэйэтин тиһэҕин оҥордо: 1 200 ыҥырыы, алын баал 480. Бу Express Entry тиһэҕэ буолбатах.', '2026-08-20'],
      ['Бүгүн Австралия SkillSelect тиһэҕин оҥордо: 8 000 ыҥырыы, алын баал 65. Бу Канада сонуна буолбатах.', '2026-08-20'],
    ]);
    expect(glossForeign('Бүгүн IRCC CEC тиһэҕин оҥордо: 2 000-тан тахса ыҥырыы ыытта. Бөлөххө суруйуҥ.')).toContain('more than 2,000');
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Chuvash or Sakha, and an English page quoting a few of their words stays English", () => {
    const neighbours = [
      'Сегодня IRCC провёл раунд CEC: 3 000 приглашений, минимальный балл CRS 516. Вчера прошёл раунд PNP.',
      'Бүген IRCC CEC турын үткәрде: 3 000 кешегә чакыру җибәрелде, минималь балл 516. Кичә PNP туры булды.',
      'Бөгөн IRCC CEC раундын үткәрҙе: 3 000 кешегә саҡырыу ебәрелде, минималь балл 516. Кисә PNP раунды булды. Ҡасан сираттағы?',
      'Тахана IRCC-с CEC раунд дира: 3,000 кандидатана кхайкхам белла, лахара балл 516. Селхана PNP раунд хилла.',
      'Бүгін IRCC CEC раундын өткізді: 3 000 үміткер шақыру алды, ең төменгі CRS ұпайы 516. Кеше PNP раунды болды.',
      'Бүгүн IRCC CEC айлампасын өткөрдү: 3 000 чакыруу, минималдуу упай 516. Кечээ PNP айлампасы болду.',
      'Өнөөдөр IRCC CEC сугалаа явуулж, 3 000 урилга илгээв, хамгийн бага оноо 516. Өчигдөр PNP сугалаа болсон.',
      'Имрӯз IRCC даври CEC-ро гузаронд: 3 000 даъватнома, ҳадди ақали CRS 516. Дирӯз даври PNP буд.',
    ];
    for (const page of neighbours) {
      expect(isChuvash(page), page).toBe(false);
      expect(isSakha(page), page).toBe(false);
    }
    expect(isChuvash('Паян IRCC CEC раунд ирттерчӗ: 3 000 чӗнӳ, минимум балл 516.')).toBe(true);
    expect(isSakha('Бүгүн IRCC CEC тиһэҕин оҥордо: 3 000 ыҥырыы, алын баал 516.')).toBe(true);
    const english =
      'In Cheboksary "паян" means today and "чӗнӳ" an invitation; in Yakutsk "бэҕэһээ" is yesterday and "ыҥырыы" an invitation. IRCC invited 3,000 candidates today with a minimum CRS of 516.';
    expect(isChuvash(english)).toBe(false);
    expect(isSakha(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('Паян IRCC CEC раунд ирттерчӗ: 3 000 ҫынна чӗннӗ, минимум балл 516.')).toContain('3,000 candidates were invited');
    expect(glossForeign('Бүгүн IRCC CEC тиһэҕин оҥордо: 3 000 ыҥырыы, алын баал 516.')).toContain('3,000 invitations');
  });
});
