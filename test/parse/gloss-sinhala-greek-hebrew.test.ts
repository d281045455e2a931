import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Sinhala, Greek and Hebrew draw news (docs/parser.md "Sinhala, Greek and Hebrew"): the glossaries of gloss-sinhala.ts,
 * gloss-greek.ts and gloss-hebrew.ts rewrite them into the English the reader knows; an English page that quotes a word or a
 * name in these scripts stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Sinhala (gloss-sinhala.ts)', () => {
  it('a news page: a date year first, "වටය අංක 299", "3,000 දෙනෙකුට ආරාධනා ලැබුණු", "අවම CRS ලකුණු 522"; the round before ("මීට පෙර") is context', () => {
    const page = [
      'ශ්‍රී ලංකා-කැනඩා විගමන පුවත්',
      'Express Entry: CEC අයදුම්කරුවන් 3,000කට ආරාධනා',
      'කොළඹ සිට අපේ වාර්තාකරු | 2024 ජූනි 1',
      'කැනඩාවේ ආගමන දෙපාර්තමේන්තුව (IRCC) ඊයේ (මැයි 31) Canadian Experience Class (CEC) අපේක්ෂකයින් සඳහා පමණක් වූ දිනුම් ඇදීමක් පැවැත්වීය.',
      'වටය අංක 299 හිදී 3,000 දෙනෙකුට ආරාධනා ලැබුණු අතර අවම CRS ලකුණු 522 විය. Tie-breaking rule: 2024 මාර්තු 3, 11:35:02 UTC.',
      'මීට පෙර මැයි 30 වනදා පැවති PNP දිනුම් ඇදීමේදී ආරාධනා 2,985ක් ලකුණු 676ට නිකුත් විය.',
    ].join('\n');
    expect(facts(page, '2024-06-01')).toEqual([['2024-05-31', '299', 'cec', 3000, 522, '2024-03-03']]);
  });

  it('a group post with a card: "ආරාධනා (ITA): 1,391", "අවම CRS: 670", "අද" (today), a count glued to its suffix ("670යි")', () => {
    const page = ['🇨🇦 අද Express Entry PNP draw එක 🇨🇦', 'ආරාධනා (ITA): 1,391', 'අවම CRS: 670', 'ඔබේ ලකුණු 670ට වඩා වැඩි නම් IRCC account එක බලන්න 👍'].join('\n');
    expect(facts(page, '2024-07-16')).toEqual([['2024-07-16', null, 'pnp', 1391, 670, null]]);
  });
});

describe('Greek (gloss-greek.ts)', () => {
  it('a news page: "κλήρωση αρ. 301", "εστάλησαν 1.499 προσκλήσεις", "ελάχιστη βαθμολογία CRS 663", a day-first tie-break; the previous draw is context', () => {
    const page = [
      'Ομογενειακά Νέα Καναδά',
      'Express Entry: νέα κλήρωση για το Provincial Nominee Program',
      'Πέμπτη, 20 Ιουνίου 2024 | Σύνταξη',
      'Την Τετάρτη 19 Ιουνίου, στην κλήρωση αρ. 301 για το Provincial Nominee Program (PNP), εστάλησαν 1.499 προσκλήσεις με ελάχιστη βαθμολογία CRS 663.',
      'Κανόνας ισοβαθμίας: 23/05/2024 14:20:11 UTC.',
      'Στην προηγούμενη κλήρωση (31 Μαΐου) είχαν σταλεί 3.000 προσκλήσεις με 522 μόρια.',
    ].join('\n');
    expect(facts(page, '2024-06-20')).toEqual([['2024-06-19', '301', 'pnp', 1499, 663, '2024-05-23']]);
  });

  it('a radio bulletin: "χθες", "τον 293ο γύρο", "Προσκλήθηκαν 2.095 υποψήφιοι όλων των προγραμμάτων", "ελάχιστο σκορ 529 μόρια"', () => {
    const page = [
      'Ραδιόφωνο της Ομογένειας — Δελτίο ειδήσεων',
      'Χθες, Τρίτη 23 Απριλίου, ο Καναδάς πραγματοποίησε τον 293ο γύρο προσκλήσεων του Express Entry.',
      'Προσκλήθηκαν 2.095 υποψήφιοι όλων των προγραμμάτων, με ελάχιστο σκορ 529 μόρια.',
    ].join('\n');
    expect(facts(page, '2024-04-24')).toEqual([['2024-04-23', '293', 'general', 2095, 529, null]]);
  });
});

describe('Hebrew (gloss-hebrew.ts)', () => {
  it('a news page: "2 ביולי 2024", "הגרלה מס\' 302", "הוזמנו 920 מועמדים", "ציון מינימלי של 739", "כלל שוויון"; the draw before is context', () => {
    const page = [
      'קנדה בעברית — חדשות הגירה',
      'הגרלת PNP חדשה במערכת Express Entry: 920 הזמנות',
      'מערכת האתר | 3 ביולי 2024',
      "משרד ההגירה הקנדי (IRCC) ערך ביום שלישי, 2 ביולי 2024, את הגרלה מס' 302 עבור Provincial Nominee Program (PNP).",
      'בהגרלה הוזמנו 920 מועמדים עם ציון מינימלי של 739. כלל שוויון: 19 בפברואר 2024, 13:38:04 UTC.',
      'ההגרלה הקודמת, ב-19 ביוני, הזמינה 1,499 מועמדים עם ציון מינימלי של 663.',
    ].join('\n');
    expect(facts(page, '2024-07-03')).toEqual([['2024-07-02', '302', 'pnp', 920, 739, '2024-02-19']]);
  });

  it('a short channel post: "היום", "הגרלת CEC", "3,000 הזמנות", "סף 529 נקודות"', () => {
    const page = ['🇨🇦 עדכון Express Entry', 'הגרלת CEC היום: 3,000 הזמנות, סף 529 נקודות.'].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-12', null, 'cec', 3000, 529, null]]);
  });

  it('a hedged count is no count: "כ-4,000", "כ־4,000" (about), "בערך 4,000", "קרוב ל-4,000" (close to); an exact one is', () => {
    const post = (count: string) => `הגרלת CEC היום: ${count} הזמנות, ציון CRS מינימלי 507.`;
    for (const hedged of ['כ-4,000', 'כ\u05be4,000', 'בערך 4,000', 'קרוב ל-4,000']) expect(facts(post(hedged), '2025-03-20')).toEqual([['2025-03-20', null, 'cec', null, 507, null]]);
    expect(facts(post('4,000'), '2025-03-20')).toEqual([['2025-03-20', null, 'cec', 4000, 507, null]]);
  });
});

describe('an English page is never glossed', () => {
  it('Greek, Hebrew and Sinhala names and greetings in an English report leave it as it is (a short post in Hebrew is glossed)', () => {
    const page = [
      'Canada invites 3,000 CEC candidates',
      'By Νίκος Παπαδόπουλος and דנה לוי | May 31, 2024',
      'Immigration, Refugees and Citizenship Canada held a Canadian Experience Class draw on May 30, inviting 3,000 candidates with a minimum CRS score of 522.',
      'At the community evening in Toronto, guests said "Καλησπέρα", "שלום" and "ආයුබෝවන්" before the talk on Express Entry profiles.',
    ].join('\n');
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2024-05-31')).toEqual([['2024-05-30', null, 'cec', 3000, 522, null]]);
    expect(glossForeign('הגרלה #300 היום: 3,000 הזמנות, ציון מינימלי 522').trim()).toBe('draw #300 today: 3,000 invitations, minimum CRS score 522');
  });
});
