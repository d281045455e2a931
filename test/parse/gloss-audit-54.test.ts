import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Telugu, Kannada, Greek and Hebrew glossaries (docs/parser.md "Telugu, Kannada and Marathi", "Sinhala, Greek
 * and Hebrew"): words that turned into a wrong value ("మేరకు", as per, and "ಮೇಲೆ", above, read as May; a year's running total
 * read as a round's count; "προχθές", the day before yesterday, read as yesterday) or into a round the page does not announce (a
 * province's own draw, an anniversary, an analysis under a question). A wrong value is worse than none: where the page gives no
 * sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Telugu (gloss-telugu.ts)', () => {
  it('"ప్రకటన మేరకు 23న" (as per the announcement, on the 23rd) is no May 23: "మే" is May only alone or with its case ending', () => {
    const page = ['కెనడా Express Entry: CEC డ్రా', 'IRCC ప్రకటన మేరకు 23న జరిగిన Canadian Experience Class డ్రాలో 1,500 మంది అభ్యర్థులకు ఆహ్వానాలు పంపారు. కనీస CRS స్కోరు 529.'].join('\n');
    expect(facts(page, '2025-06-24')).toEqual([[null, null, 'cec', 1500, 529, null]]);
  });

  it('"ఈ ఏడాది ఇప్పటివరకు 25,000 మందికి" (so far this year) and "2025లో మొత్తం" (in 2025 in all) are totals, no round\u2019s count', () => {
    const soFar = ['కెనడా Express Entry: CEC డ్రా', 'ఏప్రిల్ 23న జరిగిన CEC డ్రాలో కనీస CRS స్కోరు 529. ఈ ఏడాది ఇప్పటివరకు 25,000 మందికి ఆహ్వానాలు అందాయి.'].join('\n');
    expect(facts(soFar, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', null, 529, null]]);
    const inAll = ['కెనడా Express Entry: CEC డ్రా', 'ఏప్రిల్ 23న జరిగిన CEC డ్రాలో కనీస CRS స్కోరు 529. 2025లో మొత్తం 25,000 మంది అభ్యర్థులకు ఆహ్వానాలు పంపారు.'].join('\n');
    expect(facts(inAll, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', null, 529, null]]);
  });

  it('a province\u2019s own draw ("ఒంటారియో ప్రభుత్వం … ప్రొవిన్షియల్ నామినీ ప్రోగ్రామ్ కింద డ్రా") announces no Express Entry round', () => {
    const page = ['ఒంటారియో PNP: 1,200 మందికి ఆహ్వానాలు', 'ఒంటారియో ప్రభుత్వం ఏప్రిల్ 23న ప్రొవిన్షియల్ నామినీ ప్రోగ్రామ్ కింద డ్రా నిర్వహించింది. ఇందులో 1,200 మంది అభ్యర్థులకు ఆహ్వానాలు పంపారు. కనీస స్కోరు 65.'].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([]);
    const stream = ['ఒంటారియో డ్రా', 'ఒంటారియో ఇమ్మిగ్రెంట్ నామినీ ప్రోగ్రామ్ ఏప్రిల్ 23న Express Entry హ్యూమన్ క్యాపిటల్ స్ట్రీమ్ కింద డ్రా నిర్వహించింది. 1,200 మందికి ఆహ్వానాలు పంపారు.'].join('\n');
    expect(facts(stream, '2025-04-24')).toEqual([]);
  });
});

describe('Kannada (gloss-kannada.ts)', () => {
  it('"ಮೇಲೆ" (on, above) is no May: "ವೆಬ್‌ಸೈಟ್ ಮೇಲೆ 23ರಂದು" is the 23rd of this month', () => {
    const page = ['ಕೆನಡಾ ಎಕ್ಸ್‌ಪ್ರೆಸ್ ಎಂಟ್ರಿ: CEC ಡ್ರಾ', 'IRCC ವೆಬ್‌ಸೈಟ್ ಮೇಲೆ 23ರಂದು ಪ್ರಕಟವಾದ ಮಾಹಿತಿಯಂತೆ, Canadian Experience Class ಡ್ರಾದಲ್ಲಿ 1,500 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ ಆಹ್ವಾನ ನೀಡಲಾಗಿದೆ. ಕನಿಷ್ಠ CRS ಅಂಕ 529.'].join('\n');
    expect(facts(page, '2025-06-24')).toEqual([['2025-06-23', null, 'cec', 1500, 529, null]]);
  });

  it('"ಈ ವರ್ಷ ಇದುವರೆಗೆ" (so far this year) and "2025ರಲ್ಲಿ ಒಟ್ಟು" (in 2025 in all) are totals, no round\u2019s count', () => {
    const soFar = ['ಕೆನಡಾ ಎಕ್ಸ್‌ಪ್ರೆಸ್ ಎಂಟ್ರಿ: CEC ಡ್ರಾ', 'ಏಪ್ರಿಲ್ 23ರಂದು ನಡೆದ CEC ಡ್ರಾದಲ್ಲಿ ಕನಿಷ್ಠ CRS ಅಂಕ 529. ಈ ವರ್ಷ ಇದುವರೆಗೆ 25,000 ಮಂದಿಗೆ ಆಹ್ವಾನ ನೀಡಲಾಗಿದೆ.'].join('\n');
    expect(facts(soFar, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', null, 529, null]]);
    const inAll = ['ಕೆನಡಾ ಎಕ್ಸ್‌ಪ್ರೆಸ್ ಎಂಟ್ರಿ: CEC ಡ್ರಾ', 'ಏಪ್ರಿಲ್ 23ರಂದು ನಡೆದ CEC ಡ್ರಾದಲ್ಲಿ ಕನಿಷ್ಠ CRS ಅಂಕ 529. 2025ರಲ್ಲಿ ಒಟ್ಟು 25,000 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ ಆಹ್ವಾನ ನೀಡಲಾಗಿದೆ.'].join('\n');
    expect(facts(inAll, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', null, 529, null]]);
  });

  it('a province\u2019s own draw (Ontario, British Columbia) announces no Express Entry round', () => {
    const ontario = ['ಒಂಟಾರಿಯೊ PNP ಡ್ರಾ', 'ಒಂಟಾರಿಯೊ ಸರ್ಕಾರ ಏಪ್ರಿಲ್ 23ರಂದು ಪ್ರಾಂತೀಯ ನಾಮನಿರ್ದೇಶನ ಕಾರ್ಯಕ್ರಮದ ಅಡಿಯಲ್ಲಿ ಡ್ರಾ ನಡೆಸಿದ್ದು, 1,200 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ ಆಹ್ವಾನ ನೀಡಿದೆ.'].join('\n');
    expect(facts(ontario, '2025-04-24')).toEqual([]);
    const bc = ['ಬ್ರಿಟಿಷ್ ಕೊಲಂಬಿಯಾ PNP ಡ್ರಾ', 'ಬ್ರಿಟಿಷ್ ಕೊಲಂಬಿಯಾ ಪ್ರಾಂತ್ಯ ಏಪ್ರಿಲ್ 22ರಂದು ನಡೆಸಿದ ಡ್ರಾದಲ್ಲಿ 85 ಮಂದಿಗೆ ಆಹ್ವಾನ ನೀಡಿದೆ. ಕನಿಷ್ಠ ಅಂಕ 110.'].join('\n');
    expect(facts(bc, '2025-04-24')).toEqual([]);
  });

  it('"ಕನಿಷ್ಠ CRS ಅಂಕ 10 ಅಂಕಗಳಷ್ಟು ಇಳಿದು 519ಕ್ಕೆ" (fell by 10 points to 519): the cut-off is 519', () => {
    const page = ['ಕೆನಡಾ ಎಕ್ಸ್‌ಪ್ರೆಸ್ ಎಂಟ್ರಿ: CEC ಡ್ರಾ', 'ಏಪ್ರಿಲ್ 23ರಂದು ನಡೆದ CEC ಡ್ರಾದಲ್ಲಿ 1,500 ಅಭ್ಯರ್ಥಿಗಳಿಗೆ ಆಹ್ವಾನ ನೀಡಲಾಗಿದೆ. ಕನಿಷ್ಠ CRS ಅಂಕ 10 ಅಂಕಗಳಷ್ಟು ಇಳಿದು 519ಕ್ಕೆ ತಲುಪಿದೆ.'].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', 1500, 519, null]]);
  });
});

describe('Greek (gloss-greek.ts)', () => {
  it('"Προχθές" (the day before yesterday) is no yesterday', () => {
    const page = ['Νέα κλήρωση Express Entry', 'Προχθές εστάλησαν 825 προσκλήσεις σε υποψηφίους του Provincial Nominee Program με ελάχιστη βαθμολογία CRS 778.'].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([[null, null, 'pnp', 825, 778, null]]);
    const dated = ['Νέα κλήρωση Express Entry', 'Προχθές, Τρίτη 22 Απριλίου, εστάλησαν 825 προσκλήσεις σε υποψηφίους του Provincial Nominee Program με ελάχιστη βαθμολογία CRS 778.'].join('\n');
    expect(facts(dated, '2025-04-24')).toEqual([['2025-04-22', null, 'pnp', 825, 778, null]]);
  });

  it('an anniversary ("Επέτειος: πέντε χρόνια από …") and an analysis under a question ("Θα πέσει …;") announce no round', () => {
    const anniversary = [
      'Επέτειος: πέντε χρόνια από την κλήρωση-ρεκόρ',
      'Στις 23 Απριλίου 2020 το IRCC πραγματοποίησε κλήρωση με 3.900 προσκλήσεις και ελάχιστη βαθμολογία CRS 470. Σήμερα το σύστημα έχει αλλάξει πολύ.',
    ].join('\n');
    expect(facts(anniversary, '2025-04-24')).toEqual([]);
    const analysis = [
      'Θα πέσει το όριο του Express Entry κάτω από 490 πριν τα Χριστούγεννα;',
      'Ανάλυση | 28 Νοεμβρίου 2022',
      'Το όριο πέφτει σε κάθε γενική κλήρωση από τον Ιούλιο. Ο πιο πρόσφατος γύρος, στις 23 Νοεμβρίου, έστειλε 4.750 προσκλήσεις με ελάχιστη βαθμολογία 491, τρεις μονάδες κάτω από το 494 της 9ης Νοεμβρίου.',
    ].join('\n');
    expect(facts(analysis, '2022-11-28')).toEqual([]);
  });

  it('an earlier round as background: "Πριν από δύο εβδομάδες … είχαν σταλεί", "Μετά την κλήρωση CEC της 14ης Απριλίου"', () => {
    const ago = [
      'Express Entry: κλήρωση CEC',
      'Χθες, Πέμπτη 24 Απριλίου, εστάλησαν 1.500 προσκλήσεις σε υποψηφίους CEC με ελάχιστη βαθμολογία CRS 529. Πριν από δύο εβδομάδες, στις 10 Απριλίου, είχαν σταλεί 825 προσκλήσεις σε υποψηφίους PNP με ελάχιστο σκορ 778.',
    ].join('\n');
    expect(facts(ago, '2025-04-25')).toEqual([['2025-04-24', null, 'cec', 1500, 529, null]]);
    const after = [
      'Express Entry: νέα κλήρωση PNP',
      'Μετά την κλήρωση CEC της 14ης Απριλίου με 1.250 προσκλήσεις και ελάχιστο CRS 540, το IRCC πραγματοποίησε χθες, Τετάρτη 23 Απριλίου, κλήρωση PNP: 825 προσκλήσεις, ελάχιστη βαθμολογία CRS 778.',
    ].join('\n');
    expect(facts(after, '2025-04-24')).toEqual([['2025-04-23', null, 'pnp', 825, 778, null]]);
  });
});

describe('Hebrew (gloss-hebrew.ts)', () => {
  it('an anniversary ("יום השנה: חמש שנים להגרלת השיא") and an analysis under a question ("האם … ?") announce no round', () => {
    const anniversary = ['יום השנה: חמש שנים להגרלת השיא', 'ב-23 באפריל 2020 ערך משרד ההגירה הגרלה עם 3,900 הזמנות וציון CRS מינימלי של 470. היום המערכת השתנתה מאוד.'].join('\n');
    expect(facts(anniversary, '2025-04-24')).toEqual([]);
    const analysis = [
      'האם הסף של Express Entry ירד מתחת ל-490 לפני חג המולד?',
      'ניתוח | 28 בנובמבר 2022',
      'הסף יורד בכל הגרלה כללית מאז יולי. הסבב האחרון, ב-23 בנובמבר, שלח 4,750 הזמנות עם ציון מינימלי של 491, שלוש נקודות פחות מ-494 של 9 בנובמבר.',
    ].join('\n');
    expect(facts(analysis, '2022-11-28')).toEqual([]);
  });

  it('"יום אחרי הגרלת ה-PNP" (a day after the PNP draw) announces the CEC round, not the PNP one it follows', () => {
    const page = ['Express Entry: שתי הגרלות', 'יום אחרי הגרלת ה-PNP, ביום רביעי 23 באפריל, הוזמנו 1,500 מועמדים מסוג CEC עם ציון מינימלי של 529.'].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([['2025-04-23', null, 'cec', 1500, 529, null]]);
  });
});
