import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isTokPisin } from '../../src/parse/text/gloss-tok-pisin.ts';
import { isBislama } from '../../src/parse/text/gloss-bislama.ts';
import { isCreole } from '../../src/parse/text/gloss-creole.ts';

/**
 * Tok Pisin and Bislama draw news (src/parse/text/gloss-tok-pisin.ts, gloss-bislama.ts; docs/parser.md "Tok Pisin and Bislama"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a page of a
 * neighbour language (each other, Haitian Creole, French) is not taken for theirs. Figures from IRCC's record (rounds 431 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const CREOLE = 'Jodi a IRCC fè yon tiraj Express Entry pou kandida CEC yo: 3 000 envitasyon, nòt CRS minimòm 516. Se yon bon nouvèl pou moun ki nan Kanada depi lontan.';
const FRENCH = "Aujourd'hui, IRCC a invité 3 000 candidats de la catégorie Expérience canadienne, avec un score CRS minimum de 516. C'est le deuxième tirage de la semaine.";
const TOK_PISIN = 'Tude IRCC i holim wanpela draw bilong CEC na i singautim 3,000 manmeri. Liklik skoa CRS i stap long 516. Asde i no gat draw.';
const BISLAMA = 'Tede IRCC i holem wan draw blong CEC mo i singaotem 3,000 man. Smol skoa CRS i 516. Yestedei i no gat draw, be oli save se narafala i kam.';

describe('Tok Pisin', () => {
  it('a news item: "tude", "draw namba 437", "i salim 5,000 invitesen", the cut-off and the tie-break', () => {
    const page = [
      'Wantok Nius | Wok Overseas',
      'Kanada i singautim 5,000 manmeri i save toktok Franis',
      '19 Ogas 2026',
      'Tude, Trinde 19 Ogas 2026, IRCC i holim draw namba 437 bilong ol manmeri i save gut long Franis tok.',
      'Ol i salim 5,000 invitesen. Liklik skoa CRS i stap long 382.',
      'Tai-brek rul: 1 Mas 2026 long 18:34:05 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01']]);
  });

  it('"asde" with a weekday, and a short channel post', () => {
    const news = 'Asde, Mande 17 Ogas, Kanada i holim wanpela Provincial Nominee Program (PNP) draw, namba 435. Dispela draw i singautim 442 manmeri wantaim liklik skoa CRS 760.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = 'NIUS NAU 🇨🇦 Express Entry draw tude! IRCC i salim 1,000 ITA long ol CEC kandidet. Liklik skoa CRS 523 tasol. Gutpela nius long ol wantok bilong yumi!';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('a weekly round-up with two rounds: "Tupela draw long dispela wik", weekdays with "long"', () => {
    const page = [
      'Tupela draw long dispela wik',
      'Long Tunde 4 Ogas 2026, IRCC i holim PNP draw namba 431 na i singautim 507 manmeri. Liklik skoa CRS em 768.',
      'Long Trinde 5 Ogas 2026, IRCC i holim CEC draw namba 432 na i singautim 3,000 manmeri. Liklik skoa CRS em 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Gaid: olsem wanem long kisim invitesen bilong Express Entry? Olsem eksampel, long 5 Ogas 2026 IRCC i singautim 3,000 manmeri long skoa 516. Putim profail bilong yu pastaim.';
    const forecast = 'Tumora ating IRCC bai i holim narapela draw bilong CEC. Mipela ting bai ol i singautim klostu 3,000 manmeri, na skoa bai i stap klostu long 515. Dispela i no nius tru.';
    const recap = [
      'Ripot bilong 2025: Express Entry long wanpela yia',
      '- CEC draw long 16 Disemba 2025: 5,000 ITA, CRS 515',
      '- PNP draw long 25 Novemba: 777 ITA, CRS 699',
      'Mipela bai postim nius taim nupela draw i kamap.',
    ].join('\n');
    const province = 'Tude provins bilong Ontario i holim draw bilong OINP na i singautim 1,200 manmeri wantaim liklik skoa 470. Dispela i no Express Entry draw bilong IRCC.';
    const australia = 'Tude Ostrelia i holim SkillSelect draw na i singautim 5,000 manmeri wantaim liklik skoa 65. Dispela i no draw bilong Kanada.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isTokPisin(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "klostu" (about), "winim" (more than), "inap long" (up to)', () => {
    const page = (hedge: string) => `Tude IRCC i holim CEC draw na i salim ${hedge} invitesen. Liklik skoa CRS i stap long 516. Asde i no gat draw bilong ol.`;
    expect(glossForeign(page('klostu 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('winim 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('inap long 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Tok Pisin words, and a Bislama, Creole or French page, is not taken for Tok Pisin', () => {
    const english = 'IRCC invited 3,000 candidates today. In Tok Pisin, "singautim" means invite, "tude" today and "bilong" of.';
    expect(glossForeign(english)).toBe(english);
    const four = 'IRCC invited 3,000 candidates today. In Tok Pisin, "singautim" means invite, "tude" today, "liklik" small and "bilong" of.';
    expect(glossForeign(four)).toBe(four);
    for (const page of [english, BISLAMA, CREOLE, FRENCH]) expect(isTokPisin(page)).toBe(false);
    expect(isBislama(TOK_PISIN)).toBe(false);
    expect(isCreole(TOK_PISIN)).toBe(false);
    expect(glossForeign(TOK_PISIN)).toContain('inimum CRS score was 516');
  });
});

describe('Bislama', () => {
  it('a news item: "Tede", "raon namba 432", "i sanem 3,000 invitesen", the cut-off and the tie-break', () => {
    const page = [
      'Radio Vanuatu Nius',
      'Kanada i singaotem 3,000 man long Express Entry',
      '5 Ogis 2026',
      'Tede, Wenesdei, Gavman blong Kanada i holem niu raon blong Express Entry. Insaed long raon namba 432, IRCC i sanem 3,000 invitesen blong aplae (ITA) long ol man blong Canadian Experience Class.',
      'Skoa CRS we i smol moa i 516. Tae-brek rul: 3 Julae 2026 long 21:35:13 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"yestedei" with a weekday, and a short channel post', () => {
    const news = 'Yestedei, Tiusdei 4 Ogis, Kanada i holem wan Provincial Nominee Program (PNP) draw, namba 431. IRCC i singaotem 507 man wetem smol skoa CRS 768. Oli save jekem akaon blong olgeta.';
    expect(facts(news, '2026-08-05')).toEqual([['2026-08-04', '431', 'pnp', 507, 768, null]]);
    const post = 'NIUS: Express Entry draw #434 blong ol wokman blong Transport i kamaot tede! 300 ITA, CRS 470. Jekem profael blong yu. Laekem · Koment · Serem';
    expect(facts(post, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470, null]]);
  });

  it('a weekly round-up with two rounds: "Wik ia … tu draw", a table', () => {
    const page = [
      'Wik ia long Express Entry: Kanada i holem tu draw',
      'IRCC i holem tu raon insaed long tu dei:',
      '| Dei | Raon | Program | Invitesen | CRS |',
      '| 18 Ogis 2026 | #436 | CEC | 1,000 | 523 |',
      '| 19 Ogis 2026 | #437 | Franis lanwis | 5,000 | 382 |',
      'Olgeta, 6,000 man mo woman oli kasem invitesen blong aplae blong PR.',
    ].join('\n');
    expect(facts(page, '2026-08-21')).toEqual([
      ['2026-08-18', '436', 'cec', 1000, 523, null],
      ['2026-08-19', '437', 'french', 5000, 382, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Gaed: olsem wanem blong kasem invitesen blong Express Entry? Eksampol: long 5 Ogis 2026, IRCC i singaotem 3,000 man long CRS 516. Mekem profael blong yu fastaem.';
    const forecast = 'Wanem nao i save hapen long Express Entry long 2027? Mifala i ting se bambae IRCC i singaotem klosap 3,000 man, mo CRS bambae i stap klosap long 515.';
    const recap = [
      'Ripot blong 2025: Express Entry long wan yia',
      '- CEC draw long 16 Disemba 2025: 5,000 ITA, CRS 515',
      '- PNP draw long 25 Novemba: 777 ITA, CRS 699',
      'Mifala bambae i putum niu nius taem i gat niu draw.',
    ].join('\n');
    const province = 'Provins blong Ontario long Kanada i holem wan draw blong OINP tede. Ontario i singaotem 1,200 man, wetem minimum skoa 470. Hemia i no wan Express Entry draw blong IRCC.';
    const australia = 'Tede Ostrelia i holem wan SkillSelect draw mo i singaotem 5,000 man wetem smol skoa 65. Hemia i no draw blong Kanada, oli no save aplae long IRCC.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isBislama(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "klosap" (about), "bitim" (more than), "go kasem" (up to)', () => {
    const page = (hedge: string) => `Tede IRCC i holem wan CEC draw mo i sanem ${hedge} invitesen blong aplae. Smol skoa CRS i 516. Yestedei i no gat draw blong olgeta.`;
    expect(glossForeign(page('klosap 3,000'))).toContain('about 3,000');
    expect(glossForeign(page('bitim 3,000'))).toContain('more than 3,000');
    expect(glossForeign(page('go kasem 3,000'))).toContain('up to 3,000');
  });

  it('an English page quoting a few Bislama words, and a Tok Pisin, Creole or French page, is not taken for Bislama', () => {
    const english = 'IRCC invited 3,000 candidates today. In Bislama, "singaotem" means invite, "tede" today and "blong" of.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, TOK_PISIN, CREOLE, FRENCH]) expect(isBislama(page)).toBe(false);
    expect(isTokPisin(BISLAMA)).toBe(false);
    expect(isCreole(BISLAMA)).toBe(false);
    expect(glossForeign(BISLAMA)).toContain('inimum CRS score was 516');
  });
});
