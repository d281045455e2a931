import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isChechen } from '../../src/parse/text/gloss-chechen.ts';
import { isKikuyu } from '../../src/parse/text/gloss-kikuyu.ts';

/**
 * Kikuyu and Chechen draw news (src/parse/text/gloss-kikuyu.ts, gloss-chechen.ts; docs/parser.md "Kikuyu and Chechen"): glossed
 * into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; the
 * neighbours' pages (Swahili, Luganda, Kinyarwanda, Kirundi, Shona, Lingala; Russian, Tatar, Bashkir, Kazakh, Kyrgyz, Tajik,
 * Mongolian) are not taken for them. Figures are IRCC's (rounds 426 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Kikuyu', () => {
  it('a news item: "Ũmũthĩ, Njumatano", "nĩ yarutire draw #437", "nĩ yaheire andũ 5,000", "CRS ya hanini ĩrĩ 382" and the tie-break', () => {
    const page = [
      'Ũhoro wa Express Entry',
      'Ũmũthĩ, Njumatano 19 Mwerĩ wa Kanana 2026, IRCC nĩ yarutire draw #437 ya French-language proficiency.',
      'Nĩ yaheire andũ 5,000 ithoni, na CRS ya hanini ĩrĩ 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short channel post with "ira" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Ira IRCC nĩ yarutire draw ya Provincial Nominee Program: andũ 442 nĩ maaheirũo ithoni, CRS ya hanini nĩ 760.';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
    const weekday = 'Njumatatũ, 20 Julai 2026, IRCC nĩ yarutire draw ya Provincial Nominee Program. Andũ 511 nĩ maaheirũo ithoni, na CRS ya hanini yarĩ mabata 744.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Express Entry: mĩthiĩre ĩĩrĩ wiki ĩno',
      'Njumaine 4 Kanana 2026 — Provincial Nominee Program: ithoni 507, CRS ya hanini 768.',
      'Njumatano 5 Kanana 2026 — Canadian Experience Class: ithoni 3,000, CRS ya hanini 516.',
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', null, 'pnp', 507, 768, null],
      ['2026-08-05', null, 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Mũtaratara wa Kĩambĩrĩria: Express Entry\nMũhiano: draw ya 18 Kanana 2026 (#436) yaheire andũ 1,000 ithoni na CRS ya 523. Ũrĩ na thiku 60.', '2026-08-20'],
      ['Ũhoro wa wiki: tũkwĩrĩgĩrĩra draw ya CEC wiki ĩrĩa ĩgũka, ithoni nginya 3,000 na CRS ya hanini ta 515.', '2026-08-20'],
      ['Ũmũthĩ IRCC nĩ yarutire draw ya CEC: ithoni makĩria ma 2,000, ta andũ 3,000 nĩ maaheirũo ithoni. CRS ya hanini ĩrĩ igũrũ.', '2026-07-21'],
      ['Ũmũthĩ Ontario nĩ ĩrutire draw yayo: andũ 1,200 nĩ maaheirũo ithoni. Ũyũ ti draw ya Express Entry.', '2026-08-20'],
      ['Ũmũthĩ Australia nĩ yarutire draw ya SkillSelect na ĩkĩheana ithoni 8,000. Ũhoro ũyũ ti wa Canada.', '2026-08-20'],
    ]);
    expect(glossForeign('Ũmũthĩ IRCC nĩ yarutire draw: ithoni makĩria ma 2,000 na nginya andũ 3,000.')).toContain('more than 2,000');
  });
});

describe('Chechen', () => {
  it('a news item: "Тахана", "437-гІа раунд", "Кхайкхамаш — 5,000", "лахара балл" and the tie-break (palochka typed "І")', () => {
    const page = [
      'Нохчийн хаамаш Канадехь',
      '19 августехь, тахана, Express Entry-н 437-гІа раунд: French-Language proficiency. Кхайкхамаш — 5,000, лахара балл — 382.',
      'Tie-breaking rule: 1 март 2026, 18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short post with "селхана" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Селхана IRCC-с Canadian Experience Class раунд дира: 3,000 кандидатана кхайкхам белла, лахара балл 516. Кхин хаамаш тхан каналехь.';
    expect(facts(post, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    const weekday = 'Оршот, 20 июль 2026: Provincial Nominee Program раунд. 511 кандидатана кхайкхам белла, лахара балл 744. Кхин а хаамаш тахана хир ю.';
    expect(facts(weekday, '2026-07-20')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Кху кӀиранахь IRCC-с шина раунд дира:',
      '21 июлехь, Canadian Experience Class — 2,000 кхайкхам, лахара балл 516.',
      '22 июлехь, French-Language proficiency — 5,000 кхайкхам, лахара балл 399.',
    ].join('\n');
    expect(facts(roundUp, '2026-07-24')).toEqual([
      ['2026-07-21', null, 'cec', 2000, 516, null],
      ['2026-07-22', null, 'french', 5000, 399, null],
    ]);
  });

  it("a monthly recap, a forecast, hedged counts, a province's and Australia's rounds are glossed and announce nothing", () => {
    expectNothingAnnounced([
      ['Август 2026 — Express Entry-н жамӀ\nАвгустехь IRCC-с ворхӀ раунд дира. Масала, 19 августехь 5,000 кхайкхам, лахара балл 382.\nКхин а: Онтарин PNP', '2026-09-01'],
      ['Сентябрехь кхин французийн раунд хир ю аьлла хета вайна: 5,000 гергга кхайкхам, лахара балл 400 гергга.', '2026-08-25'],
      ['Тахана IRCC-с CEC раунд дира: 2,000 сов кхайкхам белла. Лахара балл хаийна дац.', '2026-07-21'],
      ['Тахана Онтарин провинцис шен раунд дира: 1,200 кандидатана кхайкхам белла. Иза федералан раунд яц.', '2026-08-20'],
      ['Тахана Австралис SkillSelect раунд дира: 8,000 кхайкхам белла, лахара балл 65. Иза Канадин хаам бац.', '2026-08-20'],
    ]);
    expect(glossForeign('Тахана IRCC-с CEC раунд дира: 2,000 сов кхайкхам белла. Кхин хаамаш тхан каналехь.')).toContain('more than 2,000');
  });
});

describe('Neighbours and English pages', () => {
  it("the neighbours' pages are not taken for Kikuyu or Chechen, and an English page quoting a few of their words stays English", () => {
    const neighbours = [
      'Leo IRCC imefanya droo ya Express Entry: wagombea 3,000 walialikwa, alama ya chini ya CRS ilikuwa 516. Wiki hii droo mbili zimefanyika mwezi Julai.',
      'Leero ku Lwokusatu IRCC yakoze draw ya CEC: abantu 3,000 bayitiddwa, CRS esinga wansi yali 516. Wiiki eno draws bbiri.',
      'Uyu munsi IRCC yatumiye abantu 3,000 muri tombola ya CEC, amanota make ni 516. Ejo hashize habaye indi tombola.',
      'Uno munsi IRCC yatumiye abantu 3,000 mu itombora rya CEC, amanota matoya ni 516. Ejo habaye iyindi tombora.',
      'Nhasi IRCC yakoka vanhu 3,000 muCEC draw, mamaki ekupedzisira 516. Nezuro pakava nerimwe draw.',
      'Lelo IRCC esalaki etuka ya CEC: bato 3,000 babengami, motuya ya CRS ya nse ezalaki 516. Lobi mpe etuka mosusu.',
      'Сегодня IRCC провёл раунд CEC: 3 000 приглашений, минимальный балл CRS 516. Вчера прошёл раунд PNP.',
      'Бүген IRCC CEC турын үткәрде: 3 000 кешегә чакыру җибәрелде, минималь балл 516. Кичә PNP туры булды.',
      'Бөгөн IRCC CEC раундын үткәрҙе: 3 000 кешегә саҡырыу ебәрелде, минималь балл 516. Кисә PNP раунды булды.',
      'Бүгін IRCC CEC раундын өткізді: 3 000 үміткер шақыру алды, ең төменгі CRS ұпайы 516. Кеше PNP раунды болды.',
      'Бүгүн IRCC CEC айлампасын өткөрдү: 3 000 чакыруу, минималдуу упай 516. Кечээ PNP айлампасы болду.',
      'Имрӯз IRCC даври CEC-ро гузаронд: 3 000 даъватнома, ҳадди ақали CRS 516. Дирӯз даври PNP буд.',
      'Өнөөдөр IRCC CEC сугалаа явуулж, 3 000 урилга илгээв, хамгийн бага оноо 516. Өчигдөр PNP сугалаа болсон.',
    ];
    for (const page of neighbours) {
      expect(isKikuyu(page), page).toBe(false);
      expect(isChechen(page), page).toBe(false);
    }
    const english = 'In Nyeri, "ũmũthĩ" means today and "ithoni" invitations; in Grozny "тахана" is today. IRCC invited 3,000 candidates today with a minimum CRS of 516.';
    expect(isKikuyu(english)).toBe(false);
    expect(isChechen(english)).toBe(false);
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('Ũmũthĩ IRCC nĩ yarutire draw ya CEC: andũ 3,000 nĩ maaheirũo ithoni, CRS ya hanini ĩrĩ 516.')).toContain('3,000 candidates received invitations');
    expect(glossForeign('Тахана IRCC-с CEC раунд дира: 3,000 кандидатана кхайкхам белла, лахара балл 516.')).toContain('3,000 candidates received invitations');
  });
});
