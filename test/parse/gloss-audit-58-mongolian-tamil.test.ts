import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Audit (session 58) of the Mongolian and Sri Lankan Tamil glossaries (docs/parser.md "Mongolian, and Sri Lankan Tamil"):
 * pages written for the audit with IRCC's figures, each with the draws it announces; each failed before its fix.
 */

const facts = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);
const L = (...lines: string[]): string => lines.join('\n');

describe('Mongolian (gloss-mongolian.ts), audit 58', () => {
  it('a weekly round-up with none of the letters ө ү is still Mongolian ("Долоо хоногийн тойм" tells the week’s rounds)', () => {
    const page = L(
      'Долоо хоногийн тойм: Express Entry',
      '2026 оны 7-р сарын 24',
      'Энэ долоо хоногт IRCC хоёр удаа сугалаа явууллаа.',
      '7-р сарын 20 (Даваа) — PNP — 511 урилга — доод оноо 744',
      '7-р сарын 21 (Мягмар) — CEC — 2 000 урилга — доод оноо 516',
    );
    expect(facts(page, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
  });

  it('a short channel post with no ө ү and a bare month number ("11 сарын 25-нд")', () => {
    const page = L('🇨🇦 Шуурхай мэдээ!', '11 сарын 25-нд PNP сугалаа: 777 урилга, доод оноо 699 🔥');
    expect(facts(page, '2025-11-26')).toEqual([['2025-11-25', null, 'pnp', 777, 699, null]]);
  });

  it('"2025 оны 8 сарын 8-нд" and a tie-break "2025 оны 7 сарын 18" (months by their bare numbers)', () => {
    const page = L(
      'IRCC 2025 оны 8 сарын 8-нд 360 дахь удаагийн сугалаагаа явуулсан.',
      'Франц хэлний чадвартай 2 500 хүн урилга авсан. Хамгийн бага оноо 481.',
      'Тэнцсэн онооны дүрэм: 2025 оны 7 сарын 18, 05:16:06 UTC',
    );
    expect(facts(page, '2025-08-09')).toEqual([['2025-08-08', '360', 'french', 2500, 481, '2025-07-18']]);
  });

  it('"Уржигдар" (the day before yesterday) and the transport occupations ("тээврийн салбарын")', () => {
    const page = L('Тээврийн мэргэжлийн сугалаа', 'Уржигдар IRCC тээврийн салбарын мэргэжилтнүүдэд зориулсан ангиллын сугалаа явуулсан.', '300 нэр дэвшигч урилга авсан бөгөөд доод оноо 470 байв.');
    expect(facts(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
  });

  it('a hedged count ("500 гаруй хүнд", more than 500) gives no count', () => {
    const page = L('Өчигдөр PNP сугалаа боллоо', 'IRCC өчигдөр мужийн нэр дэвшигчдэд зориулсан сугалаа явуулж, 500 гаруй хүнд урилга илгээсэн.', 'Доод оноо 768 байлаа.');
    expect(facts(page, '2026-08-05')).toEqual([['2026-08-04', null, 'pnp', null, 768, null]]);
  });

  it('"доод оноо 517 болж, өмнөх сугалааны 520-оос буурсан" (down from 520) keeps this round’s cut-off', () => {
    const page = L('CEC сугалаа: доод оноо буурлаа', '2026 оны 7-р сарын 7-нд 424 дахь сугалаагаар CEC-ийн 2 000 хүн урилга авсан.', 'Доод оноо 517 болж, өмнөх сугалааны 520-оос буурсан.');
    expect(facts(page, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });
});

describe('Sri Lankan Tamil (gloss-tamil.ts), audit 58', () => {
  it('"நேற்று முன்தினம்" is the day before yesterday, not yesterday; "விண்ணப்பதாரிகளுக்கு", "போக்குவரத்துத் தொழில்கள்"', () => {
    const page = L('நேற்று முன்தினம் போக்குவரத்துத் தொழில்களுக்கான சுற்று நடைபெற்றது.', '300 விண்ணப்பதாரிகளுக்கு அழைப்பு விடுக்கப்பட்டது. குறைந்தபட்ச புள்ளி 470.');
    expect(facts(page, '2026-08-09')).toEqual([['2026-08-07', null, 'transport', 300, 470, null]]);
  });

  it('a weekly round-up ("வாராந்த மீள்பார்வை") tells the week’s rounds; a month’s recap does not', () => {
    const week = L(
      'வாராந்த மீள்பார்வை: எக்ஸ்பிரஸ் என்ட்ரி',
      '2026 ஜூலை 24',
      'இந்த வாரம் IRCC இரண்டு சுற்றுகளை நடத்தியது.',
      'ஜூலை 20 (திங்கள்) — PNP — 511 அழைப்புகள் — குறைந்தபட்ச புள்ளி 744',
      'ஜூலை 21 (செவ்வாய்) — CEC — 2,000 அழைப்புகள் — குறைந்தபட்ச புள்ளி 516',
    );
    expect(facts(week, '2026-07-24')).toEqual([
      ['2026-07-20', null, 'pnp', 511, 744, null],
      ['2026-07-21', null, 'cec', 2000, 516, null],
    ]);
    const month = L('ஜூலை 2026 எக்ஸ்பிரஸ் என்ட்ரி மாதாந்த மீளாய்வு', 'ஜூலை 7 – CEC – 2,000 அழைப்புகள் – குறைந்தபட்ச புள்ளி 517', 'ஜூலை 21 – CEC – 2,000 அழைப்புகள் – குறைந்தபட்ச புள்ளி 516');
    expect(facts(month, '2026-08-01')).toEqual([]);
  });

  it('a forecast ("அடுத்த சுற்று எப்போது?", "சுமார் 3,000 … விடுக்கப்படலாம்") announces nothing', () => {
    const page = L('அடுத்த சுற்று எப்போது?', 'அடுத்த வாரம் CEC சுற்று நடைபெறலாம் என எதிர்பார்க்கப்படுகிறது.', 'சுமார் 3,000 அழைப்புகள் விடுக்கப்படலாம்; குறைந்தபட்ச புள்ளி 515 ஆக இருக்கலாம்.');
    expect(facts(page, '2026-08-20')).toEqual([]);
  });

  it('"ஏறத்தாழ 4,000 பேருக்கு" (about 4,000) gives no count', () => {
    const page = L('ஜூன் 23 அன்று CEC சுற்றில் ஏறத்தாழ 4,000 பேருக்கு அழைப்பு விடுக்கப்பட்டது.', 'குறைந்தபட்ச புள்ளி 516.');
    expect(facts(page, '2026-06-24')).toEqual([['2026-06-23', null, 'cec', null, 516, null]]);
  });

  it('"இது முந்தைய சுற்றின் 520 இலிருந்து குறைவாகும்" (down from 520) keeps this round’s cut-off', () => {
    const page = L('2026 ஜூலை 07 அன்று சுற்று 424 இல் CEC பிரிவின் 2,000 விண்ணப்பதாரர்களுக்கு அழைப்பு விடுக்கப்பட்டது.', 'குறைந்தபட்ச புள்ளி 517 ஆகும், இது முந்தைய சுற்றின் 520 இலிருந்து குறைவாகும்.');
    expect(facts(page, '2026-07-08')).toEqual([['2026-07-07', '424', 'cec', 2000, 517, null]]);
  });

  it('Tamil digits ("நவம்பர் ௨௫", "௭௭௭ அழைப்புகள்") in a channel post', () => {
    const page = L('🇨🇦 அவசர செய்தி!', 'நவம்பர் ௨௫ PNP சுற்று: ௭௭௭ அழைப்புகள், குறைந்தபட்ச புள்ளி ௬௯௯ 🔥');
    expect(facts(page, '2025-11-26')).toEqual([['2025-11-25', null, 'pnp', 777, 699, null]]);
  });
});
