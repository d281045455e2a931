import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Roman Urdu and Turkish draw news (docs/parser.md "Roman Urdu and Turkish"): the glossaries of gloss-roman-urdu.ts and
 * gloss-turkish.ts rewrite them into the English the reader knows; an English page quoting a few words of either stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Turkish (gloss-turkish.ts)', () => {
  it('a news page: "bugün (12 Mart 2025)", "341 numaralı davet turu", "4.500 adaya davet gönderildi", "en düşük CRS puanı"; last week\'s round is context', () => {
    const page = [
      'Kanada Express Entry: Kanada deneyimi olan adaylara 4.500 davet',
      'Göç Haberleri | 12 Mart 2025',
      'IRCC bugün (12 Mart 2025) Canadian Experience Class adayları için 341 numaralı davet turunu gerçekleştirdi. Toplam 4.500 adaya davet gönderildi; en düşük CRS puanı 482 oldu.',
      'Eşitlik bozma kuralı: 3 Şubat 2025, 11:02:41 UTC.',
      'Geçen hafta yapılan turda ise 1.800 davet 524 puanla gönderilmişti.',
    ].join('\n');
    expect(facts(page, '2025-03-12')).toEqual([['2025-03-12', '341', 'cec', 4500, 482, '2025-02-03']]);
  });

  it('a forum post: "dün (5 Kasım)", "sağlık meslekleri", "minimum 470 puan", a day with its weekday', () => {
    const page = [
      'Kanada Göç Forumu » Express Entry',
      'yazan: deniz_van » 6 Kas 2024, 10:15',
      'Arkadaşlar dün (5 Kasım Salı günü) sağlık meslekleri için yeni bir tur yapıldı. 2.000 davet, minimum 470 puan. Eşitlik kuralı 1 Ekim 2024 08:12:40 UTC.',
      'Hemşire arkadaşlar profilinizi kontrol edin!',
    ].join('\n');
    expect(facts(page, '2024-11-06')).toEqual([['2024-11-05', null, 'healthcare', 2000, 470, '2024-10-01']]);
  });

  it('a week of two rounds: "tur no. 402", "Fransızca dil yeterliliği"', () => {
    const page = [
      'Bu hafta iki Express Entry turu: CEC ve Fransızca',
      '20 Mayıs 2026 · Kanada Vize Blogu',
      '18 Mayıs 2026 – Canadian Experience Class: 2.500 davet, asgari CRS 521 (tur no. 401)',
      '19 Mayıs 2026 – Fransızca dil yeterliliği: 5.000 davet, asgari CRS 412 (tur no. 402)',
      'Fransızca bilen adaylar için iyi bir hafta oldu.',
    ].join('\n');
    expect(facts(page, '2026-05-20')).toEqual([
      ['2026-05-18', '401', 'cec', 2500, 521, null],
      ['2026-05-19', '402', 'french', 5000, 412, null],
    ]);
  });

  it("a province's draw, another country's, a forecast and a guide announce nothing", () => {
    const province = [
      "Alberta'dan yeni çekiliş: 350 davet",
      'Kanada Göç Haberleri | 19 Temmuz 2024',
      'Alberta Eyalet Aday Programı (AAIP) 18 Temmuz günü 350 Express Entry adayını davet etti. Asgari CRS puanı 301 olarak belirlendi.',
      'Eyalet adaylığı alanlar profillerine 600 puan ekleyebilir.',
    ].join('\n');
    expect(glossForeign(province)).toContain('Provincial Nominee Program');
    expect(facts(province, '2024-07-19')).toEqual([]);
    const country = [
      'Avustralya yeni davet turunu yaptı: 8.000 davet',
      'Göç Haberleri | 14 Mart 2025',
      "Avustralya dün 189 vizesi için 8.000 adaya davet gönderdi; en düşük puan 65 oldu. Kanada'da bu hafta Express Entry turu yapılmadı.",
    ].join('\n');
    expect(glossForeign(country)).toContain('Australia');
    expect(facts(country, '2025-03-14')).toEqual([]);
    const forecast = [
      'Express Entry tahmini: bir sonraki tur ne zaman?',
      'Kanada Göç Rehberi · 2 Haziran 2025',
      'Uzmanlar bir sonraki turda yaklaşık 3.000 davet ve 520 civarında bir puan bekliyor. Tahminler kesin değildir.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('the next draw');
    expect(facts(forecast, '2025-06-02')).toEqual([]);
  });
});

