import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 57's audit of the Roman Urdu and Turkish glossaries (docs/parser.md "Roman Urdu and Turkish", "Audit (session 57)"):
 * pages written for the audit with real IRCC figures, each showing a problem fixed in gloss-roman-urdu.ts or gloss-turkish.ts.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Turkish audit (gloss-turkish.ts)', () => {
  it('"436 numaralı bu turda" is round 436', () => {
    const page = [
      'Express Entry: Kanada Deneyim Sınıfı adaylarına 1.000 davet',
      'Göç Haberleri | 18 Ağustos 2026',
      'IRCC, 18 Ağustos 2026 Salı günü Canadian Experience Class (CEC) adaylarına yönelik yeni bir Express Entry turu düzenledi. 436 numaralı bu turda 1.000 adaya davet gönderildi ve en düşük CRS puanı 523 oldu.',
      'Eşitlik bozma kuralı: 17 Ağustos 2026, saat 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
  });

  it('"435. Express Entry turunu" (an ordinal with its point) is round 435', () => {
    const page = [
      'Kanada dün PNP adaylarını davet etti',
      '18.08.2026 · Kanada Vize Blogu',
      'Kanada Göçmenlik Bakanlığı (IRCC) dün Provincial Nominee Program adayları için 435. Express Entry turunu gerçekleştirdi. Bu turda toplam 442 aday davet edildi. Davet alan en düşük puanlı profilin CRS puanı 760 oldu.',
      'Eşitlik bozma kuralı: 07.08.2026 18:01:56 UTC',
      'Eyalet adaylığı olan adaylar 600 ek puan alır.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-17', '435', 'pnp', 442, 760, '2026-08-07']]);
  });

  it('"önceki gün" is the day before yesterday, not a sentence of an earlier round', () => {
    const page = [
      'Fransızca bilenlere 5.000 davet',
      'Göç Gündemi | 8 Ağustos 2026',
      'IRCC önceki gün Fransızca dil yeterliliği kategorisinde bir tur yaptı. 433 numaralı turda 5.000 adaya davet gönderildi; en düşük CRS puanı 391 oldu.',
      'Eşitlik bozma kuralı: 18 Mart 2026, 23:32:40 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-08')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
  });

  it('a forecast: experts "bekliyor" (expect) about 3,000 invitations: nothing announced', () => {
    const page = [
      'Bir sonraki Express Entry turu ne zaman?',
      'Soru-Cevap | 10 Ağustos 2026',
      'Okurlarımız soruyor: bu hafta yeni bir tur olacak mı? Uzmanlar bu hafta CEC adaylarına yaklaşık 3.000 davet gönderilmesini ve en düşük puanın 515 civarında olmasını bekliyor.',
      'IRCC tur tarihlerini önceden açıklamıyor, bu yüzden kesin bir tarih vermek mümkün değil.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });

  it('"Yaklaşık 4.000" (about) is no count; "sağlık ve sosyal hizmet meslekleri" is healthcare', () => {
    const page = [
      'Sağlık çalışanlarına yaklaşık 4.000 davet',
      'Göç Haberleri | 26 Haziran 2026',
      'IRCC dün sağlık ve sosyal hizmet meslekleri kategorisinde 422 numaralı turu yaptı. Yaklaşık 4.000 adaya davet gönderildi; en düşük CRS puanı 475 oldu.',
      "Bu yıl sağlık kategorisinde şimdiye kadar 15.000'den fazla davet gönderildi.",
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-25', '422', 'healthcare', null, 475, null]]);
  });

  it('"2.000 adaya davet gönderdi" (sent invitations to 2,000 candidates), beside the previous round\'s 517', () => {
    const page = [
      'CEC turunda puan düştü',
      'Göç Haberleri | 21 Temmuz 2026',
      'IRCC bugün Canadian Experience Class adayları için 428 numaralı turu gerçekleştirdi ve 2.000 adaya davet gönderdi. En düşük CRS puanı 516 oldu; bu, önceki CEC turundaki 517 puandan 1 puan daha düşük.',
      'Eşitlik bozma kuralı: 26 Mayıs 2026 17:33:03 UTC.',
    ].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', '428', 'cec', 2000, 516, '2026-05-26']]);
  });

  it('"4 bin" is 4,000; "404. Express Entry çekilişinde"; "Kanada Deneyim Sınıfı" is CEC', () => {
    const page = [
      'Kanada, CEC adaylarına 4 bin davet gönderdi',
      'Göç Haberleri | 18 Mart 2026',
      'Kanada dün 404. Express Entry çekilişinde Kanada Deneyim Sınıfı (CEC) adaylarına 4 bin davet gönderdi. Davet için gereken asgari CRS puanı 507 oldu.',
      'Eşitlik bozma kuralı: 11 Mayıs 2025 18:57:31 UTC.',
    ].join('\n');
    expect(facts(page, '2026-03-18')).toEqual([['2026-03-17', '404', 'cec', 4000, 507, '2025-05-11']]);
  });
});

describe('Roman Urdu audit (gloss-roman-urdu.ts)', () => {
  it('a monthly recap: "kul chhe Express Entry draws kiye" (six draws in all): nothing announced', () => {
    const page = [
      'July 2026 ka mahana khulasa',
      'July mein IRCC ne kul chhe Express Entry draws kiye aur 14,015 candidates ko ITA mile.',
      'CEC draws mein minimum CRS 516 aur 517 ke darmiyan raha, jabke French draws mein 399 se 420 tak tha.',
      'PNP draws ka cut-off 708 aur 744 raha. Umeed hai ke August mein bhi yehi raftar rahegi, is liye apna profile update karte rahein aur hosla na haarein.',
    ].join('\n');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('"Kal IRCC ne … draw kiya" is yesterday; "taqreeban 4,000" (about) is no count', () => {
    const page = [
      'Healthcare walon ke liye draw',
      '26 June 2026',
      'Kal IRCC ne healthcare and social services occupations ka draw kiya (draw #422). Is mein taqreeban 4,000 logon ko invite kiya gaya aur minimum CRS 475 raha.',
      'Is saal healthcare category mein ab tak 15,000 se zyada ITAs mil chuke hain. Nurses aur doctors bhai apna profile check karein aur documents tayyar rakhein.',
    ].join('\n');
    expect(facts(page, '2026-06-26')).toEqual([['2026-06-25', '422', 'healthcare', null, 475, null]]);
  });

  it('a video transcript: "pichhle hafte" (last week, written with "hh") takes its round, and the tie-break stays with today\'s', () => {
    const page = [
      'Express Entry Latest Draw | CEC 3000 ITA | PNP 507 | 5 August 2026',
      'Canada Updates Urdu',
      '',
      '00:00 assalam o alaikum dosto, aaj ki video mein baat karenge do Express Entry draws ki',
      '00:10 pehla draw kal hua tha, 4 August ko, PNP ka draw',
      '00:16 507 invitations aur cut-off tha 768',
      '00:22 aur aaj, 5 August ko, CEC ka draw aaya hai',
      '00:27 3,000 invitations dosto, teen hazaar',
      '00:31 aur minimum CRS score hai 516',
      '00:36 pichhle hafte jo CEC draw aaya tha 21 July ko uska cut-off 517 tha, toh 1 point neeche aaya hai',
      '00:45 tie-breaking rule hai July 3, 2026, 21:35:13 UTC',
      '00:52 matlab agar aapka score exactly 516 hai toh profile is time se pehle submit honi chahiye',
      '01:07 comment mein apna CRS zaroor likhiye',
    ].join('\n');
    expect(facts(page, '2026-08-05')).toEqual([
      ['2026-08-05', null, 'cec', 3000, 516, '2026-07-03'],
      [null, null, 'pnp', 507, 768, null],
    ]);
  });

  it('"Kal … draw hoga" is tomorrow: a forecast announces nothing', () => {
    const page = [
      'Kal draw hoga?',
      '10 August 2026',
      'Dosto umeed hai ke kal CEC ka draw hoga aur 3,000 logon ko invite kiya jayega, cut-off 515 ke aas paas hogi.',
      'Ye sirf andaza hai, IRCC pehle se koi date nahi batata. Apna profile tayyar rakhein aur hosla na haarein, jo bhi khabar aayegi hum yahan share karenge.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });
});
