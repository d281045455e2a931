import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Polish and Italian glossaries (docs/parser.md "Polish and Italian"): hedged counts read as exact ("około 5 000",
 * "do 5 000", "circa 5.000", "fino a 5.000"), "l'altro ieri" (the day before yesterday) read as yesterday, a monthly or yearly
 * recap whose record cut-off read as a round's, short posts and cards not known as the language, a comparison that hid the
 * cut-off, and a tie-break in Polish or Italian time read as UTC. A wrong value is worse than none: where the page gives no sure
 * value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak ?? null]);

describe('Polish (gloss-polish.ts)', () => {
  it('"około 5 000" (about) and "do 5 000 zaproszeń" (up to) are no exact count', () => {
    const about = ['Express Entry: runda dla osób francuskojęzycznych', 'Wczoraj IRCC zaprosiło około 5 000 kandydatów francuskojęzycznych. Minimalny wynik CRS wyniósł 391 pkt.'].join('\n');
    expect(facts(about, '2026-08-08')).toEqual([['2026-08-07', null, 'french', null, 391, null]]);
    const upTo = 'Wczoraj IRCC przeprowadziło losowanie dla osób francuskojęzycznych: do 5 000 zaproszeń, próg 420 pkt.';
    expect(facts(upTo, '2026-07-10')).toEqual([['2026-07-09', null, 'french', null, 420, null]]);
  });

  it('a yearly recap ("najniższy próg w roku", "Ostatnia runda odbyła się…") announces nothing', () => {
    const page = [
      'Podsumowanie roku 2026 w Express Entry',
      'W 2026 r. IRCC przeprowadziło łącznie 60 rund i wysłało ponad 100 000 zaproszeń. Ostatnia runda odbyła się 17 grudnia, a najniższy próg w roku wyniósł 368 pkt.',
    ].join('\n');
    expect(facts(page, '2027-01-02')).toEqual([]);
  });

  it('a short channel post with no ą, ę, ł… ("wczoraj runda dla PNP — 442 zaproszenia, próg 760 pkt") is Polish', () => {
    const page = '🇨🇦 Express Entry: wczoraj runda dla PNP — 442 zaproszenia, próg 760 pkt. Powodzenia wszystkim!';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', null, 'pnp', 442, 760, null]]);
  });

  it('a card ("Liczba zaproszeń: 2 000", "Minimalny wynik CRS: 516") is Polish', () => {
    const page = ['Runda nr 428 (21.07.2026)', 'Program: Canadian Experience Class', 'Liczba zaproszeń: 2 000', 'Minimalny wynik CRS: 516', 'Data i godzina tie-breaku: 26.05.2026, 17:33:03 UTC'].join(
      '\n',
    );
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26T17:33:03Z']]);
  });

  it('a tie-break in "czasu polskiego" (Polish time) is Central European time, winter or summer', () => {
    const winter =
      'Runda nr 437 dla osób francuskojęzycznych odbyła się w środę 19 sierpnia. Zaproszenia otrzymało 5 000 kandydatów, a próg wyniósł 382 pkt. Reguła remisowa: 1 marca 2026 r., godz. 19:34:05 czasu polskiego.';
    expect(facts(winter, '2026-08-20')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01T18:34:05Z']]);
    const summer =
      'We wtorek 18 sierpnia 2026 r. IRCC przeprowadziło losowanie nr 436 dla Canadian Experience Class. Zaproszenia otrzymało 1 000 osób, a próg wyniósł 523 pkt. Reguła remisowa: 18 sierpnia 2026 r., godz. 00:09:00 czasu polskiego.';
    expect(facts(summer, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17T22:09:00Z']]);
  });
});

describe('Italian (gloss-italian.ts)', () => {
  it('"L\'altro ieri" (the day before yesterday) is no yesterday', () => {
    const page = [
      'Canada: nuovi inviti per i candidati francofoni',
      "L'altro ieri l'IRCC ha invitato 5.000 candidati con conoscenza della lingua francese. Il punteggio minimo è stato di 391 punti.",
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('"circa 5.000" (about) and "fino a 5.000" (up to) are no exact count', () => {
    const about = ['Express Entry: round per i candidati francofoni', "Ieri l'IRCC ha invitato circa 5.000 candidati francofoni. Il punteggio CRS minimo è stato di 391 punti."].join('\n');
    expect(facts(about, '2026-08-08')).toEqual([['2026-08-07', null, 'french', null, 391, null]]);
    const upTo = "Ieri l'IRCC ha tenuto un sorteggio per i candidati francofoni: fino a 5.000 inviti, soglia 420 punti.";
    expect(facts(upTo, '2026-07-10')).toEqual([['2026-07-09', null, 'french', null, 420, null]]);
  });

  it('a monthly or yearly recap ("il punteggio minimo più basso del mese / dell\'anno", "il più alto di 744") announces nothing', () => {
    const month = [
      'Riepilogo di luglio 2026 su Express Entry',
      "A luglio l'IRCC ha tenuto 7 sorteggi e inviato in totale 17.311 inviti. Il punteggio minimo più basso del mese è stato di 368 punti, il più alto di 744 (PNP).",
    ].join('\n');
    expect(facts(month, '2026-08-01')).toEqual([]);
    const year = [
      'Riepilogo del 2026 su Express Entry',
      "Nel 2026 l'IRCC ha tenuto in totale 60 round e inviato oltre 100.000 inviti. L'ultimo round si è svolto il 17 dicembre, e il punteggio minimo più basso dell'anno è stato di 368 punti.",
    ].join('\n');
    expect(facts(year, '2027-01-02')).toEqual([]);
  });

  it('"in calo rispetto ai 517 del round precedente" (down from 517 in the previous round) keeps the round\u2019s own cut-off', () => {
    const page = [
      'Express Entry: round n. 432 per la CEC',
      "Mercoledì 5 agosto 2026 l'IRCC ha invitato 3.000 candidati della Canadian Experience Class. Il punteggio CRS minimo è stato di 516 punti, in calo rispetto ai 517 del round precedente del 7 luglio, in cui erano stati invitati 2.000 candidati.",
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a short post and a card ("Regola di parità", "Numero di inviti", "Punteggio CRS minimo") are Italian', () => {
    const post = "Giovedì 6 agosto 2026 l'IRCC ha invitato 5.000 candidati francofoni con un punteggio minimo di 391. Regola di parità: 18 marzo 2026, ore 23:32:40 UTC.";
    expect(facts(post, '2026-08-07')).toEqual([['2026-08-06', null, 'french', 5000, 391, '2026-03-18T23:32:40Z']]);
    const card = [
      'Round n. 428 (21/07/2026)',
      'Programma: Canadian Experience Class',
      'Numero di inviti: 2.000',
      'Punteggio CRS minimo: 516',
      'Data e ora della regola di spareggio: 26/05/2026 alle 17:33:03 UTC',
    ].join('\n');
    expect(facts(card, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26T17:33:03Z']]);
  });

  it('a tie-break in "ora italiana" (Italian time) is Central European time', () => {
    const page = 'Il round n. 437 per i candidati francofoni si è svolto mercoledì 19 agosto: 5.000 inviti, punteggio minimo 382. Regola di spareggio: 1 marzo 2026 alle 19:34:05 ora italiana.';
    expect(facts(page, '2026-08-20')).toEqual([['2026-08-19', '437', 'french', 5000, 382, '2026-03-01T18:34:05Z']]);
  });
});
