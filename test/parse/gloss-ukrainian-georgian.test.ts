import { describe, expect, it } from 'vitest';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { isUkrainian } from '../../src/parse/text/gloss-ukrainian.ts';
import { isGeorgian } from '../../src/parse/text/gloss-georgian.ts';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Ukrainian and Georgian draw news (docs/parser.md "Ukrainian and Georgian"): the glossaries of gloss-ukrainian.ts and
 * gloss-georgian.ts rewrite them into the English the reader knows; a Russian page stays with the Russian glossary, and an
 * English page that quotes a word of either language stays as it is.
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Ukrainian (gloss-ukrainian.ts)', () => {
  it('a news page: "Учора, 11 червня" (yesterday, June 11), "раунд №352", "отримали 2 500 осіб", "мінімальний бал CRS становив 404"; the previous round is context', () => {
    const page = [
      'Новини громади',
      'Канада запросила 2 500 франкомовних кандидатів',
      'Четвер, 12 червня 2025 р.',
      'Учора, 11 червня, IRCC провела раунд №352 у системі Express Entry — для кандидатів зі знанням французької мови.',
      'Запрошення на постійне проживання отримали 2 500 осіб, а мінімальний бал CRS становив 404.',
      'Правило тай-брейку: 3 квітня 2025 р. о 10:12:09 UTC.',
      'Попередній раунд, 2 червня, приніс 3 000 запрошень при порозі 512 балів.',
    ].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', '352', 'french', 2500, 404, '2025-04-03']]);
  });

  it('a channel post: "Новий драв", a dotted day, "Охорона здоров\'я" (health care), "Мін. бал CRS"', () => {
    const page = ['⚡ Новий драв Express Entry!', '📅 14.05.2025', "🏥 Охорона здоров'я та соціальні послуги", '📨 500 запрошень', '📉 Мін. бал CRS: 510', 'Вітаємо всіх медсестер! 💙💛'].join('\n');
    expect(facts(page, '2025-05-14')).toEqual([['2025-05-14', null, 'healthcare', 500, 510, null]]);
  });

  it('labels ("Номер раунду", "Кількість запрошень", "Найнижчий бал CRS", "Дата й час тай-брейку"); "Напередодні" (the day before) tells an earlier round', () => {
    const page = [
      'Express Entry | Канада для українців',
      'Сьогодні, 19 серпня 2025 р., IRCC провела раунд для Canadian Experience Class — це вже другий раунд цього тижня.',
      'Номер раунду: 365',
      'Кількість запрошень: 1 000',
      'Найнижчий бал CRS: 534',
      'Дата й час тай-брейку: 30 липня 2025 р. о 08:12:45 UTC',
      'Напередодні, 18 серпня, відбувся раунд PNP: 192 запрошення, 800 балів.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Round number: 365');
    expect(facts(page, '2025-08-19')).toEqual([['2025-08-19', '365', 'cec', 1000, 534, '2025-07-30']]);
  });

  it('a chat export: its speakers in Latin letters ("Олена К." → "Olena K."), so "вчора" (yesterday) counts from the message\'s stamp', () => {
    const chat = [
      '[12.06.25, 09:14] Олена К.: Дівчата, вчора був раунд для франкомовних!',
      '[12.06.25, 09:15] Олена К.: 2 500 запрошень, мінімальний бал 404 😍',
      '[12.06.25, 09:20] Марта: А CEC коли буде?',
      '[12.06.25, 09:21] Олена К.: Невідомо, останній CEC був 2 червня, 3 000 запрошень і 512 балів',
    ].join('\n');
    expect(glossForeign(chat)).toContain('] Olena K.: yesterday');
    expect(facts(chat, '2025-06-12')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
  });

  it('a guide ("Як підвищити …: покрокова інструкція", "Наприклад") announces nothing', () => {
    const page = [
      'Як підвищити бал CRS: покрокова інструкція для українців',
      'Опубліковано 3 березня 2025 р. · Путівники',
      'Бал CRS залежить від віку, освіти, мови та досвіду роботи. Ось що можна зробити.',
      '1. Складіть мовний тест ще раз: перехід на CLB 9 додає до 50 балів.',
      '2. Вивчіть французьку: NCLC 7 дає до 50 додаткових балів.',
      'Наприклад, у загальному раунді 5 лютого 2025 р. запрошення отримали 4 000 кандидатів із балом від 536.',
      'Поради юриста: не чекайте, створюйте профіль уже зараз.',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^\s*How to .*Guide/);
    expect(facts(page, '2025-03-03')).toEqual([]);
  });

  it('a question of a coming round ("Чи буде раунд …?"), "не проводила жодного раунду" (held none), an estimate: nothing', () => {
    const page = [
      'Чи буде раунд Express Entry цього тижня?',
      'Понеділок, 5 травня 2025 р.',
      'Минулого тижня IRCC не проводила жодного раунду. Останній раунд, 28 квітня, був для PNP: 421 запрошення, 727 балів.',
      'За нашими оцінками, у середу може відбутися раунд для CEC з 3 000 запрошень і порогом близько 530 балів.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Will there be');
    expect(glossForeign(page)).toContain('held no rounds');
    expect(facts(page, '2025-05-05')).toEqual([]);
  });

  it('a month’s recap ("Підсумки березня 2025") announces none of its rounds', () => {
    const page = [
      'Підсумки березня 2025: Express Entry',
      '1 квітня 2025 р.',
      "У березні IRCC провела п'ять раундів запрошень:",
      '3 березня — PNP: 725 запрошень, 667 балів',
      '6 березня — французька мова: 4 500 запрошень, 410 балів',
      '17 березня — PNP: 536 запрошень, 736 балів',
      '21 березня — французька мова: 7 500 запрошень, 379 балів',
      'Разом за місяць — 13 261 запрошення.',
    ].join('\n');
    expect(glossForeign(page)).toContain('March 2025 recap');
    expect(facts(page, '2025-04-01')).toEqual([]);
  });

  it("a province's draw (Alberta's letters of interest) and another country's (Australia's SkillSelect) announce nothing", () => {
    const alberta = [
      'Альберта запросила кандидатів Express Entry до провінційної програми',
      'Субота, 12 квітня 2025 р.',
      'Уряд Альберти у четвер, 10 квітня, надіслав листи зацікавленості 1 015 кандидатам з пулу Express Entry. Мінімальний бал CRS у цьому відборі становив 310.',
      'Кандидати, які отримають номінацію, матимуть додаткові 600 балів і майже гарантоване запрошення у федеральному раунді.',
    ].join('\n');
    expect(glossForeign(alberta)).toMatch(/^\s*Alberta invited/);
    expect(facts(alberta, '2025-04-12')).toEqual([]);
    const australia = [
      'Австралія: новий раунд SkillSelect',
      '15 травня 2025 р.',
      'Уряд Австралії провів раунд запрошень SkillSelect: 2 000 запрошень, мінімум 65 балів для візи 189.',
      'Для українців, які мріють про Австралію, це гарний шанс.',
    ].join('\n');
    expect(glossForeign(australia)).toMatch(/^\s*Australia: /);
    expect(facts(australia, '2025-05-15')).toEqual([]);
  });
});

