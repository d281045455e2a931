import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isCornish } from '../../src/parse/text/gloss-cornish.ts';
import { isPangasinan } from '../../src/parse/text/gloss-pangasinan.ts';

/**
 * Pangasinan and Cornish draw news (src/parse/text/gloss-pangasinan.ts, gloss-cornish.ts; docs/parser.md "Pangasinan and
 * Cornish"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's
 * or another country's round) is glossed and still announces nothing; an English page quoting a few of their words is not
 * glossed; the neighbours' pages (Tagalog, Ilocano, Cebuano, Malay, Indonesian; Welsh, Breton, Irish, Scottish Gaelic) are not
 * taken for them. Figures are IRCC's (rounds 427 to 437).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Pangasinan', () => {
  it('a news item: "natan ya agew", "walay baloy ya draw", "say minimum CRS et" and the tie-break', () => {
    const page = [
      'Balita ed Express Entry',
      'Walay baloy ya draw natan ya agew (Agosto 19, 2026): French language proficiency, 5,000 ya invitations, say minimum CRS et 382.',
      'Tie-breaking rule: March 1, 2026 at 18:34:05 UTC.',
      'Saray walay profile ed pool, tingnan yo so account yo. Salamat ed sikayon amin!',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', null, 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short channel post with "agew ya akalabas" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Sakey lamay draw nen agew ya akalabas: Provincial Nominee Program ya round #435, 442 ya ITA. Pinaka-abebay ya CRS: 760. Salamat ed sikayon amin!';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const weekday =
      'Balita: Nen Lunes (Hulyo 20, 2026), inmanggaw so IRCC na Provincial Nominee Program draw: 511 ya invitations, CRS 744. Congrats ed amin ya naimbitaan tan salamat ed sikayon amin!';
    expect(facts(weekday, '2026-07-21')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'Duaran draw ed sayan simba ed Express Entry:',
      '• Martes, Agosto 4 – Provincial Nominee Program (Round #431): 507 ya ITA, CRS 768',
      '• Miyerkoles, Agosto 5 – Canadian Experience Class (Round #432): 3,000 ya ITA, CRS 516',
      'Saray walay profile ed pool, maong ya abiso ed sikayo.',
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('a weekday page with "Bilang na invitation", "Minimum ya score … puntos" and "Bilang … ya round"', () => {
    const page = [
      'Express Entry update nen Martes, Hulyo 21, 2026:',
      'Programa: Canadian Experience Class',
      'Bilang na invitation: 2,000',
      'Minimum ya score: 516 puntos',
      'Bilang 428 ya round. Say tie-break et May 26, 2026 at 17:33:03 UTC.',
      'Share yo ed saray kakaaro yo. Salamat tan maong ya agew ed sikayon amin!',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a year recap, a guide, a forecast, a province’s and another country’s round, hedged counts: nothing announced', () => {
    expectNothingAnnounced([
      [
        'Lingwanen tayo so 2025 ed Express Entry: dakel so draw ed French tan CEC. Say pinaka-baleg ya CEC draw et 6,000 ya invitations nen Disyembre 10, 2025 (CRS 520). Agtayo amta no kapigan so sumunod ya draw.',
        '2026-01-03',
      ],
      ['Kapigan so sumunod ya draw? Agtayo amta, balet ed sayan simba manga 3,000 ya invitations so ninanemnem mi. Salamat ed sikayon amin!', '2026-08-10'],
      ['Sakey ya guide ed sikayon amin: no anggapo ni so profile yo ed pool, ibangat yo natan. Kapigan so draw? Agtayo amta. Salamat ed sikayon amin, kabaleyan!', '2026-08-10'],
      ['Say British Columbia (BC PNP), aliwan Express Entry, walay draw natan ya agew: 120 ya invitations ed Tech. Agtayo amta no kapigan so sumunod ya draw ed Express Entry.', '2026-08-12'],
      ['Say Australia walay draw natan ya agew ed SkillSelect: 8,000 ya invitations. Aliwan Canada tan aliwan Express Entry. Salamat ed sikayon amin!', '2026-08-12'],
    ]);
    const hedged = 'Walay baloy ya draw natan ya agew ed Express Entry: anggad 5,000 ya invitations ed French. Salamat ed sikayon amin, kabaleyan!';
    expect(announcedDraws(hedged, '2026-08-19').map((d) => d.invitations)).not.toContain(5000);
    expect(glossForeign(hedged)).toContain('up to 5,000');
  });
});

describe('Cornish', () => {
  it('a news item: "hedhyw", "a dhanvonas … gwahoddyans", "An skor isella o" and the tie-break', () => {
    const page = [
      'Nowodhow Kernewek yn Kanada',
      'Hedhyw (19 mis Est 2026) IRCC a dhanvonas 5,000 gwahoddyans dhe French-language proficiency. An skor isella o 382.',
      'Rewl an kolm: March 1, 2026 at 18:34:05 UTC.',
      'Meur ras dhe oll agan eseli.',
    ].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-19', null, 'french', 5000, 382, '2026-03-01']]);
  });

  it('a short channel post with "de" (yesterday), a weekday date and a weekly round-up of two rounds', () => {
    const post = 'Nowodh: de IRCC a wrug tenn Provincial Nominee Program: 442 gwahoddyans, skor isella 760. Tenn niver 435.';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const weekday = "Dy' Lun, 20 mis Gortheren 2026: IRCC a dhanvonas 511 gwahoddyans dhe'n Provincial Nominee Program, skor isella 744. Meur ras dhe oll.";
    expect(facts(weekday, '2026-07-21')).toEqual([['2026-07-20', null, 'pnp', 511, 744, null]]);
    const roundUp = [
      'KANADA: DEW DENN EXPRESS ENTRY an seythun ma',
      "Dy' Meurth, 4 mis Est: tenn #431, Provincial Nominee Program – 507 gwahoddyans, skor isella 768.",
      "Dy' Mergher, 5 mis Est: tenn #432, Canadian Experience Class – 3,000 gwahoddyans, skor isella 516.",
    ].join('\n');
    expect(facts(roundUp, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it('a tie-break after a weekday date in brackets', () => {
    const page = [
      'Nowodhow · 22 mis Gortheren 2026',
      "Dy' Meurth (21 mis Gortheren 2026) IRCC a dhanvonas 2,000 gwahoddyans dhe'n Canadian Experience Class. An skor isella o 516.",
      'Rewl kolm: May 26, 2026 at 17:33:03 UTC. Tenn niver 428.',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('a guide, a forecast, a year recap, a province’s and another country’s round, hedged counts: nothing announced', () => {
    expectNothingAnnounced([
      ['Gidlyver: Pyth yw Express Entry? Pub tenn a’n jeves niver, dedh ha skor isella. Ensamplow: tenn #428 (21 July 2026) a ros 2,000 gwahoddyans orth skor 516. Meur ras dhe oll.', '2026-08-10'],
      ['An tenn nessa: ny wodhon pan vydh. Ni a grys bos a-dro dhe 3,000 gwahoddyans an seythun ma. Meur ras dhe oll agan eseli.', '2026-08-10'],
      ['Ny veu tenn an seythun ma. An tenn diwettha o 17 mis Est, skor isella 760. Meur ras dhe oll agan eseli yn Kanada.', '2026-08-14'],
      ['British Columbia a wrug tenn PNP hedhyw (BC PNP, a-ves dhe Express Entry): 120 gwahoddyans dhe Tech. Nyns yw tenn Express Entry. Meur ras dhe oll.', '2026-08-12'],
      ['Australi a wrug tenn SkillSelect hedhyw: 8,000 gwahoddyans. Nyns yw Kanada. Meur ras dhe oll agan eseli.', '2026-08-12'],
    ]);
    const hedged = 'Hedhyw IRCC a wrug tenn Express Entry: moy ages 3,000 gwahoddyans. Meur ras dhe oll agan eseli.';
    expect(announcedDraws(hedged, '2026-08-19').map((d) => d.invitations)).not.toContain(3000);
    expect(glossForeign(hedged)).toContain('more than 3,000');
  });
});

describe('Pangasinan, Cornish and their neighbours', () => {
  it('an English page quoting a few of their words stays unglossed', () => {
    const page = [
      'Express Entry draw #437: IRCC issued 5,000 invitations to French-speaking candidates on August 19, 2026, with a minimum CRS of 382.',
      'In Pangasinan the word "agew" means day, and "natan ya agew" is today; in Cornish a draw is a "tenn" and invitations are "gwahoddyans".',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(isPangasinan(page)).toBe(false);
    expect(isCornish(page)).toBe(false);
    // The same words in a Pangasinan or a Cornish sentence are glossed.
    expect(glossForeign('Walay baloy ya draw natan ya agew ed Express Entry: 5,000 ya invitations. Salamat ed sikayon amin!')).toContain('today');
    expect(glossForeign('Hedhyw IRCC a dhanvonas 5,000 gwahoddyans, skor isella 382. Meur ras dhe oll.')).toContain('5,000 invitations');
  });

  it('Tagalog, Ilocano, Cebuano, Malay and Indonesian pages are not taken for Pangasinan; Welsh, Breton, Irish and Gaelic not for Cornish', () => {
    const neighbours = [
      'Nagsagawa ang IRCC ng bagong draw ngayong araw: 5,000 imbitasyon sa mga kandidato, at ang pinakamababang marka ay 382. Salamat sa inyong lahat!',
      'Nangyari ti baro a draw ita nga aldaw: 5,000 nga imbitasion kadagiti kandidato, ti kababaan a puntos ket 382.',
      'Naay bag-ong draw karon: 5,000 ka imbitasyon, ang pinakaubos nga puntos kay 382. Salamat kaayo!',
      'IRCC telah mengadakan cabutan baru hari ini: 5,000 jemputan kepada calon, dengan skor minimum 382.',
      'IRCC telah mengadakan undian baru hari ini: 5.000 undangan kepada kandidat, dengan skor minimum 382.',
      'Heddiw cynhaliodd IRCC rownd newydd: 5,000 o wahoddiadau, sgôr isaf 382. Diolch yn fawr!',
      "Hiziv en deus IRCC graet ur c'hoariadenn: 5,000 pedadenn, ar skor izelañ 382.",
      'Inniu rinne IRCC babhta nua: 5,000 cuireadh, an scór is ísle 382. Go raibh maith agaibh!',
      'An-diugh rinn IRCC cuairt ùr: 5,000 cuireadh, an sgòr as ìsle 382.',
    ];
    for (const page of neighbours) {
      expect(isPangasinan(page), page).toBe(false);
      expect(isCornish(page), page).toBe(false);
    }
    // A page of each of the two is taken, and glossed into the words the neighbours' pages are not.
    expect(glossForeign('Sakey lamay draw nen agew ya akalabas: 442 ya ITA, pinaka-abebay ya CRS: 760. Salamat ed sikayon amin!')).toContain('yesterday');
    expect(glossForeign('Nowodh: de IRCC a wrug tenn: 442 gwahoddyans, skor isella 760. Tenn niver 435.')).toContain('minimum score 760');
  });
});
