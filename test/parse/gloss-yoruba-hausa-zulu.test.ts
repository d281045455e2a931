import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isYoruba } from '../../src/parse/text/gloss-yoruba.ts';
import { isHausa } from '../../src/parse/text/gloss-hausa.ts';
import { isZulu } from '../../src/parse/text/gloss-zulu.ts';

/**
 * Yoruba, Hausa and Zulu draw news (src/parse/text/gloss-yoruba.ts, gloss-hausa.ts, gloss-zulu.ts; docs/parser.md "Yoruba, Hausa
 * and Zulu"): glossed into the English the reader knows. An English page that names Yoruba, Hausa or Zulu speakers, or quotes a
 * greeting of theirs, stays as written.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Yoruba (gloss-yoruba.ts)', () => {
  it('a news page with tone marks: a byline, "Ọjọ́ Ẹtì, 21 Ẹrẹ̀nà 2025", "Ìyípo #341", "Ìpè:", "CRS tó kéré jù", "Òfin ìdọ́gba"; the earlier round is context', () => {
    const page = [
      'Ìròyìn Àwùjọ Yorùbá ní Toronto',
      'Express Entry: Kánádà pe ènìyàn 7,500 nínú ìyípo èdè Faransé',
      'Láti ọwọ́ Kẹ́hìndé Àjàyí | Àbámẹ́ta, 22 Ẹrẹ̀nà 2025',
      'Ní Ọjọ́ Ẹtì, 21 Ẹrẹ̀nà 2025, IRCC ṣe Ìyípo #341 fún àwọn tó mọ èdè Faransé (French language proficiency).',
      '• Ìpè: 7,500',
      '• CRS tó kéré jù: 379',
      '• Òfin ìdọ́gba (tie-breaking rule): 14 Ẹrẹ̀nà 2025, 12:02:41 UTC',
      'Ìyípo PNP tó ṣáájú (17 Ẹrẹ̀nà) pe ènìyàn 536, CRS 736.',
    ].join('\n');
    expect(isYoruba(page)).toBe(true);
    expect(facts(page, '2025-03-22')).toEqual([['2025-03-21', '341', 'french', 7500, 379, '2025-03-14']]);
  });

  it('a group post: "Òní, Ọjọ́rú 4/6/2025" (today, Wednesday), "ìpè 2,500", "CRS tó kéré jù"', () => {
    const page = ['🇨🇦 *ÌRÒYÌN AYỌ̀ FÚN WA!*', 'Òní, Ọjọ́rú 4/6/2025: ìyípo CEC tuntun — ìpè 2,500, CRS tó kéré jù 533.', 'Ẹ fi ránṣẹ́ sí gbogbo àwọn ọ̀rẹ́ yín 🙏'].join('\n');
    expect(facts(page, '2025-06-04')).toEqual([['2025-06-04', null, 'cec', 2500, 533, null]]);
  });
});

describe('Hausa (gloss-hausa.ts)', () => {
  it('a news page with hooked letters: "A ranar Alhamis, 6 ga Maris, 2025", "zagaye na 339", "gayyata 4,500", "Mafi ƙarancin maki", "Dokar raba kunnen doki"', () => {
    const page = [
      'Labaran Hijira — Sashen Hausa',
      'Kanada ta gayyaci mutum 4,500 a zagayen Faransanci',
      "Daga Sadiya Abdullahi | Juma'a, 7 ga Maris, 2025",
      'A ranar Alhamis, 6 ga Maris, 2025, Ma’aikatar Shige da Fice ta Kanada (IRCC) ta gudanar da zagaye na 339 na Express Entry don masu ƙwarewa a harshen Faransanci, inda ta aika da gayyata 4,500.',
      'Mafi ƙarancin maki ya kasance 410.',
      'Dokar raba kunnen doki (tie-breaking rule): March 2, 2025 da ƙarfe 09:14:45 UTC.',
      'Idan aka kwatanta da zagayen Faransanci na 19 ga Fabrairu (maki 428), maki ya ragu da 18.',
    ].join('\n');
    expect(isHausa(page)).toBe(true);
    expect(facts(page, '2025-03-07')).toEqual([['2025-03-06', '339', 'french', 4500, 410, '2025-03-02']]);
  });

  it('a group post without the hooked letters: "Yau Talata 15/4/2025" (today, Tuesday), "Gayyata:", "Mafi karancin maki (CRS):"', () => {
    const page = [
      '*SABON ZAGAYE* 🇨🇦',
      'Yau Talata 15/4/2025 Kanada ta yi zagayen Express Entry na CEC kadai.',
      '👥 Gayyata: 3,000',
      '📉 Mafi karancin maki (CRS): 521',
      "Ku tura wa 'yan uwa da abokai!",
    ].join('\n');
    expect(facts(page, '2025-04-15')).toEqual([['2025-04-15', null, 'cec', 3000, 521, null]]);
  });
});

describe('Zulu (gloss-zulu.ts)', () => {
  it('a news page: "NgoLwesine, mhla zi-12 kuJuni 2025", "umzuliswano #351", "abantu abangu-3 000", "I-CRS ephansi ibingu-529", "Umthetho wokwehlukanisa"; the earlier round is context', () => {
    const page = [
      'Izindaba Zomphakathi — Ukufudukela eCanada',
      'I-IRCC imeme abangu-3 000 be-CEC',
      'Ngu-Lindiwe Khumalo | 13 Juni 2025',
      'NgoLwesine, mhla zi-12 kuJuni 2025, i-IRCC yenze umzuliswano #351 we-Canadian Experience Class, yamema abantu abangu-3 000. I-CRS ephansi ibingu-529.',
      'Umthetho wokwehlukanisa: 2 Juni 2025 ngo-14:05:11 UTC.',
      'I-CRS yehle ukusuka ku-533 emzuliswaneni we-CEC odlule (28 kuMeyi).',
    ].join('\n');
    expect(isZulu(page)).toBe(true);
    expect(facts(page, '2025-06-13')).toEqual([['2025-06-12', '351', 'cec', 3000, 529, '2025-06-02']]);
  });

  it('a one-line post: "Namuhla" (today), "izimemo ezingu-3 000", "i-CRS ephansi engu-521"', () => {
    const page = 'Namuhla i-IRCC yamema abantu be-CEC: izimemo ezingu-3 000, i-CRS ephansi engu-521 🇨🇦 #ExpressEntry';
    expect(facts(page, '2025-04-15')).toEqual([['2025-04-15', null, 'cec', 3000, 521, null]]);
  });
});

describe('an English page is never glossed', () => {
  it('Yoruba, Hausa and Zulu names and a quoted greeting or two leave an English report as it is', () => {
    const page = [
      'Canada invites 3,000 CEC candidates',
      'By Adébáyọ̀ Ògúnlẹ́yẹ, Hauwa Sani Danjuma and Thandeka Mkhize | June 13, 2025',
      'Immigration, Refugees and Citizenship Canada held a Canadian Experience Class draw on June 12, inviting 3,000 candidates with a minimum CRS score of 529.',
      'At the Lagos-Kano-Durban community picnic in Brampton, the host greeted the crowd with "Ẹ kú àbọ̀ o!", an elder from Kano answered "Mun gode, Allah ya ba mu sa\'a", and a nurse from Durban called out "Sanibonani bantu bakithi!" before the ranar-and-maki word game (its name is Hausa) began.',
    ].join('\n');
    expect([isYoruba(page), isHausa(page), isZulu(page)]).toEqual([false, false, false]);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', 3000, 529, null]]);
  });
});