describe('Roman Urdu (gloss-roman-urdu.ts)', () => {
  it('a video description: "is hafte ke do draws" (this week\'s two draws), both rounds announced', () => {
    const page = [
      'Express Entry Update | CEC + Healthcare | Urdu/Hindi',
      '8.4K views • 12 Jun 2025',
      'Aaj ki video mein hum baat karenge is hafte ke do draws ki:',
      'Pehla draw Tuesday 10 June 2025 – Healthcare draw, 500 invitations, cut-off 504.',
      'Doosra draw Wednesday 11 June – CEC, 3,000 candidates ko ITA mila, minimum score 529.',
      'Healthcare walon ke liye yeh bohat achi khabar hai, aur CEC ka score bhi thora neeche aaya hai.',
      'Channel ko subscribe karein aur bell icon dabayein.',
    ].join('\n');
    expect(glossForeign(page)).toContain('this week ke two draws');
    expect(facts(page, '2025-06-12')).toEqual([
      ['2025-06-10', null, 'healthcare', 500, 504, null],
      ['2025-06-11', null, 'cec', 3000, 529, null],
    ]);
  });

  it('a forum post: "Ye 245va draw tha" (this was the 245th draw)', () => {
    const page = [
      'Express Entry draw 16 March 2023 – 7000 ITA, CRS 490',
      'Pak-Canada Forum › Express Entry',
      'Posted by kamran_lhr on 16 Mar 2023, 22:10',
      'Bhaiyo aaj wala draw dekha? 7,000 logon ko invite kiya, cut-off 490 raha. Ye 245va draw tha. Mera score 485 hai, sirf 5 points se reh gaya yaar.',
      'Re: Fikar na karo bhai, agle draw mein score aur neeche aa jayega.',
    ].join('\n');
    expect(glossForeign(page)).toContain('This was the 245th draw');
    expect(facts(page, '2023-03-16')).toEqual([['2023-03-16', '245', 'general', 7000, 490, null]]);
  });

  it('"koi draw nahi hua" (no draw was held) and a forecast ("Umeed hai") announce nothing', () => {
    const page = [
      'Is hafte koi Express Entry draw nahi hua',
      '14 April 2025 · WhatsApp channel',
      'Dosto, 7 se 13 April tak IRCC ne koi bhi round nahi kiya. Aakhri draw 2 April ko hua tha jis mein 725 ITAs gaye the aur CRS 749 tha.',
      'Umeed hai agle hafte CEC draw hoga, shayad 3,000 ITAs aur CRS 520 ke aas paas. Sabr rakhein aur apne documents tayyar rakhein.',
    ].join('\n');
    expect(glossForeign(page)).toContain('no Express Entry draw was held');
    expect(facts(page, '2025-04-14')).toEqual([]);
  });
});

describe('an English page quoting Roman Urdu or Turkish is never glossed', () => {
  it('a report quoting a Roman Urdu comment and a Turkish headline stays as it is', () => {
    const page = [
      'Canada invites 3,000 CEC candidates',
      'By Ayesha Khan | June 12, 2025',
      'IRCC held a Canadian Experience Class draw on June 11, inviting 3,000 candidates with a minimum CRS score of 529.',
      'In our Lahore group one reader wrote "Mera score 525 hai, sirf 4 points se reh gaya yaar, agle draw mein pakka aayega" and another "Mubarak ho sab ko!".',
      'A Turkish site titled its story "Kanada 3.000 adaya davet gönderdi".',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', null, 'cec', 3000, 529, null]]);
  });
});
