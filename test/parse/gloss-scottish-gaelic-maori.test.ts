import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isScottishGaelic } from '../../src/parse/text/gloss-scottish-gaelic.ts';
import { isMaori } from '../../src/parse/text/gloss-maori.ts';

/**
 * Scottish Gaelic and Maori draw news (src/parse/text/gloss-scottish-gaelic.ts, gloss-maori.ts; docs/parser.md "Scottish Gaelic
 * and Maori"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a
 * province's or another country's round) is glossed and still announces nothing; an English page quoting a few of their words is
 * not glossed; a page of a neighbour language is not taken for theirs. Figures from IRCC's record (rounds 431 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Scottish Gaelic', () => {
  it('a news item: "An-diugh, Dimàirt", "cuairt àireamh 436", "chaidh cuireadh a thoirt do 1,000 tagraiche", the cut-off and the tie-break', () => {
    const page = [
      'Naidheachdan | Eilthireachd',
      'An-diugh, Dimàirt 18 Lùnastal 2026, chùm IRCC cuairt Express Entry airson a’ Canadian Experience Class. B’ e seo cuairt àireamh 436.',
      'Chaidh cuireadh a thoirt do 1,000 tagraiche. B’ e 523 puing an sgòr as ìsle.',
      'Riaghailt co-ionannachd: August 17, 2026 at 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"an-dè" with a weekday, and a short channel post', () => {
    const news = "Chùm IRCC cuairt an-dè (Diluain) anns a' Phrògram Ainmeachaidh Roinneil (cuairt #435). Fhuair 442 neach cuireadh; b' e 760 an sgòr CRS as ìsle.";
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = 'Cuairt CEC an-diugh: 3,000 cuireadh, sgòr CRS as ìsle 516. Cuairt #432 🇨🇦 #Gàidhlig';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "dà chuairt an t-seachdain seo", "Dimàirt, 4 Lùnastal"', () => {
    const page = [
      'Dà chuairt Express Entry an t-seachdain seo',
      '1. Dimàirt, 4 Lùnastal 2026 — Provincial Nominee Program (cuairt 431): 507 cuireadh, sgòr CRS as ìsle de 768.',
      '2. Diciadain, 5 Lùnastal 2026 — Canadian Experience Class (cuairt 432): 3,000 cuireadh, sgòr CRS as ìsle de 516.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Stiùireadh: mar a tha an sgòr CRS ag obair. Mar eisimpleir, air 5 Lùnastal 2026 fhuair 3,000 neach cuireadh le sgòr CRS as ìsle de 516. Tha e an-diugh nas fheàrr ullachadh.';
    const forecast = 'Ro-aithris: tha dùil ri cuairt CEC eile an ath sheachdain le mu thimcheall 3,000 cuireadh, agus sgòr CRS as ìsle faisg air 515. Chan eil seo cinnteach.';
    const recap = [
      'Geàrr-chunntas mìosail: Lùnastal 2026',
      '4 Lùnastal 2026 | PNP | 507 | 768',
      '5 Lùnastal 2026 | CEC | 3,000 | 516',
      'Gu h-iomlan, fhuair còrr is 3,500 neach cuireadh sa mhìos. Cha do chumadh cuairt eile.',
    ].join('\n');
    const province = 'An-diugh chùm mòr-roinn Ontario cuairt OINP: fhuair 1,200 tagraiche cuireadh, le sgòr as ìsle de 470. Chan e cuairt Express Entry a th’ ann.';
    const australia = 'An-diugh chùm Astràilia cuairt SkillSelect: fhuair 5,000 neach cuireadh le 65 puing. Cha do chùm Canada cuairt an t-seachdain seo.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isScottishGaelic(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((p) => [p, '2026-08-20'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('an English page quoting a few Gaelic words, and an Irish, Welsh or Breton page, is not taken for Scottish Gaelic', () => {
    const english = 'IRCC invited 3,000 candidates today. In Gaelic a round is a "cuairt" and the lowest score is "an sgòr as ìsle".';
    expect(glossForeign(english)).toBe(english);
    const irish = 'Inniu, Dé Máirt, thug IRCC cuireadh do 1,000 iarrthóir i mbabhta uimhir 436. Ba é 523 an scór íosta CRS. Inné bhí babhta PNP ann freisin.';
    const welsh = 'Heddiw, dydd Mawrth, gwahoddodd IRCC 1,000 o ymgeiswyr yn rownd 436. Y sgôr CRS isaf oedd 523. Ddoe roedd rownd PNP.';
    const breton = "Hiziv, d'ar Meurzh, en deus pedet IRCC 1 000 den e-pad ar pedadenn 436. Ar skor CRS izelañ a oa 523. Dec'h e oa ur pedadenn PNP.";
    for (const page of [english, irish, welsh, breton]) expect(isScottishGaelic(page)).toBe(false);
    expect(glossForeign(irish)).not.toContain('sgòr');
    expect(glossForeign('Cuairt CEC an-diugh: 3,000 cuireadh, sgòr CRS as ìsle 516. Cuairt #432 #Gàidhlig')).toContain('3,000 invitations');
  });
});

describe('Maori', () => {
  it('a news item: "I tēnei rā, i te Rātū", "Rauna #436", "ngā pōwhiri 1,000", the cut-off and the tie-break', () => {
    const page = [
      'Ngā Pūrongo Manene | Kānata',
      'I tēnei rā, i te Rātū 18 Here-turi-kōkā 2026, i tukuna e IRCC ngā pōwhiri 1,000 ki ngā kaitono Canadian Experience Class (Rauna #436).',
      'Ko te kaute iti rawa he 523.',
      'Te wā tie-breaking: August 17, 2026 at 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"inanahi" with a weekday, and a short channel post', () => {
    const news = 'Inanahi (Rāhina) i tukuna e IRCC ngā pōwhiri 442 ki ngā kaitono Provincial Nominee Program i te rauna 435. 760 te kaute CRS iti rawa.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = 'Rauna CEC i tēnei rā ki Kānata: 3,000 pōwhiri, CRS iti rawa 516 (Rauna #432) 🇨🇦';
    expect(facts(post, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, null]]);
  });

  it('a weekly round-up with two rounds: "E rua ngā rauna i tēnei wiki", "Rātū 4 Here-turi-kōkā"', () => {
    const page = [
      'E rua ngā rauna Express Entry i tēnei wiki i Kānata:',
      '1. Rātū 4 Here-turi-kōkā 2026 — Provincial Nominee Program (Rauna #431): 507 pōwhiri, CRS iti rawa 768',
      '2. Rāapa 5 Here-turi-kōkā 2026 — Canadian Experience Class (Rauna #432): 3,000 pōwhiri, CRS iti rawa 516',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, null],
    ]);
  });

  it("a guide, a forecast, a monthly recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'He Aratohu: me pēhea te kaute CRS? He tauira: i te 5 Here-turi-kōkā 2026, i tukuna e IRCC ngā pōwhiri 3,000 ki te kaute iti rawa o 516. Whakapaingia tō kōtaha.';
    const forecast = 'Matapae: ko te rauna CEC e whai ake nei ka tuku pea i ngā pōwhiri tata ki te 3,000, ā, ko te kaute iti rawa tata ki te 515. Kāore anō kia mōhiotia.';
    const recap = [
      'Whakarāpopototanga o te marama: Here-turi-kōkā 2026',
      '4 Here-turi-kōkā 2026 | PNP | 507 | 768',
      '5 Here-turi-kōkā 2026 | CEC | 3,000 | 516',
      'Te tapeke: neke atu i te 3,500 ngā pōwhiri i tēnei marama. Kāore he rauna anō.',
    ].join('\n');
    const province = 'I tēnei rā i tukuna e te porowini o Ontario ngā pōwhiri 1,200 ki ngā kaitono OINP, ko te kaute iti rawa he 470. Ehara tēnei i te rauna Express Entry.';
    const australia = 'I tēnei rā i tukuna e Ahitereiria ngā pōwhiri 5,000 i te rauna SkillSelect, 65 ngā piro. Kāore he rauna i Kānata i tēnei wiki.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isMaori(page)).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((p) => [p, '2026-08-20'] as const));
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap).toLowerCase()).toContain('monthly recap');
  });

  it('an English page quoting a few Maori words, and a Samoan, Malay, Tagalog or Latvian page, is not taken for Maori', () => {
    const english = 'IRCC invited 3,000 candidates today. Kia ora! In te reo Māori an invitation is a "pōwhiri" and a round is a "rauna".';
    expect(glossForeign(english)).toBe(english);
    const samoan = "O le aso, Aso Lua, ua tu'uina atu e le IRCC le 1,000 tusi valaaulia i le Canadian Experience Class. O le togi maualalo o le CRS sa 523. Ananafi sa i ai le fa'amaumauga PNP.";
    const malay = 'Hari ini, IRCC telah menjemput 1,000 calon dalam cabutan Express Entry #436. Skor CRS minimum ialah 523. Semalam ada cabutan PNP.';
    const tagalog = 'Ngayong araw, nag-imbita ang IRCC ng 1,000 kandidato sa Express Entry draw #436. Ang pinakamababang CRS score ay 523. Kahapon ay may PNP draw.';
    const latvian = 'Šodien IRCC uzaicināja 1000 kandidātu Express Entry izlozē Nr. 436. Minimālais CRS punktu skaits bija 523. Vakar notika PNP izloze.';
    for (const page of [english, samoan, malay, tagalog, latvian]) expect(isMaori(page)).toBe(false);
    expect(glossForeign(samoan)).not.toContain('pōwhiri');
    expect(glossForeign('Rauna CEC i tēnei rā ki Kānata: 3,000 pōwhiri, CRS iti rawa 516 (Rauna #432)')).toContain('3,000 invitations');
  });
});
