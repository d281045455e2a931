import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { glossBengali } from '../../src/parse/text/gloss-bengali.ts';
import { glossRussian } from '../../src/parse/text/gloss-russian.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Tajik and Assamese draw news (docs/parser.md "Tajik and Assamese"): the glossaries of gloss-tajik.ts and gloss-assamese.ts
 * rewrite them into the English the reader knows; an English page that quotes a few of their words stays as it is, and a guide,
 * a forecast, a monthly recap or a province's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Tajik (gloss-tajik.ts)', () => {
  it('a news page: "имрӯз", "даври № 402-и", "2 500 даъватнома", "Ҳадди ақали хол", "Қоидаи баробарии хол"', () => {
    const page = [
      'Хабарҳо | Муҳоҷират',
      'Канада: даври нави Express Entry',
      '04.03.2026, 19:10',
      'Вазорати муҳоҷирати Канада имрӯз даври № 402-и Express Entry-ро барои Синфи таҷрибаи Канада (CEC) гузаронд. Ба номзадҳо 2 500 даъватнома фиристода шуд. Ҳадди ақали хол 517 буд.',
      'Қоидаи баробарии хол: 12 феврали 2026, соати 09:30:15 UTC.',
    ].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', '402', 'cec', 2500, 517, '2026-02-12']]);
  });

  it('"Дирӯз, 20 май", "даври 350-уми", "Холи ҳадди ақал: 480", forces French-speaking candidates', () => {
    const page = [
      'Даъватномаҳо барои фаронсавизабонҳо',
      'Дирӯз, 20 май, IRCC даври 350-уми Express Entry-ро барои номзадҳои донандаи забони фаронсавӣ доир кард.',
      'Шумораи даъватномаҳо: 3 200. Холи ҳадди ақал: 480.',
    ].join('\n');
    expect(facts(page, '2025-05-21')).toEqual([['2025-05-20', '350', 'french', 3200, 480, null]]);
  });

  it('a guide ("Дастур"), a monthly recap ("Ҷамъбасти моҳи") and a province\'s draw ("Онтарио") announce nothing', () => {
    const guide = [
      'Дастур: чӣ тавр аз Express Entry даъватнома гирифтан мумкин аст?',
      'Масалан, даври 12 марти 2025 барои CEC 4 000 даъватнома дошт, ҳадди ақал 521 хол.',
      'Номзадҳо бояд аввал профил созанд ва холҳои худро ҳисоб кунанд.',
    ].join('\n');
    const recap = [
      'Ҷамъбасти моҳи майи 2025: Express Entry',
      'Дар моҳи май IRCC се давр гузаронд: CEC 12 май (500, 547), PNP 13 май (2 800, 700), тандурустӣ 15 май (2 500, 510).',
      'Ҳамагӣ зиёда аз 5 000 даъватнома фиристода шуд.',
    ].join('\n');
    const ontario = ['Онтарио: даври нави музофотӣ', 'Имрӯз музофоти Онтарио ба 1 200 номзад даъватнома фиристод. Ҳадди ақали хол 450 буд. Ин даври Express Entry-и федералӣ нест.'].join('\n');
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(recap)).toContain('Monthly recap');
    expect(facts(guide, '2025-06-10')).toEqual([]);
    expect(facts(recap, '2025-06-02')).toEqual([]);
    expect(glossForeign(ontario)).toContain('Ontario');
    expect(facts(ontario, '2025-06-02')).toEqual([]);
  });

  it('a forecast ("Пешгӯӣ") announces nothing', () => {
    const forecast = [
      'Пешгӯӣ: даври навбатии Express Entry',
      'Мутахассисон мегӯянд, ки даври навбатӣ барои CEC метавонад 3 000 даъватнома бо ҳадди ақал 515 хол дошта бошад.',
      'Ин танҳо пешгӯии мост, на хабари расмӣ.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(facts(forecast, '2025-06-02')).toEqual([]);
  });

  it('an English page quoting a few Tajik words stays as it is, a Russian page is still read as Russian, and a short Tajik post is glossed', () => {
    const english = 'In Tajik, "имрӯз" means today and "даъватнома" an invitation. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(english)).toBe(english);
    const russian = 'Сегодня Канада провела новый раунд Express Entry: 3 000 приглашений, минимальный балл CRS 480. Кандидаты получили приглашения.';
    expect(glossForeign(russian)).toBe(glossRussian(russian));
    expect(glossForeign('Имрӯз, 04.03.2026: CEC, 2500 даъватнома, CRS ≥ 517. #Канада #муҳоҷират')).toMatch(/^ ?Today, 04\.03\.2026: CEC, 2500 invitations/);
  });
});

