import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Uzbek and Kazakh draw news (docs/parser.md "Uzbek and Kazakh"): the glossaries of gloss-uzbek.ts (Latin and Cyrillic letters)
 * and gloss-kazakh.ts rewrite them into the English the reader knows; an English page that quotes a few Uzbek words stays as it
 * is, and a guide, a forecast, a recap or a province's draw announces nothing.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Uzbek (gloss-uzbek.ts)', () => {
  it('a Latin-script news page: "2025-yil 12-mart", "341-raund", "2 750 nafar nomzod … taklif oldi", "eng past CRS bali 498 ni tashkil etdi"; the earlier round is context', () => {
    const page = [
      'Yangiliklar | Jamiyat | Migratsiya',
      'Kanada Express Entry: 2 750 nafar nomzodga taklif',
      "IRCC 2025-yil 12-mart kuni Express Entry tizimida navbatdagi 341-raundni o'tkazdi.",
      'Bu safar Canadian Experience Class nomzodlari tanlab olindi: 2 750 nafar nomzod doimiy yashash uchun taklif oldi, eng past CRS bali 498 ni tashkil etdi.',
      'Tenglikni hal qilish qoidasi: 2025-yil 1-fevral, 10:20:30 UTC.',
      "Eslatib o'tamiz, 3-mart kuni fransuz tili bo'yicha raundda 4 500 kishiga taklif yuborilgan edi.",
    ].join('\n');
    expect(facts(page, '2025-03-13')).toEqual([['2025-03-12', '341', 'cec', 2750, 498, '2025-02-01']]);
  });

  it('a Cyrillic-script page: "кеча" (yesterday), "3 000 нафар номзод таклиф олди", "энг паст CRS бали 521"', () => {
    const page = [
      'Канада Express Entry: навбатдаги раунд',
      '15.07.2025 | Миграция бўлими',
      'IRCC кеча Express Entry тизимида барча дастурлар бўйича раунд ўтказди. 3 000 нафар номзод доимий яшаш учун таклиф олди, энг паст CRS бали 521 ни ташкил этди.',
      'Мутахассислар фикрича, бу ҳафта яна битта раунд бўлиши мумкин.',
    ].join('\n');
    expect(facts(page, '2025-07-15')).toEqual([['2025-07-14', null, 'general', 3000, 521, null]]);
  });

  it('a short channel post: "Bugun … raundi: 1 200 ta ITA, minimal ball 742"', () => {
    const page = ['⚡️ Bugun Express Entry PNP raundi: 1 200 ta ITA, minimal ball 742.', "Savollaringiz bo'lsa, kanalimizga yozing 👇"].join('\n');
    expect(facts(page, '2024-11-05')).toEqual([['2024-11-05', null, 'pnp', 1200, 742, null]]);
  });

  it('a guide ("Qo\'llanma") and a forecast ("bashorat") announce nothing', () => {
    const guide = [
      "Express Entry qo'llanmasi: CRS ballarini qanday oshirish mumkin?",
      "Misol uchun, 2024-yil 10-aprelda o'tgan raundda 1 400 nafar nomzod 549 ball bilan taklif olgan edi.",
      'Til bali va Kanadadagi tajriba eng muhim omillar hisoblanadi.',
    ].join('\n');
    const forecast = ['Kelgusi oyda Express Entry: bizning bashoratimiz', "Iyun oyida CEC raundlarida eng past ball 510–520 oralig'ida bo'lishi kutilmoqda, PNP raundida esa 700 dan yuqori."].join(
      '\n',
    );
    expect(glossForeign(guide)).toContain('Guide');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(facts(guide, '2024-05-02')).toEqual([]);
    expect(facts(forecast, '2024-05-02')).toEqual([]);
  });

  it('a Cyrillic monthly recap ("май ойи якунлари") announces nothing', () => {
    const page = [
      'Express Entry: май ойи якунлари',
      'Май ойида IRCC учта раунд ўтказди:',
      '6 май — PNP, 600 та таклиф, 760 балл',
      '20 май — CEC, 3 000 та таклиф, 518 балл',
      '28 май — соғлиқни сақлаш, 2 500 та таклиф, 470 балл',
      'Ойда жами 6 100 та таклифнома юборилди.',
    ].join('\n');
    expect(glossForeign(page)).toContain('May recap');
    expect(facts(page, '2024-06-02')).toEqual([]);
  });

  it('an English page quoting Uzbek words stays as it is; the same words as a page of their own are glossed', () => {
    const quoted = 'Uzbek readers call the round "raund" and an invitation "taklif"; our Tashkent desk says: "bugun raund bo\'ldi". Canada invited 3,000 candidates on May 8, 2024.';
    expect(glossForeign(quoted)).toBe(quoted);
    expect(glossForeign("Bugun Express Entry raundi bo'ldi: 3 000 ta taklif yuborildi, eng past ball 520. Savollaringiz bo'lsa yozing.")).toContain('Today Express Entry round');
  });
});

