import { describe, expect, it } from 'vitest';
import { announcedDraws, expectNothingAnnounced } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isCrimeanTatar } from '../../src/parse/text/gloss-crimean-tatar.ts';
import { isGagauz } from '../../src/parse/text/gloss-gagauz.ts';

/**
 * Crimean Tatar and Gagauz draw news (src/parse/text/gloss-crimean-tatar.ts, gloss-gagauz.ts; docs/parser.md "Crimean Tatar and
 * Gagauz"): glossed into the English the reader knows. A page that announces nothing (a guide, a forecast, a recap, a province's or
 * another country's round) is glossed and still announces nothing; an English page quoting a few of their words is not glossed; a
 * page of a neighbour language (each other, Turkish, Azerbaijani, Turkmen, Uzbek, Romanian) is not taken for theirs. Figures from
 * IRCC's record (rounds 427 to 436).
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

const TURKISH =
  'Kanada bugün Express Entry kapsamında yeni bir davet turu yaptı: 3.000 adaya davet gönderildi, en düşük CRS puanı 516 oldu. Bu turda yalnızca Kanada Deneyim Sınıfı adayları davet edildi.';
const AZERBAIJANI = 'Kanada bu gün Express Entry üzrə yeni raund keçirdi: 3 000 namizədə dəvət göndərildi, minimum CRS balı 516 oldu. Bu raund yalnız Kanada təcrübəsi sinfi üçün idi.';
const TURKMEN = 'Kanada şu gün Express Entry boýunça täze tapgyr geçirdi: 3 000 dalaşgära çakylyk iberildi, iň pes CRS baly 516 boldy. Bu tapgyr diňe Kanada tejribe synpy üçin boldy.';
const UZBEK = "Kanada bugun Express Entry bo'yicha yangi raund o'tkazdi: 3 000 nomzodga taklif yuborildi, eng past CRS balli 516 bo'ldi. Bu raund faqat Kanada tajribasi toifasi uchun edi.";
const ROMANIAN =
  'Canada a organizat astăzi o nouă rundă Express Entry: 3.000 de invitații au fost trimise candidaților, iar scorul CRS minim a fost 516. Runda a fost pentru Clasa Experienței Canadiene și este importantă.';
const CRIMEAN_TATAR = 'Bugün IRCC Express Entry sisteminde yañı davet turunı keçirdi: CEC namzetlerine 3 000 davetname yiberdi. Eñ az CRS balı 516 oldı.';
const GAGAUZ = 'Bügün IRCC Express Entry sistemasında yeni raund geçirdi: CEC kandidatlarına 3 000 davet yolladı. En az CRS balı 516. Kandidatlar sevinêrlär.';

describe('Crimean Tatar', () => {
  it('a news item: "bugün", "432-nci davet turunı", "Davetname sayısı", the cut-off and the tie-break', () => {
    const page = [
      'Yañı Dünya | Kanada haberleri',
      'IRCC: CEC namzetlerine 3 000 davetname',
      '5 avgust 2026',
      'Bugün, Çarşenbe kün, Kanada hükümeti Express Entry sisteminde 432-nci davet turunı keçirdi. Tur tek Canadian Experience Class içün edi.',
      'Davetname sayısı: 3 000',
      'Eñ az CRS balı: 516',
      'Teñ ballar qaidesi: 3 iyül 2026, saat 21:35:13 UTC',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03']]);
  });

  it('"dün" with a weekday, and a short channel post', () => {
    const news = 'Dün, Salı, 18 avgustta IRCC Canadian Experience Class namzetlerine 1 000 davetname yiberdi. Eñ az bal 523 oldı. Bu #436 turnı edi.';
    expect(facts(news, '2026-08-19')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, null]]);
    const post = '⚡ Express Entry: bugün PNP turu — 507 davet, minimum 768 bal. Kanal @qirim_kanada';
    expect(facts(post, '2026-08-04')).toEqual([['2026-08-04', null, 'pnp', 507, 768, null]]);
  });

  it('a weekly round-up with two rounds: "Bu afta eki tur", weekdays', () => {
    const page = [
      'Afta icmalı: Express Entry (20–24 iyül 2026)',
      'Bu afta IRCC eki tur keçirdi.',
      'Bazar ertesi, 20 iyülde, Provintsial Namzet Programması namzetlerine 511 davetname yiberdi, eñ az bal 744 oldı.',
      'Salı, 21 iyülde, Canadian Experience Class turu keçirildi: 2 000 davetname, eñ az CRS balı 516.',
    ].join('\n');
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it("a guide, a forecast, a year's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Rehber: Express Entry profili nasıl yaratıla? Meselâ, 5 avgust 2026 senesi CEC turunda 3 000 davetname berilgen edi, eñ az bal 516. Til imtianına yahşı azırlanıñız.';
    const forecast = 'Kelecek afta IRCC daa bir CEC turu keçirir dep beklene. Tahminler boyunca taqriben 3 000 davetname olur, eñ az bal 515 etrafında olur. Bu resmiy haber degil.';
    const recap = [
      'Yıl icmalı 2025: Express Entry',
      '- 16 dekabr 2025, CEC turu: 5 000 davetname, eñ az bal 515',
      '- 25 noyabr 2025, PNP turu: 777 davetname, eñ az bal 699',
      'Kelecek yılda da yañı turlar olur.',
    ].join('\n');
    const province = 'Ontario vilayeti öz davet turunı keçirdi: 1 200 namzetke davetname yiberdi, eñ az bal 470. Bu federal Express Entry turu degil, vilayetniñ öz turu edi.';
    const australia = 'Avstraliya bugün SkillSelect turunı keçirdi: 5 000 namzetke davetname yiberdi, eñ az bal 65. Bu Kanadanıñ turu degil.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isCrimeanTatar(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(guide)).toContain('Guide');
  });

  it('a hedged count is no count: "taqriben" (about), "-den ziyade" (more than), "-ge qadar" (up to)', () => {
    const page = (hedge: string) => `Bugün IRCC CEC turunı keçirdi, namzetlerge ${hedge} davetname yiberdi. Eñ az CRS balı 516 oldı.`;
    expect(glossForeign(page('taqriben 3 000'))).toContain('about 3,000');
    expect(glossForeign(page('3 000-den ziyade'))).toContain('more than 3,000');
    expect(glossForeign(page('3 000-ge qadar'))).toContain('up to 3,000');
    for (const hedge of ['taqriben 3 000', '3 000-den ziyade', '3 000-ge qadar']) expect(facts(page(hedge), '2026-08-05')[0]?.[3]).toBeNull();
  });

  it('an English page quoting a few Crimean Tatar words, and a page of each neighbour, is not taken for Crimean Tatar', () => {
    const english = 'IRCC invited 3,000 candidates today. In Crimean Tatar, "davetname" means invitation, "eñ az bal" the minimum score.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, GAGAUZ, TURKISH, AZERBAIJANI, TURKMEN, UZBEK, ROMANIAN]) expect(isCrimeanTatar(page), page).toBe(false);
    expect(isCrimeanTatar(CRIMEAN_TATAR)).toBe(true);
    expect(glossForeign(CRIMEAN_TATAR)).toContain('3,000 invitations');
  });
});

describe('Gagauz', () => {
  it('a news item: "bügün", "429-cu raundu", "Davet sayısı", the cut-off and the tie-break', () => {
    const page = [
      'Gagauz Sesi | Kanada',
      'Kanada franţuz dilini bilennärä 5 000 davet yolladı',
      '22 iyul 2026',
      'Bügün IRCC Express Entry sistemasında 429-cu raundu geçirdi. Raund franţuz dilini bilennär için.',
      'Davet sayısı: 5 000',
      'En az CRS balı: 399',
      'Tie-breaking kuralı: 19 noyabri 2025 21:21:56 UTC',
    ].join('\n');
    expect(facts(page, '2026-07-22')).toEqual([['2026-07-22', '429', 'french', 5000, 399, '2025-11-19']]);
  });

  it('"dün" with a weekday, and a short channel post', () => {
    const news = 'Dün, 17 avgust, bazertesi, IRCC Provinţiya Nominant Programası kandidatlarına 442 davet yolladı (raund № 435). En az bal — 760. Kandidatlar sevinêrlär.';
    expect(facts(news, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, null]]);
    const post = '🔔 Express Entry: bügün CEC raundu — 1000 davet, CRS 523. Gagauzlar için haber!';
    expect(facts(post, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('a weekly round-up with two rounds: "Bu aftada iki raund", weekdays, a tie-break', () => {
    const page = [
      'Haberlär: Express Entry bu aftada',
      'Bu aftada IRCC iki raund geçirdi:',
      '• 4 avgust, salı — Provinţiya Nominant Programası: 507 davet, minimum 768 bal (raund № 431).',
      '• 5 avgust, çarşamba — Canadian Experience Class: 3 000 davet, minimum 516 bal (raund № 432), tie-break 3 iyul 2026 21:35:13 UTC.',
      'Etiketlär: Kanada, CRS',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([
      ['2026-08-04', '431', 'pnp', 507, 768, null],
      ['2026-08-05', '432', 'cec', 3000, 516, '2026-07-03'],
    ]);
  });

  it("a guide, a forecast, a month's recap, a province's draw and another country's draw announce nothing", () => {
    const guide = 'Kılavuz: nicä Express Entry profilini açmaa? Meselä, 5 avgust 2026 CEC raundunda 3 000 kandidat davet aldı, en az bal 516 lääzımdı. Dil sınavına ii hazırlanın.';
    const forecast = 'Ekspertlär sanêrlar, gelecek aftada IRCC taa bir CEC raundu geçirecek, aşaa-yukarı 3 000 davet, en az bal 515 olabilir. Bu ofiţial haber diil.';
    const recap = ['Iyul ayın Express Entry topluması (2026)', '- 20 iyul: PNP, 511 davet, 744 bal', '- 21 iyul: CEC, 2 000 davet, 516 bal', 'Bu aylık topluma — yeni raund haberi diil.'].join('\n');
    const province = 'Ontario provinţiyası kendi raundunu geçirdi: 1 200 kandidata bildirim yolladı, minimal bal 470. Bu federal IRCC raundu diil, provinţiyanın kendi çekilişi.';
    const australia = 'Avstraliya bügün SkillSelect raundu geçirdi: 5 000 kandidata davet yolladı, en az bal 65. Bu Kanadanın raundu diil, Avstraliyanın kendi çekilişi.';
    for (const page of [guide, forecast, recap, province, australia]) expect(isGagauz(page), page).toBe(true);
    expectNothingAnnounced([guide, forecast, recap, province, australia].map((page) => [page, '2026-08-08'] as const));
    expect(glossForeign(recap)).toContain('Monthly recap');
  });

  it('a hedged count is no count: "aşaa-yukarı" (about), "taa çok" (more than), "-ä kadar" (up to)', () => {
    const page = (hedge: string) => `Bügün IRCC Express Entry sistemasında CEC raundunu geçirdi, kandidatlara ${hedge} davet yolladı. En az CRS balı 516. Kandidatlar sevinêrlär.`;
    expect(glossForeign(page('aşaa-yukarı 3 000'))).toContain('about 3,000');
    expect(glossForeign(page('taa çok 3 000'))).toContain('more than 3,000');
    expect(glossForeign(page('3 000-ä kadar'))).toContain('up to 3,000');
    for (const hedge of ['aşaa-yukarı 3 000', 'taa çok 3 000', '3 000-ä kadar']) expect(facts(page(hedge), '2026-08-05')[0]?.[3]).toBeNull();
  });

  it('an English page quoting a few Gagauz words, and a page of each neighbour, is not taken for Gagauz', () => {
    const english = 'IRCC invited 3,000 candidates today. In Gagauz, "bügün" means today and "raund" a draw; "diil" is not.';
    expect(glossForeign(english)).toBe(english);
    for (const page of [english, CRIMEAN_TATAR, TURKISH, AZERBAIJANI, TURKMEN, UZBEK, ROMANIAN]) expect(isGagauz(page), page).toBe(false);
    expect(isGagauz(GAGAUZ)).toBe(true);
    expect(glossForeign(GAGAUZ)).toContain('3,000 invitations');
  });

  it('each glossary reads its own page, not the other', () => {
    expect(facts(CRIMEAN_TATAR, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
    expect(facts(GAGAUZ, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', 3000, 516, null]]);
  });
});
