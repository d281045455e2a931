import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isSwahili } from '../../src/parse/text/gloss-swahili.ts';
import { isSomali } from '../../src/parse/text/gloss-somali.ts';
import { isCreole } from '../../src/parse/text/gloss-creole.ts';

/**
 * Swahili, Somali and Haitian Creole draw news (src/parse/text/gloss-swahili.ts, gloss-somali.ts, gloss-creole.ts; docs/parser.md
 * "Swahili, Somali and Haitian Creole"): glossed into the English the reader knows. An English page that quotes a few words of
 * these languages, or names their speakers, stays as written.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Swahili (gloss-swahili.ts)', () => {
  it('a news page: a byline, "siku ya Alhamisi, 12 Juni 2025", "Droo #351", "mialiko 3,000", "alama ya chini ya CRS", the tie-break; the earlier round is context', () => {
    const page = [
      'Habari za Diaspora — Uhamiaji',
      'Kanada Yatoa Mialiko 3,000 kwa Wagombea wa CEC',
      'Imeandikwa na Baraka Otieno | Ijumaa, 13 Juni 2025',
      'Idara ya Uhamiaji ya Kanada (IRCC) ilifanya Droo #351 ya Express Entry siku ya Alhamisi, 12 Juni 2025, kwa wagombea wa Canadian Experience Class (CEC).',
      'Mialiko iliyotolewa: 3,000',
      'Alama ya chini ya CRS: 529',
      'Kanuni ya kuamua sare: 2 Juni 2025 saa 14:05:11 UTC',
      'Droo iliyopita ya CEC, tarehe 28 Mei, ilitoa mialiko 2,500 kwa alama ya chini ya 533.',
    ].join('\n');
    expect(facts(page, '2025-06-13')).toEqual([['2025-06-12', '351', 'cec', 3000, 529, '2025-06-02']]);
  });

  it('a group post: "Jana Jumanne (…)" (yesterday, Tuesday), "Mialiko:" and "Alama ya chini (CRS):" as labels', () => {
    const page = [
      '*HABARI ZA EXPRESS ENTRY* 🇨🇦',
      'Jana Jumanne (4 Machi 2025) Kanada ilifanya droo ya Kifaransa:',
      '👉 Mialiko: 4,500',
      '👉 Alama ya chini (CRS): 410',
      'Shirikisha kwa marafiki zako!',
    ].join('\n');
    expect(facts(page, '2025-03-05')).toEqual([['2025-03-04', null, 'french', 4500, 410, null]]);
  });
});

describe('Somali (gloss-somali.ts)', () => {
  it('a news page: "Qore:" (by), "Khamiistii, 6 Maarso 2025" (on Thursday), "wareegga 339aad", "qof", "Dhibcaha CRS ee ugu yar", "Xeerka isku-dhafka"', () => {
    const page = [
      'Wararka Socdaalka Kanada',
      'Express Entry: Wareegga 339aad — 4,500 Casuumaad',
      'Qore: Maryan Cali | Jimco, 7 Maarso 2025',
      'Wasaaradda Socdaalka Kanada (IRCC) ayaa Khamiistii, 6 Maarso 2025, qabatay wareegga 339aad ee nidaamka Express Entry. Wareeggan oo loogu talagalay Luqadda Faransiiska ayaa 4,500 qof loo diray casuumaad.',
      'Dhibcaha CRS ee ugu yar: 410',
      'Xeerka isku-dhafka: 2 Maarso 2025, 09:14:45 UTC',
      'Wareeggii hore ee 19-kii February ayaa 6,500 qof la casuumay, dhibcaha ugu yarna waxay ahaayeen 428.',
    ].join('\n');
    expect(facts(page, '2025-03-07')).toEqual([['2025-03-06', '339', 'french', 4500, 410, '2025-03-02']]);
  });

  it('a channel post: "Maanta (Talaado 15 Apr)" (today, Tuesday), "casuumaad" and "CRS ugu yar"', () => {
    const page = ['📢 *WARBIXIN EXPRESS ENTRY* 📢', 'Maanta (Talaado 15 Apr) – CEC: 3,000 casuumaad, CRS ugu yar 521', 'Cid walba u gudbi 🙏 | Kooxda Socdaalka Toronto'].join('\n');
    expect(facts(page, '2025-04-15')).toEqual([['2025-04-15', null, 'cec', 3000, 521, null]]);
  });
});

describe('Haitian Creole (gloss-creole.ts)', () => {
  it('a news page: "Pa …" (by), "Yè, madi 8 jiyè 2025" (yesterday, Tuesday), "tiraj #357", thousands with a space, "nòt CRS minimòm", "Règ pou depataje"; the earlier round is context', () => {
    const page = [
      'Nouvèl Kominote Ayisyen an',
      'Express Entry: 3 000 envitasyon pou kandida CEC, nòt minimòm 518',
      'Pa Nadège Saint-Fleur | 9 jiyè 2025',
      'Yè, madi 8 jiyè 2025, IRCC fè yon tiraj Express Entry pou kandida Canadian Experience Class (CEC). Nan tiraj #357 sa a, 3 000 kandida resevwa yon envitasyon.',
      '• Nòt CRS minimòm: 518',
      '• Règ pou depataje: 16 jen 2025 a 11:41:07 UTC',
      'Konpare ak dènye tiraj CEC 25 jen an (1 500 envitasyon, nòt 522), nòt la desann 4 pwen.',
    ].join('\n');
    expect(facts(page, '2025-07-09')).toEqual([['2025-07-08', '357', 'cec', 3000, 518, '2025-06-16']]);
  });

  it('a group post: "Jodi a" (today), "moun ki pale franse" (French speakers), "envitasyon" and "sèlman"', () => {
    const page = [
      '🇨🇦 *BON NOUVÈL POU TOUT MOUN* 🇨🇦',
      'Jodi a Kanada fè yon tiraj Express Entry pou moun ki pale franse: *4 000 envitasyon*, nòt CRS minimòm *419* sèlman!!',
      'Voye mesaj sa a bay tout zanmi ou 🙏',
    ].join('\n');
    expect(facts(page, '2025-04-15')).toEqual([['2025-04-15', null, 'french', 4000, 419, null]]);
  });
});

describe('an English page is never glossed', () => {
  it('Swahili, Somali and Haitian Creole names and a quoted phrase or two leave an English report as it is', () => {
    const page = [
      'Canada invites 3,000 CEC candidates',
      'By Amina Wanjiru and Cabdi Xuseen | June 13, 2025',
      'Immigration, Refugees and Citizenship Canada held a Canadian Experience Class draw on June 12, inviting 3,000 candidates with a minimum CRS score of 529.',
      'At a community event in Toronto, Jean-Robert Pierre-Louis greeted the crowd with "Bon nouvèl pou tout moun!" while the Habari za Uhamiaji radio host said "Hakuna matata" and a Somali elder replied "Mahadsanid, waa wararka wanaagsan."',
    ].join('\n');
    expect([isSwahili(page), isSomali(page), isCreole(page)]).toEqual([false, false, false]);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', 3000, 529, null]]);
  });
});
