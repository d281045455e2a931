import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * Session 59's audit of the Serbian, Croatian and Bulgarian glossaries (src/parse/text/gloss-serbian.ts, gloss-bulgarian.ts;
 * docs/parser.md "Serbian, Croatian and Bulgarian", "Audit (session 59)"): pages written for the audit, with real IRCC rounds,
 * and the draws each announces (day, round, program, invitations, cut-off, the tie-break's day).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
const tieBreaks = (text: string, published: string) => announcedDraws(text, published).map((d) => d.tieBreak);

describe('Serbian and Croatian (audit)', () => {
  it('a short Serbian news item is known as Serbian ("avgusta", "kategorije", "zahteva"); "minimalni CRS skor bio je 523"', () => {
    const page = [
      'Express Entry: nova runda za CEC',
      'IRCC je 18. avgusta 2026. održao rundu broj 436 za kandidate iz kategorije Canadian Experience Class (CEC). Poslato je 1.000 poziva za podnošenje zahteva (ITA), a minimalni CRS skor bio je 523.',
      'Pravilo izjednačenja: 17. avgust 2026. u 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('a Croatian news item is known by its months and weekdays ("kolovoza", "ponedjeljak") and "krug"', () => {
    const page = [
      'Kanada: novi krug Express Entryja za PNP',
      'U ponedjeljak, 17. kolovoza 2026., IRCC je pozvao 442 kandidata iz Provincijskog programa nominacije (PNP). Najniži rezultat CRS-a iznosio je 760 bodova. Ovo je 435. krug u sustavu Express Entry.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('a Serbian channel post: "runda #422 | Zdravstvo i socijalne usluge | 4.000 ITA | danas"', () => {
    const page = ['🇨🇦 EE runda #422 | Zdravstvo i socijalne usluge | 4.000 ITA | CRS 475 | danas'].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', '422', 'healthcare', 4000, 475, null]]);
  });

  it('"Poziv je dobilo 334 kandidata" (the invitation went to 334 candidates)', () => {
    const page = [
      'Prekjuče nova PNP runda',
      'IRCC je prekjuče održao rundu samo za kandidate sa provincijskom nominacijom. Poziv je dobilo 334 kandidata, a minimalni CRS rezultat iznosio je 805 bodova.',
    ].join('\n');
    expect(facts(page, '2026-05-27')).toEqual([['2026-05-25', null, 'pnp', 334, 805, null]]);
  });

  it('a monthly recap ("Tokom jula", "Najveća runda bila je 9. jula") announces nothing', () => {
    const page = [
      'Jul 2026. u brojevima: šta se desilo u Express Entry sistemu',
      'Tokom jula IRCC je održao osam rundi i poslao ukupno 20.015 poziva. Najveća runda bila je 9. jula za francuski jezik (5.000 poziva, prag 420 bodova), a najviši prag imao je PNP 20. jula: 744 boda.',
      'Šta očekujemo u avgustu? Pratite nas.',
    ].join('\n');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('a guide ("Na primer, u rundi od 23. juna 2026.") announces nothing', () => {
    const page = [
      'Kako da povećate CRS bodove: vodič',
      'Mnogi pitaju koliko bodova je potrebno. Na primer, u rundi od 23. juna 2026. prag za CEC bio je 516 bodova, a pozvano je 4.000 kandidata. Za francuski jezik prag je često ispod 420.',
      'Savet: položite jezički test ponovo.',
    ].join('\n');
    expect(facts(page, '2026-07-01')).toEqual([]);
  });

  it('"u prethodnoj rundi" is the previous draw; a tie-break "po srednjoevropskom letnjem vremenu" is Central European time', () => {
    const page = [
      'Runda #428: prag za CEC pao na 516',
      'U utorak, 21. jula 2026, IRCC je pozvao 2.000 kandidata iz CEC. Minimalni CRS iznosio je 516 bodova, što je manje nego u prethodnoj rundi za CEC (517 bodova, 7. jula).',
      'Pravilo izjednačenja: 26.05.2026. u 19:33:03 po srednjoevropskom letnjem vremenu (17:33:03 UTC).',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
    expect(tieBreaks(page, '2026-07-22')).toEqual(['2026-05-26T17:33:03Z']);
  });
});

describe('Bulgarian (audit)', () => {
  it('a Bulgarian channel post: "Тираж №422 | Здравеопазване и социални услуги | 4 000 покани | днес"', () => {
    const page = ['🇨🇦 Тираж №422 | Здравеопазване и социални услуги | 4 000 покани | CRS 475 | днес'].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-25', '422', 'healthcare', 4000, 475, null]]);
  });

  it('Australia\'s round, and "Канада не проведе тираж" (did not hold), announce nothing', () => {
    const page = [
      'Австралия: нов кръг на SkillSelect',
      'Вчера австралийското министерство покани 2 500 кандидати в нов кръг на SkillSelect с минимум 65 точки. Тази седмица Канада не проведе тираж Express Entry.',
    ].join('\n');
    expect(facts(page, '2026-06-10')).toEqual([]);
  });

  it('a tie-break in Bulgarian time ("20:33:03 българско време") is UTC+3 in summer', () => {
    const page = [
      'Тираж №428: прагът за CEC падна до 516',
      'Във вторник, 21 юли 2026 г., IRCC покани 2 000 кандидати от CEC. Минималният CRS беше 516 точки, с една точка по-малко от предходния тираж за CEC (517 точки на 7 юли).',
      'Тай-брейк: 26.05.2026 в 20:33:03 българско време (17:33:03 UTC).',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
    expect(tieBreaks(page, '2026-07-22')).toEqual(['2026-05-26T17:33:03Z']);
  });

  it('a winter tie-break in Bulgarian time is UTC+2; a monthly recap\'s "Най-големият тираж" is the largest draw', () => {
    const page = [
      'Express Entry: тираж за професии в занаятите',
      'В четвъртък, 2 април 2026 г., IRCC проведе 408-ия тираж за професии в занаятите (trades). Бяха поканени 3 000 кандидати, минималният резултат по CRS е 477 точки.',
      'Тай-брейк правило: 14.02.2026 в 22:53:54 по българско време.',
    ].join('\n');
    expect(tieBreaks(page, '2026-04-03')).toEqual(['2026-02-14T20:53:54Z']);
    const recap = 'През юли IRCC проведе осем тиража и изпрати общо 20 015 покани. Най-големият тираж беше на 9 юли за френски език.';
    expect(glossForeign(recap)).toMatch(/During July IRCC held eight draws .*The largest draw/);
  });

  it('"до 3 000 кандидати" (up to) is no count; Serbian "do 3.000 kandidata" neither', () => {
    const bg = 'Нов тираж за CEC\nНа 5 август 2026 г. IRCC покани до 3 000 кандидати от Canadian Experience Class. Минималният резултат по CRS беше 516 точки.';
    expect(facts(bg, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const sr = 'Nova runda za CEC\nIRCC je 5. avgusta 2026. pozvao do 3.000 kandidata iz kategorije Canadian Experience Class. Minimalni CRS rezultat iznosio je 516 bodova.';
    expect(facts(sr, '2026-08-06')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
  });
});
