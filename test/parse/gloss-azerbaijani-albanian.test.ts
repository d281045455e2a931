import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossTurkish } from '../../src/parse/text/gloss-turkish.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Azerbaijani and Albanian draw news (docs/parser.md "Azerbaijani and Albanian"): the glossaries of gloss-azerbaijani.ts and
 * gloss-albanian.ts rewrite them into the English the reader knows; an English page quoting a few words of either, and a
 * Turkish page, stay as they were.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Azerbaijani (gloss-azerbaijani.ts)', () => {
  it('a news page: "8 yanvar 2025 tarixində", "332-ci raundu", "471 namizədə dəvət göndərilib", "Minimal bal 793 olub"; the earlier round is context', () => {
    const page = [
      'Miqrant.az › Xəbərlər',
      'Kanada əyalət namizədləri üçün yeni Express Entry raundu keçirdi',
      '09.01.2025 | 11:20',
      'Kanada hökuməti 8 yanvar 2025 tarixində 332-ci Express Entry raundunu keçirib.',
      'Əyalət Namizədlik Proqramı (PNP) üzrə 471 namizədə dəvət göndərilib. Minimal bal 793 olub.',
      'Tie-breaking qaydası: 17 dekabr 2024, saat 09:46:53 UTC.',
      'Xatırladaq ki, əvvəlki raundda 1 350 nəfər dəvət almışdı və keçid balı 542 olmuşdu.',
    ].join('\n');
    expect(facts(page, '2025-01-09')).toEqual([['2025-01-08', '332', 'pnp', 471, 793, '2024-12-17']]);
  });

  it('a channel post: "Dünən" (yesterday), "4 500 nəfərə dəvət göndərildi", "keçid balı 502"', () => {
    const page = ['Kanadaya köç 🇨🇦', 'Dostlar, dünən Kanada Təcrübə Sinfi (CEC) üzrə raund oldu! 4 500 nəfərə dəvət göndərildi, keçid balı 502. Hər kəsə uğurlar!'].join('\n');
    expect(facts(page, '2025-01-24')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
  });

  it('a guide ("CRS balını necə artırmaq olar?", "Məsələn", "… idi") announces the round it quotes as no new one', () => {
    const page = [
      'Konsaltinq bloqu',
      'CRS balını necə artırmaq olar? 5 məsləhət',
      '3 fevral 2025',
      'Məsələn, 21 yanvar 2025 tarixli raundda 1 350 dəvət göndərildi, minimum bal 542 idi. Dil imtahanınızı təkrar verin və əyalət namizədliyi üçün müraciət edin.',
    ].join('\n');
    expect(glossForeign(page)).toContain('How to improve your CRS score');
    expect(facts(page, '2025-02-03')).toEqual([]);
  });

  it('a monthly recap ("aylıq icmal") and a forecast ("gözlənilir") announce none of their rounds', () => {
    const recap = [
      'Yanvar 2025 — aylıq icmal',
      'Yanvarda cəmi 3 Express Entry raundu keçirildi:',
      '▫️ PNP (08.01.2025) — 471 dəvət, CRS 793',
      '▫️ CEC (23.01.2025) — 4 500 dəvət, CRS 502',
      'Fevral ayında da yeni raundlar gözlənilir.',
    ].join('\n');
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(facts(recap, '2025-02-01')).toEqual([]);
    const forecast = [
      'Proqnoz: fevral ayında CEC raundu gözlənilir',
      '2 fevral 2025',
      'Ekspertlərin fikrincə, növbəti raundda təxminən 4 000 namizədə dəvət göndəriləcək və keçid balı 500-dən aşağı olacaq.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('expected');
    expect(facts(forecast, '2025-02-02')).toEqual([]);
  });

  it("another country's round (Australia) and a province's own round (British Columbia) are no Express Entry round", () => {
    const australia = ['Avstraliya SkillSelect: yeni dəvət raundu', '15 avqust 2025', 'Avstraliya dünən 189 vizası üzrə 2 000 namizədə dəvət göndərdi, minimum bal 85 oldu.'].join('\n');
    expect(glossForeign(australia)).toContain('Australia');
    expect(facts(australia, '2025-08-15')).toEqual([]);
    const province = ['Britaniya Kolumbiyası əyaləti öz raundunu keçirdi', '5 sentyabr 2025', 'Britaniya Kolumbiyası dünən BC PNP üzrə 86 namizədə dəvət göndərdi, minimum bal 121 oldu.'].join('\n');
    expect(glossForeign(province)).toContain('British Columbia');
    expect(facts(province, '2025-09-05')).toEqual([]);
  });

  it('an English page quoting Azerbaijani words ("dəvət", "dünən"), and a Turkish page, stay as they were', () => {
    const english = 'Learning Azerbaijani before you move? "Dəvət" means invitation and "dünən" means yesterday; "Kanada" is Canada. The next Express Entry draw is expected soon.';
    expect(glossForeign(english)).toBe(english);
    const turkish = 'Kanada dün 2.000 adaya davet gönderildi. En düşük CRS puanı 515 oldu. Bu tur, Kanada Deneyim Sınıfı için yapıldı ve önceki turdan daha büyüktü.';
    expect(glossForeign(turkish)).toBe(glossTurkish(turkish));
  });
});

