import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isSetswana } from '../../src/parse/text/gloss-setswana.ts';
import { isXitsonga } from '../../src/parse/text/gloss-xitsonga.ts';

/**
 * Setswana and Xitsonga draw news (src/parse/text/gloss-setswana.ts, gloss-xitsonga.ts; docs/parser.md "Setswana and Xitsonga"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page
 * of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 424, 425, 427 and 428).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const SESOTHO = 'Kajeno, Labobeli, IRCC e tšoere potoloho ea Canadian Experience Class mme e memile bakopi ba 2,000. Lintlha tse tlase tsa CRS e ne e le 516. Maobane ho ne ho na le potoloho ea PNP.';
const ZULU = 'Namuhla, uLwesibili, i-IRCC yamema abantu abangu-2,000 emzuliswaneni we-Canadian Experience Class. Amaphuzu aphansi e-CRS abengu-516. Izolo kube nomzuliswano we-PNP.';
const AFRIKAANS = 'Vandag het IRCC 2,000 kandidate vir die Canadian Experience Class uitgenooi. Die minimum CRS-telling was 516. Gister was daar nie ’n trekking nie.';
const CHICHEWA = 'Lero, Lachiwiri, IRCC inaitana anthu 2,000 a Canadian Experience Class. Chiwerengero chochepa cha CRS chinali 516. Dzulo kunali kujambula kwa PNP.';
const SHONA = 'Nhasi, Chipiri, IRCC yakakoka vanhu 2,000 muCanadian Experience Class. Mamaki eCRS akaderera aive 516. Nezuro paive ne draw yePNP.';
const SWAHILI = 'Leo, Jumanne, IRCC ilitoa mialiko 2,000 kwa wagombea wa Canadian Experience Class. Alama ya chini ya CRS ilikuwa 516. Jana kulikuwa na droo ya PNP.';

describe('Setswana', () => {
  it('news items: "Gompieno, Labobedi", "Nomoro ya kgogo", "e laleditse batho ba le 2,000", the cut-off and the tie-break; "Ka Labone … kgogo #425"', () => {
    const page = [
      'Dikgang tsa Bofudugi | Express Entry',
      'Gompieno, Labobedi, 21 Phukwi 2026, IRCC e tshwere kgogo ya Canadian Experience Class.',
      'Nomoro ya kgogo: 428',
      'IRCC e laleditse batho ba le 2,000. Maduo a a kwa tlase a CRS e ne e le 516.',
      'Molao wa go kgaoganya ba ba lekanang: 26 Motsheganong 2026 ka 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
    const other = 'Ka Labone, 9 Phukwi 2026, IRCC e dirile kgogo #425 ya ba ba buang Sefora: ditaletso di le 5,000 ka CRS ya 420. Kgogo e e fetileng e ne e laleditse batho ba le 2,000.';
    expect(facts(other, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, null]]);
  });

  it('"maabane" with a weekday, and a short channel post', () => {
    const news = 'Maabane, Mosupologo, IRCC e laleditse batho ba le 511 mo kgogong ya Provincial Nominee Program (#427). Maduo a a kwa tlase a CRS a ne a le 744.';
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, null]]);
    const post = 'Express Entry gompieno: CEC – ditaletso 2,000, CRS 517. Kgogo #424.';
    expect(facts(post, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('a weekly round-up with two rounds: "dikgogo tse pedi", "Mosupologo, 20 Phukwi", "ditaletso di le 511"', () => {
    const page = [
      'Kakaretso ya beke: dikgogo tse pedi tsa Express Entry',
      'Mo bekeng eno IRCC e dirile dikgogo tse pedi:',
      '1. Mosupologo, 20 Phukwi — Provincial Nominee Program (kgogo #427): ditaletso di le 511, CRS 744.',
      '2. Labobedi, 21 Phukwi — Canadian Experience Class (kgogo #428): ditaletso di le 2,000, CRS 516.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Kaelo: ka moo o ka tokafatsang maduo a gago a CRS. Ka sekai, kgogo ya 21 Phukwi 2026 e laleditse batho ba le 2,000 ka maduo a 516. Ithute Sefora gore o bone taletso.';
    const forecast = 'Ponelopele: re solofela gore kgogo e e latelang ya CEC e tla laletsa batho ba e ka nna 2,000, ka maduo a e ka nna 515. Se ke ponelopele fela.';
    const recap = [
      'Kakaretso ya kgwedi ya Phukwi 2026',
      '20 Phukwi – PNP, ditaletso 511, CRS 744',
      '21 Phukwi – CEC, ditaletso 2,000, CRS 516',
      'Palogotlhe ya ditaletso mo kgweding e ne e feta 2,500.',
    ].join('\n');
    const province = 'Gompieno porofense ya Ontario e laleditse batho ba le 1,200 mo kgogong ya yona ya OINP, ka maduo a 470. Se ga se kgogo ya IRCC ya Express Entry.';
    const australia = 'Gompieno Australia e laleditse batho ba le 5,000 mo kgogong ya yona ya SkillSelect, ka maduo a 65. Canada ga e a dira kgogo mo bekeng eno.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isSetswana(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-07-25'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('a hedged count is no count: "e ka nna" (about), "go feta" (more than), "go fitlha" (up to)', () => {
    expect(glossForeign('Gompieno IRCC e laleditse batho ba e ka nna 2,000 mo kgogong ya CEC, ka maduo a 516.')).toContain('about 2,000');
    expect(glossForeign('Gompieno IRCC e laleditse batho ba le go feta 2,000 mo kgogong ya CEC, ka maduo a 516.')).toContain('more than 2,000');
    expect(glossForeign('Gompieno IRCC e ka laletsa batho go fitlha 2,000 mo kgogong ya CEC, ka maduo a 516.')).toContain('up to 2,000');
  });

  it('an English page quoting a few Setswana words, and a Sesotho, Zulu, Afrikaans or Chichewa page, is not taken for Setswana', () => {
    const english = 'IRCC invited 2,000 candidates today. In Botswana a draw is a "kgogo" and "ditaletso" means invitations.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, SESOTHO, ZULU, AFRIKAANS, CHICHEWA]) expect(isSetswana(page)).toBe(false);
    expect(glossForeign(SESOTHO)).toContain('invited 2,000 candidates');
    expect(glossForeign('Gompieno IRCC e laleditse batho ba le 2,000 ba CEC fela! Maduo a a kwa tlase a CRS: 516.')).toContain('invited 2,000 candidates');
  });
});

describe('Xitsonga', () => {
  it('news items: "Namuntlha, hi Ravumbirhi", "Ku hlawula #428", "yi rhumele swirhambo swa 2,000", the cut-off and the tie-break; "ku hlawula ka 425"', () => {
    const page = [
      'Mahungu ya Vuhlapfa | Express Entry',
      'Namuntlha, hi Ravumbirhi, 21 Mawuwani 2026, IRCC yi endlile ku hlawula ka Canadian Experience Class.',
      'Ku hlawula #428: IRCC yi rhumele swirhambo swa 2,000. CRS ya le hansi a yi ri 516.',
      'Nawu wa ku avanyisa: 26 Mudyaxihi 2026 hi 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
    const other = 'Hi Ravumune, 9 Mawuwani 2026, vanhu va 5,000 lava vulavulaka Xifurwa va kumile swirhambo, CRS ya le hansi yi ri 420. Leswi i ku hlawula ka 425 ka Express Entry.';
    expect(facts(other, '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, null]]);
  });

  it('"tolo" with a weekday, and a short channel post', () => {
    const news = 'Tolo, hi Musumbhunuku, IRCC yi rhumele swirhambo swa 511 eka vanhu va Provincial Nominee Program (ku hlawula #427). CRS ya le hansi a yi ri 744.';
    expect(facts(news, '2026-07-21')).toEqual([['2026-07-20', '427', 'pnp', 511, 744, null]]);
    const post = 'Express Entry namuntlha: CEC – swirhambo 2,000, CRS 517 (ku hlawula #424).';
    expect(facts(post, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('a weekly round-up with two rounds: "ku hlawula kambirhi", "Musumbhunuku, 20 Mawuwani", "swirhambo swa 511"', () => {
    const page = [
      'Nkomiso wa vhiki: ku hlawula kambirhi eka Express Entry',
      'Eka vhiki leri IRCC yi endlile ku hlawula kambirhi:',
      '1. Musumbhunuku, 20 Mawuwani — Provincial Nominee Program (ku hlawula #427): swirhambo swa 511, CRS 744.',
      '2. Ravumbirhi, 21 Mawuwani — Canadian Experience Class (ku hlawula #428): swirhambo swa 2,000, CRS 516.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide =
      'Xiletelo: ndlela yo engetela CRS ya wena. Hi xikombiso, ku hlawula ka 21 Mawuwani 2026 ku rhumele swirhambo swa 2,000 hi CRS ya 516. Dyondza Xifurwa kumbe Xinghezi leswaku u kuma xirhambo.';
    const forecast = 'Vuhlahluvi: hi langutela leswaku ku hlawula lokulandzelaka ka CEC ku ta rhumela swirhambo swa kwalomu ka 2,000, hi CRS ya kwalomu ka 515. Leswi i vuhlahluvi ntsena.';
    const recap = [
      "Nkomiso wa n'hweti: Mawuwani 2026",
      '20 Mawuwani – PNP: swirhambo 511, CRS 744',
      '21 Mawuwani – CEC: swirhambo 2,000, CRS 516',
      "Swirhambo hinkwaswo: 2,511 eka n'hweti leyi.",
    ].join('\n');
    const province = 'Namuntlha xifundzankulu xa Ontario xi rhumele swirhambo swa 1,200 hi ku hlawula ka xona ka OINP, hi tinhlayo ta 470. Leswi a hi ku hlawula ka IRCC ka Express Entry.';
    const australia = 'Namuntlha Australia yi rhumele swirhambo swa 5,000 eka ku hlawula ka yona ka SkillSelect, hi tinhlayo ta 65. Canada a yi endlanga ku hlawula eka vhiki leri.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isXitsonga(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-07-25'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('a hedged count is no count: "kwalomu ka" (about), "ku tlula" (more than), "ku fika eka" (up to)', () => {
    expect(glossForeign('Namuntlha IRCC yi rhumele swirhambo swa kwalomu ka 2,000 eka vanhu va CEC, CRS ya le hansi a yi ri 516.')).toContain('about 2,000');
    expect(glossForeign('Namuntlha IRCC yi rhumele swirhambo swo tlula 2,000 eka vanhu va CEC, CRS ya le hansi a yi ri 516.')).toContain('more than 2,000');
    expect(glossForeign('Namuntlha IRCC yi nga rhumela swirhambo ku fika eka 2,000 eka vanhu va CEC, CRS ya le hansi a yi ri 516.')).toContain('up to 2,000');
  });

  it('an English page quoting a few Xitsonga words, and a Zulu, Shona, Chichewa, Swahili, Sesotho or Setswana page, is not taken for Xitsonga', () => {
    const english = 'IRCC invited 2,000 candidates today. In Limpopo a draw is "ku hlawula" and "swirhambo" means invitations.';
    expect(glossForeign(english)).toBe(english);
    const setswana = 'Gompieno IRCC e laleditse batho ba le 2,000 ba CEC fela! Maduo a a kwa tlase a CRS: 516. Kgogo #432.';
    for (const page of [english, ZULU, SHONA, CHICHEWA, SWAHILI, SESOTHO, setswana]) expect(isXitsonga(page)).toBe(false);
    for (const page of [ZULU, SHONA, CHICHEWA, SWAHILI, SESOTHO]) expect(isSetswana(page)).toBe(false);
    expect(glossForeign('Namuntlha IRCC yi rhumele swirhambo swa 2,000 eka vanhu va CEC ntsena! CRS ya le hansi: 516.')).toContain('2,000 invitations');
  });
});
