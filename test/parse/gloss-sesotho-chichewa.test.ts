import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isSesotho } from '../../src/parse/text/gloss-sesotho.ts';
import { isChichewa } from '../../src/parse/text/gloss-chichewa.ts';

/**
 * Sesotho and Chichewa draw news (src/parse/text/gloss-sesotho.ts, gloss-chichewa.ts; docs/parser.md "Sesotho and Chichewa"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page
 * of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 431 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Sesotho', () => {
  it('a news item: "Kajeno, Labobeli", "e nang le nomoro ea 436", "e memile bakopi ba 1,000", the cut-off and the tie-break', () => {
    const page = [
      'Litaba tsa Bojaki | Express Entry',
      'Kajeno, Labobeli, 18 Phato 2026, IRCC e tšoere potoloho ea limemo ea Canadian Experience Class, e nang le nomoro ea 436.',
      'Potoloho ena e memile bakopi ba 1,000. Lintlha tse tlase tsa CRS e ne e le 523.',
      'Molao oa ho arola ba lekanang: 17 Phato 2026 ka 22:09:00 UTC.',
      'Haeba u amohetse memo, u na le matsatsi a 60.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"yesterday" with a weekday, and a short channel post', () => {
    const news = [
      'Maobane, Mantaha, IRCC e tšoere potoloho ea Provincial Nominee Program (#435) e memileng bakopi ba 442.',
      'CRS e tlase ka ho fetisisa e ne e le 760 — ho phahama ho tloha ho 768 ho potoloho e fetileng.',
    ].join('\n');
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = 'Kajeno IRCC e memile bakopi ba 3,000 ba CEC feela! Lintlha tse tlase tsa CRS: 516. Potoloho #432.';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "lipotoloho tse peli", "Labobeli, 4 Phato", "limemo tse 507"', () => {
    const page = [
      'Kakaretso ea beke: lipotoloho tse peli ho Express Entry',
      'Bekeng ena IRCC e tšoere lipotoloho tse peli:',
      '1. Labobeli, 4 Phato — Provincial Nominee Program (potoloho #431): limemo tse 507, CRS e tlase ka ho fetisisa 768.',
      '2. Laboraro, 5 Phato — Canadian Experience Class (potoloho #432): limemo tse 3,000, CRS 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Tataiso: lintlha tsa CRS. Mohlala, potoloho ea 5 Phato 2026 e memile bakopi ba 3,000 ka CRS ea 516. Ntlafatsa lintlha tsa hao haholo hore u fumane memo.';
    const forecast = 'Likhakanyo: re lebeletse hore potoloho e latelang ea CEC e tla mema bakopi ba ka bang 3,000, mohlomong ka lintlha tse 515. Sena ke khakanyo feela.';
    const recap = [
      'Kakaretso ea khoeli: Phato 2026',
      '4 Phato — PNP: 507, CRS 768',
      '5 Phato — CEC: 3,000, CRS 516',
      'Kakaretso: limemo tse 3,507 ka khoeli ena. Ha ho potoloho e nngoe e bileng teng hape.',
    ].join('\n');
    const province = 'Kajeno profinse ea Ontario e memile bakopi ba 1,200 ho lenaneo la eona la OINP, ka lintlha tse 470. Ena hase potoloho ea Express Entry feela.';
    const australia = 'Kajeno Australia e memile batho ba 5,000 ho potoloho ea eona ea SkillSelect, ka lintlha tse 65. Canada ha e a tšoara potoloho bekeng ena.';
    for (const page of [guide, forecast, recap, province, australia]) {
      expect(isSesotho(page)).toBe(true);
      expect(facts(page, '2026-08-20')).toEqual([]);
    }
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('an English page quoting a few Sesotho words, and a Setswana, Zulu or Afrikaans page, is not taken for Sesotho', () => {
    const english = 'IRCC invited 3,000 candidates today. In Lesotho the word for a round is "potoloho" and "limemo" means invitations.';
    expect(glossForeign(english)).toBe(english);
    const setswana = 'Gompieno, Labobedi, IRCC e laleditse batho ba le 1,000 mo potologong ya Express Entry. Dintlha tse di kwa tlase tsa CRS e ne e le 523. Maabane e ne e le potologo ya PNP.';
    const zulu = 'Namuhla, uLwesibili, i-IRCC yamema abantu abangu-1,000 emzuliswaneni we-Canadian Experience Class. Amaphuzu aphansi e-CRS abengu-523. Izolo kube nomzuliswano we-PNP.';
    const afrikaans = 'Vandag het IRCC 1,000 kandidate vir die Canadian Experience Class uitgenooi. Die minimum CRS-telling was 523. Gister was daar nie ’n trekking nie.';
    for (const page of [english, setswana, zulu, afrikaans]) expect(isSesotho(page)).toBe(false);
    expect(glossForeign('Kajeno IRCC e memile bakopi ba 3,000 ba CEC feela! Lintlha tse tlase tsa CRS: 516.')).toContain('invited 3,000 candidates');
  });
});

describe('Chichewa', () => {
  it('a news item: "lero, Lachiwiri", "chijambulo nambala 436", "inaitana anthu 1,000", the cut-off and the tie-break', () => {
    const page = [
      'Nkhani za Kusamukira ku Canada',
      'Lero, Lachiwiri, 18 August 2026, IRCC yachita kujambula kwa Canadian Experience Class. Ichi ndi chijambulo nambala 436.',
      'IRCC inaitana anthu 1,000. Chiwerengero chochepa cha CRS chinali 523.',
      'Lamulo lothetsa kufanana: August 17, 2026 at 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"dzulo" with a weekday, and a short channel post', () => {
    const news = 'Dzulo Lolemba IRCC inaitana anthu 442 ochokera ku Provincial Nominee Program (chijambulo #435), ndipo CRS yochepa inali 760.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = ['CHIJAMBULO CHATSOPANO LERO (05.08.2026)', 'Canadian Experience Class — Chijambulo #432', 'Maitanidwe: 3,000', 'CRS yochepa: 516'].join('\n');
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "Zijambulo ziwiri … sabata ino"', () => {
    const page = [
      'Zijambulo ziwiri za Express Entry sabata ino',
      'Lachiwiri 4 August IRCC inaitana anthu 507 a Provincial Nominee Program (chijambulo #431), ndipo CRS yochepa inali 768.',
      'Lachitatu 5 August chijambulo #432 cha Canadian Experience Class chinaitana anthu 3,000 ndi CRS ya 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Malangizo: momwe mungawerengere CRS yanu. Mwachitsanzo, chijambulo cha pa 5 August 2026 chinaitana anthu 3,000 pa CRS 516. Konzani mbiri yanu lero.';
    const forecast = 'Tikuyembekezera kuti kujambula kwa CEC sabata yamawa kudzaitana anthu pafupifupi 3,000, ndi CRS yochepa pafupifupi 515. Izi ndi zongoyembekezera chabe.';
    const recap = [
      'Chidule cha mwezi: August 2026',
      '4 August — PNP: anthu 507, CRS 768',
      '5 August — CEC: anthu 3,000, CRS 516',
      'Maitanidwe onse: 3,507 mwezi uno. Sabata ino palibe kujambula.',
    ].join('\n');
    const province = 'Lero chigawo cha Ontario chachita kujambula kwa OINP, ndipo anthu 1,200 alandira maitanidwe. Chiwerengero chochepa chinali 470. Kujambula uku sikuli kwa IRCC.';
    const australia = 'Lero dziko la Australia lachita kujambula kwa SkillSelect ndipo anthu 5,000 alandira maitanidwe pa ma point 65. Canada sinachite kujambula sabata ino.';
    for (const page of [guide, forecast, recap, province, australia]) {
      expect(isChichewa(page)).toBe(true);
      expect(facts(page, '2026-08-20')).toEqual([]);
    }
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('a hedged count is no count: "pafupifupi" (about), "oposa" (more than), "mpaka" (up to)', () => {
    expect(glossForeign('Lero IRCC inaitana anthu pafupifupi 3,000 mu Express Entry, ndipo CRS yochepa inali 516. Dzulo kunalibe kujambula.')).toContain('about 3,000');
    expect(glossForeign('Lero IRCC inaitana anthu oposa 3,000 mu Express Entry, ndipo CRS yochepa inali 516. Dzulo kunalibe kujambula.')).toContain('more than 3,000');
  });

  it('an English page quoting a few Chichewa words, and a Shona, Swahili, Zulu or Kinyarwanda page, is not taken for Chichewa', () => {
    const english = 'IRCC invited 3,000 candidates today. In Malawi, "kujambula" is the word for a draw and "lero" means today.';
    expect(glossForeign(english)).toBe(english);
    const shona = 'Nhasi, Chipiri, IRCC yakakoka vanhu 1,000 muCanadian Experience Class. Mamaki eCRS akaderera aive 523. Nezuro paive ne draw yePNP.';
    const swahili = 'Leo, Jumanne, IRCC ilitoa mialiko 1,000 kwa wagombea wa Canadian Experience Class. Alama ya chini ya CRS ilikuwa 523. Jana kulikuwa na droo ya PNP.';
    const zulu = 'Namuhla, uLwesibili, i-IRCC yamema abantu abangu-1,000 emzuliswaneni we-Canadian Experience Class. Amaphuzu aphansi e-CRS abengu-523.';
    const kinyarwanda = 'Uyu munsi, ku wa Kabiri, IRCC yatumiye abantu 1,000 bo muri Canadian Experience Class. Amanota make ya CRS yari 523.';
    for (const page of [english, shona, swahili, zulu, kinyarwanda]) expect(isChichewa(page)).toBe(false);
    expect(glossForeign('Lero IRCC inaitana anthu 3,000 a CEC. CRS yochepa inali 516. Kujambula kwatsopano sabata ino.')).toContain('invited 3,000 candidates');
  });
});
