import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * An audit of the Uzbek and Kazakh glossaries (docs/parser.md "Uzbek and Kazakh", "Audit (session 58)"): the day before
 * yesterday read as no day, hedged counts read as sure ones, a comparison with the previous round that hid the whole round, a
 * question about the next round read as news, a short Kazakh post not known as Kazakh. A wrong value is worse than none: where
 * the page gives no sure value, the field is null.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Uzbek (gloss-uzbek.ts)', () => {
  it('"O\'tgan kuni" / "Ўтган куни" is the day before yesterday', () => {
    const latin = [
      'Express Entry yangiliklari',
      "O'tgan kuni IRCC sog'liqni saqlash va ijtimoiy xizmatlar toifasi bo'yicha raund o'tkazdi. 4 000 nafar nomzod taklif oldi, eng past CRS bali 475 ni tashkil etdi.",
    ].join('\n');
    expect(facts(latin, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
    const cyrillic = [
      'Express Entry янгиликлари',
      'Ўтган куни IRCC соғлиқни сақлаш ва ижтимоий хизматлар тоифаси бўйича раунд ўтказди. 4 000 нафар номзод таклиф олди, энг паст CRS бали 475 ни ташкил этди.',
    ].join('\n');
    expect(facts(cyrillic, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
  });

  it('hedged counts ("taxminan", about; "… ga yaqin", close to) give no count, and the day stays', () => {
    const about = ['Express Entry: CEC raundi', "Bugun IRCC Kanada tajribasi sinfi bo'yicha taxminan 3 000 ta taklif yubordi. Eng past CRS bali 516 bo'ldi."].join('\n');
    expect(facts(about, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const near = ['Express Entry: CEC raundi', "Bugun Kanada tajribasi sinfi bo'yicha 3 000 ga yaqin nomzod taklif oldi. Eng past CRS bali 516 bo'ldi."].join('\n');
    expect(facts(near, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
  });

  it('"…, bu oldingi raunddagi 517 balldan past" (below the previous round\'s 517) keeps this round', () => {
    const page = ['Express Entry: CEC raundi', 'Bugun 2 000 ta taklif yuborildi, eng past CRS bali 516, bu oldingi raunddagi 517 balldan past.'].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a question about the next round ("Keyingi raund qachon bo\'ladi?") announces nothing', () => {
    const page = [
      "Keyingi raund qachon bo'ladi?",
      "Ko'pchilik obunachilar keyingi Express Entry raundi qachon bo'lishini so'ramoqda. Odatda CEC raundlarida 2 000 – 3 000 ta taklif yuboriladi va eng past ball 515 atrofida bo'ladi.",
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });
});

describe('Kazakh (gloss-kazakh.ts)', () => {
  it('"Алдыңгүні" and "алдыңғы күні" are the day before yesterday, not an earlier round', () => {
    const body = ' IRCC денсаулық сақтау және әлеуметтік қызмет санаты бойынша раунд өткізді. 4 000 үміткер шақыру алды, ең төменгі CRS ұпайы — 475.';
    expect(facts(`Express Entry жаңалықтары\nАлдыңгүні${body}`, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
    expect(facts(`Express Entry жаңалықтары\nАлдыңғы күні${body}`, '2026-06-27')).toEqual([['2026-06-25', null, 'healthcare', 4000, 475, null]]);
  });

  it('hedged counts ("шамамен", about; "-ге дейін", up to; "-ға жуық", nearly) give no count', () => {
    const about = ['Express Entry: CEC раунды', 'Бүгін IRCC CEC бойынша шамамен 3 000 шақыру жіберді. Ең төменгі CRS ұпайы — 516.'].join('\n');
    expect(facts(about, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const upTo = ['Express Entry: CEC раунды', 'Бүгін IRCC CEC бойынша 3 000-ға дейін шақыру жіберді. Ең төменгі CRS ұпайы — 516.'].join('\n');
    expect(facts(upTo, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
    const near = ['Express Entry: CEC раунды', 'Бүгін CEC бойынша 3 000-ға жуық үміткер шақыру алды. Ең төменгі CRS ұпайы — 516.'].join('\n');
    expect(facts(near, '2026-08-05')).toEqual([['2026-08-05', null, 'cec', null, 516, null]]);
  });

  it('"…, бұл алдыңғы раундтағы 517 ұпайдан сәл төмен" (a little below the previous round\'s 517) keeps this round', () => {
    const page = ['Express Entry: CEC', 'Бүгін 2 000 шақыру жіберілді, ең төменгі CRS ұпайы — 516, бұл алдыңғы раундтағы 517 ұпайдан сәл төмен.'].join('\n');
    expect(facts(page, '2026-07-21')).toEqual([['2026-07-21', null, 'cec', 2000, 516, null]]);
  });

  it('a question about the next round ("Келесі раунд қашан өтеді?") announces nothing', () => {
    const page = [
      'Келесі раунд қашан өтеді?',
      'Көптеген оқырмандар келесі Express Entry раунды қашан болатынын сұрайды. Әдетте CEC раундтарында 2 000 – 3 000 шақыру жіберіледі, ең төменгі ұпай 515 шамасында.',
    ].join('\n');
    expect(facts(page, '2026-08-10')).toEqual([]);
  });

  it('a short post with one of Kazakh\'s own letters ("5 000 шақыру") is Kazakh; "дәрігерлер" are physicians', () => {
    expect(facts('⚡ Express Entry №437 | Француз тілі | 5 000 шақыру | CRS 382 | 19.08.2026', '2026-08-19')).toEqual([['2026-08-19', '437', 'french', 5000, 382, null]]);
    const page = [
      'Канада дәрігерлерді шақырды',
      'Кеше IRCC Канадада жұмыс тәжірибесі бар дәрігерлерге арналған 421-ші раундты өткізді. 271 үміткер шақыру алды. Ең төменгі CRS ұпайы небәрі 223.',
    ].join('\n');
    expect(facts(page, '2026-06-25')).toEqual([['2026-06-24', '421', 'physicians', 271, 223, null]]);
  });
});
