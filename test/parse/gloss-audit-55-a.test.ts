import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Pashto, Kurdish (Sorani and Kurmanji) and Armenian glossaries (docs/parser.md "Pashto and Kurdish", "Armenian
 * and Cebuano", audit of session 55), on pages written for it: a hedge ("about 4,500") read as an exact count, "the day before
 * yesterday" read as yesterday, an earlier round's cut-off read as this one's, and pages that announce no round (a province's
 * own draw, another country's, a month's summary, an analysis, a week without a round) read as announcing one. A wrong value
 * is worse than none: where the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Pashto (gloss-pashto.ts)', () => {
  it('"شاوخوا ۴۵۰۰ کسانو ته بلنه" (about 4,500 were invited) is a hedge, no exact count', () => {
    const page = ['د فرانسوي ژبې قرعه', 'پرون د کاناډا د کډوالۍ اداره د فرانسوي ژبې مهارت لرونکو لپاره قرعه وکړه او شاوخوا ۴۵۰۰ کسانو ته بلنه ورکړل شوه. ټیټه نمره ۴۳۲ وه.'].join('\n');
    expect(facts(page, '2025-10-07')).toEqual([['2025-10-06', null, 'french', null, 432, null]]);
  });

  it('a province’s own draw ("د انټاریو ولایت", "د برټش کولمبیا ولایت") and another country’s ("د استرالیا") announce no Express Entry round', () => {
    const page1 = ['د انټاریو ولایت قرعه', 'د انټاریو ولایت د اپریل په ۲۳مه د ولایتي نوماندۍ پروګرام لاندې قرعه وکړه او ۱۲۰۰ کسانو ته بلنه ورکړل شوه. ټیټه نمره ۶۵ وه.'].join('\n');
    expect(facts(page1, '2025-04-24')).toEqual([]);
    const page2 = ['برټش کولمبیا: نوې قرعه', 'د برټش کولمبیا ولایت د اپریل په ۲۲مه په خپله قرعه کې ۸۵ کسانو ته بلنه ورکړه. ټیټه نمره ۱۱۰ وه.'].join('\n');
    expect(facts(page2, '2025-04-24')).toEqual([]);
    const page3 = ['د استرالیا د کډوالۍ قرعه', 'د استرالیا حکومت د نومبر په ۱۴مه قرعه وکړه او ۵۰۰۰ کسانو ته بلنه ورکړل شوه. ټیټه نمره ۶۵ وه.'].join('\n');
    expect(facts(page3, '2025-11-15')).toEqual([]);
  });

  it('a month’s summary ("د اکتوبر میاشتې لنډیز") and an analysis under a question ("تحلیل: ولې …؟") announce none of their rounds', () => {
    const page1 = [
      'د اکتوبر میاشتې لنډیز: اکسپرس انټري',
      'په اکتوبر کې څلور قرعې ترسره شوې. د اکتوبر په ۲۸مه د کاناډايي تجربې ټولګی قرعه کې ۱۰۰۰ کسانو ته بلنه ورکړل شوه او ټیټه نمره ۵۳۳ وه. د اکتوبر په ۱۵مه د روغتیا او ټولنیز خدمتونه قرعه کې ۲۵۰۰ کسانو ته بلنه ورکړل شوه.',
    ].join('\n');
    expect(facts(page1, '2025-11-01')).toEqual([]);
    const page2 = ['تحلیل: ولې د کاناډايي تجربې ټولګی ټیټه نمره لوړه پاتې ده؟', 'د نومبر په ۱۲مه قرعه کې ۱۰۰۰ کسانو ته بلنه ورکړل شوه او ټیټه نمره ۵۳۳ وه، لکه د اکتوبر په ۲۸مه.'].join('\n');
    expect(facts(page2, '2025-11-15')).toEqual([]);
  });

  it('"د ولایتي نوماندۍ پروګرام له قرعې یوه ورځ وروسته" (a day after the PNP round) tells the earlier round; the CEC round is the news', () => {
    const page = [
      'د کاناډايي تجربې ټولګی قرعه',
      'د ولایتي نوماندۍ پروګرام له قرعې یوه ورځ وروسته چې ۳۰۲ کسانو ته یې بلنه ورکړې وه، د کډوالۍ اداره د اکتوبر په ۲۸مه د کاناډايي تجربې ټولګی قرعه کې ۱۰۰۰ کسانو ته بلنه ورکړه. ټیټه نمره ۵۳۳ وه.',
    ].join('\n');
    expect(facts(page, '2025-10-29')).toEqual([['2025-10-28', null, 'cec', 1000, 533, null]]);
  });

  it('"له پرون یوه ورځ مخکې" (a day before yesterday) is no yesterday', () => {
    const page = ['د روغتیا او ټولنیز خدمتونه قرعه', 'له پرون یوه ورځ مخکې د روغتیا او ټولنیز خدمتونه لپاره قرعه وشوه او ۲۵۰۰ کسانو ته بلنه ورکړل شوه. ټیټه نمره ۴۷۰ وه.'].join('\n');
    expect(facts(page, '2025-08-21')).toEqual([[null, null, 'healthcare', 2500, 470, null]]);
  });
});

