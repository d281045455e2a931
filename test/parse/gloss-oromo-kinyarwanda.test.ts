import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isOromo } from '../../src/parse/text/gloss-oromo.ts';
import { isKinyarwanda } from '../../src/parse/text/gloss-kinyarwanda.ts';

/**
 * Oromo and Kinyarwanda draw news (src/parse/text/gloss-oromo.ts, gloss-kinyarwanda.ts; docs/parser.md "Oromo and Kinyarwanda"):
 * glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or another
 * country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Oromo', () => {
  it('a news item: "Kaleessa, Roobii Adooleessa 8, 2026", "filannoo lakk. 401 gaggeesse", "namoota 2,750 affeere" and the tie-break', () => {
    const page = [
      'Oduu Godaansaa — Express Entry',
      'Kamiisa, Adooleessa 9, 2026',
      'Kaleessa, Roobii Adooleessa 8, 2026, IRCC filannoo lakk. 401 gaggeesse. Filannoo Canadian Experience Class keessatti namoota 2,750 affeere.',
      'Qabxiin CRS xiqqaan 519 ture.',
      'Seerri walqixxummaa: Caamsaa 30, 2026 sa’aatii 11:02:45 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-09')).toEqual([['2026-07-08', '401', 'cec', 2750, 519, '2026-05-30']]);
  });

  it('a short post: "Har\'a … namoota 650 qabxii 741 irratti affeerte"', () => {
    const page = "Har'a Kanaadaan filannoo PNP keessatti namoota 650 qabxii 741 irratti affeerte. Qabxiin koo 455 qofa, ammas nan eega.";
    expect(facts(page, '2025-11-12')).toEqual([['2025-11-12', null, 'pnp', 650, 741, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = [
      'Qajeelfama: qabxii CRS akkamitti dabalachuu dandeessu',
      'Fakkeenyaaf, filannoon Muddee 3, 2025 namoota 1,200 qabxii 505 irratti affeere; kutaa biyyaa irraa qabxii 600 argattu.',
    ].join('\n');
    const forecast = ['Tilmaama Express Entry 2027', 'Gorsitoonni filannoon CEC itti aanu qabxii 515 naannoo akka ta’u ni eegama jedhu; affeerraa 3,000 hanga 4,000.'].join('\n');
    const recap = ['Cuunfaa ji’aa: Onkololeessa', 'Onkololeessa keessa IRCC filannoowwan afur gaggeesse, waliigalatti namoota 12,000 affeere; qabxiin xiqqaan 408 ture.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-11-02')).toEqual([]);
    }
  });

  it("another country's round is glossed and announces nothing", () => {
    const page =
      'Awustiraaliyaa: kaleessa Awustiraaliyaan filannoo ofii ishee keessatti namoota 900 qabxii 85 irratti affeerte. Kun filannoo Express Entry Kanaadaa miti; filannoon Kanaadaa itti aanu ammallee hin beekamne.';
    expect(glossForeign(page)).toContain('invited 900 candidates');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });

  it('an English page quoting a few Oromo words stays English', () => {
    const page = [
      'From Adama to Winnipeg: a family story',
      '"Har\'a guyyaa gammachuu," Mrs Tolasa wrote in the family chat the morning the affeerraa arrived.',
      'Yesterday, IRCC invited 1,500 candidates in a CEC draw with a minimum CRS score of 520.',
    ].join('\n');
    expect(isOromo(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    // The same news told in Oromo is glossed.
    const oromo = 'Kaleessa IRCC filannoo CEC keessatti namoota 1,500 qabxii 520 irratti affeere. Maatiin Tolasaa Winnipeg keessa jiru ammas eegaa jira.';
    expect(isOromo(oromo)).toBe(true);
    expect(glossForeign(oromo)).toContain('invited 1,500 candidates with a minimum CRS score of 520');
  });
});

describe('Kinyarwanda', () => {
  it('a news item: "Ejo hashize, ku wa Kabiri tariki 14 Ukwakira 2025", "tombola ya 371", "yatumiye abantu 2,500" and the tie-break', () => {
    const page = [
      'Amakuru | Kanada',
      'Byanditswe ku wa 15 Ukwakira 2025',
      'Ejo hashize, ku wa Kabiri tariki 14 Ukwakira 2025, IRCC yakoze tombola ya 371 ya Express Entry. Kanada yatumiye abantu 2,500 bo mu cyiciro cya Canadian Experience Class.',
      'Amanota make ya CRS yari 533. Itegeko ryo gukemura amanota angana: 2 Ukwakira 2025 saa 14:07:51 UTC.',
    ].join('\n');
    expect(facts(page, '2025-10-15')).toEqual([['2025-10-14', '371', 'cec', 2500, 533, '2025-10-02']]);
  });

  it('a short post: "Uyu munsi … abantu 825 ku manota 778"', () => {
    const page = 'Uyu munsi Kanada yatumiye abantu 825 ku manota 778 muri tombola ya PNP. Amanota yanjye ni 462 gusa, ndacyategereje.';
    expect(facts(page, '2024-12-02')).toEqual([['2024-12-02', null, 'pnp', 825, 778, null]]);
  });

  it('a guide, a forecast and a monthly recap are glossed and announce nothing', () => {
    const guide = ['Amabwiriza: uko wakongera amanota ya CRS', 'Urugero, tombola ya 290 yatumiye abantu 5,000 ku manota 481; uhawe na intara, wongererwa amanota 600.'].join('\n');
    const forecast = ['Ibiteganijwe muri 2027', 'Abahanga bavuga ko amanota make ya CEC azaba hafi 515, kandi ubutumire bushobora kugera ku 6,000 muri tombola z’Igifaransa.'].join('\n');
    const recap = ["Incamake y'ukwezi kwa Ukwakira", 'Muri Ukwakira IRCC yakoze tombola enye, abantu 12,000 ni bo batumiwe muri rusange. Amanota make yari 408.'].join('\n');
    for (const [page, english] of [
      [guide, 'guide'],
      [forecast, 'forecast'],
      [recap, 'monthly recap'],
    ] as const) {
      expect(glossForeign(page).toLowerCase()).toContain(english);
      expect(facts(page, '2026-11-02')).toEqual([]);
    }
  });

  it("a province's round is glossed and announces nothing", () => {
    const page = 'Ontario: ejo hashize intara ya Ontario yatumiye abantu 1,400 bo muri Express Entry. Iyi si tombola ya Kanada yose, kandi amanota make ntiyatangajwe.';
    expect(glossForeign(page)).toContain('Ontario');
    expect(glossForeign(page)).toContain('invited 1,400 candidates');
    expect(facts(page, '2025-03-06')).toEqual([]);
  });

  it('an English page quoting a few Kinyarwanda words stays English', () => {
    const page = [
      'From Kigali to Halifax',
      '"Uyu munsi ni umunsi mwiza," Aline posted, as the church tombola raised funds for newcomers.',
      'Today, IRCC invited 3,000 candidates in a CEC draw with a minimum CRS score of 515.',
    ].join('\n');
    expect(isKinyarwanda(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    // The same news told in Kinyarwanda is glossed.
    const kinyarwanda = 'Uyu munsi IRCC yatumiye abantu 3,000 bo mu cyiciro cya CEC ku manota 515. Aline ari i Halifax aracyategereje.';
    expect(isKinyarwanda(kinyarwanda)).toBe(true);
    expect(glossForeign(kinyarwanda)).toContain('invited 3,000 candidates');
  });
});
