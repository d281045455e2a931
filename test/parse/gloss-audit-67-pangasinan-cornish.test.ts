import { describe, expect, it } from 'vitest';
import { expectNothingAnnounced, rounds } from '../helpers/announced.ts';

/**
 * Audit of the Pangasinan and Cornish glossaries (session 67; docs/parser.md "Pangasinan and Cornish", "Audit (session 67)"):
 * pages written for the audit, with real IRCC figures (rounds 427–437), each read wrong on the commit the audit started from.
 */

describe('Pangasinan', () => {
  it('a weekly round-up headed "Saray draw ed sayan simba ed Express Entry:" reads every line', () => {
    const page = [
      'Saray draw ed sayan simba ed Express Entry:',
      '• Lunes, Hulyo 20: Provincial Nominee Program – 511 ya invitations, CRS 744',
      '• Martes, Hulyo 21: Canadian Experience Class – 2,000 ya invitations, CRS 516',
      '• Miyerkoles, Hulyo 22: French language proficiency – 5,000 ya invitations, CRS 399',
      '• Huwebes, Hulyo 23: Skilled Military Recruits – 4 ya invitations, CRS 368',
      'Salamat ed sikayon amin!',
    ].join('\n');
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('"nen duaran agew ya akalabas" is the day before yesterday, not yesterday', () => {
    const page = 'Nen duaran agew ya akalabas, inmanggaw so IRCC na Transport occupations draw: 300 ya invitations, say minimum CRS et 470. Salamat ed sikayon amin!';
    expect(rounds(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470]]);
  });

  it('a short channel post with "natan ya agew" keeps its day', () => {
    expect(rounds('CEC draw natan ya agew! 3,000 ya ITA ed CRS 516. #432', '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516]]);
  });

  it("a month's account announces nothing", () => {
    const page =
      'Balita ed sayan bulan: nen Hulyo 2026 walay walon draw ed Express Entry tan 18,849 ya invitations ed amin. Say pinaka-baleg et 5,000 ya invitations ed French (Hulyo 9, CRS 420). Salamat ed sikayon amin!';
    expectNothingAnnounced([[page, '2026-08-01']]);
  });
});

describe('Cornish', () => {
  it('a weekly round-up headed "Tennow Express Entry an seythun ma" reads every line', () => {
    const page = [
      'Tennow Express Entry an seythun ma:',
      "• Dy' Lun, 20 mis Gortheren: Provincial Nominee Program – 511 gwahoddyans, skor isella 744",
      "• Dy' Meurth, 21 mis Gortheren: Canadian Experience Class – 2,000 gwahoddyans, skor isella 516",
      "• Dy' Mergher, 22 mis Gortheren: French language proficiency – 5,000 gwahoddyans, skor isella 399",
      "• Dy' Yow, 23 mis Gortheren: Skilled Military Recruits – 4 gwahoddyans, skor isella 368",
    ].join('\n');
    expect(rounds(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744],
      ['2026-07-21', null, 'cec', 2000, 516],
      ['2026-07-22', null, 'french', 5000, 399],
      ['2026-07-23', null, 'military', 4, 368],
    ]);
  });

  it('"genseni" (the day before yesterday) gives the round its day', () => {
    const page = 'Genseni IRCC a wrug tenn Transport occupations: 300 gwahoddyans, skor isella 470. Meur ras dhe oll agan eseli.';
    expect(rounds(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470]]);
  });

  it("a month's account, New Zealand's round and Ontario's own round announce nothing", () => {
    expectNothingAnnounced([
      [
        'Nowodhow an mis: yn mis Gortheren 2026 y feu eth tenn Express Entry ha 18,849 gwahoddyans oll. An moyha o 5,000 gwahoddyans dhe French (9 mis Gortheren, skor isella 420). Meur ras dhe oll.',
        '2026-08-01',
      ],
      ['Pow Nowydh Zeland a wrug tenn hedhyw: 600 gwahoddyans. Nyns yw Kanada. Meur ras dhe oll agan eseli.', '2026-08-12'],
      ['Ontario (OINP) a wrug y tenn y honan hedhyw: 1,200 gwahoddyans dhe klavjiores. Nyns yw tenn Express Entry. Meur ras dhe oll.', '2026-08-12'],
    ]);
  });
});
