import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Mongolian and Sri Lankan Tamil draw news (docs/parser.md "Mongolian, and Sri Lankan Tamil"): the glossaries of
 * gloss-mongolian.ts and gloss-tamil.ts rewrite them into the English the reader knows; an English page that quotes a few
 * of their words stays as it is, and a guide, a forecast, a month's recap, another country's or a province's round announce
 * nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Mongolian (gloss-mongolian.ts)', () => {
  it('a news page: "өчигдөр буюу 3-р сарын 21-нд" (yesterday, on March 21), "352 дахь сугалаа", "2 500 нэр дэвшигч урилга авсан", "доод оноо 379"; the earlier round is context', () => {
    const page = [
      'Цагаач Мэдээ | Канад',
      'Express Entry: франц хэлтэй 2 500 хүнд урилга',
      '2025 оны 3-р сарын 22, 10:40',
      'IRCC өчигдөр буюу 3-р сарын 21-нд Express Entry-ийн 352 дахь сугалааг явууллаа. Франц хэлний чадвартай 2 500 нэр дэвшигч урилга авсан бөгөөд доод оноо 379 байлаа.',
      'Тэнцсэн онооны дүрэм: 2025.02.14 10:05:11 UTC',
      'Өмнөх сугалаагаар 3-р сарын 6-нд 4 500 хүн урилга авч, доод оноо 410 байсан.',
    ].join('\n');
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', '352', 'french', 2500, 379, '2025-02-14']]);
  });

  it('a channel post: "Өнөөдөр … CEC сугалаа боллоо" (a CEC round today), "3 000 урилга", "хамгийн бага оноо 518"', () => {
    const page = ['Канад руу хамтдаа 🇨🇦', 'Өнөөдөр Канадын туршлагын ангиллын (CEC) сугалаа боллоо: 3 000 урилга, хамгийн бага оноо 518. Профайлаа шалгаарай!'].join('\n');
    expect(facts(page, '2025-06-10')).toEqual([['2025-06-10', null, 'cec', 3000, 518, null]]);
  });

  it('a month’s recap ("Сарын тойм") announces none of its rounds', () => {
    const page = [
      'Сарын тойм: 2025 оны 5-р сарын Express Entry сугалаанууд',
      '2025 оны 6-р сарын 1 | Цагаачлалын блог',
      'Тавдугаар сард IRCC гурван удаа урилга илгээсэн:',
      '5-р сарын 12 — CEC — 500 урилга — доод оноо 547',
      '5-р сарын 13 — PNP — 511 урилга — доод оноо 706',
      '5-р сарын 28 — Эрүүл мэндийн мэргэжил — 2 500 урилга — доод оноо 504',
    ].join('\n');
    expect(glossForeign(page)).toContain('monthly recap');
    expect(facts(page, '2025-06-01')).toEqual([]);
  });

  it('a forecast, a guide and a province’s round announce nothing', () => {
    const forecast = 'Таамаг: дараагийн Express Entry сугалаа ирэх долоо хоногт болох бөгөөд доод оноо 520 орчим байх магадлалтай. Энэ нь CEC сугалаа байж магадгүй гэж шинжээчид үзэж байна.';
    const guide = 'Заавар: хэрхэн CRS оноогоо нэмэгдүүлэх вэ? Франц хэл сурч, Канадад ажилласнаар доод оноо 500 давах боломжтой. Энэ нь сугалаа бүрт чухал юм.';
    const province = 'Онтарио мужийн сугалаа: өчигдөр Онтарио 1 200 хүнд урилга илгээсэн, доод оноо 480 байлаа. Энэ нь Express Entry-ийн сугалаа биш юм.';
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(province)).toContain('Ontario provincial');
    for (const page of [forecast, guide, province]) expect(facts(page, '2025-04-02')).toEqual([]);
  });

  it('an English page quoting a few Mongolian words stays as it is; a Mongolian line in it is glossed', () => {
    const english = 'Mongolian-language groups call a round «сугалаа» and an invitation «урилга». Today IRCC invited 2,000 candidates; the minimum CRS score was 520.';
    expect(glossForeign(english)).toBe(english);
    const mongolian = 'Өнөөдөр Express Entry сугалаа боллоо: 2 000 урилга, доод оноо 520. Энэ нь CEC сугалаа юм.';
    expect(glossForeign(mongolian)).toContain('2,000 invitations, minimum CRS score 520');
  });
});