describe('Kazakh (gloss-kazakh.ts)', () => {
  it('a news page: "2025 жылғы 12 наурыз", "№330 раундты", "5 000 үміткер шақыру алды", "Ең төменгі CRS ұпайы — 510"; the earlier round is context', () => {
    const page = [
      'Канада иммиграциясы | Жаңалықтар',
      'Express Entry: 5 000 үміткерге шақыру жіберілді',
      'IRCC 2025 жылғы 12 наурызда Express Entry жүйесіндегі №330 раундты өткізді. Раунд Canadian Experience Class үміткерлеріне арналған.',
      '5 000 үміткер шақыру алды. Ең төменгі CRS ұпайы — 510.',
      'Тең ұпай ережесі: 2025 жылғы 2 ақпан, 08:15:00 UTC.',
      'Алдыңғы раундта, 3 наурызда, 700 шақыру жіберілген болатын.',
    ].join('\n');
    expect(facts(page, '2025-03-13')).toEqual([['2025-03-12', '330', 'cec', 5000, 510, '2025-02-02']]);
  });

  it('a short post: "Бүгін Express Entry: 2 100 шақыру, CRS 495 (барлық бағдарламалар)"', () => {
    const page = ['🔥 Жаңа раунд! Бүгін Express Entry: 2 100 шақыру, CRS 495 (барлық бағдарламалар)', 'Сұрақтарыңыз болса, жазыңыз'].join('\n');
    expect(facts(page, '2023-03-15')).toEqual([['2023-03-15', null, 'general', 2100, 495, null]]);
  });

  it('a weekly recap table ("аптаның қорытындысы") gives each round; the week\'s total is no round', () => {
    const page = [
      'Express Entry: аптаның қорытындысы',
      '14 қараша 2025',
      'Бұл аптада IRCC екі раунд өткізді:',
      'Күні | Раунд | Бағдарлама | Шақыру | Мин. CRS',
      '10.11.2025 | 378 | PNP | 800 | 738',
      '12.11.2025 | 379 | CEC | 4 000 | 519',
      'Аптада барлығы 4 800 шақыру жіберілді.',
    ].join('\n');
    expect(facts(page, '2025-11-14')).toEqual([
      ['2025-11-10', '378', 'pnp', 800, 738, null],
      ['2025-11-12', '379', 'cec', 4000, 519, null],
    ]);
  });

  it('a forecast ("Болжам") and a province\'s draw ("Онтарио провинциясы") announce nothing', () => {
    const forecast = ['Express Entry ұпайлары қалай өзгереді? Болжам', 'Біздің болжамымыз: келесі айда CEC ұпайы 510–520 аралығында, PNP раундтары 700–740 шамасында болуы мүмкін.'].join('\n');
    const province = [
      'Онтарио провинциясы жаңа іріктеу өткізді',
      'OINP 20 мамырда Express Entry Human Capital Priorities бағыты бойынша 1 200 үміткерге хабарламалар жіберді. Ең төменгі ұпай — 470.',
    ].join('\n');
    expect(glossForeign(forecast)).toContain('Forecast');
    expect(glossForeign(province)).toContain('Ontario province');
    expect(facts(forecast, '2025-04-01')).toEqual([]);
    expect(facts(province, '2025-05-21')).toEqual([]);
  });
});