describe('Sorani (gloss-kurdish.ts)', () => {
  it('a province’s own draw ("پارێزگای ئۆنتاریۆ") announces no Express Entry round', () => {
    const page = ['ڕاکێشانی ئۆنتاریۆ', 'پارێزگای ئۆنتاریۆ لە ٢٣ی نیسان ڕاکێشانێکی پرۆگرامی پاڵێوراوی هەرێمەکانی ئەنجامدا و ١٬٢٠٠ بانگهێشتی نارد. کەمترین نمرە ٦٥ بوو.'].join('\n');
    expect(facts(page, '2025-04-24')).toEqual([]);
  });

  it('a month’s summary ("کورتەی مانگی تشرینی یەکەم") and an analysis ("شیکاری: بۆچی …؟") announce none of their rounds', () => {
    const page1 = [
      'کورتەی مانگی تشرینی یەکەم: ئێکسپرێس ئێنتری',
      'لە مانگی تشرینی یەکەمدا چوار ڕاکێشان کران. لە ٢٨ی تشرینی یەکەم ڕاکێشانی چینی ئەزموونی کەنەدی ١٬٠٠٠ بانگهێشتی نارد و کەمترین نمرە ٥٣٣ بوو. لە ١٥ی تشرینی یەکەم ڕاکێشانی تەندروستی ٢٬٥٠٠ بانگهێشتی نارد.',
    ].join('\n');
    expect(facts(page1, '2025-11-01')).toEqual([]);
    const page2 = ['شیکاری: بۆچی کەمترین نمرەی چینی ئەزموونی کەنەدی بەرز ماوەتەوە؟', 'لە ڕاکێشانی ١٢ی تشرینی دووەم ١٬٠٠٠ بانگهێشت نێردران و کەمترین نمرە ٥٣٣ بوو، وەک ٢٨ی تشرینی یەکەم.'].join('\n');
    expect(facts(page2, '2025-11-15')).toEqual([]);
  });

  it('"ڕۆژێک دوای ڕاکێشانی پاڵێوراوی هەرێمەکان" (a day after the PNP round) tells the earlier round; the CEC round is the news', () => {
    const page = [
      'ڕاکێشانی چینی ئەزموونی کەنەدی',
      'ڕۆژێک دوای ڕاکێشانی پاڵێوراوی هەرێمەکان کە ٣٠٢ بانگهێشتی نارد، وەزارەتی کۆچ و پەنابەری کەنەدا لە ٢٨ی تشرینی یەکەم ١٬٠٠٠ بانگهێشتی بۆ چینی ئەزموونی کەنەدی نارد. کەمترین نمرە ٥٣٣ بوو.',
    ].join('\n');
    expect(facts(page, '2025-10-29')).toEqual([['2025-10-28', null, 'cec', 1000, 533, null]]);
  });
});

