import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isFaroese } from '../../src/parse/text/gloss-faroese.ts';
import { isBreton } from '../../src/parse/text/gloss-breton.ts';

/**
 * Faroese and Breton draw news (src/parse/text/gloss-faroese.ts, gloss-breton.ts; docs/parser.md "Faroese and Breton"): glossed
 * into the English the reader knows. Pages written for these tests, with IRCC's figures (rounds 390, 420, 427, 428, 433, 435). A
 * page that announces nothing (a guide, a forecast, a recap, a province's or another country's round) is glossed and still
 * announces nothing; an English page quoting a few of their words, and their neighbours' pages, are not glossed as theirs.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Faroese', () => {
  it('a news item: "Í gjár, týsdagin", "umfar nr. 428", "2.000 umsøkjarar fingu innbjóðing", the cut-off and "Javnstøðureglan"', () => {
    const page = [
      'Tíðindi · Útlond',
      'Kanada: 2.000 innbjóðingar til umsøkjarar við kanadiskum arbeiðsroyndum',
      'Í gjár, týsdagin, helt IRCC umfar nr. 428 fyri Canadian Experience Class. 2.000 umsøkjarar fingu innbjóðing at søkja um fast uppihald, og lægsta CRS-stigatalið var 516.',
      'Javnstøðureglan: 26. mai 2026 kl. 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('another phrasing: "Kanada bjóðar 442 umsøkjarum", "Umfarið, nr. 435,", "Minsta stigatalið var 760"', () => {
    const page = [
      'Kanada bjóðar 442 umsøkjarum úr landslutaskipanunum',
      '17. august 2026',
      'IRCC hevur í dag hildið eitt nýtt umfar í Express Entry. Umfarið, nr. 435, var bert fyri Provincial Nominee Program (PNP). Minsta stigatalið var 760.',
    ].join('\n');
    expect(facts(page, '2026-08-17')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
  });

  it('a short post: "Í dag: CEC-umfar, 8.000 innbjóðingar, lægsta stigatal 511"', () => {
    expect(facts('Í dag: CEC-umfar, 8.000 innbjóðingar, lægsta stigatal 511. Gangi tykkum væl!', '2026-01-07')).toEqual([['2026-01-07', null, 'cec', 8000, 511, null]]);
  });

  it('a weekly round-up: "Tvey umfør hesa vikuna", "Mánadagin 20. juli", "Týsdagin 21. juli"', () => {
    const page = [
      'Tvey umfør í Express Entry hesa vikuna',
      '24. juli 2026',
      'Mánadagin 20. juli hevði IRCC umfar nr. 427 fyri Provincial Nominee Program: 511 innbjóðingar, lægsta stigatal 744.',
      'Týsdagin 21. juli fylgdi umfar nr. 428 fyri Canadian Experience Class við 2.000 innbjóðingum og lægsta stigatali 516.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', '427', 'pnp', 511, 744, null],
      ['2026-07-21', '428', 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year in review, a province's and Australia's round are glossed and announce nothing", () => {
    const guide = [
      'Vegleiðing: soleiðis fært tú eina innbjóðing í Express Entry',
      'Til dømis: í umfar nr. 390 fingu 8.000 umsøkjarar innbjóðing, og lægsta stigatalið var 511. Hav tíni skjøl klár, áðrenn næsta umfar kemur.',
    ].join('\n');
    const forecast = ['Forsøgn: hvat ber næsta CEC-umfarið í sær?', 'Vit vænta, at næsta umfar gevur umleið 3.000 innbjóðingar, og at lægsta stigatalið verður um 515.'].join('\n');
    const recap = ['Árið 2025 í Express Entry: eitt yvirlit', 'Í 2025 sendi Kanada meira enn 100.000 innbjóðingar. Umfar 388 tann 17. desember bjóðaði 6.000 inn við 399 stigum.'].join('\n');
    const province = [
      'Ontario bjóðar 1.200 umsøkjarum',
      'Landsluturin Ontario hevur í dag hildið sítt egna umfar (OINP): 1.200 umsøkjarar fingu innbjóðing við 480 stigum. Hetta er ikki eitt Express Entry-umfar.',
    ].join('\n');
    const australia = ['Avstralia: 5.000 innbjóðingar í SkillSelect', 'Í gjár sendi Avstralia 5.000 innbjóðingar í einum SkillSelect-umfari. Hetta hevur einki við Kanada at gera.'].join('\n');
    for (const page of [guide, forecast, recap, province, australia]) {
      expect(isFaroese(page)).toBe(true);
      expect(glossForeign(page)).not.toBe(page);
      expect(facts(page, '2026-08-20')).toEqual([]);
    }
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('2025 year in review');
  });

  it('a hedged count is no count: "umleið 3.000", "meira enn 500", "upp í 4.000"', () => {
    expect(glossForeign('Í gjár fingu umleið 3.000 umsøkjarar innbjóðing í umfarinum; meira enn 500 stig; upp í 4.000 innbjóðingar.')).toMatch(/about 3,000 .*more than 500 .*up to 4,000/);
  });

  it('an English page quoting Faroese words stays as it is; an Icelandic and a Danish page are not taken for Faroese', () => {
    const english = 'In Faroese a round is "umfar" and an invitation "innbjóðing". IRCC held draw #428 on July 21, 2026: 2,000 invitations, minimum CRS 516.';
    expect(glossForeign(english)).toBe(english);
    const icelandic = 'Í gær var haldin lota nr. 428 í Express Entry. 2.000 umsækjendur fengu boð, og lágmarksstigin voru 516. Þetta var fyrir Canadian Experience Class.';
    const danish = 'I går holdt IRCC runde nr. 428 i Express Entry. 2.000 ansøgere fik en invitation, og den laveste CRS-score var 516. Det er første gang siden maj.';
    expect(isFaroese(icelandic)).toBe(false);
    expect(isFaroese(danish)).toBe(false);
    expect(facts(icelandic, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
    const faroese = 'Í gjár helt IRCC umfar nr. 428 fyri Canadian Experience Class. 2.000 umsøkjarar fingu innbjóðing, og lægsta CRS-stigatalið var 516.';
    expect(facts(faroese, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
  });
});

describe('Breton', () => {
  it('a news item: "Hiziv, d\'ar Meurzh 6 a viz Eost", "5 000 pedadenn a zo bet kaset", "ur skor CRS izelañ a 391", the tie-break', () => {
    const page = [
      'Keleier · Bro-Ganada',
      'Kanada a bed 5 000 den a gomz galleg',
      "Hiziv, d'ar Yaou 6 a viz Eost 2026, en deus aozet IRCC un dro nevez evit an dud a gomz galleg mat. 5 000 pedadenn a zo bet kaset, gant ur skor CRS izelañ a 391.",
      'An dro-mañ eo an niverenn 433 e reizhiad Express Entry.',
      'Reolenn an dispartiañ : 18 a viz Meurzh 2026 da 23:32:40 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('another phrasing: "Dec\'h … en deus pedet IRCC 2 000 den", "(niverenn 428)"', () => {
    const page = [
      'Kanada : 2 000 pedadenn nevez',
      '22 Gouere 2026',
      "Dec'h, d'ar Meurzh, en deus graet IRCC un dro nevez Canadian Experience Class (niverenn 428) : en deus pedet IRCC 2 000 den, gant ur skor izelañ a 516.",
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, null]]);
  });

  it('a short post: "Hiziv : tro CEC, 8 000 pedadenn, skor izelañ 511"', () => {
    expect(facts("Hiziv : tro CEC, 8 000 pedadenn, skor izelañ 511. Gourc'hemennoù d'an holl !", '2026-01-07')).toEqual([['2026-01-07', null, 'cec', 8000, 511, null]]);
  });

  it('a weekly round-up with two rounds: "Daou dro Express Entry ar sizhun-mañ"', () => {
    const page = [
      'Daou dro Express Entry ar sizhun-mañ',
      '24/07/2026',
      "D'ar Lun 20 a viz Gouere en deus pedet IRCC 511 den eus ar Provincial Nominee Program, gant ur skor CRS izelañ a 744.",
      "D'ar Meurzh 21 a viz Gouere ez eus bet un dro all evit ar Canadian Experience Class : 2 000 pedadenn, 516 poent d'an nebeutañ.",
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a province's and New Zealand's round are glossed and announce nothing", () => {
    const guide = ['Sturlevr : penaos kaout ur bedadenn e Express Entry', "Da skouer, d'an 23 a viz Mezheven 2026 e oa bet pedet 4 000 den gant ur skor izelañ a 516. Aozit ho paperioù a-raok."].join(
      '\n',
    );
    const forecast = ["Petra a c'hortoz an troioù Express Entry e miz Gwengolo ?", "Diougan : war-dro 3 000 pedadenn ha skor izelañ tro-dro da 515. N'eo nemet ur soñj."].join('\n');
    const province = [
      'Ontario en deus pedet 1 200 den',
      "Provins Ontario en deus aozet hiziv un dro evit e OINP : 1 200 pedadenn, gant ur skor 480 war skeul ar provins. N'eo ket un dro Express Entry IRCC.",
    ].join('\n');
    const newZealand = ['Zeland-Nevez : 500 pedadenn', "Dec'h ez eus bet un dro e Zeland-Nevez : 500 pedadenn. N'eo ket un dro Express Entry Kanada."].join('\n');
    for (const page of [guide, forecast, province, newZealand]) {
      expect(isBreton(page)).toBe(true);
      expect(glossForeign(page)).not.toBe(page);
      expect(facts(page, '2026-08-20')).toEqual([]);
    }
  });

  it('a hedged count is no count: "war-dro 3 000", "ouzhpenn 500", "betek 4 000"', () => {
    expect(glossForeign("Dec'h ez eus bet pedet war-dro 3 000 den ; ouzhpenn 500 poent ; betek 4 000 pedadenn.")).toMatch(/about 3,000 .*more than 500 .*up to 4,000/);
  });

  it('an English page quoting Breton words stays as it is; French, Welsh and Irish pages are not taken for Breton', () => {
    const english = 'In Breton, "dec\'h" is yesterday and "pedadenn" an invitation. IRCC held draw #433 on August 6, 2026: 5,000 invitations, minimum CRS 391.';
    expect(glossForeign(english)).toBe(english);
    const french = "Aujourd'hui, IRCC a invité 5 000 candidats francophones (tirage no 433), avec un score CRS minimum de 391. C'hwec'h ? Non.";
    const welsh = 'Heddiw cynhaliodd IRCC rownd rhif 433: 5,000 o wahoddiadau, sgôr CRS isaf 391.';
    const irish = 'Inniu, thug IRCC cuireadh do 5,000 iarrthóir i mbabhta uimhir 433; ba é 391 an scór íosta CRS.';
    for (const page of [french, welsh, irish]) expect(isBreton(page)).toBe(false);
    const breton = "Hiziv en deus pedet IRCC 5 000 den a oar galleg (niverenn 433), gant ur skor CRS izelañ a 391. Gourc'hemennoù !";
    expect(facts(breton, '2026-08-06')).toEqual([['2026-08-06', '433', 'french', 5000, 391, null]]);
  });
});
