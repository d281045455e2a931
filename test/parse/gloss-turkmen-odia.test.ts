import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossTurkish } from '../../src/parse/text/gloss-turkish.ts';
import { glossAzerbaijani } from '../../src/parse/text/gloss-azerbaijani.ts';
import { glossBengali } from '../../src/parse/text/gloss-bengali.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Turkmen and Odia draw news (docs/parser.md "Turkmen and Odia"): the glossaries of gloss-turkmen.ts and gloss-odia.ts rewrite
 * them into the English the reader knows; an English page that quotes a few of their words stays as it is, and a guide, a
 * forecast, a monthly recap or a province's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Turkmen (gloss-turkmen.ts)', () => {
  it('a news page: "şu gün", "402-nji tapgyry", "2 500 dalaşgäre … çakylyk iberildi", "Iň pes CRS baly", "Deň bal düzgüni"', () => {
    const page = [
      'Kanada täze tapgyr geçirdi',
      'Habarlar · 04.03.2026',
      'IRCC şu gün Express Entry ulgamynyň 402-nji tapgyryny Kanada tejribe synpy (CEC) boýunça geçirdi.',
      'Bu tapgyrda 2 500 dalaşgäre hemişelik ýaşamak üçin çakylyk iberildi. Iň pes CRS baly 517 boldy.',
      'Deň bal düzgüni: 2026-njy ýylyň 12-nji fewraly, 09:30:15 UTC.',
    ].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', '402', 'cec', 2500, 517, '2026-02-12']]);
  });

  it('"Düýn, 20-nji maýda", French-speaking candidates, "Çakylyklaryň sany: 3 200", an earlier round in the pluperfect is context', () => {
    const page = [
      'Fransuz dilini bilýänlere 3 200 çakylyk',
      'Düýn, 20-nji maýda, IRCC fransuz dilini bilýän dalaşgärler üçin tapgyr geçirdi.',
      'Çakylyklaryň sany: 3 200',
      'Iň pes bal: 480',
      'Öňki tapgyrda iň pes bal 512 bolupdy.',
    ].join('\n');
    expect(facts(page, '2025-05-21')).toEqual([['2025-05-20', null, 'french', 3200, 480, null]]);
  });

  it("a guide, a month's recap, a forecast and a province's draw announce nothing", () => {
    const guide = [
      'Gollanma: Express Entry boýunça çakylyk nädip almaly?',
      'Mysal üçin, 12-nji mart 2025 tapgyrynda CEC üçin 4 000 çakylyk iberildi, iň pes bal 521 boldy.',
      'Dalaşgärler ilki bilen profil döretmeli we ballaryny hasaplamaly.',
    ].join('\n');
    const recap = [
      'Maý aýynyň jemleri: Express Entry',
      'Maý aýynda IRCC üç tapgyr geçirdi: CEC 12-nji maý (500 çakylyk, 547 bal), PNP 13-nji maý (2 800 çakylyk, 700 bal).',
      'Aýlyk jemi: takmynan 5 800 çakylyk.',
    ].join('\n');
    const forecast = [
      'Çaklama: indiki Express Entry tapgyry',
      'Hünärmenler indiki hepde CEC boýunça 3 000 çakylyk we iň pes bal 515 töweregi garaşylýar diýip çaklaýarlar.',
      'Bu diňe biziň çaklamamyz, resmi habar däl.',
    ].join('\n');
    const ontario = [
      'Ontario welaýaty täze tapgyr geçirdi',
      'Şu gün Ontario welaýaty öz maksatnamasy boýunça 1 200 dalaşgäre çakylyk iberdi. Iň pes bal 450 boldy.',
      'Bu federal Express Entry tapgyry däl.',
    ].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(facts(guide, '2025-06-10')).toEqual([]);
    expect(facts(recap, '2025-06-02')).toEqual([]);
    expect(facts(forecast, '2025-06-02')).toEqual([]);
    expect(glossForeign(ontario)).toContain('province');
    expect(facts(ontario, '2025-06-02')).toEqual([]);
  });

  it('an English page quoting Turkmen words stays as it is; Turkish and Azerbaijani pages read as before', () => {
    const english = 'In Turkmen, "çakylyk" means an invitation and "düýn" yesterday. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(english)).toBe(english);
    const turkish = 'Kanada bugün yeni bir Express Entry turu düzenledi: 3.000 adaya davet gönderildi, en düşük CRS puanı 480 oldu. Dün de bir tur yapılmıştı.';
    expect(glossForeign(turkish)).toBe(glossTurkish(turkish));
    const azerbaijani = 'Kanada bu gün yeni Express Entry raundu keçirdi: 3 000 namizədə dəvət göndərilib, minimal bal 480 olub. Dünən də raund keçirilmişdi.';
    expect(glossForeign(azerbaijani)).toBe(glossAzerbaijani(azerbaijani));
    expect(glossForeign('Düýn, 20-nji maýda: CEC boýunça 2 500 çakylyk, iň pes bal 517.')).toMatch(/^ ?Yesterday, May 20: CEC 2,500 invitations, minimum CRS score 517/);
  });
});

