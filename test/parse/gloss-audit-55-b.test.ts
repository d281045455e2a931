import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';

/**
 * An audit of the Amharic, Yoruba, Hausa, Zulu and Cebuano glossaries (docs/parser.md "Amharic", "Yoruba, Hausa and Zulu",
 * "Armenian and Cebuano"): words that turned into a wrong value ("ከትናንት በስቲያ" and "shekaran jiya", the day before
 * yesterday, read as yesterday; "kimanin", "cishe", "mga", about, dropped and the figure read as exact) or into a round the page
 * does not announce (a month's recap, a province's own draw, a forecast, an anniversary, the PNP round a new one came days after).
 * A wrong value is worse than none: where the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Amharic (gloss-amharic.ts)', () => {
  it('a month\u2019s recap ("የሰኔ ወር የኤክስፕረስ ኢንትሪ ማጠቃለያ", June\u2019s summary; "አራት ዙሮች", four rounds) announces none of its rounds', () => {
    const page = ['የሰኔ ወር የኤክስፕረስ ኢንትሪ ማጠቃለያ', 'በሰኔ ወር 2017 ዓ.ም ካናዳ አራት ዙሮችን አካሂዳለች። በወሩ በአጠቃላይ 6,628 ግብዣዎች ተልከዋል።', 'ከነዚህ ውስጥ ሁለቱ የCEC ዙሮች ሲሆኑ ዝቅተኛው የCRS ነጥብ 521 እና 529 ነበር።'].join('\n');
    expect(facts(page, '2025-07-09')).toEqual([]);
  });

  it('"ከትናንት በስቲያ" (the day before yesterday) is no yesterday; "ትላንትና" is yesterday too', () => {
    const before = ['ሰበር ዜና፦ የPNP ዙር', 'ከትናንት በስቲያ በተካሄደው የክፍለ ግዛት ዕጩዎች ዙር 125 ሰዎች ተጋብዘዋል። ዝቅተኛው የCRS ነጥብ 784 ነው።'].join('\n');
    expect(glossForeign(before)).toContain('the day before yesterday');
    expect(facts(before, '2025-06-12').map((d) => d[0])).not.toContain('2025-06-11');
    const yesterday = ['ሰበር ዜና', 'ትላንትና በተካሄደው የCEC ዙር 3,000 ሰዎች ተጋብዘዋል። ዝቅተኛው የCRS ነጥብ 529 ነው።'].join('\n');
    expect(facts(yesterday, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', 3000, 529, null]]);
  });

  it('a province\u2019s own draw ("የኦንታሪዮ መንግሥት", Ontario\u2019s government; "ብሪቲሽ ኮሎምቢያ") announces no Express Entry round', () => {
    const ontario = ['የኦንታሪዮ ክፍለ ግዛት ዙር', 'የኦንታሪዮ መንግሥት ሰኔ 5 ቀን 2017 ዓ.ም ባካሄደው ዙር 1,200 ሰዎችን ጋብዟል። ዝቅተኛው ነጥብ 65 ነበር።'].join('\n');
    expect(facts(ontario, '2025-06-13')).toEqual([]);
    const bc = ['ብሪቲሽ ኮሎምቢያ PNP', 'ብሪቲሽ ኮሎምቢያ ሰኔ 4 ቀን 2017 ዓ.ም ባደረገው ዙር ለ85 አመልካቾች ግብዣ ልኳል። ዝቅተኛው ነጥብ 110 ነበር።'].join('\n');
    expect(facts(bc, '2025-06-13')).toEqual([]);
  });
});

describe('Yoruba (gloss-yoruba.ts)', () => {
  it('a month\u2019s recap ("Àkójọpọ̀ oṣù Òkúdù", June\u2019s summary) announces none of its rounds', () => {
    const page = [
      'Àkójọpọ̀ oṣù Òkúdù: Express Entry',
      'Ní oṣù Òkúdù 2025, Kánádà ṣe ìyípo mẹ́rin. Àpapọ̀ ìpè 6,628 ni wọ́n fi ránṣẹ́ ní oṣù náà.',
      'Ìyípo CEC méjì ló wáyé, CRS tó kéré jù jẹ́ 529 àti 521.',
    ].join('\n');
    expect(facts(page, '2025-07-02')).toEqual([]);
  });

  it('an anniversary ("Ní ọjọ́ òní ní ọdún mẹ́wàá sẹ́yìn", on this day ten years ago; "31 Ṣẹẹrẹ 2015") announces no round', () => {
    const page = ['Ọdún mẹ́wàá Express Entry', 'Ní ọjọ́ òní ní ọdún mẹ́wàá sẹ́yìn, 31 Ṣẹẹrẹ 2015, IRCC ṣe ìyípo àkọ́kọ́, ó sì pe ènìyàn 779. CRS tó kéré jù jẹ́ 886. Àwa náà ń ṣe àjọyọ̀.'].join('\n');
    expect(facts(page, '2025-01-31')).toEqual([]);
  });
});

describe('Hausa (gloss-hausa.ts)', () => {
  it('"Shekaran jiya" (the day before yesterday) is no yesterday: the day is left open', () => {
    const page = ['Labaran Express Entry', 'Shekaran jiya Kanada ta gudanar da zagayen PNP, inda ta gayyaci mutum 125. Mafi karancin maki ya kai 784. Ku kasance tare da mu.'].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([[null, null, 'pnp', 125, 784, null]]);
  });

  it('"kimanin mutum 3,000" (about 3,000 people) and "gayyata fiye da 2,900" (more than 2,900 invitations) are no round\u2019s count', () => {
    const about = ['Labaran Express Entry', 'Jiya Kanada ta gudanar da zagayen CEC, inda ta gayyaci kimanin mutum 3,000. Mafi karancin maki ya kai 529. Ku duba asusunku.'].join('\n');
    expect(facts(about, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', null, 529, null]]);
    const more = ['Labaran Express Entry', 'Jiya Kanada ta gudanar da zagayen CEC, inda ta aika da gayyata fiye da 2,900. Mafi karancin maki ya kai 529. Ku duba asusunku.'].join('\n');
    expect(facts(more, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', null, 529, null]]);
  });

  it('a forecast ("Ana sa ran zagayen CEC na gaba", the next CEC draw is expected) and an anniversary ("shekaru goma da suka wuce") announce nothing', () => {
    const forecast = [
      'Hasashen zagaye na gaba',
      'Ana sa ran zagayen CEC na gaba a mako mai zuwa. Mai yiwuwa a gayyaci mutum 3,000, kuma mafi karancin maki zai iya kai 525. Wannan hasashe ne kawai.',
    ].join('\n');
    expect(facts(forecast, '2025-06-20')).toEqual([]);
    const anniversary = [
      'Shekaru goma na Express Entry',
      'A rana irin ta yau shekaru goma da suka wuce, 31 ga Janairu, 2015, Kanada ta gudanar da zagaye na farko, inda ta gayyaci mutum 779. Mafi karancin maki ya kai 886.',
    ].join('\n');
    expect(facts(anniversary, '2025-01-31')).toEqual([]);
  });

  it('"Kwana uku bayan zagayen PNP da ya gayyaci mutum 503" (three days after the PNP draw that invited 503): the CEC round is the news', () => {
    const page = [
      'Sabon zagaye na CEC',
      'Kwana uku bayan zagayen PNP da ya gayyaci mutum 503, Kanada ta sake gudanar da zagayen CEC a ranar Alhamis, 26 ga Yuni, 2025, inda ta gayyaci mutum 3,000. Mafi karancin maki 521.',
    ].join('\n');
    expect(facts(page, '2025-06-27')).toEqual([['2025-06-26', null, 'cec', 3000, 521, null]]);
  });
});

describe('Zulu (gloss-zulu.ts)', () => {
  it('a month\u2019s recap ("Isifinyezo senyanga kaJuni", "NgoJuni 2025 … sezizonke") announces none of its rounds', () => {
    const page = [
      'Isifinyezo senyanga kaJuni: Express Entry',
      'NgoJuni 2025, i-IRCC yenze imizuliswano emine, yathumela izimemo ezingu-6 628 sezizonke.',
      'Imizuliswano emibili ye-CEC ibe ne-CRS ephansi engu-529 kanye no-521.',
    ].join('\n');
    expect(facts(page, '2025-07-02')).toEqual([]);
  });

  it('"cishe abantu abangu-3 000" (about 3,000 people) is no round\u2019s count; a forecast ("Kulindeleke … olandelayo") announces nothing', () => {
    const about = ['Izindaba ze-Express Entry', 'Izolo i-IRCC yenze umzuliswano we-CEC, yamema cishe abantu abangu-3 000. I-CRS ephansi ibingu-529. Hlolani ama-akhawunti enu.'].join('\n');
    expect(facts(about, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', null, 529, null]]);
    const forecast = [
      'Umzuliswano olandelayo',
      'Kulindeleke ukuthi umzuliswano we-CEC olandelayo ube ngesonto elizayo. Kungenzeka kumenywe abantu abangu-3 000, i-CRS ephansi ibe ngu-525. Lokhu kuwukuqagela nje.',
    ].join('\n');
    expect(facts(forecast, '2025-06-20')).toEqual([]);
  });

  it('"Ngemuva kwezinsuku ezintathu umzuliswano we-PNP umeme …" (three days after the PNP draw that invited 503): the CEC round is the news', () => {
    const page = [
      'Umzuliswano omusha we-CEC',
      'Ngemuva kwezinsuku ezintathu umzuliswano we-PNP umeme abantu abangu-503, i-IRCC yenze umzuliswano we-CEC ngoLwesine mhla ziyi-26 kuJuni 2025, yamema abantu abangu-3 000. I-CRS ephansi ibingu-521.',
    ].join('\n');
    expect(facts(page, '2025-06-27')).toEqual([['2025-06-26', null, 'cec', 3000, 521, null]]);
  });
});

describe('Cebuano (gloss-cebuano.ts)', () => {
  it('"mga 3,000 ka tawo" (about 3,000 people) and "Kapin sa 2,900 ka ITA" (more than 2,900) are no round\u2019s count', () => {
    const about = [
      'Bag-ong Express Entry draw!',
      'Gahapon, naghimo ang IRCC og CEC draw ug nakadawat og imbitasyon ang mga 3,000 ka tawo. Ang pinakaubos nga CRS score mao ang 529. Tan-awa ang inyong account!',
    ].join('\n');
    expect(facts(about, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', null, 529, null]]);
    const more = ['Bag-ong Express Entry draw!', 'Gahapon, naghimo ang IRCC og CEC draw. Kapin sa 2,900 ka ITA ang gipagawas ug ang pinakaubos nga CRS mao ang 529. Tan-awa ang inyong account!'].join(
      '\n',
    );
    expect(facts(more, '2025-06-13')).toEqual([['2025-06-12', null, 'cec', null, 529, null]]);
  });

  it('"Usa ka adlaw human sa PNP draw nga nag-imbitar og 640 ka tawo" (a day after the PNP draw that invited 640): the CEC round is the news', () => {
    const page = [
      'Bag-ong CEC draw',
      'Usa ka adlaw human sa PNP draw nga nag-imbitar og 640 ka tawo, naghimo na usab ang IRCC og CEC draw niadtong Martes, Hunyo 24, 2025. 3,000 ka ITA ang gipagawas ug ang pinakaubos nga CRS mao ang 521.',
    ].join('\n');
    expect(facts(page, '2025-06-25')).toEqual([['2025-06-24', null, 'cec', 3000, 521, null]]);
  });
});