describe('Albanian (gloss-albanian.ts)', () => {
  it('a news page: "Dje, më 8 janar 2025", "raundin e 332-të", "u ftuan 471 kandidatë", "me pikë minimale CRS 793", "Rregulli i barazimit"', () => {
    const page = [
      'Lajme > Diaspora',
      'Kanada fton kandidatët e programeve provinciale',
      '9 janar 2025, 10:05',
      'Dje, më 8 janar 2025, Kanada mbajti raundin e 332-të të Express Entry për Programin e Nominimit Provincial (PNP).',
      'U ftuan 471 kandidatë me pikë minimale CRS 793.',
      'Rregulli i barazimit: 17/12/2024 ora 09:46:53 UTC.',
      'Raundi i mëparshëm kishte ftuar 1.350 kandidatë me 542 pikë.',
    ].join('\n');
    expect(facts(page, '2025-01-09')).toEqual([['2025-01-08', '332', 'pnp', 471, 793, '2024-12-17']]);
  });

  it('a short post without an "ë": "raund i ri SOT", "4.500 ftesa", "CRS minimale 502"', () => {
    const page = ['🇨🇦 Express Entry — raund i ri SOT (CEC)', '4.500 ftesa, CRS minimale 502', 'Urime!'].join('\n');
    expect(facts(page, '2025-01-23')).toEqual([['2025-01-23', null, 'cec', 4500, 502, null]]);
  });

  it('a forecast ("Parashikimi", "rreth") and a monthly recap ("përmbledhje mujore") announce none of their rounds', () => {
    const forecast = [
      'Parashikimi për raundet e shkurtit',
      '2 shkurt 2025',
      'Në shkurt presim një raund për CEC me rreth 4.000 ftesa dhe pikë minimale nën 510. Raundi i fundit, më 23 janar, ftoi 4.500 kandidatë.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(facts(forecast, '2025-02-02')).toEqual([]);
    const recap = [
      'Janari 2025 në Express Entry: përmbledhje mujore',
      '1 shkurt 2025',
      'Në janar u mbajtën tre raunde:',
      '• 8 janar — PNP: 471 ftesa, CRS 793',
      '• 23 janar — CEC: 4.500 ftesa, CRS 502',
      'Gjithsej mbi 5 mijë ftesa.',
    ].join('\n');
    expect(glossForeign(recap)).toContain('monthly recap');
    expect(facts(recap, '2025-02-01')).toEqual([]);
  });

  it("another country's round (Australia) and a province's own round (British Columbia) are no Express Entry round", () => {
    const australia = [
      'Australia: raund i ri ftesash SkillSelect',
      '15 gusht 2025',
      'Dje Australia dërgoi 2.000 ftesa për vizën 189, me pikë minimale 85. Kjo është një lajm i mirë për të gjithë.',
    ].join('\n');
    expect(glossForeign(australia)).not.toBe(australia);
    expect(facts(australia, '2025-08-15')).toEqual([]);
    const province = ['Kolumbia Britanike fton 86 kandidatë', '5 shtator 2025', 'Dje provinca e Kolumbisë Britanike mbajti një raund të BC PNP dhe ftoi 86 kandidatë me pikë minimale 121.'].join('\n');
    expect(glossForeign(province)).toContain('British Columbia');
    expect(facts(province, '2025-09-05')).toEqual([]);
  });

  it('an English page quoting Albanian words ("ftesa", "pikë") stays as it was', () => {
    const english = 'Albanian readers asked us what "ftesa" and "pikë" mean: invitations and points. The Express Entry draw on January 23 invited 4,500 candidates.';
    expect(glossForeign(english)).toBe(english);
  });
});