describe('Sri Lankan Tamil (gloss-tamil.ts)', () => {
  it('a Colombo paper: "14.05.2025", "சுற்று 349 இல்", "அழைப்பு விடுக்கப்பட்டது", "குறைந்தபட்ச புள்ளி 510", "சம புள்ளி விதி: 28/04/2025"', () => {
    const page = [
      'கொழும்பு தமிழ் செய்திகள் | 14.05.2025',
      'எக்ஸ்பிரஸ் என்ட்ரி சுற்று 349 இல் 500 பேருக்கு அழைப்பு',
      'கனடா குடிவரவு திணைக்களம் நேற்று நடத்திய எக்ஸ்பிரஸ் என்ட்ரி சுற்று 349 இல் சுகாதாரத் துறை சார்ந்த 500 பேருக்கு நிரந்தர வதிவிடத்துக்கு விண்ணப்பிக்க அழைப்பு விடுக்கப்பட்டது. குறைந்தபட்ச புள்ளி 510 ஆகும்.',
      'சம புள்ளி விதி: 28/04/2025 08:15:02 UTC',
      'இரண்டு வாரங்களுக்கு முன் இது 529 ஆக இருந்தது.',
    ].join('\n');
    expect(facts(page, '2025-05-14')).toEqual([['2025-05-13', '349', 'healthcare', 500, 510, '2025-04-28']]);
  });

  it('a day with its year, year first ("2024 டிசெம்பர் 12") and month first ("நவம்பர் 30, 2024"), and a list of rounds in brackets', () => {
    const page = [
      'எக்ஸ்பிரஸ் என்ட்ரி: இந்த வாரம் இரண்டு சுற்றுகள்',
      'யாழ் செய்திகள் · 2024 டிசெம்பர் 12',
      'IRCC இந்த வாரம் இரண்டு சுற்றுகளை நடத்தியது:',
      '- சுற்று #327 (டிசெம்பர் 10): மாகாண நியமனத் திட்டம் (PNP) — 1,000 அழைப்புகள், குறைந்தபட்ச CRS 705',
      '- சுற்று #328 (டிசெம்பர் 11): Canadian Experience Class — 800 அழைப்புகள், குறைந்தபட்ச CRS 527; tie-breaking: நவம்பர் 30, 2024 11:10:20 UTC',
    ].join('\n');
    expect(facts(page, '2024-12-12')).toEqual([
      ['2024-12-10', '327', 'pnp', 1000, 705, null],
      ['2024-12-11', '328', 'cec', 800, 527, '2024-11-30'],
    ]);
  });

  it('Australia’s round ("அவுஸ்திரேலியா … 6,000 அழைப்புகள்") and a year’s review ("மீள்பார்வை") announce nothing', () => {
    const australia = [
      'அவுஸ்திரேலியா SkillSelect: ஒக்டோபர் சுற்று',
      '16.10.2025 | புலம்பெயர் செய்திகள்',
      'அவுஸ்திரேலியா உள்துறை திணைக்களம் நேற்று Subclass 189 விசாவுக்கு 6,000 அழைப்புகளை வழங்கியது. குறைந்தபட்ச புள்ளி 70.',
    ].join('\n');
    const review = [
      '2023 ஆம் ஆண்டில் எக்ஸ்பிரஸ் என்ட்ரி: ஒரு மீள்பார்வை',
      '2024 ஜனவரி 03 | குடிவரவு ஆலோசகர் பகுதி',
      'முக்கிய சுற்றுகள்:',
      'ஜூன் 28 — Healthcare — 500 அழைப்புகள் — 476',
      'ஜூலை 7 — பிரெஞ்சு மொழி — 3,800 அழைப்புகள் — 375',
      'டிசம்பர் 8 — CEC — 5,900 அழைப்புகள் — 561',
    ].join('\n');
    expect(glossForeign(australia)).toContain('Australia');
    expect(glossForeign(review)).toContain('Recap');
    expect(facts(australia, '2025-10-16')).toEqual([]);
    expect(facts(review, '2024-01-03')).toEqual([]);
  });

  it('an English page quoting a Tamil word stays as it is', () => {
    const english = 'Sri Lankan Tamil papers write «அவுஸ்திரேலியா» for Australia and «சுற்று» for a round. Today IRCC invited 1,500 candidates with a minimum CRS score of 480.';
    expect(glossForeign(english)).toBe(english);
    expect(glossForeign('அவுஸ்திரேலியா உள்துறை திணைக்களம் 6,000 அழைப்புகளை வழங்கியது. குறைந்தபட்ச புள்ளி 70. இது கனடா சுற்று அல்ல.')).toContain('Australia');
  });
});