describe('Odia (gloss-odia.ts)', () => {
  it('a news page: "ଆଜି", "402ତମ ରାଉଣ୍ଡ", "2,500 ପ୍ରାର୍ଥୀଙ୍କୁ ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି", "ସର୍ବନିମ୍ନ CRS ସ୍କୋର", "ଟାଇ-ବ୍ରେକିଂ ନିୟମ"', () => {
    const page = [
      'କାନାଡା ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି: CEC ପାଇଁ 2,500 ନିମନ୍ତ୍ରଣ',
      'କଟକ, 4 ମାର୍ଚ୍ଚ 2026',
      'IRCC ଆଜି କାନାଡିଆନ ଏକ୍ସପେରିଏନ୍ସ କ୍ଲାସ ପାଇଁ ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରିର 402ତମ ରାଉଣ୍ଡ କରିଛି।',
      '2,500 ପ୍ରାର୍ଥୀଙ୍କୁ ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି। ସର୍ବନିମ୍ନ CRS ସ୍କୋର 517 ରହିଛି।',
      'ଟାଇ-ବ୍ରେକିଂ ନିୟମ: 12 ଫେବୃଆରୀ 2026, 09:30:15 UTC',
    ].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', '402', 'cec', 2500, 517, '2026-02-12']]);
  });

  it('Odia digits, "ଗତକାଲି", "ଫରାସୀ ଭାଷା", "କଟ-ଅଫ … ପଏଣ୍ଟ"; an earlier draw "ଏହା ପୂର୍ବରୁ" is context', () => {
    const page = ['ଫରାସୀ ଭାଷା ଡ୍ର: ୩,୨୦୦ ନିମନ୍ତ୍ରଣ', 'ଗତକାଲି (୨୦ ମେ) ଫରାସୀ ଭାଷା ପ୍ରାର୍ଥୀଙ୍କ ପାଇଁ ଡ୍ର ହୋଇଛି। ୩,୨୦୦ ଜଣଙ୍କୁ ନିମନ୍ତ୍ରଣ ମିଳିଛି। କଟ-ଅଫ ୪୮୦ ପଏଣ୍ଟ।', 'ଏହା ପୂର୍ବରୁ ସୋମବାର PNP ଡ୍ର’ରେ ୭୪୦ ସ୍କୋର ଦରକାର ପଡ଼ିଥିଲା।'].join('\n');
    expect(facts(page, '2025-05-21')).toEqual([['2025-05-20', null, 'french', 3200, 480, null]]);
  });

  it("a guide, a monthly recap and a province's draw announce nothing", () => {
    const guide = ['ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି ଗାଇଡ୍: କିପରି ନିମନ୍ତ୍ରଣ ପାଇବେ', 'ଉଦାହରଣ: 12 ମାର୍ଚ୍ଚ 2025ର CEC ଡ୍ର’ରେ 4,000 ନିମନ୍ତ୍ରଣ ଦିଆଯାଇଥିଲା ଏବଂ ସର୍ବନିମ୍ନ ସ୍କୋର ଥିଲା 521।', 'ପ୍ରଥମେ ପ୍ରୋଫାଇଲ ତିଆରି କରନ୍ତୁ ଏବଂ ଭାଷା ପରୀକ୍ଷା ଦିଅନ୍ତୁ।'].join('\n');
    const recap = ['ମେ ମାସର ସାରାଂଶ: ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି', 'ମେ ମାସରେ IRCC ତିନୋଟି ଡ୍ର କରିଥିଲା: 12 ମେ CEC (500, 547), 13 ମେ PNP (2,800, 700)।', 'ମୋଟ ପ୍ରାୟ 5,800 ନିମନ୍ତ୍ରଣ।'].join('\n');
    const ontario = ['ଅଣ୍ଟାରିଓ ପ୍ରାଦେଶିକ ଡ୍ର', 'ଆଜି ଅଣ୍ଟାରିଓ ପ୍ରାଦେଶିକ ପ୍ରୋଗ୍ରାମରେ 1,200 ପ୍ରାର୍ଥୀଙ୍କୁ ନିମନ୍ତ୍ରଣ ପଠାଯାଇଛି। ଏହା ଫେଡେରାଲ ଏକ୍ସପ୍ରେସ ଏଣ୍ଟ୍ରି ଡ୍ର ନୁହେଁ।'].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(glossForeign(ontario)).toContain('Ontario');
    expect(facts(guide, '2025-06-10')).toEqual([]);
    expect(facts(recap, '2025-06-02')).toEqual([]);
    expect(facts(ontario, '2025-06-02')).toEqual([]);
  });

  it('an English page quoting a few Odia words stays as it is; a Bengali page reads as before', () => {
    const english = 'In Odia, "ନିମନ୍ତ୍ରଣ" means invitation. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(english)).toBe(english);
    const bengali = 'কানাডা আজ এক্সপ্রেস এন্ট্রি ড্র করেছে। ৩,০০০ জন প্রার্থীকে আমন্ত্রণ পাঠানো হয়েছে। সর্বনিম্ন স্কোর ৪৮০ ছিল। এটি একটি বড় ড্র।';
    expect(glossForeign(bengali)).toBe(glossBengali(bengali));
    expect(glossForeign('ଆଜି CEC ଡ୍ର: ୨,୫୦୦ ନିମନ୍ତ୍ରଣ, ସର୍ବନିମ୍ନ ସ୍କୋର ୫୧୭')).toMatch(/today CEC draw: 2,500 invitations, minimum score 517/);
  });
});
