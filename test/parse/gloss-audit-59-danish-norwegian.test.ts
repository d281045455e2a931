import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Danish and Norwegian glossary (docs/parser.md "Danish and Norwegian"): short posts with no "æ" or "ø" not known
 * as the language, hedged counts read as exact ("omkring 5.000", "op til", "mere end", "rundt", "opptil", "mer enn"), a count
 * whose verb comes first ("I dag blev 1.000 kandidater inviteret"), a program's candidates ("2.000 CEC-kandidater"), a
 * comparison that hid the round ("ned fra 399 i forrige runde"), a forecast and another country's round read as a round, and a
 * tie-break in Danish or Norwegian time read as UTC. A wrong value is worse than none: where the page gives no sure value, the
 * field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak ?? null]);

describe('Danish (gloss-danish-norwegian.ts)', () => {
  it('a short post with no æ or ø, and a hedged count ("omkring 5.000") that is no exact count', () => {
    const page = 'I går inviterede IRCC omkring 5.000 fransktalende kandidater. Den laveste score var 391 point.';
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', null, 'french', null, 391, null]]);
  });

  it('"op til 4.000" (up to) and "mere end 3.000" (more than) are no exact count', () => {
    const upTo = 'Sundhedsrunde i går: op til 4.000 kandidater inden for sundhed og sociale fag blev inviteret. Minimumsscoren var 475 point.';
    expect(facts(upTo, '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', null, 475, null]]);
    const moreThan = 'Onsdag den 27. maj 2026 blev mere end 3.000 kandidater inviteret i runde nr. 417 (CEC). Laveste score: 518 point.';
    expect(facts(moreThan, '2026-05-28').map((d) => d[3])).toEqual([null]);
  });

  it('"I dag blev 1.000 kandidater inviteret" (the verb first) and "op fra 516 point i forrige runde" (up from)', () => {
    const page = 'I dag blev 1.000 kandidater inviteret i en CEC-runde. Den laveste score var 523 point, op fra 516 point i forrige runde.';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('a weekly round-up: "blev 2.000 CEC-kandidater inviteret"', () => {
    const page = [
      'Ugens overblik: Express Entry',
      'I denne uge holdt IRCC to runder. Mandag (runde nr. 427) fik 511 PNP-kandidater en invitation, og den laveste score var 744 point. Tirsdag (runde nr. 428) blev 2.000 CEC-kandidater inviteret; laveste score 516 point.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it('a comparison: "5.000 fransktalende kandidater … ned fra 399 point i den forrige runde"', () => {
    const page = 'IRCC inviterede i går 5.000 fransktalende kandidater. Laveste score var 391 point, ned fra 399 point i den forrige runde for fransktalende.';
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('"I forgårs … en PNP-runde", the tie-break in Danish time ("kl. 20:01:56 dansk tid") is Central European', () => {
    const page = 'I forgårs (mandag) afholdt IRCC en PNP-runde: 442 invitationer, laveste CRS 760. Uafgjort-reglen: 07.08.2026 kl. 20:01:56 dansk tid.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, '2026-08-07T18:01:56Z']]);
  });

  it('a forecast ("Vi forventer en runde i næste uge … omkring 515 point") and an Australian round announce nothing', () => {
    const forecast = [
      'Hvornår kommer næste runde?',
      'Mange læsere spørger, hvornår den næste CEC-runde kommer. Vi forventer en runde i næste uge med cirka 3.000 invitationer og en laveste score omkring 515 point.',
    ].join('\n');
    expect(facts(forecast, '2026-08-10')).toEqual([]);
    const australia = 'Australien holdt i går en invitationsrunde for faglærte: 2.500 invitationer, laveste score 65 point. Canada holdt ingen runde.';
    expect(facts(australia, '2026-08-20')).toEqual([]);
  });
});

describe('Norwegian (gloss-danish-norwegian.ts)', () => {
  it('a short post with no æ or ø, and a hedged count ("rundt 5 000") that is no exact count', () => {
    const page = 'I går inviterte IRCC rundt 5 000 fransktalende kandidater. Den laveste poengsummen var 391 poeng.';
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', null, 'french', null, 391, null]]);
  });

  it('"opptil 4 000" (up to) and "mer enn 3 000" (more than) are no exact count', () => {
    const upTo = 'Helsetrekning i går: opptil 4 000 kandidater innen helse- og sosialfag ble invitert. Minimumspoengsummen var 475 poeng.';
    expect(facts(upTo, '2026-06-26')).toEqual([['2026-06-25', null, 'healthcare', null, 475, null]]);
    const moreThan = 'Onsdag 27. mai 2026 ble mer enn 3 000 kandidater invitert i trekning nr. 417 (CEC). Laveste poengsum: 518 poeng.';
    expect(facts(moreThan, '2026-05-28').map((d) => d[3])).toEqual([null]);
  });

  it('"I dag ble 1 000 kandidater invitert" (the verb first) and "opp fra 516 poeng i forrige trekning" (up from)', () => {
    const page = 'I dag ble 1 000 kandidater invitert i en CEC-trekning. Den laveste poengsummen var 523 poeng, opp fra 516 poeng i forrige trekning.';
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('a weekly round-up: "ble 2 000 CEC-kandidater invitert"', () => {
    const page = [
      'Ukens oversikt: Express Entry',
      'Denne uken holdt IRCC to trekninger. Mandag (trekning nr. 427) fikk 511 PNP-kandidater invitasjon, og den laveste poengsummen var 744 poeng. Tirsdag (trekning nr. 428) ble 2 000 CEC-kandidater invitert; laveste poengsum 516 poeng.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it('a short post: "mandag 25. mai: 334 PNP-kandidater fikk invitasjon" keeps its count', () => {
    const page = 'Express Entry mandag 25. mai: 334 PNP-kandidater fikk invitasjon. Laveste CRS 805.';
    expect(facts(page, '2026-05-26').map((d) => [d.at(2), d.at(3), d.at(4)])).toEqual([['pnp', 334, 805]]);
  });

  it('a comparison: "5 000 fransktalende kandidater … ned fra 399 i forrige trekning"', () => {
    const page = 'IRCC inviterte i går 5 000 fransktalende kandidater. Laveste poengsum var 391, ned fra 399 i forrige trekning for fransktalende.';
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', null, 'french', 5000, 391, null]]);
  });

  it('the tie-break in Norwegian time ("kl. 20:01:56 norsk tid") is Central European, not UTC', () => {
    const page = 'I forgårs (mandag) holdt IRCC en PNP-trekning: 442 invitasjoner, laveste CRS 760. Tie-break-regelen: 07.08.2026 kl. 20:01:56 norsk tid.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-17', null, 'pnp', 442, 760, '2026-08-07T18:01:56Z']]);
  });

  it('a forecast ("Vi forventer en trekning neste uke … rundt 515 poeng") and an Australian round announce nothing', () => {
    const forecast = [
      'Når kommer neste trekning?',
      'Mange lesere spør når neste CEC-trekning kommer. Vi forventer en trekning neste uke med rundt 3 000 invitasjoner og en laveste poengsum rundt 515 poeng.',
    ].join('\n');
    expect(facts(forecast, '2026-08-10')).toEqual([]);
    const australia = 'Australia holdt i går en invitasjonsrunde for fagarbeidere: 2 500 invitasjoner, laveste poengsum 65 poeng. Canada holdt ingen trekning.';
    expect(facts(australia, '2026-08-20')).toEqual([]);
  });
});
