import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isPapiamento } from '../../src/parse/text/gloss-papiamento.ts';
import { isSranan } from '../../src/parse/text/gloss-sranan.ts';

/**
 * Papiamento and Sranan Tongo draw news (src/parse/text/gloss-papiamento.ts, gloss-sranan.ts, registered by gloss-caribbean.ts;
 * docs/parser.md "Papiamento and Sranan Tongo"): glossed into the English the reader knows. A page that announces nothing (a guide,
 * a forecast, a recap, a province's or another country's round) is glossed and still announces nothing; an English page quoting a
 * few of their words is not glossed; a page of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 420
 * to 425).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const SPANISH = 'Hoy IRCC realizó una ronda de Express Entry para candidatos de la Clase de Experiencia Canadiense: 2.000 invitaciones, con un puntaje CRS mínimo de 517.';
const LADINO = 'Oy IRCC izo una vuelta de envitasyones para los kandidatos de la Klasa de Eksperiensia Kanadieza: 2.000 envitasyones, kon un punto minimo CRS de 517.';
const PORTUGUESE = 'Hoje o IRCC realizou uma rodada do Express Entry para candidatos da Canadian Experience Class: 2.000 convites, com pontuação mínima de 517 no CRS.';
const DUTCH = 'Vandaag heeft IRCC een Express Entry-ronde gehouden voor de Canadian Experience Class: 2.000 uitnodigingen, met een minimale CRS-score van 517.';
const CREOLE = 'Jodi a IRCC fè yon tiraj Express Entry pou kandida CEC yo: 2 000 envitasyon, nòt CRS minimòm 517. Se yon bon nouvèl pou moun ki nan Kanada depi lontan.';
const TOK_PISIN = 'Tude IRCC i holim wanpela draw bilong CEC na i singautim 2,000 manmeri. Liklik skoa CRS i stap long 517. Asde i no gat draw.';
const BISLAMA = 'Tede IRCC i holem wan draw blong CEC mo i singaotem 2,000 man. Smol skoa CRS i 517. Yestedei i no gat draw, be oli save se narafala i kam.';
const PAPIAMENTO = 'Awe IRCC a tene un ronda di Express Entry pa kandidatonan di Canadian Experience Class. E ronda a manda 2.000 invitashon; e puntuashon CRS mínimo tabata 517.';
const SRANAN = 'Tide IRCC hori wan lontu fu Express Entry gi sma fu a Canadian Experience Class. IRCC seni 2000 kari; a moro lage CRS ben de 517.';

describe('Papiamento', () => {
  it('a news item: a weekday and date, "ronda #424", "a manda 2.000 invitashon", the cut-off and the tie-break', () => {
    const page = [
      'Noticia | Migrashon',
      'Canada a invitá 2.000 kandidato di Canadian Experience Class',
      'Djamars, 7 di yüli 2026, IRCC a tene ronda #424 di Express Entry. E ronda a manda 2.000 invitashon na kandidatonan di Canadian Experience Class.',
      'E puntuashon CRS mínimo tabata 517.',
      'E regla di desempate tabata 29 di desèmber 2025 na 17:49:27 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, '2025-12-29']]);
  });

  it('"ayera" and another phrasing: "a invitá 534 kandidato", "ku un CRS mínimo di 708", "ronda no. 423"', () => {
    const page = 'Ayera IRCC a invitá 534 kandidato di Provincial Nominee Program ku un CRS mínimo di 708. Esaki tabata ronda no. 423 di Express Entry.';
    expect(facts(page, '2026-07-07')).toEqual([['2026-07-06', '423', 'pnp', 534, 708, null]]);
  });

  it('a short channel post', () => {
    expect(facts('🇨🇦 Express Entry awe: 5.000 ITA pa idioma franses, CRS 420 (ronda 425) #Migrashon', '2026-07-09')).toEqual([['2026-07-09', '425', 'french', 5000, 420, null]]);
  });

  it('a weekly round-up with two rounds', () => {
    const page = [
      'Resúmen di siman: Express Entry',
      'Dos ronda e siman aki:',
      'Djaluna, 6 di yüli 2026, ronda #423 pa Provincial Nominee Program: 534 invitashon, ku un CRS mínimo di 708.',
      'Djamars, 7 di yüli 2026, ronda #424 pa Canadian Experience Class: 2.000 invitashon, ku un CRS mínimo di 517.',
    ].join('\n');
    expect(facts(page, '2026-07-10')).toEqual([
      ['2026-07-06', '423', 'pnp', 534, 708, null],
      ['2026-07-07', '424', 'cec', 2000, 517, null],
    ]);
  });

  it("a guide, a year's recap, a province's round and another country's round announce nothing; hedged counts are no counts", () => {
    const guide = 'Guia: Kon Express Entry ta funshoná? Bo ta krea un perfil i bo ta haña un puntuashon CRS. Por ehèmpel, na 7 di yüli 2026 IRCC a invitá 2.000 kandidato ku un CRS di 517.';
    const recap = 'Resúmen di 2025: Express Entry den un aña. Rondanan di Canadian Experience Class a invitá entre 1.000 i 5.000 kandidato; e puntuashon mínimo tabata mas o ménos 515.';
    const province = 'E provinsia di Ontario a tene su mesun ronda awe: 1.200 invitashon pa kandidatonan ku ta traha na Ontario. Esaki no ta un ronda di Express Entry.';
    const australia = 'Australia a tene un ronda di invitashon awe pa trahadónan kalifiká: 5.000 invitashon. Kandidatonan mester tin 65 punto.';
    for (const page of [guide, recap, province, australia]) expect(glossForeign(page), page).not.toBe(page);
    expectNothingAnnounced([
      [guide, '2026-07-15'],
      [recap, '2026-01-10'],
      [province, '2026-07-15'],
      [australia, '2026-07-15'],
    ]);
    const hedged = 'Awe IRCC a tene ronda #424 di Canadian Experience Class i a manda mas o ménos 2.000 invitashon. E puntuashon CRS mínimo tabata 517.';
    expect(facts(hedged, '2026-07-07').map((f) => f[3])).toEqual([null]);
  });
});

describe('Sranan Tongo', () => {
  it('a news item: "Tide", "lontu #424", "IRCC seni 2000 kari", the cut-off and the tie-break', () => {
    const page = [
      'Kanada kari 2000 sma fu CEC',
      'Tide, 7 juli 2026, IRCC hori lontu #424 fu Express Entry. IRCC seni 2000 kari gi sma na ini a Canadian Experience Class.',
      'A moro lage CRS-skor ben de 517. A tie-break regel ben de 29 december 2025, 17:49:27 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, '2025-12-29']]);
  });

  it('"esde" and another phrasing, and a short channel post', () => {
    const news = 'Esde IRCC hori wan lontu gi sma fu a Provincial Nominee Program. 534 sma kisi kari, a moro lage skor ben de 708. Lontu nomru 423.';
    expect(facts(news, '2026-07-07')).toEqual([['2026-07-06', '423', 'pnp', 534, 708, null]]);
    const post = 'Express Entry tide! IRCC seni 2000 kari gi CEC sma. Moro lage CRS 517. Lontu #424 fu a wiki disi.';
    expect(facts(post, '2026-07-07')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('a weekly round-up with two rounds and weekdays', () => {
    const page = [
      'Tu lontu fu Express Entry na a wiki disi.',
      'Munde 6 juli 2026, IRCC hori lontu #423 gi a Provincial Nominee Program: 534 kari, moro lage skor 708.',
      'Tudewroko 7 juli 2026, IRCC hori lontu #424 gi a Canadian Experience Class: 2000 kari, moro lage skor 517.',
    ].join('\n');
    expect(facts(page, '2026-07-10')).toEqual([
      ['2026-07-06', '423', 'pnp', 534, 708, null],
      ['2026-07-07', '424', 'cec', 2000, 517, null],
    ]);
  });

  it("a week with no round, a province's round, another country's round announce nothing; hedged counts are no counts", () => {
    const none =
      'Express Entry: no wan lontu a wiki disi. IRCC no hori no wan lontu fu Express Entry a wiki disi. A laatste lontu ben de 7 juli 2026, di ben kari 2000 sma fu CEC nanga wan skor fu 517.';
    const anniversary =
      'Feifi yari baka Kanada ben hori a moro bigi Express Entry lontu fu ala ten. Tapu 13 februari 2021 IRCC ben seni 27.332 kari gi sma fu a Canadian Experience Class, nanga wan moro lage skor fu 75 nomo.';
    const province = 'A provinsi Ontario hori wan eigi lontu tide: 1200 kari gi sma di e wroko na Ontario. Disi a no wan lontu fu Express Entry.';
    const australia = 'Australia hori wan lontu tide gi sma di kan wroko: 5000 kari. Sma musu abi 65 punt fu kisi kari.';
    for (const page of [none, anniversary, province, australia]) expect(glossForeign(page), page).not.toBe(page);
    expectNothingAnnounced([
      [none, '2026-07-16'],
      [anniversary, '2026-02-13'],
      [province, '2026-07-15'],
      [australia, '2026-07-15'],
    ]);
    const hedged = 'Tide IRCC hori lontu #424 gi a Canadian Experience Class. IRCC seni moro leki 2000 kari. A moro lage CRS ben de 517.';
    expect(facts(hedged, '2026-07-07').map((f) => f[3])).toEqual([null]);
  });
});

describe('neighbours', () => {
  it('an English page quoting a few of their words stays as it is', () => {
    const page =
      'In Curaçao, news sites call an Express Entry round a "ronda" and invitations "invitashon"; in Suriname a round is a "lontu" and an invitation a "kari". IRCC held a draw today with 2,000 invitations.';
    expect(glossForeign(page)).toBe(page);
    // …while their own pages are glossed.
    expect(glossForeign(PAPIAMENTO)).toContain('the minimum CRS score was 517');
    expect(glossForeign(SRANAN)).toContain('issued 2000 invitations');
  });

  it('a page of each neighbour is not taken for theirs, and neither language for the other', () => {
    for (const page of [SPANISH, LADINO, PORTUGUESE, DUTCH, CREOLE, TOK_PISIN, BISLAMA]) {
      expect(isPapiamento(page), page).toBe(false);
      expect(isSranan(page), page).toBe(false);
    }
    expect(isSranan(PAPIAMENTO)).toBe(false);
    expect(isPapiamento(SRANAN)).toBe(false);
    expect(isPapiamento(PAPIAMENTO)).toBe(true);
    expect(isSranan(SRANAN)).toBe(true);
    expect(facts(PAPIAMENTO, '2026-07-07')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
    expect(facts(SRANAN, '2026-07-07')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
  });
});