describe('Kurmanji (gloss-kurdish.ts)', () => {
  it('"nêzîkî 4.500 kes" and "dora 4.500 kes" (about 4,500 people) are hedges: no exact count, and "dora 4" is no round #4', () => {
    const page1 = ['Dora zimanê fransî', 'Duh IRCC ji bo kesên ku zimanê fransî dizanin dorek li dar xist û nêzîkî 4.500 kes vexwendin. Xala herî kêm 432 bû û tenê ev kes hatin hilbijartin.'].join(
      '\n',
    );
    expect(facts(page1, '2025-10-07')).toEqual([['2025-10-06', null, 'french', null, 432, null]]);
    const page2 = ['Dora zimanê fransî', 'Duh IRCC ji bo kesên ku zimanê fransî dizanin dorek li dar xist û dora 4.500 kes vexwendin. Xala herî kêm 432 bû û tenê ev kes hatin hilbijartin.'].join(
      '\n',
    );
    expect(facts(page2, '2025-10-07')).toEqual([['2025-10-06', null, 'french', null, 432, null]]);
  });

  it('"Di dora berê de" (in the previous round) is context: its cut-off is not this round’s', () => {
    const page = [
      'Dora nû: 6.000 vexwendin',
      'Roja 10ê Kanûnê IRCC dora Çîna Tecrubeya Kanadayî li dar xist û 6.000 kes vexwendin. Xala herî kêm 520 bû.',
      'Di dora berê de, ku roja 26ê Mijdarê bû, 1.000 kes hatibûn vexwendin û xala herî kêm 531 bû.',
    ].join('\n');
    expect(facts(page, '2025-12-11')).toEqual([['2025-12-10', null, 'cec', 6000, 520, null]]);
  });

  it('another country’s draw ("Awistralyayê") and a province’s ("Parêzgeha Ontarioyê") announce no Express Entry round', () => {
    const page1 = ['Dora koçberiyê ya Awistralyayê', 'Hikûmeta Awistralyayê roja 14ê Mijdarê dorek li dar xist û 5.000 kes vexwendin. Xala herî kêm 65 bû û tenê kesên jêhatî hatin hilbijartin.'].join(
      '\n',
    );
    expect(facts(page1, '2025-11-15')).toEqual([]);
    const page2 = ['Dora Ontarioyê', 'Parêzgeha Ontarioyê roja 23ê Nîsanê di bin bernameya PNP de dorek li dar xist û 1.200 kes vexwendin. Xala herî kêm 65 bû û tenê ev kes hatin hilbijartin.'].join(
      '\n',
    );
    expect(facts(page2, '2025-04-24')).toEqual([]);
  });

  it('a month’s summary ("Kurteya meha Cotmehê"), an analysis ("Analîz: çima …?") and a week with no round ("tu dor … nehat") announce none', () => {
    const page1 = [
      'Kurteya meha Cotmehê: Express Entry',
      'Di meha Cotmehê de çar dor hatin lidarxistin. Roja 28ê Cotmehê di dora Çîna Tecrubeya Kanadayî de 1.000 kes vexwendin û xala herî kêm 533 bû. Roja 15ê Cotmehê di dora tenduristiyê de 2.500 kes vexwendin.',
    ].join('\n');
    expect(facts(page1, '2025-11-01')).toEqual([]);
    const page2 = ['Analîz: çima xala herî kêm a CEC bilind dimîne?', 'Roja 12ê Mijdarê 1.000 kes vexwendin û xala herî kêm 533 bû, wek roja 28ê Cotmehê. Tenê kesên bi ezmûna kanadayê.'].join('\n');
    expect(facts(page2, '2025-11-15')).toEqual([]);
    const page3 = ['Vê hefteyê dor tune', 'Vê hefteyê tu dora Express Entry nehat lidarxistin. Dora dawî roja 19ê Tebaxê bû û 2.500 kes vexwendin, xala herî kêm 470 bû.'].join('\n');
    expect(facts(page3, '2025-08-29')).toEqual([]);
  });

  it('"karên tenduristî" and "tenduristiyê" are healthcare; "2.500 kes vexwendin û …" were invited', () => {
    const page1 = [
      'Dora lênêrîna tenduristiyê',
      'Pêr IRCC ji bo karên tenduristî û xizmetên civakî dorek li dar xist û 2.500 kes vexwendin. Xala herî kêm 470 bû û tenê ev kes hatin hilbijartin.',
    ].join('\n');
    expect(facts(page1, '2025-08-21')).toEqual([[null, null, 'healthcare', 2500, 470, null]]);
    const page2 = ['Dora tenduristiyê', 'Dora herî dawî ya IRCC roja 19ê Tebaxê bû. Di vê dorê de 2.500 kes vexwendin û xala herî kêm 470 bû, tenê ji bo karên tenduristiyê.'].join('\n');
    expect(facts(page2, '2025-08-20')).toEqual([['2025-08-19', null, 'healthcare', 2500, 470, null]]);
  });

  it('a guide ("Rêber: çawa …?", a guide: how to …) with an example ("Mînak: …") announces no round', () => {
    const page = ['Rêber: çawa xala CRS bilind bikin?', 'Mînak: roja 19ê Tebaxê 2.500 kes vexwendin û xala herî kêm 470 bû. Heke xala we ji vê bilindtir be, hûn ê bên vexwendin û tenê ev.'].join(
      '\n',
    );
    expect(facts(page, '2025-08-21')).toEqual([]);
  });
});

