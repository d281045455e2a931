import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isOssetian } from '../../src/parse/text/gloss-ossetian.ts';
import { isAvar } from '../../src/parse/text/gloss-avar.ts';

/**
 * Ossetian and Avar draw news (src/parse/text/gloss-ossetian.ts, gloss-avar.ts; docs/parser.md "Ossetian and Avar"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the
 * neighbours' pages (Russian, Chechen, Chuvash, Sakha, Bashkir, Tatar, Kazakh) are not taken for them, nor each other's. Figures
 * are IRCC's (rounds 424 to 435).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Ossetian', () => {
  it('a news item: "Абон", "432-æм æрхонд", "3 000 хуынды", "минимумон CRS балл" and the tie-break', () => {
    const page = [
      'Ирон хабæрттæ – Канадæ',
      'Абон, 5 августы, IRCC Express Entry-йы системæйы 432-æм æрхонд сарæзта Canadian Experience Class-æн.',
      '3 000 хуынды, минимумон CRS балл – 516.',
      'Tie-breaking rule: July 3, 2026 at 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('a short channel post with "Знон", a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Знон Канадæ PNP-æн: 507 хуынды, CRS 768.', '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const weekday = 'Дыццæджы Канадæйы IRCC Provincial Nominee Program-æн æрхонд сарæзта: 507 хуынды, минимумон балл 768. Фæйнæрдæм ныффыссут.';
    expect(facts(weekday, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const roundUp = [
      'Ацы къуыри IRCC дыууæ æрхонды сарæзта:',
      '20 июлы – Provincial Nominee Program: 511 хуынды, минимумон балл 744.',
      '21 июлы – Canadian Experience Class: 2 000 хуынды, минимумон балл 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a hedged count, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS балл куыд фылдæр кæнын?\nЗæгъæм, 2026 азы 5 августы 3 000 хуынды радтой 516 баллимæ. Францаг æвзаг зонын 50 балл дæтты.', '2026-08-25'],
      ['Прогноз: сентябры францаг æвзаджы æрхонд æнхъæлмæ кæсæм – 5 000 бæрц хуынды, балл 400-мæ онг.', '2026-08-25'],
      ['Express Entry 2025 азы: бæрæггæнæнтæ\n2025 азы IRCC 90-æй фылдæр æрхонды сарæзта. 16 декабры 5 000 хуынды, минимумон балл 515.', '2026-01-03'],
      ['Абон IRCC CEC æрхонд сарæзта: 2 000-æй фылдæр хуынды радтой. Минимумон балл нæма зонæм.', '2026-07-21'],
      ['Абон Онтарийы провинци йæхи æрхонд сарæзта: 1 200 адæймаджы бахуыдта, минимумон балл 480. Ай Express Entry æрхонд нæу.', '2026-08-20'],
      ['Абон Австралийы SkillSelect æрхонд сарæзта: 8 000 хуынды, минимумон балл 65. Ай Канадæйы хабар нæу.', '2026-08-20'],
    ]);
    expect(glossForeign('Абон IRCC CEC æрхонд сарæзта: 2 000-æй фылдæр хуынды радтой.')).toContain('more than 2,000');
  });
});

describe('Avar', () => {
  it('a news item: "Жакъа", "433-абилеб раунд", "5 000 ахIи", "минимальияб CRS балл" and the tie-break', () => {
    const page = [
      'МагIарул хабарал – Канада',
      'Жакъа, 6 августалда, IRCC-ялъ Express Entry-ялъул 433-абилеб раунд тIобитIана French-language proficiency категориялъе.',
      '5 000 ахIи, минимальияб CRS балл – 391.',
      'Tie-breaking rule: March 18, 2026 at 23:32:40 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short channel post, a weekday date and a weekly round-up of two rounds', () => {
    expect(facts('🇨🇦 Жакъа Канадаялъ CEC: 2 000 ахIи, CRS 517.', '2026-07-07')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
    const weekday = 'Талат къоялъ Канадаялъ Provincial Nominee Program раунд гьабуна: 507 ахIи, минимальияб балл 768. Суал бугони, хъвай.';
    expect(facts(weekday, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
    const roundUp = [
      'Гьаб анкьида Канадаялъ кIиго раунд тIобитIана:',
      '• 9 июль – French-language proficiency (№425): 5 000 ахIи, минимальияб балл 420.',
      '• 10 июль – Senior managers with Canadian Work Experience (№426): 500 ахIи, минимальияб балл 392.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-11')).toEqual([
      ['2026-07-09', '425', 'french', 5000, 420, null],
      ['2026-07-10', '426', 'managers', 500, 392, null],
    ]);
  });

  it("a guide, a forecast, a hedged count, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Express Entry: CRS балл кин цIикIкIун гьабилеб?\nМисалалъе, 2026 соналъул 5 августалда 3 000 чи ахIун букIана 516 баллалда.', '2026-08-25'],
      ['Прогноз: сентябралда французаб мацIалъул раунд букIина – 5 000-ялде щвезегIан ахIи.', '2026-08-25'],
      ['Жакъа IRCC-ялъ CEC раунд гьабуна: 2 000-ялдаса цIикIкIун ахIи. Минимальияб балл жеги лъалеб гьечIо.', '2026-07-21'],
      ['Жакъа Онтарио провинциялъ жиндирго раунд тIобитIана: 1 200 чи ахIана, минимальияб балл 480.', '2026-08-20'],
      ['Жакъа Австралиялъ SkillSelect раунд тIобитIана: 8 000 ахIи, минимальияб балл 65.', '2026-08-20'],
    ]);
    expect(glossForeign('Жакъа IRCC-ялъ CEC раунд гьабуна: 2 000-ялдаса цIикIкIун ахIи.')).toContain('more than 2,000');
  });
});

describe('neither', () => {
  it('an English page quoting both stays unglossed; the neighbours and each other are not taken', () => {
    const quoting = 'Ossetian news say "хуынды" for invitations and "æрхонд" for a round; Avar pages say "ахIи" and "раунд". IRCC held round #432 on August 5.';
    expect(glossForeign(quoting)).toBe(quoting);
    const ossetian = 'Абон IRCC Express Entry-йы 432-æм æрхонд сарæзта: 3 000 хуынды, минимумон балл 516.';
    const avar = 'Жакъа IRCC-ялъ 433-абилеб раунд тIобитIана: 5 000 ахIи, минимальияб балл 391.';
    expect(glossForeign(ossetian)).toContain('3,000 invitations');
    expect(glossForeign(avar)).toContain('5,000 invitations');
    expect([isOssetian(avar), isAvar(ossetian)]).toEqual([false, false]);
    const neighbours = [
      'Вчера IRCC провёл раунд Express Entry №432: 3 000 приглашений, минимальный балл CRS 516.',
      'Селхана IRCC-с Express Entry раунд дира: 3,000 кхайкхам, лахара балл 516. Кху кӀиранахь кхин раунд хир ю.',
      'Паян IRCC Canadian Experience Class валли раунд ирттерчӗ: 3 000 чӗнӳ янӑ, минимум балл 516.',
      'Бүгүн IRCC CEC тиһэҕин оҥордо: 3 000 ыҥырыы, алын баал 516.',
      'Бөгөн IRCC Express Entry раунды үткәрҙе: 3 000 саҡырыу, минимум балл 516.',
      'Бүген IRCC Express Entry раундын үткәрде: 3 000 чакыру, минималь балл 516.',
      'Бүгін IRCC Express Entry раундын өткізді: 3 000 шақыру, ең төменгі балл 516.',
    ];
    expect(neighbours.map((page) => [isOssetian(page), isAvar(page)])).toEqual(neighbours.map(() => [false, false]));
  });
});
