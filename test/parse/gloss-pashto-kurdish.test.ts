import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isPashto } from '../../src/parse/text/gloss-pashto.ts';
import { isKurmanji, isSorani } from '../../src/parse/text/gloss-kurdish.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Pashto and Kurdish draw news (docs/parser.md "Pashto and Kurdish"): the glossaries of gloss-pashto.ts and gloss-kurdish.ts
 * rewrite them into the English the reader knows; an English page that quotes a word of them stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Pashto (gloss-pashto.ts)', () => {
  it('a news page: an Afghan solar dateline, "د اپرېل په ۲۳مه", "۲۹۱مه قرعه", "کسانو ته بلنه ورکړل شوه", "ټیټه نمره … وه"; the draw before is context', () => {
    const page = [
      'د کډوالۍ خبرونه',
      'چهارشنبه، ۵ غویی ۱۴۰۳',
      'کاناډا ۲۰۹۵ کسانو ته بلنه ورکړه',
      'د کاناډا د کډوالۍ وزارت د اپرېل په ۲۳مه (سه شنبه) د اکسپرس انټري ۲۹۱مه قرعه ترسره کړه. په دې قرعه کې ۲۰۹۵ کسانو ته د دایمي اوسېدو بلنه ورکړل شوه او ټیټه نمره ۵۲۹ وه.',
      'د مساوي نمرو قاعده: ۲۵ مارچ ۲۰۲۴، ۱۷:۱۵:۴۷ UTC',
      'تر دې مخکې، د اپرېل په ۱۰مه قرعه کې ۱۲۸۰ کسانو ته بلنه ورکړل شوې وه او ټیټه نمره ۵۴۹ وه.',
    ].join('\n');
    expect(facts(page, '2024-04-24')).toEqual([['2024-04-23', '291', 'general', 2095, 529, '2024-03-25']]);
  });

  it('a channel card of labels: "پروګرام", "بلنې", "ټیټې نمرې", "قرعه: ۳۴۰مه", Eastern digits with "٬"', () => {
    const page = ['🇨🇦 اکسپرس انټري – نوې قرعه', 'نن، ۲۱ مارچ ۲۰۲۵', 'پروګرام: د فرانسوي ژبې مهارت', 'بلنې: ۷٬۵۰۰', 'ټیټې نمرې: ۳۷۹', 'قرعه: ۳۴۰مه'].join('\n');
    expect(facts(page, '2025-03-21')).toEqual([['2025-03-21', '340', 'french', 7500, 379, null]]);
  });
});

describe('Kurdish (gloss-kurdish.ts)', () => {
  it('Sorani: a dateline in the Kurdish calendar, "ڕاکێشانی ژمارە ٣٠٣ی", "٩٢٠ بانگهێشت", "کەمترین نمرەی CRS … بوو", a numeric tie-break', () => {
    const page = [
      'هەواڵی کۆچ و پەنابەری',
      'چوارشەممە ١٣ی پووشپەڕی ٢٧٢٤ی کوردی',
      'کەنەدا ٩٢٠ بانگهێشتی بۆ پرۆگرامی پاڵێوراوی هەرێمەکان نارد',
      'وەزارەتی کۆچ و پەنابەری و هاووڵاتیبوونی کەنەدا ڕۆژی سێشەممە ٢ی تەمموز ڕاکێشانی ژمارە ٣٠٣ی سیستەمی ئێکسپرێس ئێنتری ئەنجامدا. کەمترین نمرەی CRS ٧٣٩ بوو.',
      'کاتی یاسای یەکسانبوون: ١٧/٠٦/٢٠٢٤',
    ].join('\n');
    expect(facts(page, '2024-07-03')).toEqual([['2024-07-02', '303', 'pnp', 920, 739, '2024-06-17']]);
  });

  it('Kurmanji: "roja Çarşemiyê, 28ê Hezîranê", "dora 253an", "serlêder vexwendin", "Xala CRS a herî kêm … bû"', () => {
    const page = [
      'Nûçeyên Koçberiyê',
      '29.06.2023',
      'Wezareta Koçberî, Penaberî û Hemwelatiyê ya Kanadayê roja Çarşemiyê, 28ê Hezîranê, di dora 253an a pergala Express Entry de 4.300 serlêder vexwendin ku ji bo niştecihbûna daîmî serlêdanê bikin.',
      'Xala CRS a herî kêm 486 bû.',
    ].join('\n');
    expect(facts(page, '2023-06-29')).toEqual([['2023-06-28', '253', null, 4300, 486, null]]);
  });
});

describe('an English page is never glossed as Pashto or Kurdish', () => {
  it('a Pashto word, a Kurdish one and a Kurmanji "vexwendin" in an English report leave it as it is; the Pashto card is Pashto', () => {
    const page = [
      'Canada invites 1,500 candidates in all-program draw',
      'By Rojhat Amed and Ahmad Shah Sapi | July 6, 2022',
      'Immigration, Refugees and Citizenship Canada held an all-program draw on July 6, inviting 1,500 candidates with a minimum CRS score of 557.',
      'Community groups shared the news in Pashto ("کډوالي", immigration), in Sorani ("بانگهێشت", invitation) and in Kurmanji ("vexwendin").',
    ].join('\n');
    expect([isPashto(page), isSorani(page), isKurmanji(page)]).toEqual([false, false, false]);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2022-07-06')).toEqual([['2022-07-06', null, 'general', 1500, 557, null]]);
    expect(isPashto(['🇨🇦 اکسپرس انټري – نوې قرعه', 'پروګرام: د فرانسوي ژبې مهارت', 'بلنې: ۷٬۵۰۰', 'ټیټې نمرې: ۳۷۹'].join('\n'))).toBe(true);
  });
});