describe('Georgian (gloss-georgian.ts)', () => {
  it('a news page: "გუშინ, 11 ივნისს" (yesterday, on June 11), "#352 რაუნდი", "მოწვევა 2 500-მა კანდიდატმა მიიღო", "მინიმალური CRS ქულა … 404 იყო"; the previous round is context', () => {
    const page = [
      'იმიგრაციის ამბები',
      'კანადამ 2 500 ფრანგულენოვანი კანდიდატი მიიწვია',
      '12 ივნისი, 2025 · 09:40',
      'გუშინ, 11 ივნისს, IRCC-მ Express Entry-ის #352 რაუნდი ჩაატარა ფრანგული ენის მცოდნე კანდიდატებისთვის. მოწვევა 2 500-მა კანდიდატმა მიიღო, მინიმალური CRS ქულა კი 404 იყო.',
      'Tie-breaking წესი: 2025-04-03, 10:12:09 UTC.',
      'წინა რაუნდში, 2 ივნისს, 3 000 მოწვევა გაიგზავნა 512 ქულით.',
    ].join('\n');
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', '352', 'french', 2500, 404, '2025-04-03']]);
  });

  it('a channel post: "ახალი რაუნდი დღეს" (a new round today), "500 მოწვევა", "მინიმალური ქულა"', () => {
    const page = ['🇨🇦 Express Entry ქართულად', '📢 ახალი რაუნდი დღეს!', '🩺 ჯანდაცვა და სოციალური მომსახურება', '✅ 500 მოწვევა', '✅ მინიმალური ქულა: 510', '14.05.2025'].join('\n');
    expect(facts(page, '2025-05-14')).toEqual([['2025-05-14', null, 'healthcare', 500, 510, null]]);
  });

  it('labels ("რაუნდის ნომერი", "მოწვევების რაოდენობა", "ყველაზე დაბალი ქულა", "თანაბარი ქულების წესი"); "მის წინა დღეს" (the day before) tells an earlier round', () => {
    const page = [
      'Express Entry | კანადა ქართულად',
      'დღეს, 19 აგვისტოს, IRCC-მ Canadian Experience Class-ის რაუნდი ჩაატარა - ეს ამ კვირის მეორე რაუნდია.',
      'რაუნდის ნომერი: 365',
      'მოწვევების რაოდენობა: 1 000',
      'ყველაზე დაბალი ქულა: 534',
      'თანაბარი ქულების წესი: 2025-07-30 08:12:45 UTC',
      'მის წინა დღეს, 18 აგვისტოს, PNP-ის რაუნდი ჩატარდა: 192 მოწვევა, 800 ქულა.',
      '19.08.2025',
    ].join('\n');
    expect(glossForeign(page)).toContain('Round number: 365');
    expect(facts(page, '2025-08-19')).toEqual([['2025-08-19', '365', 'cec', 1000, 534, '2025-07-30']]);
  });

  it('a chat export: its speakers in Latin letters ("ნინო" → "Nino"), so "გუშინ" (yesterday) counts from the message\'s stamp', () => {
    const chat = [
      '[12.06.25, 09:14] ნინო: გოგოებო, გუშინ ფრანგულენოვანების რაუნდი იყო!',
      '[12.06.25, 09:15] ნინო: 2 500 მოწვევა, მინიმალური ქულა 404 😍',
      '[12.06.25, 09:20] ანა: CEC როდის იქნება?',
      '[12.06.25, 09:21] ნინო: არ ვიცი, ბოლო CEC 2 ივნისს იყო, 3 000 მოწვევა და 512 ქულა',
    ].join('\n');
    expect(glossForeign(chat)).toContain('] Nino: yesterday');
    expect(facts(chat, '2025-06-12')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
  });

  it('a guide ("როგორ …: რჩევები", "სახელმძღვანელო", "მაგალითად") announces nothing', () => {
    const page = [
      'როგორ გავზარდოთ CRS ქულა: რჩევები ემიგრანტებისთვის',
      '3 მარტი, 2025 · სახელმძღვანელო',
      'CRS ქულა დამოკიდებულია ასაკზე, განათლებაზე, ენის ცოდნასა და სამუშაო გამოცდილებაზე.',
      '1. გადააბარეთ ენის გამოცდა: CLB 9 დამატებით 50 ქულამდე გაძლევთ.',
      '2. ისწავლეთ ფრანგული: NCLC 7 კიდევ 50 ქულამდე გაძლევთ.',
      'მაგალითად, 5 თებერვლის საერთო რაუნდში მოწვევა 4 000-მა კანდიდატმა მიიღო 536 ქულით.',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/^\s*How to .*Tips/);
    expect(facts(page, '2025-03-03')).toEqual([]);
  });

  it('a question of a coming round ("იქნება თუ არა …?"), "რაუნდი არ ჩაუტარებია" (held none), an estimate: nothing', () => {
    const page = [
      'იქნება თუ არა Express Entry-ის რაუნდი ამ კვირაში?',
      '5 მაისი, 2025',
      'გასულ კვირას IRCC-ს რაუნდი არ ჩაუტარებია. ბოლო რაუნდი 28 აპრილს ჩატარდა PNP-სთვის: 421 მოწვევა, 727 ქულა.',
      'ჩვენი შეფასებით, ოთხშაბათს შესაძლოა CEC-ის რაუნდი ჩატარდეს 3 000 მოწვევით და დაახლოებით 530 ქულით.',
    ].join('\n');
    expect(glossForeign(page)).toContain('Will there be');
    expect(glossForeign(page)).toContain('has not held');
    expect(facts(page, '2025-05-05')).toEqual([]);
  });

  it('a month’s recap ("მარტის შეჯამება") announces none of its rounds', () => {
    const page = [
      'მარტის შეჯამება: Express Entry',
      '1 აპრილი, 2025',
      'მარტში IRCC-მ ოთხი რაუნდი ჩაატარა:',
      '3 მარტი - PNP: 725 მოწვევა, 667 ქულა',
      '6 მარტი - ფრანგული ენა: 4 500 მოწვევა, 410 ქულა',
      '17 მარტი - PNP: 536 მოწვევა, 736 ქულა',
      '21 მარტი - ფრანგული ენა: 7 500 მოწვევა, 379 ქულა',
      'სულ თვის განმავლობაში: 13 261 მოწვევა.',
    ].join('\n');
    expect(glossForeign(page)).toContain('March recap');
    expect(facts(page, '2025-04-01')).toEqual([]);
  });

  it("a province's draw (Alberta's letters to Express Entry candidates) and another country's (Australia's SkillSelect) announce nothing", () => {
    const alberta = [
      'ალბერტამ Express Entry-ის კანდიდატები პროვინციულ პროგრამაში მიიწვია',
      '12 აპრილი, 2025',
      'ალბერტის მთავრობამ ხუთშაბათს, 10 აპრილს, Express Entry-ის პულიდან 1 015 კანდიდატს დაინტერესების წერილი გაუგზავნა. მინიმალური CRS ქულა 310 იყო.',
      'ნომინაციის მიღების შემდეგ კანდიდატები დამატებით 600 ქულას მიიღებენ.',
    ].join('\n');
    expect(glossForeign(alberta)).toMatch(/^\s*Alberta /);
    expect(facts(alberta, '2025-04-12')).toEqual([]);
    const australia = [
      'ავსტრალია: SkillSelect-ის ახალი რაუნდი',
      '15 მაისი, 2025',
      'ავსტრალიის მთავრობამ SkillSelect-ის რაუნდი ჩაატარა: 2 000 მოწვევა, მინიმალური ქულა 65 (189 ვიზა).',
      'ეს კარგი შანსია იმ ქართველებისთვის, ვინც ავსტრალიაში გადასვლას გეგმავს.',
    ].join('\n');
    expect(glossForeign(australia)).toMatch(/^\s*Australia: /);
    expect(facts(australia, '2025-05-15')).toEqual([]);
  });
});

describe('an English or a Russian page is not glossed as Ukrainian or Georgian', () => {
  it('Ukrainian words and names in an English report leave it as it is; the Ukrainian telling of it is read', () => {
    const page = [
      'Canada invites 2,500 French-speaking candidates',
      'By Olena Marchenko | Ukrainian News Edmonton (Українські новини) | June 12, 2025',
      'IRCC held a French-language proficiency draw on June 11, inviting 2,500 candidates with a minimum CRS score of 404. Readers of our Ukrainian edition asked what «запрошення» means — it is the invitation to apply. Слава Україні!',
    ].join('\n');
    expect(isUkrainian(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
    const post = '⚡ Новий драв Express Entry | 11.06.2025 | Знання французької мови: 2 500 запрошень, мінімальний бал CRS 404 🇨🇦';
    expect(facts(post, '2025-06-11')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
  });

  it('Georgian words and names in an English report leave it as it is; the Georgian telling of it is read', () => {
    const page = [
      'Canada invites 2,500 French-speaking candidates',
      'By Nino Beridze | Georgian Diaspora News (ქართული დიასპორა) | June 12, 2025',
      'IRCC held a French-language proficiency draw on June 11, inviting 2,500 candidates with a minimum CRS score of 404. Our readers asked what "მოწვევა" means: it is the invitation to apply. გაუმარჯოს!',
    ].join('\n');
    expect(isGeorgian(page)).toBe(false);
    expect(glossForeign(page)).toBe(page);
    expect(facts(page, '2025-06-12')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
    const post = '📢 Express Entry-ის ახალი რაუნდი | 11.06.2025 | ფრანგული ენა: 2 500 მოწვევა, მინიმალური CRS ქულა 404 🇨🇦';
    expect(facts(post, '2025-06-11')).toEqual([['2025-06-11', null, 'french', 2500, 404, null]]);
  });

  it("a Russian page, without the letters і, ї, є, ґ, stays with the Russian glossary; a Ukrainian one is Ukrainian's", () => {
    const page = [
      'Новый раунд Express Entry: 3 000 приглашений',
      '18.02.2026 | Иммиграция в Канаду',
      'Сегодня IRCC провело раунд №398 для кандидатов Canadian Experience Class. Выдано 3 000 приглашений, проходной балл 511.',
      'Предыдущий раунд CEC, 4 февраля, собрал 4 000 приглашений при проходном балле 509.',
    ].join('\n');
    expect(isUkrainian(page)).toBe(false);
    expect(facts(page, '2026-02-18')).toEqual([['2026-02-18', '398', 'cec', 3000, 511, null]]);
    // A Ukrainian page of a round ("працівників охорони здоров'я", health care workers; "Видано 3 000 запрошень") is Ukrainian's.
    const ukrainian = [
      'Новий раунд Express Entry: 3 000 запрошень',
      '18.02.2026 | Імміграція до Канади',
      "Сьогодні IRCC провела раунд №398 для працівників охорони здоров'я. Видано 3 000 запрошень, прохідний бал 511.",
      'Попередній такий раунд, 4 лютого, приніс 4 000 запрошень при прохідному балі 509.',
    ].join('\n');
    expect(isUkrainian(ukrainian)).toBe(true);
    expect(facts(ukrainian, '2026-02-18')).toEqual([['2026-02-18', '398', 'healthcare', 3000, 511, null]]);
  });
});