describe('Assamese (gloss-assamese.ts)', () => {
  it('a news page: "আজি", "৪০২ নং ৰাউণ্ড", "২,৫০০ টা আমন্ত্ৰণ", "নিম্নতম CRS স্ক’ৰ আছিল ৫১৭", "টাই-ব্ৰেকিং নিয়ম"', () => {
    const page = [
      'কানাডা এক্সপ্ৰেছ এণ্ট্ৰি: CEC প্ৰাৰ্থীৰ বাবে ২,৫০০ আমন্ত্ৰণ',
      'গুৱাহাটী, ৪ মাৰ্চ, ২০২৬',
      'কানাডাৰ অনুপ্ৰৱজন বিভাগ (IRCC)-এ আজি এক্সপ্ৰেছ এণ্ট্ৰিৰ ৪০২ নং ৰাউণ্ড অনুষ্ঠিত কৰে। Canadian Experience Class-ৰ প্ৰাৰ্থীসকলক ২,৫০০ টা আমন্ত্ৰণ দিয়া হয়। নিম্নতম CRS স্ক’ৰ আছিল ৫১৭।',
      'টাই-ব্ৰেকিং নিয়ম: February 12, 2026 at 09:30:15 UTC।',
    ].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', '402', 'cec', 2500, 517, '2026-02-12']]);
  });

  it('"কালি (২০ মে)", "৩,২০০ জনক আমন্ত্ৰণ দিয়া হয়", "কাট-অফ স্ক’ৰ ৪৮০", and an earlier draw told as context ("আগদিনা … হৈছিল")', () => {
    const page = [
      'ফৰাচী ভাষাৰ প্ৰাৰ্থীৰ বাবে ৩,২০০ ITA',
      'দৈনিক বাতৰি | ২১ মে ২০২৫',
      'কালি (২০ মে) কানাডাই ফৰাচী ভাষাত দক্ষ প্ৰাৰ্থীসকলৰ বাবে এক্সপ্ৰেছ এণ্ট্ৰি ড্ৰ কৰে। ৩,২০০ জনক আমন্ত্ৰণ দিয়া হয়, কাট-অফ স্ক’ৰ ৪৮০।',
      'আগদিনা, ১৯ মেত, CEC ড্ৰত মাত্ৰ ৫০০ জনক ৫৪৭ স্ক’ৰত আমন্ত্ৰণ দিয়া হৈছিল।',
    ].join('\n');
    expect(facts(page, '2025-05-21')).toEqual([['2025-05-20', null, 'french', 3200, 480, null]]);
  });

  it('a forecast ("কি আশা কৰিব") and a province\'s draw ("ব্ৰিটিছ কলম্বিয়া") announce nothing', () => {
    const forecast = [
      '২০২৬ চনত এক্সপ্ৰেছ এণ্ট্ৰি: কি আশা কৰিব?',
      'বিশেষজ্ঞসকলৰ মতে CEC ড্ৰৰ স্ক’ৰ ৫১০-ৰ ওপৰত থাকিব পাৰে। ফৰাচী ভাষাৰ ড্ৰ বেছি হোৱাৰ সম্ভাৱনা আছে।',
      '২০২৫ চনৰ কেইটামান ড্ৰ:',
      '- ১২ মে ২০২৫: CEC, ৫০০ আমন্ত্ৰণ, ৫৪৭',
      '- ২০ মে ২০২৫: PNP, ২,৮০০, ৭০০',
    ].join('\n');
    const province = ['ব্ৰিটিছ কলম্বিয়াৰ নতুন PNP ড্ৰ', '১০ জুন ২০২৫', 'BC PNP-এ এই সপ্তাহত Skills Immigration শ্ৰেণীত ২১০ জনক আমন্ত্ৰণ দিছে। নিম্নতম স্ক’ৰ ১১৫। শিশু যত্ন কৰ্মীৰ বাবে পৃথক ড্ৰ হৈছে।'].join('\n');
    expect(glossForeign(forecast)).toContain('expect');
    expect(facts(forecast, '2026-01-02')).toEqual([]);
    expect(glossForeign(province)).toContain('British Columbia');
    expect(facts(province, '2025-06-10')).toEqual([]);
  });

  it('an English page quoting a few Assamese words stays as it is, a Bengali page is still read as Bengali, and a short Assamese post is glossed', () => {
    const english = 'Assamese readers say "আজি" for today and "আমন্ত্ৰণ" for an invitation. Canada held an Express Entry draw today: 1,500 invitations, minimum CRS 500.';
    expect(glossForeign(english)).toBe(english);
    const bengali = 'কানাডা আজ একটি নতুন এক্সপ্রেস এন্ট্রি ড্র করেছে। এই ড্রতে ৩,০০০ জন প্রার্থীকে আমন্ত্রণ জানানো হয়েছে এবং সর্বনিম্ন স্কোর ছিল ৪৮০। সব প্রোগ্রামের প্রার্থীরা এতে অংশ নিতে পেরেছেন।';
    expect(glossForeign(bengali)).toBe(glossBengali(bengali));
    expect(glossForeign('আজি CEC ড্ৰ: ২,৫০০ আমন্ত্ৰণ, নিম্নতম স্ক’ৰ ৫১৭। কানাডাৰ বাতৰি।')).toContain('today CEC draw: 2,500 invitations, minimum score 517');
  });
});
