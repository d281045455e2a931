import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isChechen } from '../../src/parse/text/gloss-chechen.ts';
import { isKikuyu } from '../../src/parse/text/gloss-kikuyu.ts';

/**
 * Audit of the Kikuyu and Chechen glossaries (session 66; docs/parser.md "Kikuyu and Chechen", "Audit (session 66)"): pages
 * written for the audit, with real IRCC figures (rounds 413–437), each read wrong or not at all before its fix.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

const WEEK = [
  ['2026-07-20', null, 'pnp', 511, 744],
  ['2026-07-21', null, 'cec', 2000, 516],
  ['2026-07-22', null, 'french', 5000, 399],
  ['2026-07-23', null, 'military', 4, 368],
];

describe('Kikuyu', () => {
  it('a round-up headed "Draws cia Express Entry wiki ĩno:" reads every line', () => {
    const page = [
      'Draws cia Express Entry wiki ĩno:',
      '• Njumatatũ 20 Julai: Provincial Nominee Program — ithoni 511, CRS ya hanini 744',
      '• Njumaine 21 Julai: Canadian Experience Class — ithoni 2,000, CRS ya hanini 516',
      '• Njumatano 22 Julai: Gĩthungũ kĩa Ũbaranja — ithoni 5,000, CRS ya hanini 399',
      '• Aramithi 23 Julai: Skilled Military Recruits — ithoni 4, CRS ya hanini 368',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual(WEEK);
  });

  it('"mbere ya ira" is the day before yesterday, not yesterday', () => {
    const page = 'Mbere ya ira, IRCC nĩ yarutire draw ya Provincial Nominee Program: andũ 442 nĩ maaheirũo ithoni, CRS ya hanini ĩrĩ 760.';
    expect(glossForeign(page)).toMatch(/^ ?The day before yesterday, IRCC held/);
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('a short channel post ("Express Entry ũmũthĩ: … ithoni 500, CRS ya hanini 392") is glossed and read', () => {
    const post = '🇨🇦 Express Entry ũmũthĩ: draw #426, Senior managers with Canadian Work Experience, ithoni 500, CRS ya hanini 392 ✅';
    expect(facts(post, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392]]);
  });

  it('a month\'s account, a guide, a question about the next draw, British Columbia\'s own draw and "gũtirĩ draw" announce nothing', () => {
    const month =
      'Ũhoro wa Mwerĩ wa Mũgwanja 2026: mwĩrĩ Julai IRCC nĩ yarutire mĩthiĩre 8. Draw ya 20 Julai yaheire andũ 511 (CRS 744), na ya 22 Julai yaheire andũ 5,000 (CRS 399). Ithoni ciothe nĩ 15,549.';
    expect(glossForeign(month)).toContain('Monthly recap: July 2026');
    expectNothingAnnounced([
      [month, '2026-08-01'],
      [
        'Ũrĩa ũngĩongerera CRS yaku: 4 Kanana 2026 draw ya PNP nĩ yaheire andũ 507 na CRS ya hanini ĩrĩ 768. Ũũ nĩ kuuga provincial nomination nĩ ya bata mũno. Thoma Gĩthungũ kĩa Ũbaranja.',
        '2026-08-10',
      ],
      ['Draw ĩrĩa ĩngĩ ya Express Entry nĩ rĩ? Tũkwĩrĩgĩrĩra draw ya CEC wiki ĩrĩa ĩgũka, ĩheane ithoni ta 3,000 na CRS ya hanini ta 515.', '2026-08-20'],
      ['Ũmũthĩ British Columbia nĩ ĩrutire draw yayo ya BC PNP: andũ 120 nĩ maaheirũo ithoni, mabata ma hanini nĩ 95. Ũyũ ti draw ya IRCC.', '2026-08-20'],
      ['Ũmũthĩ gũtirĩ draw ya Express Entry. Draw ya mũico yarĩ 19 Kanana: andũ 5,000 nĩ maaheirũo ithoni, CRS ya hanini ĩrĩ 382.', '2026-08-21'],
    ]);
  });
});

describe('Chechen', () => {
  it('a round-up headed "Кху кӀиранахь Express Entry-н раундаш:" reads every line', () => {
    const page = [
      'Кху кӀиранахь Express Entry-н раундаш:',
      '• Оршот, 20 июль: Provincial Nominee Program — 511 кхайкхам, лахара балл 744',
      '• Шинара, 21 июль: Canadian Experience Class — 2,000 кхайкхам, лахара балл 516',
      '• Кхаара, 22 июль: French-Language proficiency — 5,000 кхайкхам, лахара балл 399',
      '• Еара, 23 июль: Skilled Military Recruits — 4 кхайкхам, лахара балл 368',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual(WEEK);
  });

  it('"стомара" is the day before yesterday', () => {
    const page = 'Стомара IRCC-с Provincial Nominee Program раунд дира: 442 кандидатана кхайкхам белла, лахара балл 760.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760]]);
  });

  it('a comparison with "хьалхарчу раундехь" (in the previous round) keeps the day\'s round', () => {
    const page =
      'Тахана IRCC-с 435-гӀа раунд дира (Provincial Nominee Program): 442 кандидатана кхайкхам белла, лахара балл 760. Хьалхарчу раундехь (4 августехь) 507 кхайкхам белла, лахара балл 768 яра.';
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760]]);
  });

  it('a short channel post ("Express Entry тахана: Раунд № 426 … 500 кхайкхам, лахара балл 392") is glossed and read', () => {
    const post = '🇨🇦 Express Entry тахана: Раунд № 426, Senior managers with Canadian Work Experience, 500 кхайкхам, лахара балл 392 ✅';
    expect(facts(post, '2026-07-10')).toEqual([['2026-07-10', '426', 'managers', 500, 392]]);
  });

  it('British Columbia\'s own round ("Иза IRCC-н раунд яц") and "раунд хилла дац" (no round) announce nothing', () => {
    expectNothingAnnounced([
      ['Тахана Британски Колумбис BC PNP раунд дира: 120 кандидатана кхайкхам белла, лахара балл 95. Иза IRCC-н раунд яц.', '2026-08-20'],
      ['Тахана Express Entry-н раунд хилла дац. ТӀаьххьара раунд 19 августехь яра: 5,000 кхайкхам, лахара балл 382.', '2026-08-21'],
    ]);
    expect(glossForeign('Тахана Express Entry-н раунд хилла дац. ТӀаьххьара раунд 19 августехь яра.')).toContain('round was not held');
  });
});

describe('Neighbours and English pages', () => {
  it('short posts of the neighbours and English posts quoting a few words are not taken for Kikuyu or Chechen', () => {
    const pages = [
      'Leo IRCC: droo ya CEC, mialiko 3,000, alama ya chini ya CRS 516.',
      'Leero IRCC: draw ya CEC, abantu 3,000 bayitiddwa, CRS 516.',
      'Uyu munsi IRCC: tombola ya CEC, abantu 3,000, amanota 516.',
      'Nhasi IRCC: CEC draw, vanhu 3,000, mamaki 516.',
      'Lelo IRCC: etuka ya CEC, bato 3,000, CRS 516.',
      'Сегодня IRCC: раунд CEC, 3 000 приглашений, минимальный балл 516.',
      'Бүген IRCC: CEC туры, 3 000 чакыру, минималь балл 516.',
      'Бүгүн IRCC: CEC айлампасы, 3 000 чакыруу, упай 516.',
      'Today IRCC: CEC draw, 3,000 invitations ("ithoni 3,000" in Kikuyu, "ũmũthĩ" today), CRS 516.',
      'Today IRCC: CEC draw, 3,000 invitations ("3,000 кхайкхам" in Chechen, "тахана" today), CRS 516.',
      'A short Kikuyu post ("Express Entry ũmũthĩ: ithoni 500, CRS ya hanini 392") is read as news.',
      'A short Chechen post ("Express Entry тахана: 500 кхайкхам, лахара балл 392") is read as news.',
    ];
    for (const page of pages) {
      expect(isKikuyu(page), page).toBe(false);
      expect(isChechen(page), page).toBe(false);
    }
  });
});
