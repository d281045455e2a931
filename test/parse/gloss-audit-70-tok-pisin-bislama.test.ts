import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';

/**
 * Audit of the Tok Pisin and Bislama glossaries (session 70; docs/parser.md "Tok Pisin and Bislama", "Audit (session 70)"): pages
 * written for the audit, with real IRCC figures (rounds 417–437), each read wrong on the commit the audit started from (e0e05fe4).
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

describe('Tok Pisin', () => {
  it('a page without "bilong", "tude" or "manmeri" (its "invitesen" now opens the test)', () => {
    const page = 'Kanada i salim 5,000 invitesen long ol kandidet i save Franis tok long Trinde 19 Ogas 2026 (draw namba 437). Liklik CRS skoa em 382.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('two rounds in one post, "Asde … na tude" (yesterday … and today), counts in brackets', () => {
    const page = 'Asde IRCC i holim PNP draw namba 435 (442 manmeri, liklik skoa CRS 760), na tude i holim CEC draw namba 436: 1,000 manmeri, liklik skoa CRS 523.';
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it('a weekly round-up in rows: "507 manmeri" without a verb is the invitations', () => {
    const page = [
      'Ol Express Entry draw bilong dispela wik:',
      '- Mande 4 Ogas: draw namba 431, PNP, 507 manmeri, liklik skoa CRS 768',
      '- Tunde 5 Ogas: draw namba 432, CEC, 3,000 manmeri, liklik skoa CRS 516',
      '- Trinde 6 Ogas: draw namba 433, Franis tok, 5,000 manmeri, liklik skoa CRS 391',
      '- Fonde 7 Ogas: draw namba 434, Transport occupations, 300 manmeri, liklik skoa CRS 470',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('a short channel post of four of its words', () => {
    const post = '🇨🇦 Express Entry draw #434 tude! 300 ITA long Transport occupations, liklik CRS 470. Gutpela nius bilong ol draiva!';
    expect(facts(post, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470]]);
  });

  it('a guide ("Olsem wanem long kisim invitesen?") and a question about the next round ("Wanem taim bai …") announce nothing', () => {
    expectNothingAnnounced([
      [
        'Olsem wanem long kisim invitesen? Em olsem eksampel: long 21 Julai 2026, CEC draw namba 428 i singautim 2,000 manmeri long skoa 516. Sapos skoa bilong yu i antap long dispela, yu gat gutpela sans.',
        '2026-08-10',
      ],
      [
        'Wanem taim bai IRCC i holim neks draw? Bihain long draw namba 437 (5,000 ITA, liklik skoa CRS 382), mipela ting bai narapela CEC draw i kamap long neks wik wantaim klostu 3,000 invitesen.',
        '2026-08-20',
      ],
    ]);
  });
});

describe('Bislama', () => {
  it('a page without "blong", "tede" or "singaotem" (its "invitesen" now opens the test)', () => {
    const page = 'Long Wenesdei 19 Ogis 2026, Kanada i sanem 5,000 invitesen i go long ol man we oli save Franis lanwis (draw namba 437). Skoa CRS we i smol moa i 382.';
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382]]);
  });

  it('two rounds in one post, "Yestedei … mo tede" (yesterday … and today), a short page of four of its words', () => {
    const page = 'Yestedei IRCC i holem PNP draw namba 435 (442 man, smol skoa CRS 760), mo tede i holem CEC draw namba 436: 1,000 man, smol skoa CRS 523.';
    expect(facts(page, '2026-08-18')).toEqual([
      ['2026-08-17', '435', 'pnp', 442, 760],
      ['2026-08-18', '436', 'cec', 1000, 523],
    ]);
  });

  it('a weekly round-up in rows: "507 man" without a verb is the invitations', () => {
    const page = [
      'Ol Express Entry raon blong wik ia:',
      '- Mande 4 Ogis: raon namba 431, PNP, 507 man, smol skoa CRS 768',
      '- Tiusdei 5 Ogis: raon namba 432, CEC, 3,000 man, smol skoa CRS 516',
      '- Wenesdei 6 Ogis: raon namba 433, Franis lanwis, 5,000 man, smol skoa CRS 391',
      '- Tosdei 7 Ogis: raon namba 434, Transport occupations, 300 man, smol skoa CRS 470',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768],
      ['2026-08-05', '432', 'cec', 3000, 516],
      ['2026-08-06', '433', 'french', 5000, 391],
      ['2026-08-07', '434', 'transport', 300, 470],
    ]);
  });

  it('"Tu dei i pas" (two days ago) is the day before yesterday', () => {
    const page = 'Tu dei i pas, IRCC i holem PNP raon namba 431 mo i singaotem 507 man. Smol skoa CRS i 768.';
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-04', '431', 'pnp', 507, 768]]);
  });

  it('a short channel post of four of its words', () => {
    const post = '🇨🇦 Express Entry raon #434 tede! 300 invitesen blong Transport occupations, smol CRS 470. Gudfala nius blong ol draeva!';
    expect(facts(post, '2026-08-07')).toEqual([['2026-08-07', '434', 'transport', 300, 470]]);
  });

  it('a guide ("Olsem wanem blong kasem invitesen?") and a question about the next round ("Wetaem nao … bambae") announce nothing', () => {
    expectNothingAnnounced([
      ['Olsem wanem blong kasem invitesen? Eksampol: long 21 Julae 2026, CEC raon namba 428 i singaotem 2,000 man wetem skoa 516. Sapos skoa blong yu i hae moa, yu gat gudfala jans.', '2026-08-10'],
      [
        'Wetaem nao IRCC bambae i holem nekis raon? Afta long raon namba 437 (5,000 invitesen, smol skoa CRS 382), mifala i ting se wan nara CEC raon bae i kamaot nekis wik wetem klosap 3,000 invitesen.',
        '2026-08-20',
      ],
    ]);
  });
});
