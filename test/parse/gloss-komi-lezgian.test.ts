import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isKomi } from '../../src/parse/text/gloss-komi.ts';
import { isLezgian } from '../../src/parse/text/gloss-lezgian.ts';

/**
 * Komi and Lezgian draw news (src/parse/text/gloss-komi.ts, gloss-lezgian.ts; docs/parser.md "Komi and Lezgian"): glossed into
 * the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another country's
 * round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the neighbours'
 * pages (Russian, Avar, Ossetian, Chechen, Sakha, Udmurt, Mari, Kabardian, Kazakh) are not taken for them, nor each other's.
 * Figures are IRCC's (rounds 424 to 433).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Komi', () => {
  it('a news item: "Талун", "432-ӧд корӧм", "3 000 корӧм", "медічӧт CRS балл" and the tie-break', () => {
    const page = [
      'Коми юӧр – Канада',
      'Талун, август 5 лунӧ, IRCC Express Entry системаын нуӧдіс 432-ӧд корӧм Canadian Experience Class серти.',
      '3 000 корӧм, медічӧт CRS балл – 516.',
      'Tie-breaking rule: July 3, 2026 at 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('a short channel post with "Тӧрыт", a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Тӧрыт Канада PNP серти: 507 корӧм, CRS 768.', '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const weekday = 'Воторник лунӧ Канадаын IRCC нуӧдіс корӧм Provincial Nominee Program серти: корисны 507 морт, медічӧт балл 768. Гижӧй миянлы.';
    expect(facts(weekday, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const roundUp = [
      'Тайӧ вежонӧ IRCC нуӧдіс кык корӧм:',
      'Июль 20 лунӧ – Provincial Nominee Program: 511 корӧм, медічӧт балл 744.',
      'Июль 21 лунӧ – Canadian Experience Class: 2 000 корӧм, медічӧт балл 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a month's and a year's recap, a hedged count, a province's and Australia's rounds announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: кыдзи кыпӧдны CRS балл?\nШуам, 2026 вося август 5 лунӧ корисны 3 000 морт 516 балла. Французскӧй кыв тӧдӧм сетӧ 50 балл.', '2026-08-25'],
      ['Прогноз: сентябрын виччысьӧны французскӧй кыв корӧм – 5 000-ӧдз корӧм, балл 400 гӧгӧр.', '2026-08-25'],
      ['Июль тӧлысь Express Entry-ын\nИюль тӧлысьын IRCC нуӧдіс сизим корӧм. Июль 21 лунӧ 2 000 корӧм, медічӧт балл 516. Ӧтлаӧн корисны 15 549 морт.', '2026-08-02'],
      ['Express Entry 2025 вося итогъяс\n2025 воын IRCC нуӧдіс 90-ысь унджык корӧм. Декабрь 16 лунӧ 5 000 корӧм, медічӧт балл 515.', '2026-01-03'],
      ['Тайӧ вежонӧ, талун, IRCC нуӧдіс CEC корӧм: корисны 2 000-ысь унджык морт. Медічӧт балл некод на оз тӧд.', '2026-07-21'],
      ['Талун Онтарио провинция нуӧдіс ассьыс корӧм: корисны 1 200 морт, медічӧт балл 480. Тайӧ абу Express Entry.', '2026-08-20'],
      ['Талун Австралия нуӧдіс SkillSelect корӧм: 8 000 корӧм, медічӧт балл 65. Тайӧ абу Канада.', '2026-08-20'],
    ]);
    expect(glossForeign('Тайӧ вежонӧ, талун, IRCC нуӧдіс CEC корӧм: корисны 2 000-ысь унджык морт.')).toContain('more than 2,000');
  });
});

describe('Lezgian', () => {
  it('a news item: "Къе", "433-нумрадин раунд", "5 000 теклифнама", "минимум CRS балл" and the tie-break', () => {
    const page = [
      'Лезги хабарар – Канада',
      'Къе, августдин 6-даз, IRCC-ди Express Entry системадай French-language proficiency категориядай 433-нумрадин раунд кьиле тухвана.',
      '5 000 теклифнама, минимум CRS балл – 391.',
      'Tie-breaking rule: March 18, 2026 at 23:32:40 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short channel post with "Гъинифиз", a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Гъинифиз Канадади CEC патал: 2 000 теклифнама, CRS 517.', '2026-07-08')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
    const weekday = 'Гьафтедин кьведлагьай юкъуз Канадади Provincial Nominee Program патал раунд кьиле тухвана: 507 касдиз теклифнама ракъурна, минимум балл 768.';
    expect(facts(weekday, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const roundUp = [
      'И гьафтеда IRCC-ди кьве раунд кьиле тухвана:',
      '• Июлдин 9-даз – French-language proficiency (№425): 5 000 теклифнама, минимум балл 420.',
      '• Июлдин 10-даз – Senior managers with Canadian Work Experience (№426): 500 теклифнама, минимум балл 392.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-11')).toEqual([
      ['2026-07-09', '425', 'french', 5000, 420, null],
      ['2026-07-10', '426', 'managers', 500, 392, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a hedged count, a province's and Australia's rounds announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS балл гьикӀ хкажда?\nМисал яз, 2026-йисан августдин 5-даз 3 000 касдиз 516 баллдалди теклифнама ракъурнай.', '2026-08-25'],
      ['Прогноз: сентябрда франсуз чӀалан раунд жеда – 5 000-далди кьван теклифнама, балл 400.', '2026-08-25'],
      ['Express Entry 2025-йисуз: нетижаяр\n2025-йисуз IRCC-ди 90-дилай гзаф раунд кьиле тухвана. Декабрдин 16-даз 5 000 теклифнама, минимум балл 515.', '2026-01-03'],
      ['Къе IRCC-ди CEC раунд кьиле тухвана: 2 000-дилай гзаф теклифнама. Минимум балл гьеле малум туш.', '2026-07-21'],
      ['Къе Онтарио провинциядин вичин раунд кьиле тухвана: 1 200 кас эверна, минимум балл 480. Им федерал Express Entry раунд туш.', '2026-08-20'],
      ['Къе Австралияди SkillSelect раунд кьиле тухвана: 8 000 теклифнама, минимум балл 65.', '2026-08-20'],
    ]);
    expect(glossForeign('Къе IRCC-ди CEC раунд кьиле тухвана: 2 000-дилай гзаф теклифнама.')).toContain('more than 2,000');
  });
});

describe('neither', () => {
  it('an English page quoting both stays unglossed; the neighbours and each other are not taken', () => {
    const quoting = 'Komi news say "корӧм" for invitations and "тӧрыт" for yesterday; Lezgian pages say "теклифнама" and "кьиле тухвана". IRCC held round #432 on August 5.';
    expect(glossForeign(quoting)).toBe(quoting);
    const komi = 'Талун IRCC Express Entry системаын нуӧдіс 432-ӧд корӧм: 3 000 корӧм, медічӧт балл 516.';
    const lezgian = 'Къе IRCC-ди 433-нумрадин раунд кьиле тухвана: 5 000 теклифнама, минимум балл 391.';
    expect(glossForeign(komi)).toContain('3,000 invitations');
    expect(glossForeign(lezgian)).toContain('5,000 invitations');
    expect([isKomi(lezgian), isLezgian(komi)]).toEqual([false, false]);
    const neighbours = [
      'Вчера IRCC провёл раунд Express Entry №432: 3 000 приглашений, минимальный балл CRS 516.',
      'Жакъа IRCC-ялъ 433-абилеб раунд тIобитIана: 5 000 ахIи, минимальияб балл 391.',
      'Абон IRCC Express Entry-йы 432-æм æрхонд сарæзта: 3 000 хуынды, минимумон балл 516.',
      'Селхана IRCC-с Express Entry раунд дира: 3,000 кхайкхам, лахара балл 516. Кху кӀиранахь кхин раунд хир ю.',
      'Бүгүн IRCC CEC тиһэҕин оҥордо: 3 000 ыҥырыы, алын баал 516.',
      'Туннэ IRCC Express Entry раунд ортчытӥз: 3 000 ӧтён лэзьылӥз, ичи балл 516. Толон ӧтёнъёс ӧй вал.',
      'Таче IRCC Express Entry раундым эртарен: 3 000 ӱжмашым колтен, изирак балл 516. Теҥгече ӱжмаш лийын огыл.',
      'Нобэ IRCC-м Express Entry раунд ирегъэкӀуэкӀащ: 3 000 къигъэблэгъащ, балл нэхъ мащӀэр 516. Дыгъуасэ раунд щыӀакъым.',
      'Бүгін IRCC Express Entry раундын өткізді: 3 000 шақыру, ең төменгі балл 516.',
    ];
    expect(neighbours.map((page) => [isKomi(page), isLezgian(page)])).toEqual(neighbours.map(() => [false, false]));
  });
});
