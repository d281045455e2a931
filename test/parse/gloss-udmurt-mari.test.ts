import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isMari } from '../../src/parse/text/gloss-mari.ts';
import { isUdmurt } from '../../src/parse/text/gloss-udmurt.ts';

/**
 * Udmurt and Meadow Mari draw news (src/parse/text/gloss-udmurt.ts, gloss-mari.ts; docs/parser.md "Udmurt and Meadow Mari"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the
 * neighbours' pages (Komi, Chuvash, Tatar, Bashkir, Russian, and each other's) are not taken for them. Figures are IRCC's (rounds
 * 427 to 433).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Udmurt', () => {
  it('news items: "Туннэ", "432-тӥ раунд", "3 000 ӧтён лэземын", "ичигес CRS балл", "5 000 адямиез ӧтиз", a tie-break told in Udmurt', () => {
    const page = [
      'Удмурт ивор',
      'Туннэ, гудырикошкон толэзьлэн 5-тӥ нуналаз, IRCC Express Entry системаын 432-тӥ раунд ортчытӥз.',
      'Canadian Experience Class понна 3 000 ӧтён лэземын, ичигес CRS балл — 516.',
      'Tie-breaking rule: July 3, 2026 at 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
    const other = ['Туннэ Канада 5 000 адямиез ӧтиз: француз кылъя раунд (№433), ичигес балл 391.', 'Tie-breaking rule: 2026 арын южтолэзь 18-тӥ нуналаз 23:32:40 UTC.'].join('\n');
    expect(facts(other, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short channel post with "Толон" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Толон: CEC раунд — 2 000 ӧтён, CRS 516.', '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const weekday = 'Вордӥськон, пӧсьтолэзь 20-тӥ нуналаз, IRCC Provincial Nominee Program раунд ортчытӥз: 511 ӧтён, ичигес балл 744.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Та арняе IRCC кык раунд ортчытӥз:',
      'Пӧсьтолэзь 21-тӥ нуналаз — Canadian Experience Class: 2 000 ӧтён, ичигес балл 516.',
      'Пӧсьтолэзь 22-тӥ нуналаз — French-language proficiency: 5 000 ӧтён, ичигес балл 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a month's and a year's recap, a province's and Australia's rounds are glossed and announce nothing; hedged counts", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS баллэз кызьы будэтоно?\nКылсярысь, 2026 арын гудырикошкон 5-тӥ нуналаз 3 000 ӧтён лэземын вал, ичигес балл 516 вал.', '2026-08-25'],
      ['Прогноз: куарусён толэзе француз кылъя раунд луоз — 5 000 пала ӧтён, ичигес балл 400 котырын.', '2026-08-25'],
      ['Пӧсьтолэзь толэзьлэн итогез\nПӧсьтолэзь толэзе IRCC вить раунд ортчытӥз, 13 000-лэсь трос ӧтён лэзиз. Ичигес балл 399 вал.', '2026-08-01'],
      ['2025 арлэн итогез\nIRCC 90-лэсь трос раунд ортчытӥз. Толсур 16-тӥ нуналаз 5 000 ӧтён, ичигес балл 515 вал.', '2026-01-03'],
      ['Туннэ Онтарио провинция аспӧртэм раунд ортчытӥз: 1 200 ӧтён, ичигес балл 480. Та Express Entry раунд ӧвӧл.', '2026-08-20'],
      ['Туннэ Австралия SkillSelect раунд ортчытӥз: 8 000 ӧтён, ичигес балл 65. Та Канадалэн раундэз ӧвӧл.', '2026-08-20'],
    ]);
    expect(glossForeign('Туннэ IRCC CEC раунд ортчытӥз: 2 000-лэсь трос ӧтён лэзиз.')).toContain('more than 2,000');
    expect(glossForeign('Туннэ IRCC CEC раунд ортчытӥз: 3 000 пала ӧтён лэзиз.')).toContain('about 3,000');
  });
});

describe('Meadow Mari', () => {
  it('news items: "Таче", "432-шо раунд", "3 000 ӱжмаш", "эн шагал CRS балл", "5 000 еҥым ӱжын", a tie-break told in Mari', () => {
    const page = [
      'Марий увер',
      'Таче, 2026 ий 5 сорлаште, IRCC Express Entry системыште 432-шо раундым эртарен.',
      'Canadian Experience Class: 3 000 ӱжмаш, эн шагал CRS балл — 516.',
      'Tie-breaking rule: July 3, 2026 at 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
    const other = ['Таче Канада 5 000 еҥым ӱжын: французла йылме ончыкто кӱлеш раунд (№433), эн шагал балл 391.', 'Tie-breaking rule: 2026 ий 18 ӱярня 23:32:40 UTC.'].join('\n');
    expect(facts(other, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short channel post with "Теҥгече" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Теҥгече: CEC раунд — 2 000 ӱжмаш, CRS 516.', '2026-07-22')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
    const weekday = 'Шочмо, сӱрем 20, IRCC Provincial Nominee Program раундым эртарен: 511 ӱжмаш, эн шагал балл 744.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Тиде арнян IRCC кок раундым эртарен:',
      'Сӱрем 21 — Canadian Experience Class: 2 000 ӱжмаш, эн шагал балл 516.',
      'Сӱрем 22 — French-language proficiency: 5 000 ӱжмаш, эн шагал балл 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a guide, a forecast, a month's and a year's recap, a province's and Australia's rounds are glossed and announce nothing; hedged counts", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS баллым кузе кугемдаш?\nМутлан, 2026 ий 5 сорлаште 3 000 ӱжмаш колтымо ыле, эн шагал балл 516 ыле.', '2026-08-25'],
      ['Прогноз: идым тылзыште французла раунд лиеш — 5 000 наре ӱжмаш, эн шагал балл 400 наре.', '2026-08-25'],
      ['2026 ий сӱрем тылзе: Express Entry итог\nСӱрем тылзыште IRCC вич раундым эртарен, 13 000 утла ӱжмаш.', '2026-08-01'],
      ['2025 ий итог\nIRCC 90 утла раундым эртарен. Теле 16 — 5 000 ӱжмаш, эн шагал балл 515 ыле.', '2026-01-03'],
      ['Таче Онтарио провинций шке раундшым эртарен: 1 200 ӱжмаш, эн шагал балл 480. Тиде федерал раунд огыл.', '2026-08-20'],
      ['Таче Австралийыште SkillSelect раунд эртен: 8 000 ӱжмаш, эн шагал балл 65. Тиде Канадын раунд огыл.', '2026-08-20'],
    ]);
    expect(glossForeign('Таче IRCC CEC раундым эртарен: 2 000 утла ӱжмаш колтен.')).toContain('more than 2,000');
    expect(glossForeign('Таче IRCC CEC раундым эртарен: 3 000 наре ӱжмаш колтен.')).toContain('about 3,000');
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Udmurt or Mari, each is not taken for the other, and an English page quoting them stays English", () => {
    const neighbours = [
      'Талун IRCC CEC раунд нуӧдіс: 3 000 корӧм, медічӧт балл 516. Чӧж PNP раунд вӧлі.',
      'Паян IRCC CEC раунд ирттерчӗ: 3 000 чӗнӳ, минимум балл 516. Ӗнер PNP раунчӗ иртнӗ.',
      'Бүген IRCC CEC турын үткәрде: 3 000 кешегә чакыру җибәрелде, минималь балл 516. Кичә PNP туры булды.',
      'Бөгөн IRCC CEC раундын үткәрҙе: 3 000 кешегә саҡырыу ебәрелде, минималь балл 516. Кисә PNP раунды булды.',
      'Сегодня IRCC провёл раунд CEC: 3 000 приглашений, минимальный балл CRS 516. Вчера прошёл раунд PNP.',
    ];
    for (const page of neighbours) {
      expect(isUdmurt(page), page).toBe(false);
      expect(isMari(page), page).toBe(false);
    }
    const udmurt = 'Туннэ IRCC CEC раунд ортчытӥз: 3 000 ӧтён, ичигес балл 516.';
    const mari = 'Таче IRCC CEC раундым эртарен: 3 000 ӱжмаш, эн шагал балл 516.';
    expect([isUdmurt(udmurt), isMari(udmurt), isUdmurt(mari), isMari(mari)]).toEqual([true, false, false, true]);
    expect(glossForeign(udmurt)).toContain('3,000 invitations');
    expect(glossForeign(mari)).toContain('3,000 invitations');
    const english = 'In Izhevsk "туннэ" means today and "ӧтён" an invitation; in Yoshkar-Ola "таче" is today and "ӱжмаш" an invitation. IRCC invited 3,000 candidates today with a minimum CRS of 516.';
    expect(isUdmurt(english)).toBe(false);
    expect(isMari(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
  });
});
