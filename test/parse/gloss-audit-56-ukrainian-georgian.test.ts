import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 56's audit of the Ukrainian and Georgian glossaries (docs/parser.md "Ukrainian and Georgian", "Audit (session 56)"):
 * pages written for it with IRCC's figures, each case failing on the glossaries before the audit.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Ukrainian (gloss-ukrainian.ts), audit of session 56', () => {
  it('a comparison inside the round\'s sentence ("на сім балів вище, ніж у попередньому раунді", "ніж 516 у попередньому") is no earlier round\'s sentence', () => {
    const page = [
      'Канада запросила 1 000 кандидатів класу канадського досвіду',
      'Вівторок, 18 серпня 2026 р. | Новини імміграції',
      'Сьогодні Міністерство імміграції, біженців та громадянства Канади (IRCC) провело 436-й раунд запрошень у системі Express Entry. Запрошення подати заявку на постійне проживання отримали 1 000 кандидатів класу канадського досвіду (CEC).',
      'Найнижчий бал CRS серед запрошених становив 523 — на сім балів вище, ніж у попередньому раунді CEC 5 серпня (516).',
      'Тай-брейк: 17 серпня 2026 р. о 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
    const dayBeforeYesterday = [
      'Express Entry: CEC знову 517',
      'Опубліковано 9 липня 2026 р.',
      'Позавчора, 7 липня, Канада провела черговий відбір для кандидатів Canadian Experience Class. Було розіслано 2 000 запрошень, прохідний бал становив 517 — лише на один бал вище, ніж 516 у попередньому раунді CEC.',
    ].join('\n');
    expect(facts(dayBeforeYesterday, '2026-07-09')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
  });

  it('"знизився з 518 у попередньому раунді до 516" (fell from 518 … to 516): "до" there is no bound', () => {
    const page = ['Новий раунд CEC', '23 червня 2026 р.', 'Сьогодні IRCC запросила 4 000 кандидатів класу канадського досвіду. Прохідний бал знизився з 518 у попередньому раунді до 516.'].join('\n');
    expect(glossForeign(page)).toContain('fell from 518 in the previous round to 516');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516, null]]);
  });

  it('a month\'s review ("у липні 2026: огляд місяця") announces none of its rounds', () => {
    const page = [
      'Express Entry у липні 2026: огляд місяця',
      '1 серпня 2026 р.',
      'Протягом липня IRCC провела вісім раундів. 20 липня — PNP, 511 запрошень, 744 бали; 21 липня — CEC, 2 000 запрошень, 516 балів; 22 липня — французька мова, 5 000 запрошень, 399 балів.',
      'Загалом у липні було видано понад 20 тисяч запрошень.',
    ].join('\n');
    expect(glossForeign(page)).toContain('monthly recap');
    expect(facts(page, '2026-08-01')).toEqual([]);
  });

  it('a guide ("Що таке бал CRS …") that quotes the last rounds\' figures announces nothing', () => {
    const page = [
      'Що таке бал CRS і скільки потрібно для запрошення у 2026 році',
      'Довідник | 12 березня 2026 р.',
      'Бал CRS (Comprehensive Ranking System) — це сума балів за вік, освіту, знання мов і досвід роботи. Максимум — 1 200 балів.',
      'Які бали були в останніх раундах? Для CEC — 508 (3 березня, 4 000 запрошень), для французької мови — 397 (4 березня, 5 500 запрошень).',
      'Порада: подбайте про мовний тест заздалегідь.',
    ].join('\n');
    expect(facts(page, '2026-03-12')).toEqual([]);
  });

  it('2026\'s categories: "лікарів із канадським досвідом роботи" (physicians), "військових рекрутів" (military recruits)', () => {
    const physicians = [
      'Перший раунд цього літа для лікарів із канадським досвідом роботи',
      '24 червня 2026 р.',
      'Сьогодні IRCC провела раунд Express Entry для лікарів із канадським досвідом роботи. Запрошення отримали 271 кандидат, мінімальний бал CRS — 223.',
    ].join('\n');
    expect(facts(physicians, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
    const military = [
      'Раунд для військових рекрутів: лише 4 запрошення',
      '23 липня 2026 р.',
      'Сьогодні IRCC провела раунд №430 для кваліфікованих військових рекрутів. Запрошення отримали 4 кандидати, мінімальний бал CRS — 368.',
    ].join('\n');
    expect(facts(military, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
    // Physicians named with nurses are the health care category's.
    expect(glossForeign("Раунд для медсестер та лікарів: охорона здоров'я")).not.toContain('physicians');
  });

  it('"5,5 тис." (a decimal comma before "thousand") is 5,500', () => {
    const page = ['Франкомовний раунд: 5,5 тис. запрошень', '4 березня 2026 р.', 'Сьогодні IRCC провела раунд для франкомовних кандидатів: 5,5 тис. запрошень, прохідний бал 397.'].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', null, 'french', 5500, 397, null]]);
  });

  it('a tie-break "за київським часом" (Kyiv time) after its day is read in UTC (UTC+2 in winter, UTC+3 in summer)', () => {
    const page = [
      'Франкомовний раунд Express Entry',
      '7 серпня 2026 р.',
      'Вчора, 6 серпня, IRCC провела раунд №433 для кандидатів зі знанням французької мови: 5 000 запрошень, мінімальний бал 391.',
      'Тай-брейк: 19 березня 2026 р. о 01:32:40 за київським часом.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', '433', 'french', 5000, 391, '2026-03-18']]);
    const summer = 'Правило тай-брейку цього раунду: 18 серпня 2026 р. о 01:09:00 за київським часом (запрошення отримали ті, хто створив профіль раніше).';
    expect(glossForeign(summer)).toContain('August 18, 2026 at 01:09:00 (UTC+3)');
  });

  it('"а в середу — 4 000 …" (and on Wednesday, 4,000 …): two rounds of one sentence, each with its day and count', () => {
    const page = [
      'Два раунди цього тижня: CEC і франкомовні',
      '16 квітня 2026 р.',
      'У вівторок IRCC запросила 2 000 кандидатів CEC з мінімальним балом 515, а в середу — 4 000 франкомовних кандидатів з мінімальним балом 419.',
    ].join('\n');
    expect(facts(page, '2026-04-16')).toEqual([
      ['2026-04-14', null, 'cec', 2000, 515, null],
      ['2026-04-15', null, 'french', 4000, 419, null],
    ]);
  });

  it('"Рік тому" (a year ago) tells an earlier round', () => {
    const page = [
      'CEC: 2 000 запрошень, 515 балів',
      '14 квітня 2026 р.',
      'Сьогодні IRCC провела раунд для CEC: 2 000 запрошень, мінімальний бал 515. Рік тому, у квітні 2025 року, прохідний бал для CEC був 547.',
    ].join('\n');
    expect(facts(page, '2026-04-14')).toEqual([['2026-04-14', null, 'cec', 2000, 515, null]]);
  });

  it('"294-й загальний раунд" is general round #294', () => {
    const page = ['Загальний раунд Express Entry', '23.04.2024', 'Сьогодні IRCC провела 294-й загальний раунд Express Entry: 2 095 запрошень, мінімальний бал CRS — 529.'].join('\n');
    expect(facts(page, '2024-04-23')).toEqual([['2024-04-23', '294', 'general', 2095, 529, null]]);
  });

  it('"18-го серпня" (the 18th of August) is a day; "з 17 по 19 серпня" a span of days', () => {
    const page = ['Раунд CEC 18-го серпня', '19 серпня 2026 р.', 'IRCC 18-го серпня провела раунд для класу канадського досвіду: 1 000 запрошень, мінімальний бал 523.'].join('\n');
    expect(facts(page, '2026-08-19')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
    const span = 'З 17 по 19 серпня IRCC провела три раунди: PNP (442 запрошення, 760 балів), CEC (1 000 запрошень, 523 бали) і франкомовний (5 000 запрошень, 382 бали).';
    expect(glossForeign(span)).toMatch(/^\s*August 17-19 IRCC held three rounds/);
  });

  it('"(на 7 більше, ніж минулого разу, коли було 516 …)" (than last time, when it was 516): the round keeps its own figures', () => {
    const page = [
      'CEC: 1 000 запрошень',
      '18 серпня 2026 р.',
      'Сьогодні IRCC запросила 1 000 кандидатів CEC. Мінімальний бал — 523 (на 7 більше, ніж минулого разу, коли було 516 і 3 000 запрошень).',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
  });

  it('a tie-break "за київським часом" after a dotted day ("18.08.2026 о 01:09") is read in UTC too', () => {
    const post = 'Новий раунд CEC: 1 000 запрошень, мінімальний бал 523. Тай-брейк: 18.08.2026 о 01:09 за київським часом. #ExpressEntry';
    expect(facts(post, '2026-08-18').map((d) => d[5])).toEqual(['2026-08-17']);
  });

  it('the education category: "професій у сфері освіти" (occupations in education)', () => {
    const page = ['Раунд для професій у сфері освіти', '17 вересня 2025 р.', 'Сьогодні IRCC провела раунд для професій у сфері освіти: 2 500 запрошень, мінімальний бал 462.'].join('\n');
    expect(facts(page, '2025-09-17')).toEqual([['2025-09-17', null, 'education', 2500, 462, null]]);
  });
});

describe('Georgian (gloss-georgian.ts), audit of session 56', () => {
  it('ordinals: "436-ე რაუნდი" (the 436th round), "მე-294 საერთო რაუნდი" (general round #294), "289-ე"', () => {
    const page = [
      'კანადამ Canadian Experience Class-ის 1 000 კანდიდატი მიიწვია',
      'სამშაბათი, 18 აგვისტო, 2026 | იმიგრაციის სიახლეები',
      'დღეს კანადის იმიგრაციის, ლტოლვილთა და მოქალაქეობის სამინისტრომ (IRCC) Express Entry-ის 436-ე რაუნდი ჩაატარა. მოწვევა მუდმივ ბინადრობაზე განაცხადის შესატანად 1 000-მა კანდიდატმა მიიღო.',
      'მინიმალური CRS ქულა 523 იყო.',
      'თაიბრეიკის წესი: 2026 წლის 17 აგვისტო, 22:09:00 UTC.',
    ].join('\n');
    expect(facts(page, '2026-08-18')).toEqual([['2026-08-18', '436', 'cec', 1000, 523, '2026-08-17']]);
    const general = [
      'საერთო რაუნდი: 2 095 მოწვევა, 529 ქულა',
      '23.04.2024',
      'დღეს IRCC-მ Express Entry-ის მე-294 საერთო რაუნდი ჩაატარა, პროგრამის მითითების გარეშე. 2 095 კანდიდატი მიიწვიეს, მინიმალური ქულა 529 იყო. თაიბრეიკი: 2023 წლის 8 ნოემბერი, 17:50:29 UTC.',
    ].join('\n');
    expect(facts(general, '2024-04-23')).toEqual([['2024-04-23', '294', 'general', 2095, 529, '2023-11-08']]);
    const transport = [
      'ტრანსპორტის პროფესიების რაუნდი',
      '13 მარტი, 2024',
      'დღეს IRCC-მ 289-ე რაუნდი ჩაატარა ტრანსპორტის პროფესიებისთვის: 975 მოწვევა, მინიმალური ქულა 430. შეგახსენებთ, 16 თებერვალს სოფლის მეურნეობის რაუნდი გაიმართა (150 მოწვევა, 437 ქულა).',
    ].join('\n');
    expect(facts(transport, '2024-03-13')).toEqual([['2024-03-13', '289', 'transport', 975, 430, null]]);
  });

  it('"გუშინწინ" (the day before yesterday) dates the round two days before the page', () => {
    const page = ['Express Entry: CEC-ის ზღვარი ისევ 517', '9 ივლისი, 2026', 'გუშინწინ IRCC-მ Canadian Experience Class-ის რაუნდი ჩაატარა. 2 000 მოწვევა გაიგზავნა, მინიმალური CRS ქულა 517 იყო.'].join(
      '\n',
    );
    expect(facts(page, '2026-07-09')).toEqual([['2026-07-07', null, 'cec', 2000, 517, null]]);
  });

  it('a tie-break "თბილისის დროით" (Tbilisi time, UTC+4) is read in UTC', () => {
    const page = [
      'ფრანგულენოვანი კანდიდატების რაუნდი: 5 000 მოწვევა',
      '7 აგვისტო, 2026',
      'გუშინ, ხუთშაბათს, IRCC-მ ფრანგული ენის მცოდნე კანდიდატებისთვის Express Entry-ის რაუნდი ჩაატარა. 5 000 კანდიდატი მიიწვიეს, მინიმალური ქულა 391 იყო.',
      'თაიბრეიკი: 19 მარტი, 2026, 03:32:40 თბილისის დროით.',
    ].join('\n');
    expect(facts(page, '2026-08-07')).toEqual([['2026-08-06', null, 'french', 5000, 391, '2026-03-18']]);
  });

  it('a short post\'s "ახლახანს!" (just now) is news of the page\'s day', () => {
    const post = '⚡️ ახლახანს! Express Entry-ის ახალი რაუნდი ფრანგულენოვანთათვის: 5 000 ITA, მინ. CRS 382. თაიბრეიკი: 1 მარტი, 18:34 UTC.';
    expect(facts(post, '2026-08-19')).toEqual([['2026-08-19', null, 'french', 5000, 382, '2026-03-01']]);
  });

  it('a comparison ("7 ქულით მეტი, ვიდრე წინა რაუნდში", "რაც წინა რაუნდთან შედარებით 2 ქულით ნაკლებია") keeps the round\'s own figures', () => {
    const than = [
      'CEC-ის ახალი რაუნდი: 1 000 მოწვევა',
      '18 აგვისტო, 2026',
      'დღეს IRCC-მ Canadian Experience Class-ის 1 000 კანდიდატი მიიწვია. მინიმალური ქულა 523 იყო, 7 ქულით მეტი, ვიდრე წინა რაუნდში (516).',
    ].join('\n');
    expect(facts(than, '2026-08-18')).toEqual([['2026-08-18', null, 'cec', 1000, 523, null]]);
    const compared = [
      'CEC-ის ახალი რაუნდი',
      '23 ივნისი, 2026',
      'დღეს IRCC-მ Canadian Experience Class-ის 4 000 კანდიდატი მიიწვია მინიმალური ქულით 516, რაც წინა რაუნდთან შედარებით 2 ქულით ნაკლებია.',
    ].join('\n');
    expect(facts(compared, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516, null]]);
  });

  it('"518-დან 516-მდე შემცირდა" (fell from 518 to 516): "-მდე" there is no bound', () => {
    const page = ['CEC-ის ახალი რაუნდი', '23 ივნისი, 2026', 'დღეს IRCC-მ Canadian Experience Class-ის 4 000 კანდიდატი მიიწვია. მინიმალური ქულა 518-დან 516-მდე შემცირდა.'].join('\n');
    expect(glossForeign(page)).toContain('fell from 518 to 516');
    expect(facts(page, '2026-06-23')).toEqual([['2026-06-23', null, 'cec', 4000, 516, null]]);
  });

  it('a guide ("რა არის CRS ქულა …") that quotes the last rounds\' figures announces nothing', () => {
    const page = [
      'რა არის CRS ქულა და რამდენი გჭირდებათ მოწვევისთვის 2026 წელს',
      'სახელმძღვანელო | 12 მარტი, 2026',
      'CRS (Comprehensive Ranking System) ქულა ასაკის, განათლების, ენის ცოდნისა და სამუშაო გამოცდილების ქულების ჯამია. მაქსიმუმი 1 200 ქულაა.',
      'რა ქულები იყო ბოლო რაუნდებში? CEC - 508 (3 მარტი, 4 000 მოწვევა), ფრანგული ენა - 397 (4 მარტი, 5 500 მოწვევა).',
      'რჩევა: ენის გამოცდაზე წინასწარ იზრუნეთ.',
    ].join('\n');
    expect(facts(page, '2026-03-12')).toEqual([]);
  });

  it('2026\'s categories: "ექიმებისთვის" (physicians; with nurses, health care), "სამხედრო რეკრუტებისთვის" (military recruits)', () => {
    const physicians = [
      'რაუნდი კანადური სამუშაო გამოცდილების მქონე ექიმებისთვის',
      '24 ივნისი, 2026',
      'დღეს IRCC-მ Express Entry-ის რაუნდი ჩაატარა კანადური სამუშაო გამოცდილების მქონე ექიმებისთვის. მოწვევა 271-მა კანდიდატმა მიიღო, მინიმალური CRS ქულა 223 იყო.',
    ].join('\n');
    expect(facts(physicians, '2026-06-24')).toEqual([['2026-06-24', null, 'physicians', 271, 223, null]]);
    const military = [
      'სამხედრო რეკრუტების რაუნდი: მხოლოდ 4 მოწვევა',
      '23 ივლისი, 2026',
      'დღეს IRCC-მ #430 რაუნდი ჩაატარა კვალიფიციური სამხედრო რეკრუტებისთვის. 4 კანდიდატი მიიწვიეს, მინიმალური CRS ქულა 368 იყო.',
    ].join('\n');
    expect(facts(military, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
    expect(glossForeign('ჯანდაცვის რაუნდი: ექიმები და ექთნები, 500 მოწვევა')).toContain('physicians and nurses');
  });

  it('"5,5 ათასი" (5.5 thousand, a decimal comma) is 5,500; "300-ზე მეტი" in a headline is "more than 300"', () => {
    const page = ['ფრანგულენოვანთა რაუნდი: 5,5 ათასი მოწვევა', '4 მარტი, 2026', 'დღეს IRCC-მ ფრანგულენოვანი კანდიდატების რაუნდი ჩაატარა: 5,5 ათასი მოწვევა, მინიმალური ქულა 397.'].join('\n');
    expect(facts(page, '2026-03-04')).toEqual([['2026-03-04', null, 'french', 5500, 397, null]]);
    expect(glossForeign('IRCC-მ 300-ზე მეტი პროვინციული ნომინანტი მიიწვია Express Entry-ში')).toContain('more than 300');
  });

  it('"ერთი წლის წინ" (a year ago) tells an earlier round', () => {
    const page = [
      'CEC: 2 000 მოწვევა, 515 ქულა',
      '14 აპრილი, 2026',
      'დღეს IRCC-მ CEC-ის რაუნდი ჩაატარა: 2 000 მოწვევა, მინიმალური ქულა 515. ერთი წლის წინ, 2025 წლის აპრილში, CEC-ის ზღვარი 547 ქულა იყო.',
    ].join('\n');
    expect(facts(page, '2026-04-14')).toEqual([['2026-04-14', null, 'cec', 2000, 515, null]]);
  });

  it('"სამშაბათს …, ოთხშაბათს კი …" (on Tuesday …, and on Wednesday …) and "ფრანგულენოვნები": two rounds, each with its day', () => {
    const page = [
      'ამ კვირის ორი რაუნდი: CEC და ფრანგულენოვნები',
      '16 აპრილი, 2026',
      'სამშაბათს IRCC-მ CEC-ის 2 000 კანდიდატი მიიწვია მინიმალური ქულით 515, ოთხშაბათს კი 4 000 ფრანგულენოვანი კანდიდატი მიიწვია მინიმალური ქულით 419.',
    ].join('\n');
    expect(facts(page, '2026-04-16')).toEqual([
      ['2026-04-14', null, 'cec', 2000, 515, null],
      ['2026-04-15', null, 'french', 4000, 419, null],
    ]);
  });

  it('a tie-break "ოტავის დროით" (Ottawa time) is Eastern time, read in UTC', () => {
    const page = [
      'რაუნდი №410: CEC',
      'გამოქვეყნდა: 14.04.2026',
      'დღეს IRCC-მ Canadian Experience Class-ის 2 000 კანდიდატი მიიწვია. მინიმალური ქულა 515 იყო.',
      'თაიბრეიკი: 2026 წლის 13 აპრილი, 20:03:10 (ოტავის დროით).',
    ].join('\n');
    expect(facts(page, '2026-04-14')).toEqual([['2026-04-14', '410', 'cec', 2000, 515, '2026-04-14']]);
  });

  it('a headline asking "რატომ …?" (why …?) over a past round\'s figures announces nothing', () => {
    const page = ['რატომ არის CEC-ის ზღვარი ასე მაღალი?', '20 აგვისტო, 2026 | ანალიზი', 'CEC-ის ზღვარი 18 აგვისტოს 523 ქულა იყო, 1 000 მოწვევით. ექსპერტები ამას პულის ზრდით ხსნიან.'].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([]);
  });
});