describe('Armenian (gloss-armenian.ts)', () => {
  it('"մոտ 4 500 հրավեր" and "շուրջ 4 500 հրաւէր" (about 4,500 invitations) are hedges, no exact count', () => {
    const page1 = ['Ֆրանսերենի փուլ', 'Երեկ IRCC-ն անցկացրեց ֆրանսերենի իմացությամբ թեկնածուների փուլ, և մոտ 4 500 հրավեր է ուղարկվել։ Նվազագույն CRS միավորը կազմել է 432։'].join('\n');
    expect(facts(page1, '2025-10-07')).toEqual([['2025-10-06', null, 'french', null, 432, null]]);
    const page2 = ['Ֆրանսերէնի շրջան', 'Երէկ IRCC-ն կատարեց ֆրանսերէն գիտցող թեկնածուներու շրջան մը, եւ շուրջ 4 500 հրաւէր ղրկուեցաւ։ Նուազագոյն միաւորը հասաւ 432ի։'].join('\n');
    expect(facts(page2, '2025-10-07')).toEqual([['2025-10-06', null, 'french', null, 432, null]]);
  });

  it('"Երեկ չէ առաջին օրը" (the day before yesterday) is no yesterday: two days before the page', () => {
    const page = ['Առողջապահության փուլ', 'Երեկ չէ առաջին օրը IRCC-ն անցկացրեց առողջապահության ոլորտի փուլ։ 2 500 հրավեր է ուղարկվել։ Նվազագույն CRS միավորը կազմել է 470։'].join('\n');
    expect(facts(page, '2025-08-21')).toEqual([['2025-08-19', null, 'healthcare', 2500, 470, null]]);
  });

  it('a province’s own draw ("Օնտարիո նահանգը", "Բրիտանական Կոլումբիա") and another country’s ("Ավստրալիայի") announce no Express Entry round', () => {
    const page1 = ['Օնտարիոյի նահանգային փուլ', 'Օնտարիո նահանգը ապրիլի 23-ին անցկացրեց նահանգային թեկնածուի ծրագրի փուլ, 1 200 հրավեր է ուղարկվել։ Նվազագույն միավորը՝ 65։'].join('\n');
    expect(facts(page1, '2025-04-24')).toEqual([]);
    const page2 = ['Բրիտանական Կոլումբիա. նոր փուլ', 'Բրիտանական Կոլումբիա նահանգը ապրիլի 22-ին անցկացրեց սեփական փուլ՝ 85 հրավեր։ Նվազագույն միավորը կազմել է 110։'].join('\n');
    expect(facts(page2, '2025-04-24')).toEqual([]);
    const page3 = ['Ավստրալիայի միգրացիոն փուլ', 'Ավստրալիայի կառավարությունը նոյեմբերի 14-ին անցկացրեց փուլ, 5 000 հրավեր է ուղարկվել։ Նվազագույն միավորը կազմել է 65։'].join('\n');
    expect(facts(page3, '2025-11-15')).toEqual([]);
  });

  it('a month’s summary ("Հոկտեմբերի ամփոփում") and an analysis ("Վերլուծություն. ինչու …") announce none of their rounds', () => {
    const page1 = [
      'Հոկտեմբերի ամփոփում. Express Entry',
      'Հոկտեմբերին անցկացվեց չորս փուլ։ Հոկտեմբերի 28-ին Կանադական փորձի դասի փուլում 1 000 հրավեր է ուղարկվել, նվազագույն CRS միավորը կազմել է 533։ Հոկտեմբերի 15-ին առողջապահության փուլում 2 500 հրավեր է ուղարկվել։',
    ].join('\n');
    expect(facts(page1, '2025-11-01')).toEqual([]);
    const page2 = [
      'Վերլուծություն. ինչու է Կանադական փորձի դասի նվազագույն միավորը բարձր մնում',
      'Նոյեմբերի 12-ին 1 000 հրավեր է ուղարկվել, և նվազագույն CRS միավորը կազմել է 533, ինչպես հոկտեմբերի 28-ին։',
    ].join('\n');
    expect(facts(page2, '2025-11-15')).toEqual([]);
  });

  it('a guide ("Ուղեցույց. ինչպես …", how to …) with an example ("Օրինակ՝ …") announces no round', () => {
    const page = [
      'Ուղեցույց. ինչպես բարձրացնել CRS միավորը',
      'Օրինակ՝ օգոստոսի 19-ին 2 500 հրավեր է ուղարկվել, նվազագույն միավորը կազմել է 470։ Եթե ձեր միավորը ավելի բարձր է, դուք հրավեր կստանաք։',
    ].join('\n');
    expect(facts(page, '2025-08-21')).toEqual([]);
  });
});
