import { describe, expect, it } from 'vitest';
import { announcedDraws } from '../helpers/announced.ts';

/**
 * Session 49 of the reader (issue 14): rules from the made-up sets tuned on (docs/parser.md "Session 49").
 */

const facts = (text: string, published?: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

describe('Hindi cards (u32-4-26)', () => {
  it('"आमंत्रण: 1,391" is a card\'s invitations, and "दो दिनों में 7,691" a total of two days, not the first round\'s', () => {
    const page = [
      'कनाडा इमिग्रेशन समाचार',
      'होम | एक्सप्रेस एंट्री | स्टडी वीज़ा | संपर्क',
      'कनाडा एक्सप्रेस एंट्री: दो दिनों में 7,691 उम्मीदवारों को ITA',
      '18 जुलाई 2024 | इमिग्रेशन डेस्क',
      'इमिग्रेशन, रिफ्यूजी एंड सिटिज़नशिप कनाडा (IRCC) ने इस सप्ताह लगातार दो दिन एक्सप्रेस एंट्री ड्रॉ आयोजित किए।',
      'ड्रॉ #303 - 16/07/2024 (मंगलवार)',
      'कार्यक्रम: प्रांतीय नामांकन कार्यक्रम (PNP)',
      'आमंत्रण: 1,391',
      'न्यूनतम CRS: 670',
      'ड्रॉ #304 - 17/07/2024 (बुधवार)',
      'कार्यक्रम: कैनेडियन एक्सपीरियंस क्लास (CEC)',
      'आमंत्रण: 6,300',
      'न्यूनतम CRS: 515',
      'भारतीय छात्रों के लिए इसका क्या मतलब है?',
      'कनाडा में पढ़ाई पूरी करके PGWP पर एक साल काम कर चुके भारतीय छात्रों के लिए CEC ड्रॉ बड़ी राहत है। 515 का कट-ऑफ पिछले कई महीनों की तुलना में कम है।',
      'शेयर करें: WhatsApp | Facebook | X',
    ].join('\n');
    expect(facts(page, '2024-07-18')).toEqual([
      ['2024-07-16', '303', 'pnp', 1391, 670, null],
      ['2024-07-17', '304', 'cec', 6300, 515, null],
    ]);
  });
});

describe('newsletters, FAQ pages, live entries, breaking tags, French lists, numbered answers', () => {
  it('guard: a Hindi body sentence with seven words between "को" and "निमंत्रण" still gives its count when a key-points card repeats it', () => {
    const page = [
      'प्रवासी समाचार | विदेश | कनाडा',
      '',
      'कनाडा एक्सप्रेस एंट्री ड्रॉ: 3,900 उम्मीदवारों को स्थायी निवास का न्योता, कट-ऑफ 475',
      '',
      'नई दिल्ली, 31 अक्टूबर 2019 | संवाददाता',
      '',
      'कनाडा के इमिग्रेशन विभाग IRCC ने बुधवार, 30 अक्टूबर 2019 को एक्सप्रेस एंट्री का नया ड्रॉ निकाला। इस ड्रॉ (संख्या 129) में 3,900 उम्मीदवारों को स्थायी निवास (PR) के लिए आवेदन करने का निमंत्रण (ITA) भेजा गया। न्यूनतम CRS स्कोर 475 रहा।',
      '',
      'टाई-ब्रेक नियम: 29 अगस्त 2019, सुबह 09:20:24 बजे (भारतीय समय)। यानी जिन उम्मीदवारों का स्कोर ठीक 475 था और जिन्होंने इस समय से पहले अपनी प्रोफाइल जमा की थी, उन्हें निमंत्रण मिला।',
      '',
      'पिछले ड्रॉ से तुलना',
      'इससे पहले 16 अक्टूबर को केवल फेडरल स्किल्ड ट्रेड्स के लिए ड्रॉ हुआ था, जिसमें 500 निमंत्रण 357 अंकों पर जारी किए गए थे। 2 अक्टूबर के सामान्य ड्रॉ में 3,900 निमंत्रण 464 अंकों पर दिए गए थे। इस तरह सामान्य ड्रॉ का कट-ऑफ 11 अंक बढ़ गया है।',
      '',
      'भारतीयों के लिए क्या मतलब?',
      'एक्सप्रेस एंट्री के तहत निमंत्रण पाने वालों में सबसे बड़ी संख्या भारतीयों की होती है। विशेषज्ञों का कहना है कि कट-ऑफ बढ़ने से 470 से कम स्कोर वाले उम्मीदवारों को भाषा परीक्षा दोबारा देने या प्रांतीय नामांकन (PNP) पर विचार करना चाहिए।',
      '',
      'मुख्य बातें:',
      '• ड्रॉ की तारीख: 30 अक्टूबर 2019',
      '• निमंत्रण: 3,900',
      '• न्यूनतम CRS: 475',
      '• 2019 में अब तक कुल निमंत्रण: 71,700',
      '',
      'यह भी पढ़ें:',
      '- कनाडा स्टडी वीज़ा: SDS के नए नियम',
      '- IELTS में 8 बैंड कैसे लाएं',
      '',
      'टिप्पणियाँ बंद हैं।',
    ].join('\n');
    expect(facts(page, '2019-10-31')).toEqual([['2019-10-30', null, 'general', 3900, 475, null]]);
  });
  it("a newsletter's \"1. Express Entry: 2,000 invitations at 458\" is a federal round's, though its table of contents names Ontario's Human Capital Priorities stream", () => {
    const page = [
      'View this email in your browser',
      'THE FRIDAY BRIEF',
      'Canadian immigration news from the team at Lakeshore Immigration Law',
      'November 10, 2017 | Issue 46',
      'In this issue',
      '1. Express Entry: 2,000 invitations at 458',
      '2. Ontario reopens Human Capital Priorities stream',
      '3. Parents and Grandparents: interest forms coming in January',
      '1. Express Entry: 2,000 invitations at 458',
      "IRCC held an all-program Express Entry draw on Wednesday, November 8, inviting 2,000 candidates. The minimum CRS score was 458, noticeably higher than recent rounds. Last week's program-specific rounds (November 1) targeted PNP and Federal Skilled Trades candidates only, so the pool had two weeks to refill with high-scoring profiles.",
      '2. Ontario reopens Human Capital Priorities stream',
      'The OINP has sent new Notifications of Interest to candidates in the federal pool with scores of 400 or more. If you received one, you have 45 days to apply to Ontario.',
      '3. Parents and Grandparents Program',
      'IRCC has confirmed that the interest-to-sponsor form will open again in early January 2018.',
      'Talk to a lawyer',
      'Book a 30-minute call with one of our lawyers →',
      'You are receiving this email because you subscribed at our website.',
      'Unsubscribe | Update preferences',
    ].join('\n');
    expect(facts(page, '2017-11-10')).toEqual([['2017-11-08', null, 'general', 2000, 458, null]]);
  });
  it('"June 29, 2023 | Express Entry, Healthcare" under an FAQ headline is a dateline with tags, not a later round that outnumbers yesterday\'s', () => {
    const page = [
      'Sterling Lane Immigration — Knowledge Base › FAQ',
      "IRCC's First Category-Based Express Entry Draw: 9 Questions Answered",
      'June 29, 2023 | Express Entry, Healthcare',
      'Yesterday, June 28, 2023, IRCC held its first-ever category-based Express Entry round, reserved for healthcare occupations. Here is what you need to know.',
      '1. How many people were invited?',
      '500 candidates received an invitation to apply.',
      '2. What was the cut-off?',
      'The minimum CRS score was 476. Tie-breaking rule: November 12, 2022 at 12:47:27 UTC.',
      '3. How does that compare with the regular draw?',
      'The day before, a round with no program specified invited 4,300 candidates with a minimum of 486 — so healthcare workers were invited with 10 fewer points.',
      '4. Which occupations count?',
      'Thirty-five occupations, including registered nurses, nurse aides, physicians, pharmacists, physiotherapists and medical laboratory technologists.',
      '5. Do I need to apply for the category?',
      'No. IRCC checks your work history automatically. Make sure your NOC codes are correct.',
      '6. How much experience do I need?',
      'At least six months of continuous work in an eligible occupation within the last three years.',
      '7. Will there be more category draws?',
      'Yes. IRCC has announced six categories: healthcare, STEM, trades, transport, agriculture and agri-food, and French-language proficiency.',
      '8. Where can I see the official notice?',
      "On IRCC's rounds of invitations page, listed as round #252.",
      '9. Can you check my NOC?',
      'Yes — book a NOC review ($150, 30 minutes).',
    ].join('\n');
    expect(facts(page, '2023-06-29')).toEqual([['2023-06-28', '252', 'healthcare', 500, 476, '2022-11-12']]);
  });
  it('"▶ 8:05 a.m. ET: IRCC published the results": a live entry under the day\'s heading, dated that day', () => {
    const page = [
      'LIVE BLOG — Express Entry: first draw for military recruits',
      'Thursday, July 23, 2026',
      '▶ 11:35 a.m. ET: Lawyers note that only a handful of CAF recruits are eligible so far. Expect small rounds.',
      '▶ 8:05 a.m. ET: IRCC published the results. Skilled military recruits round: 4 invitations. Lowest-ranked: CRS 368. Tie-break: June 02, 2026 at 20:11:26 UTC.',
      '▶ 7:30 a.m. ET: A new round appears on IRCC\'s page under "Skilled Military Recruits, 2026-Version 1".',
      "▶ 6:45 a.m. ET: Yesterday's French round (5,000 invited at 399) is still being digested. Welcome back to our live coverage.",
    ].join('\n');
    expect(facts(page, '2026-07-23')).toEqual([['2026-07-23', null, 'military', 4, 368, '2026-06-02']]);
  });
  it('"BREAKING NEWS" over a stamp and a headline with no day: the round is the page\'s day\'s', () => {
    const page = [
      'BREAKING NEWS',
      'Sept. 28, 2023 | 1:10 PM ET',
      "Express Entry: First-ever agriculture and agri-food draw invites 600, CRS 354 ... Bank of Canada's Macklem speaks in Halifax ... Blue Jays clinch wild-card berth hopes ... ",
    ].join('\n');
    expect(facts(page, '2023-09-28')).toEqual([['2023-09-28', null, 'agriculture', 600, 354, null]]);
  });
  it('"JUST IN · 05/03/2026 · 07:18 ET": the round is the page\'s day\'s', () => {
    const page = [
      'JUST IN · 05/03/2026 · 07:18 ET',
      'Express Entry: IRCC invites 250 senior managers with Canadian experience — minimum CRS 429 — tie-break 2025-08-19 15:10:18 UTC',
      'Next: Federal budget debate resumes · Winter storm watch for Maritimes',
    ].join('\n');
    expect(facts(page, '2026-03-05')).toEqual([['2026-03-05', null, 'managers', 250, 429, '2025-08-19']]);
  });
  it('"pour les infirmiers, aides-soignants et médecins" lists occupations of a health round, not the physicians\' program', () => {
    const page = [
      "Objectif Canada — le blog de l'expatriation",
      'Accueil › Entrée express › Actualités',
      'Entrée express : 3 000 invitations pour les professionnels de la santé',
      '21/11/2024 — par Thomas Lefèvre',
      "Bonne nouvelle pour les infirmiers, aides-soignants et médecins français : IRCC a organisé hier, mercredi 20 novembre 2024, une ronde d'invitations réservée aux professions de la santé.",
      'Les chiffres :',
      '→ 3 000 invitations',
      '→ score minimum : 463 points',
      '→ règle de départage : 21/10/2024 à 16:12:39 UTC',
      'La précédente ronde santé, le 5 juillet, avait invité 3 750 candidats avec un score minimum de 445.',
      'Infirmier en France : êtes-vous admissible ?',
      "Il faut au moins six mois d'expérience continue dans une profession admissible au cours des trois dernières années, et une évaluation de votre diplôme. Attention : l'inscription à un ordre professionnel canadien reste nécessaire pour exercer.",
      'Prendre rendez-vous · Télécharger notre guide gratuit',
      'Commentaires (12)',
    ].join('\n');
    expect(facts(page, '2024-11-21')).toEqual([['2024-11-20', null, 'healthcare', 3000, 463, '2024-10-21']]);
  });
  it('"a PNP round on Monday, August 26 (No. 311)" dates the round whose figures come later as "No. 311 — PNP: 1,121 invitations"', () => {
    const page = [
      'Crestview Immigration Consultants — Knowledge Centre',
      'Express Entry This Week: Your Questions About the August 26–27 Draws',
      'August 28, 2024',
      'Q. How many draws did IRCC hold this week?',
      'Two so far: a Provincial Nominee Program round on Monday, August 26 (No. 311), and a Canadian Experience Class round on Tuesday, August 27 (No. 312).',
      'Q. What were the numbers?',
      'No. 311 — PNP: 1,121 invitations, minimum score 694.',
      'No. 312 — CEC: 3,300 invitations, minimum score 507. Tie-breaking rule: 17/04/2024 16:11:20 ET.',
      'Q. Is 507 a good sign?',
      "It's the lowest CEC cut-off of 2024 so far, down from 509 on August 14.",
      'Q. Will there be a French-language draw this week?',
      'Possibly. IRCC has often followed a PNP and CEC pair with a category round.',
      'Q. My score is 505. Should I wait?',
      'Use the time to improve your score or explore provincial streams. We can help.',
      'Book a consultation · Call us · Chat on WhatsApp',
    ].join('\n');
    expect(facts(page, '2024-08-28')).toEqual([
      ['2024-08-26', '311', 'pnp', 1121, 694, null],
      ['2024-08-27', '312', 'cec', 3300, 507, '2024-04-17'],
    ]);
  });
});

describe('pasted JSON, numbers in closing brackets, Chinese days, monthly recaps', () => {
  it('a pasted API response: the "latest" object\'s keys are the round\'s figures, the "previous" object\'s an earlier round\'s', () => {
    const page = [
      'EE Rounds API - /v1/rounds/latest',
      'Response (fetched 2023-06-28T17:04:11Z):',
      '{',
      '  "updated": "2023-06-28T16:58:00Z",',
      '  "latest": {',
      '    "round": 252,',
      '    "date": "2023-06-28",',
      '    "type": "Healthcare occupations (Version 1)",',
      '    "invitations": 500,',
      '    "crs_min": 476,',
      '    "tie_break_utc": "2022-11-12T12:47:27Z"',
      '  },',
      '  "previous": {',
      '    "round": 251,',
      '    "date": "2023-06-27",',
      '    "type": "No Program Specified",',
      '    "invitations": 4300,',
      '    "crs_min": 486,',
      '    "tie_break_utc": "2023-06-21T00:57:04Z"',
      '  }',
      '}',
      'Changelog note: new `type` values added for category-based selection. Round 252 is the first category-based round; clients that validate `type` against a fixed list must be updated.',
    ].join('\n');
    expect(facts(page, '2023-06-28')).toEqual([['2023-06-28', '252', 'healthcare', 500, 476, '2022-11-12']]);
  });
  it('"Monday - PNP: 264 invited, CRS ≥ 710 (#399)": the round\'s number in brackets after its figures', () => {
    const page = [
      'The Pool Report',
      'This week in Express Entry (March 2-6, 2026)',
      'Friday, March 6, 2026',
      'Four draws, 10,014 invitations',
      'Monday - PNP: 264 invited, CRS ≥ 710 (#399)',
      'Tuesday - CEC: 4,000 invited, CRS ≥ 508 (#400)',
      'Wednesday - French: 5,500 invited, CRS ≥ 397 (#401)',
      'Thursday - Senior managers with Canadian work experience: 250 invited, CRS ≥ 429 (#402)',
      'The headline: the first-ever round for senior managers. Candidates needed Canadian work experience in a senior management occupation (TEER 0).',
      'The CEC cut-off was unchanged from February 17 (508).',
      'Read the full issue on the web | Forward | Unsubscribe',
    ].join('\n');
    expect(facts(page, '2026-03-06')).toEqual([
      ['2026-03-02', '399', 'pnp', 264, 710, null],
      ['2026-03-03', '400', 'cec', 4000, 508, null],
      ['2026-03-04', '401', 'french', 5500, 397, null],
      ['2026-03-05', '402', 'managers', 250, 429, null],
    ]);
  });
  it('"于12月10日进行了第384轮": the day glued to the next word is still the round\'s day', () => {
    const page = [
      '枫叶移民资讯 > 加拿大 > 快速通道',
      '加拿大EE连续两天抽签：CEC邀请6000人，医疗类别邀请1000人',
      '2025年12月11日 来源：枫叶移民资讯编辑部',
      '加拿大移民部（IRCC）于12月10日进行了第384轮快速通道（Express Entry）抽签，面向加拿大经验类（CEC）申请人，共发出6,000份申请邀请（ITA），最低分数线为520分。',
      '12月11日，IRCC又进行了第385轮抽签，为医疗保健和社会服务类别专场，共邀请1,000人，最低分数为476分。',
      '与11月26日CEC抽签的531分相比，本次CEC分数线下降了11分，邀请人数也大幅增加。',
      '编者点评：年底前CEC大规模抽签，对在加拿大工作的留学生是利好消息。',
      '相关阅读：',
      '- 2026年移民配额计划解读',
      '- 法语类别抽签分数持续走低',
      '分享到：微信 | 微博',
    ].join('\n');
    expect(facts(page, '2025-12-11')).toEqual([
      ['2025-12-10', '384', 'cec', 6000, 520, null],
      ['2025-12-11', '385', 'healthcare', 1000, 476, null],
    ]);
  });
  it('"September 2025 Express Entry recap: 7 rounds" announces none of its rounds, not even the day before\'s', () => {
    const page = [
      'September 2025 Express Entry recap: 7 rounds, 10,018 invitations',
      'Published September 30, 2025',
      'Date | Round | Category | ITAs | CRS',
      'Sep 2 | 363 | PNP | 249 | 772',
      'Sep 3 | 364 | CEC | 1,000 | 534',
      'Sep 4 | 365 | French | 4,500 | 446',
      'Sep 15 | 366 | PNP | 228 | 746',
      'Sep 17 | 367 | Education | 2,500 | 462',
      'Sep 18 | 368 | Trades | 1,250 | 505',
      'Sep 29 | 369 | PNP | 291 | 855',
      'Key points',
      '- French-language rounds still give the most invitations, 4,500 this month.',
      '- The CEC cut-off stayed at 534 for the second month in a row.',
      '- The PNP cut-off of 855 on September 29 was the highest in more than a year.',
      '- No healthcare round in September.',
      'Monthly recaps are published on the last business day of each month.',
    ].join('\n');
    expect(facts(page, '2025-09-30')).toEqual([]);
  });
  it('guard: "Express Entry monthly: July recap and today\'s draw" still announces today\'s draw', () => {
    const page = [
      "Express Entry monthly: July recap and today's draw",
      'August 7, 2015',
      'July: two draws, July 10 (1,516 at 463) and July 17 (1,581 at 451), 3,097 invitations in total.',
      'Today: IRCC held the 14th draw: 1,402 invitations, minimum CRS 471.',
      '2015 so far: 14 draws, 17,427 ITAs.',
      'The cut-off has now stayed between 451 and 482 in every draw since March, apart from the 755 of May 22. Candidates without a job offer or provincial nomination should aim for the high 400s.',
    ].join('\n');
    expect(facts(page, '2015-08-07')).toEqual([['2015-08-07', '14', 'general', 1402, 471, null]]);
  });
});

describe('cards and labels in other forms', () => {
  it('"🇨🇦 Express Entry #430 | 23.07.2026": a card\'s title, its day the round\'s', () => {
    const page = ['🇨🇦 Express Entry #430 | 23.07.2026', 'Skilled Military Recruits - 4 ITAs - min CRS 368'].join('\n');
    expect(facts(page, '2026-07-23')).toEqual([['2026-07-23', '430', 'military', 4, 368, null]]);
  });
  it('Arabic "رقم السحب: 256" is the draw\'s number, and a number at a line\'s end is not glued to the next line', () => {
    const page = [
      'الهجرة إلى كندا | أخبار',
      'كندا: أول سحب مخصص للناطقين بالفرنسية ضمن نظام Express Entry',
      'السبت 8 يوليو 2023',
      'أجرت وزارة الهجرة واللاجئين والمواطنة الكندية (IRCC) يوم الجمعة 7 يوليو 2023 سحبًا جديدًا ضمن نظام الدخول السريع (Express Entry)، وهو أول سحب مخصص للمرشحين الذين يتقنون اللغة الفرنسية.',
      'تفاصيل السحب:',
      'رقم السحب: 256',
      'الفئة: إتقان اللغة الفرنسية',
      'عدد الدعوات: 2,300 دعوة للتقديم على الإقامة الدائمة',
      'الحد الأدنى لنقاط CRS: 439',
      'وجاء هذا السحب بعد يوم واحد من سحب لقطاع الرعاية الصحية دعا 1,500 مرشح بحد أدنى 463 نقطة.',
      'ماذا يعني ذلك للمرشحين العرب؟',
      'يستفيد كثير من المرشحين من دول المغرب العربي ولبنان من هذه الفئة الجديدة، إذ يكفي الحصول على مستوى NCLC 7 في جميع المهارات الأربع في اختبار TEF Canada أو TCF Canada.',
      'للاستشارة: تواصل معنا عبر واتساب',
      'شارك: فيسبوك | تويتر | واتساب',
    ].join('\n');
    expect(facts(page, '2023-07-08')).toEqual([['2023-07-07', '256', 'french', 2300, 439, null]]);
  });
  it('"Mon, Dec 18 - General (#275): …": a number in brackets after "General" is the round\'s', () => {
    const page = [
      'Express Entry Weekly Round-up',
      'Week of December 18-22, 2023',
      'Posted Dec 22, 2023 by the editors | 6 min read',
      'Four draws in four days to close out 2023.',
      'Mon, Dec 18 - General (#275): 1,325 ITAs, CRS 542',
      'Tue, Dec 19 - Trade occupations (#276): 1,000 ITAs, CRS 425',
      'Wed, Dec 20 - Transport occupations (#277): 670 ITAs, CRS 435',
      'Thu, Dec 21 - Agriculture and agri-food occupations (#278): 400 ITAs, CRS 386',
      'Week total: 3,395 invitations',
      'Takeaways',
      '1. Category rounds are where the low scores are. Three of the four rounds this week had cut-offs below 440.',
      '2. The general round stayed high. 542 is tough for anyone without a provincial nomination or a strong French score.',
      '3. It was the second agriculture round ever, after the first in September.',
      'Next issue: January 5, 2024. Happy holidays from all of us.',
      'Subscribe | Archive | Contact',
    ].join('\n');
    expect(facts(page, '2023-12-22')).toEqual([
      ['2023-12-18', '275', 'general', 1325, 542, null],
      ['2023-12-19', '276', 'trades', 1000, 425, null],
      ['2023-12-20', '277', 'transport', 670, 435, null],
      ['2023-12-21', '278', 'agriculture', 400, 386, null],
    ]);
  });
  it("\"400 Federal Skilled Trades candidates, with scores as low as 199 points\" is the round's cut-off (and, since session 51, the parallel round's day: the wire's dateline is the release's)", () => {
    const page = [
      'FOR IMMEDIATE RELEASE',
      'Maple Pathways Immigration Law welcomes first Express Entry round for skilled tradespeople',
      'First-ever Federal Skilled Trades round held alongside a provincial nominee round',
      'TORONTO, May 26, 2017 /CNW/ - Immigration, Refugees and Citizenship Canada (IRCC) today conducted two Express Entry rounds of invitations at the same time, including the first round ever limited to candidates eligible for the Federal Skilled Trades Program.',
      'In round 64, IRCC invited 400 Federal Skilled Trades candidates, with scores as low as 199 points under the Comprehensive Ranking System (CRS). In a parallel round (No. 63), 143 candidates holding a provincial nomination were invited; the lowest score in that round was 775.',
      '"Welders, electricians and heavy-duty mechanics have struggled to compete with university-educated candidates in the Express Entry pool," said Danielle Okafor, managing partner at Maple Pathways. "A cut-off below 200 tells tradespeople that Canada wants them, and that it is worth creating a profile."',
      'The rounds come nine days after the May 17 all-program round, which invited 3,687 candidates with a minimum of 415 points.',
      'Maple Pathways will host a free webinar for trades workers on June 1, 2017.',
      'About Maple Pathways Immigration Law',
      'Maple Pathways is a Toronto-based immigration law firm with offices in Calgary and Halifax.',
      'Media contact:',
      'Jordan Li, Communications',
      'media@maplepathways.example | 416-555-0142',
      '-30-',
    ].join('\n');
    expect(facts(page, '2017-05-26')).toEqual([
      ['2017-05-26', '64', 'fst', 400, 199, null],
      ['2017-05-26', '63', 'pnp', 143, 775, null],
    ]);
  });
});

describe('community posts in Punjabi-, Urdu- and Tagalog-English', () => {
  it('"Ajj Express Entry de 2 draw hoye ne" over "1️⃣ FST – 500 ITA – CRS 288" / "2️⃣ PNP – 200 ITA – CRS 902": two rounds of the day; "288 te ITA mil gaya" is no count', () => {
    const page = [
      'Punjabi Canada PR Group 🇮🇳➡️🇨🇦',
      'Gurpreet Singh Sandhu',
      '30 May 2018 · 🌎',
      'Sat Sri Akal ji sareyan nu 🙏',
      'Ajj Express Entry de 2 draw hoye ne, dono special program wale:',
      '1️⃣ Federal Skilled Trades (FST) – 500 ITA – CRS 288',
      '2️⃣ Provincial Nominee Program (PNP) – 200 ITA – CRS 902',
      'Trades wale veeran layi bahut vadiya khabar aa! 288 te ITA mil gaya, jinha ne Red Seal ja certificate of qualification leya hoya, ohna da number aa gaya.',
      'General draw (sare programs wala) hale nahi hoya, shayad agle hafte. Pichhla general draw 23 May nu 3,500 ITA te 440 te si.',
      'Waheguru mehar kare sab te 🙏',
      '❤️ 312   💬 96 comments   ↗️ 41 shares',
      'Jaswinder Kaur: Mubarkaan veer! Mera husband welder aa, CRS 301, ITA aa gaya 😭🙏',
      'Harman Gill: 902 wala PNP da hai na? Eh ta nomination wale ne',
      '  Gurpreet Singh Sandhu: Haan ji, 600 PNP de points + base score',
    ].join('\n');
    expect(facts(page, '2018-05-30')).toEqual([
      ['2018-05-30', null, 'fst', 500, 288, null],
      ['2018-05-30', null, 'pnp', 200, 902, null],
    ]);
  });
  it('"aaj … Monday ko hua hai is dafa, aam tor par Wednesday hota hai": the usual Wednesday is no round\'s day', () => {
    const page = [
      'Pakistan to Canada Immigration Forum 🇵🇰🇨🇦',
      'Admin: Faisal Qureshi',
      'August 12, 2019',
      'Assalam o Alaikum dosto!',
      'Alhamdulillah aaj Express Entry ka naya draw ho gaya hai, Monday ko hua hai is dafa, aam tor par Wednesday hota hai.',
      '✅ Invitations: 3,600',
      '✅ Minimum CRS: 466',
      '✅ Tie-breaking rule: 06 August 2019 at 12:14:53 UTC',
      'Pichla draw 24 July ko 459 par tha, is liye score thoda upar gaya hai. Jin ka score 466 se zyada hai apna account check karein.',
      'Jin bhaiyon ka score kam hai woh IELTS dobara dein ya French seekhna shuru karein — in sha Allah next draws mein chance banega.',
      "Du'aon mein yaad rakhein 🤲",
      'Like · Comment · Share',
      '128 comments',
      'Asad Ali: Mashallah! 471 par ITA mil gaya 🎉',
      'Sadia Nawaz: Mera 462 hai, bas 4 number se reh gaye 😢',
    ].join('\n');
    expect(facts(page, '2019-08-12')).toEqual([['2019-08-12', null, 'general', 3600, 466, '2019-08-06']]);
  });
  it('"dalawang draw this week!" over yesterday\'s and today\'s rounds: both are the news', () => {
    const page = [
      'Pinoy sa Canada – Express Entry & PNP Support Group',
      'Mariel Dela Cruz',
      'September 15, 2021 · Shared with Members of group',
      'Mga kabayan, dalawang draw this week! 🇨🇦🇵🇭',
      '➡️ Kahapon (Sept 14) – CEC draw: 2,000 ITAs, lowest CRS 462',
      '➡️ Ngayong araw (Sept 15) – PNP draw: 521 ITAs, lowest CRS 732',
      'Medyo tumaas yung CEC kasi kaunti lang yung ininvite compared sa summer draws na 4,500-6,000. Sa mga naka-PNP nomination na, congrats po! 🎉',
      'Sa mga nasa FSW, wala pa rin pong FSW draw simula December. Tiis lang tayo and keep improving our IELTS scores.',
      'Laban lang! 💪',
      '👍❤️ 187 · 54 comments',
      'Comments',
      'Jomar Santos: Congrats sa lahat! 458 ako, sayang 😭',
      "Kristine A.: Ma'am ano po yung timeline after ITA? First time ko po",
      '  Mariel Dela Cruz: 60 days para mag-submit ng eAPR, check the pinned post po',
    ].join('\n');
    expect(facts(page, '2021-09-15')).toEqual([
      ['2021-09-14', null, 'cec', 2000, 462, null],
      ['2021-09-15', null, 'pnp', 521, 732, null],
    ]);
  });
});

describe("romanized weekdays and a tracker's marked row", () => {
  it('"Somvaar 17/08", "Mangalvaar 18/08", "Budhvaar 19/08": Monday to Wednesday, each its round\'s day', () => {
    const page = [
      'Canada PR Updates – Hindi 🇨🇦',
      'WhatsApp Channel',
      '20 Aug 2026',
      '🗓 *Is hafte ke Express Entry draws (17–19 Aug)* 👇',
      '🔸 *Somvaar 17/08* – PNP – 442 ITA – CRS 760',
      '🔸 *Mangalvaar 18/08* – CEC – 1,000 ITA – CRS 523',
      '🔸 *Budhvaar 19/08* – French language – 5,000 ITA – CRS 382',
      'Total: 6,442 ITAs teen din mein 🔥',
      'CEC ka score 523 pe atak gaya, pichhle CEC draw mein 516 tha. French wale phir se jeet gaye — 382 pe ITA!',
      'Agar French NCLC 7 nahi hai toh ab shuru kar do doston, aane wale saal mein bhi yahi trend rahega.',
      '9:14 am',
      '👍 2.7K  😮 510  🙏 388',
    ].join('\n');
    expect(facts(page, '2026-08-20')).toEqual([
      ['2026-08-17', null, 'pnp', 442, 760, null],
      ['2026-08-18', null, 'cec', 1000, 523, null],
      ['2026-08-19', null, 'french', 5000, 382, null],
    ]);
  });
  it('"★ = latest round" over "★ 5 | 20-Mar-2015 | …": the tracker\'s marked row is its news, though the page is a tracker', () => {
    const page = [
      'EE Draw Tracker',
      'Home | Draws | CRS Calculator | Forum | About',
      'Express Entry Draw Tracker – updated March 21, 2015',
      'Every Ministerial Instructions round since the January 1 launch, newest first. ★ = latest round',
      '# | Date | Program | ITAs | Lowest CRS',
      '★ 5 | 20-Mar-2015 | No program specified | 1,620 | 481',
      '4 | 27-Feb-2015 | No program specified | 1,187 | 735',
      '3 | 20-Feb-2015 | Canadian Experience Class | 849 | 808',
      '2 | 07-Feb-2015 | No program specified | 779 | 818',
      '1 | 31-Jan-2015 | No program specified | 779 | 886',
      'Notes',
      '- Round 5 is the first round with a cut-off under 600, so candidates without a job offer or a provincial nomination were invited for the first time.',
      '- Total invitations so far: 5,214',
      '- CIC does not publish a tie-breaking time for these rounds.',
      'Spotted an error? Post in the forum thread "Draw tracker corrections".',
      '© 2015 EE Draw Tracker. Not affiliated with Citizenship and Immigration Canada.',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', '5', 'general', 1620, 481, null]]);
  });
});

describe('Spanish education rounds, Vietnamese datelines, pasted CSV files', () => {
  it('"ocupaciones del sector educativo" is the education program', () => {
    const page = [
      'Bufete Migratorio Herrera & Asociados · CDMX · Toronto',
      'Inicio | Servicios | Express Entry | Blog | Agenda tu cita',
      'Express Entry: primera ronda para profesionales de la educación',
      '2 de mayo de 2025 · Por la Lic. Andrea Herrera',
      'El IRCC realizó ayer, jueves 1 de mayo de 2025, la primera ronda de invitaciones de Express Entry dirigida a ocupaciones del sector educativo (ronda 344).',
      'Invitaciones: 1.000',
      'Puntaje mínimo CRS: 479',
      'Regla de desempate: 10 de agosto de 2024 a las 10:35:55 UTC',
      '¿Qué ocupaciones son elegibles?',
      'Maestros de primaria y secundaria, educadores de la primera infancia y sus asistentes, e instructores de personas con discapacidad, entre otras.',
      '¿Y si soy maestro en México?',
      'Necesita al menos seis meses de experiencia continua en una ocupación elegible en los últimos tres años, además de su examen de idioma y la evaluación de sus estudios (ECA). Tenga en cuenta que, para ejercer en Canadá, cada provincia exige su propia certificación.',
      'Agende su asesoría · Escríbanos por WhatsApp',
      'Compartir: Facebook · X · LinkedIn',
    ].join('\n');
    expect(facts(page, '2025-05-02')).toEqual([['2025-05-01', '344', 'education', 1000, 479, '2024-08-10']]);
  });
  it('"Thứ Ba, 01/06/2021 - 09:15" is a dateline (Tuesday\'s), so "Ngày 31/5/2021" dates the round', () => {
    const page = [
      'Du học & Định cư Canada',
      'Trang chủ | Tin tức | Định cư | Du học | Liên hệ',
      'Canada: Express Entry mời 5.956 ứng viên diện CEC, điểm CRS thấp nhất chỉ 380',
      'Thứ Ba, 01/06/2021 - 09:15',
      'Ngày 31/5/2021, Bộ Di trú, Tị nạn và Quốc tịch Canada (IRCC) đã tổ chức vòng mời số 190 của hệ thống Express Entry, gửi thư mời nộp đơn (ITA) xin thường trú nhân cho 5.956 ứng viên thuộc diện Kinh nghiệm Canada (CEC).',
      'Điểm CRS tối thiểu của vòng này là 380. Quy tắc phân định (tie-break) được áp dụng: ngày 28/5/2021 lúc 14:45:22 UTC.',
      'Trước đó, ngày 20/5, IRCC đã mời 1.842 ứng viên CEC với điểm tối thiểu 397.',
      'Điều này có ý nghĩa gì với du học sinh Việt Nam?',
      'Nhiều du học sinh đã tốt nghiệp và đang làm việc bằng giấy phép lao động sau tốt nghiệp (PGWP) có thể đủ điều kiện diện CEC sau 1 năm kinh nghiệm làm việc tại Canada. Với mức điểm thấp như hiện nay, cơ hội nhận thư mời là rất lớn.',
      'Liên hệ tư vấn miễn phí: 028 3xxx xxxx',
      'Chia sẻ: Facebook | Zalo',
      'Tin liên quan:',
      '- Canada gia hạn chính sách PGWP cho sinh viên học trực tuyến',
      '- Lộ trình 1 năm: từ PGWP đến thường trú nhân',
    ].join('\n');
    expect(facts(page, '2021-06-01')).toEqual([['2021-05-31', '190', 'cec', 5956, 380, '2021-05-28']]);
  });
  it('a pasted CSV file ("round,date,program,itas,min_crs,tiebreak_utc") reads as a table: the new row\'s cut-off and tie-break', () => {
    const page = [
      'ee-data / ee_rounds_2021.csv',
      'Latest commit: "add round 176" - 2021-02-14',
      'round,date,program,itas,min_crs,tiebreak_utc',
      '171,2021-01-06,PNP,250,813,2020-11-02 11:11:52',
      '172,2021-01-07,CEC,4750,461,2020-09-12 20:46:32',
      '173,2021-01-20,PNP,374,741,2020-09-05 19:39:04',
      '174,2021-01-21,CEC,4626,454,2020-07-23 17:32:00',
      '175,2021-02-10,PNP,654,720,2020-08-14 06:51:00',
      '176,2021-02-13,CEC,27332,75,2020-09-12 15:31:40',
      '6 rows',
      "Maintainer's note on the new row: yes, min_crs 75 is correct. Round 176, held on a Saturday, invited every CEC candidate in the pool. 27,332 ITAs is the largest round ever by a factor of five.",
    ].join('\n');
    expect(facts(page, '2021-02-14')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe("guides, a year's recap, a live page's tie-break read first", () => {
  it('"What CRS Score Do You Need for Express Entry?" over "Recent cut-offs by draw type": a guide, no news', () => {
    const page = [
      'Polaris Visa Advisors — Express Entry Guides',
      'What CRS Score Do You Need for Express Entry? (December 2025 Update)',
      'Updated December 1, 2025',
      'Short answer: it depends on the type of draw you are eligible for.',
      'Recent cut-offs by draw type (November 2025):',
      'Canadian Experience Class: 533 (Nov 12, 1,000 ITAs) and 531 (Nov 26, 1,000 ITAs)',
      'Healthcare and social services: 462 (Nov 14, 3,500 ITAs)',
      'French-language proficiency: 408 (Nov 28, 6,000 ITAs)',
      'Provincial Nominee Program: 699 (Nov 25, 777 ITAs) — includes the 600 nomination points',
      'So what\'s a "safe" score?',
      "There isn't one. But as a rule of thumb, CEC candidates have needed 530+, while candidates eligible for French or healthcare draws have been invited with 400–480.",
      'How to estimate your score',
      'Use our free CRS calculator, then compare your result with the table above.',
      '[Calculate my CRS]   [Book a consultation]',
      'FAQ',
      'Does a job offer still give points? No, not since March 2025.',
      'Can I be in several categories at once? Yes.',
    ].join('\n');
    expect(facts(page, '2025-12-01')).toEqual([]);
  });
  it('"held 23 rounds of invitations in 2015, its first year": a year\'s recap announces none, not even its last round', () => {
    const page = [
      'Canada | Politics | Business | Health | Indigenous | World',
      "Express Entry's first year: 31,000 invitations, and a lot of frustrated applicants",
      'The points-based system launched in January promised speed; critics say it delivered uncertainty',
      'Posted: Dec 30, 2015 5:00 AM ET | Last Updated: Dec 30, 2015',
      "Canada's Express Entry system held 23 rounds of invitations in 2015, its first year, inviting a total of 31,063 people to apply for permanent residence, according to figures published by Citizenship and Immigration Canada.",
      'The year began with a round on Jan. 31 that invited 779 candidates, all of whom had a job offer or provincial nomination worth 600 points. The minimum score that day was 886.',
      'By late March the threshold had collapsed below 500, and the lowest cut-off of the year, 450 points, was reached twice, in September and October.',
      'The final round of the year, on Dec. 18, invited 1,503 candidates with a minimum of 460 points.',
      '"It\'s a lottery you can\'t see," said one Toronto immigration lawyer, who argued the department should publish the size of the pool more often.',
      'The Liberal government has promised to review the points given for job offers, which many international students say they cannot get.',
      'Share this article: Facebook | Twitter | Email',
      'Related Stories',
      '* International students feel shut out of Express Entry',
      '* Refugee targets for 2016 to be tabled in March',
    ].join('\n');
    expect(facts(page, '2015-12-30')).toEqual([]);
  });
  it('"11:40 a.m. — The tie-breaking rule for this round: …" above the entry with the round\'s figures: that round\'s tie-break', () => {
    const page = [
      "LIVE: Canada's record Express Entry draw — updates",
      'Last updated Feb 13, 2021, 2:55 p.m. ET',
      '2:55 p.m. — Lawyers are reminding candidates that an ITA is not a visa. You have 60 days to submit an application with all documents.',
      '11:40 a.m. — The tie-breaking rule for this round: Sept. 12, 2020 at 15:31:40 UTC.',
      '9:30 a.m. — Why so low? IRCC appears to have invited essentially every CEC candidate in the pool. Most of them are already in Canada, and the department wants to land them this year to meet its 401,000 target.',
      '8:10 a.m. — CONFIRMED: Express Entry round #176 invited 27,332 Canadian Experience Class candidates. Minimum CRS: 75. That is not a typo.',
      "7:45 a.m. — Reports are coming in of an unusually large draw held this morning, a Saturday. We're checking IRCC's website.",
      'Earlier this week: a PNP-only round on Wednesday invited 654 at a minimum of 720.',
    ].join('\n');
    expect(facts(page, '2021-02-13')).toEqual([['2021-02-13', '176', 'cec', 27332, 75, '2020-09-12']]);
  });
});

describe("a headline's day one off the body's", () => {
  it('"… French-speaking candidates get ITAs, cut-off at 400" on a page of July 19 (IST) over "on Thursday held a … draw": one round, Thursday\'s', () => {
    const page = [
      "Sign In | E-Paper | TOI+ | Today's ePaper",
      'City | India | World | Business | Tech | Sports | Entertainment | NRI',
      'NRI / Visa Applications',
      'Canada Express Entry: 1,800 French-speaking candidates get ITAs, cut-off at 400',
      'TOI News Desk / TIMESOFINDIA.COM / Updated: Jul 19, 2024, 13:22 IST',
      'SHARE | AA | FOLLOW US',
      "Canada's Immigration, Refugees and Citizenship Canada (IRCC) on Thursday held a category-based Express Entry draw for candidates with strong French-language skills.",
      'Key details:',
      '• Invitations: 1,800',
      '• Minimum CRS: 400',
      '• Tie-breaking rule: March 08, 2024 at 19:51:40 UTC',
      'The round was held a day after a large CEC-only draw that invited 6,300 people at 515.',
      'Indian students who studied in Quebec or took French classes may benefit.',
      'MOST READ',
      '1. IT stocks rally',
      '2. Budget 2024 expectations',
      '3. H-1B registration stats',
      'Download the TOI app now',
    ].join('\n');
    expect(facts(page, '2024-07-19')).toEqual([['2024-07-18', null, 'french', 1800, 400, '2024-03-08']]);
  });
});

describe('rounds a lead counts', () => {
  it('"two targeted Express Entry draws in two days" counts the two: "Earlier this week, a CEC round on Feb 17 …" is not a third', () => {
    const page = [
      'ET NRI | Canada',
      'Canada runs first Express Entry draw for physicians, followed by 4,000-strong healthcare round',
      'ET Online | Last Updated: Feb 20, 2026, 07:45 PM IST',
      'IRCC has held two targeted Express Entry draws in two days:',
      '1) Physicians with Canadian work experience (Thursday, Feb 19, 2026) — Round No. 397 — 391 invitations — lowest CRS 169',
      '2) Healthcare and social services occupations (Friday, Feb 20, 2026) — Round No. 398 — 4,000 invitations — lowest CRS 467',
      'The physicians category was announced last year and is open to doctors who have worked in Canada in the past three years. The score of 169 shows IRCC invited almost everyone eligible.',
      'Earlier this week, a CEC round on Feb 17 invited 6,000 at 508.',
      'READ NEXT: Why Indian doctors are looking at Canada | Salary for family physicians in Ontario',
    ].join('\n');
    expect(facts(page, '2026-02-20')).toEqual([
      ['2026-02-19', '397', 'physicians', 391, 169, null],
      ['2026-02-20', '398', 'healthcare', 4000, 467, null],
    ]);
  });
});

describe('a program compared with by points', () => {
  it('"French speakers: a cut-off of 439 is 72 points below the general draw": the general round is compared with, its own cut-off (511) stands', () => {
    const page = [
      'From: Lighthouse Immigration Newsletter',
      'Subject: 🔥 4 Express Entry draws in 4 days!',
      'LIGHTHOUSE WEEKLY · July 7, 2023',
      'Hi there,',
      'What a week. IRCC held an Express Entry round every day from Tuesday to Friday, including its first-ever STEM and French-language category rounds.',
      'Draw | Date | Category | ITAs | Cut-off',
      '#253 | Tue Jul 4 | No program specified | 700 | 511',
      '#254 | Wed Jul 5 | STEM occupations | 500 | 486',
      '#255 | Thu Jul 6 | Healthcare occupations | 1,500 | 463',
      '#256 | Fri Jul 7 | French-language proficiency | 2,300 | 439',
      "That's 5,000 invitations this week.",
      'What stood out',
      '• French speakers: a cut-off of 439 is 72 points below the general draw. If you have NCLC 7 in French, this is your moment.',
      '• Healthcare: the second healthcare round in nine days, three times bigger than the first.',
      '• General round: only 700 invitations, so the big numbers are now going to categories.',
      'Our take: check whether your occupation fits a category, and update your profile before the next round.',
      'Reply to this email to book a call with Sam (RCIC).',
      'Unsubscribe · Manage preferences',
    ].join('\n');
    expect(facts(page, '2023-07-07').sort()).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, null],
      ['2023-07-05', '254', 'stem', 500, 486, null],
      ['2023-07-06', '255', 'healthcare', 1500, 463, null],
      ['2023-07-07', '256', 'french', 2300, 439, null],
    ]);
  });
});

describe('Korean and Japanese pages', () => {
  it('Korean "11일(현지시간) … 제293차 추첨": the 11th of the page\'s month, round 293 (not the December 8 round compared with)', () => {
    const page = [
      '캐나다, STEM 직군 4천500명에 영주권 초청…커트라인 491점',
      '송고시간 2024-04-12 08:15',
      '(서울=한빛뉴스) 김민지 기자 = 캐나다 이민·난민·시민권부(IRCC)가 11일(현지시간) 익스프레스 엔트리(Express Entry) 제293차 추첨을 통해 과학·기술·공학·수학(STEM) 직군 경력자 4천500명에게 영주권 신청 초청장(ITA)을 발송했다.',
      '이번 추첨의 종합순위제도(CRS) 최저 점수는 491점이었다. 동점자 처리 기준(tie-breaking rule) 시각은 2024년 2월 25일 11시 55분 12초(UTC)로, 이 시각 이전에 프로필을 등록한 491점 후보자까지 초청을 받았다.',
      'STEM 직군만을 대상으로 한 추첨은 지난해 12월 8일(5천900명, 481점) 이후 약 4개월 만이다.',
      "IRCC는 지난해부터 보건의료, STEM, 기술직(trades), 운송, 농업·농식품, 프랑스어 능통자 등 6개 범주로 나눠 '범주별 추첨'을 시행하고 있다. 범주별 추첨은 일반 추첨보다 커트라인이 낮은 경우가 많아 해당 직군 경력자들의 관심이 높다.",
      'STEM 범주에는 소프트웨어 엔지니어, 데이터 사이언티스트, 건축가, 토목 엔지니어 등 20여 개 직업이 포함돼 있다. 국내 IT 업계 종사자 가운데 캐나다 이민을 준비하는 이들도 늘고 있는 것으로 알려졌다.',
      '한 이주공사 관계자는 "한국에서 경력을 쌓은 개발자라도 영어 점수(CLB 9 이상)와 석사 학위를 갖추면 490점대가 가능하다"며 "이번처럼 STEM 추첨이 열리면 캐나다 현지 경력이 없어도 기회가 생긴다"고 말했다.',
      '초청장을 받은 후보자는 60일 이내에 신체검사, 범죄경력 증명서, 자금 증빙 등을 갖춰 영주권을 신청해야 한다.',
      'mjkim@hanbitnews.kr',
      '<저작권자(c) 한빛뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>',
      '관련 기사',
      '캐나다 유학생 비자 발급 35% 축소…한국 유학생 영향은',
    ].join('\n');
    expect(facts(page, '2024-04-12')).toEqual([['2024-04-11', '293', 'stem', 4500, 491, '2024-02-25']]);
  });
  it('Korean "1) #386 — 2025.12.15(월) / 주정부 이민(PNP)" and "최저 CRS: 731점": two rounds, their days, numbers and cut-offs', () => {
    const page = [
      '공지사항',
      '[추첨결과] 익스프레스 엔트리 PNP·CEC 추첨 결과 안내 (12/15, 12/16)',
      '작성자 메이플이주공사 | 작성일 2025.12.17 | 조회 312',
      '안녕하세요, 메이플이주공사입니다.',
      '이번 주 캐나다 연방 익스프레스 엔트리 추첨 결과를 안내드립니다.',
      '1) #386 — 2025.12.15(월) / 주정부 이민(PNP)',
      '- 초청 인원: 399명',
      '- 최저 CRS: 731점',
      '2) #387 — 2025.12.16(화) / 캐나다 경력이민(CEC)',
      '- 초청 인원: 5,000명',
      '- 최저 CRS: 515점',
      '- 동점자 기준(Tie-breaking rule): 2025-09-09 18:58:59 UTC',
      '※ CEC 추첨 결과는 한국 시간으로 17일 0시 10분경 IRCC 홈페이지에 게시되었습니다.',
      '지난주 12월 10일 CEC 추첨(6,000명, 520점)에 이어 연속으로 대규모 CEC 추첨이 진행되면서 커트라인이 5점 더 내려갔습니다. 캐나다 현지에서 워크퍼밋으로 근무 중이신 고객님들께는 좋은 소식입니다.',
      'ITA를 받으신 고객님은 담당 컨설턴트에게 바로 연락 주시기 바랍니다. 서류 제출 기한은 ITA 발급일로부터 60일입니다.',
      '무료 상담 신청 ☎ 02-555-0192 | 카카오톡 채널 @메이플이주공사',
      '목록 | 이전글 | 다음글',
    ].join('\n');
    expect(facts(page, '2025-12-17')).toEqual([
      ['2025-12-15', '386', 'pnp', 399, 731, null],
      ['2025-12-16', '387', 'cec', 5000, 515, '2025-09-09'],
    ]);
  });
  it('Japanese "28日（現地時間）… 第252回選考 … 500人に永住権申請の招待状（ITA）を発行": the 28th, round 252, 500 invitations', () => {
    const page = [
      'カナダ、医療職に特化した初のエクスプレス・エントリー選考　500人に招待状',
      '2023年6月29日 9:40 JST',
      '【トロント＝佐藤由紀】カナダ移民・難民・市民権省（IRCC）は28日（現地時間）、エクスプレス・エントリーの職種別選考として初めて、医療分野の就労経験者を対象とした第252回選考を実施し、500人に永住権申請の招待状（ITA）を発行した。最低CRSスコアは476点だった。',
      '同点者の順位を決める基準日時（タイブレーク）は2022年11月12日12時47分27秒（UTC）。',
      '前日の27日には全プログラム対象の選考（4,300人、486点）が行われたばかりで、2日連続の選考となった。',
      'IRCCは5月末、医療、STEM（科学・技術・工学・数学）、技能職、運輸、農業・農産食品、フランス語能力の6分野で職種別選考を導入すると発表していた。看護師、医師、薬剤師、介護職などが医療分野の対象となる。',
      'カナダでは高齢化に伴い医療人材の不足が深刻化しており、政府は選考を通じて即戦力の確保を急ぐ。日本人看護師の間でもカナダ移住への関心が高まっているという。',
      '関連記事',
      '・カナダ永住権、2025年までに年50万人受け入れへ',
      '・ワーキングホリデーから永住権へ　CEC活用の道',
    ].join('\n');
    expect(facts(page, '2023-06-29')).toEqual([['2023-06-28', '252', 'healthcare', 500, 476, '2022-11-12']]);
  });
  it('Japanese "令和元年10月16日" and a list of "招待数：500名" labels', () => {
    const page = [
      '【速報】Express Entry 第128回ドロー（FST限定）結果まとめ',
      '2019年10月17日（木）｜カナダ移住ブログ「メープル日記」',
      'カテゴリー：永住権 / Express Entry',
      'こんにちは、トロント在住のゆかりです。',
      '令和元年10月16日、連邦熟練職人プログラム（FST）のみを対象としたドローがありました！',
      '・招待数：500名',
      '・最低スコア：357点',
      '・タイブレーク：2019年3月4日 20:36:42 UTC',
      '前回のFST限定ドロー（5月15日）は332点だったので、25点上昇です。',
      'FSTは調理師（シェフ）、電気工、配管工などの職人系の職種が対象。ワーホリで来てレストランで働いている日本人シェフの方には要チェックです。',
      '全プログラム対象のドローは460点台が続いているので、FSTの357点はかなり低く見えますが、州か雇用主からの認定（Certificate of Qualification）が必要なのでハードルは別のところにあります。',
      '私自身はCECで申請中なので、次の全体ドローを待ちます…！',
      'にほんブログ村 ランキング参加中 ▶ クリックで応援お願いします',
      'コメント（3）',
    ].join('\n');
    expect(facts(page, '2019-10-17')).toEqual([['2019-10-16', '128', 'fst', 500, 357, '2019-03-04']]);
  });
  it('Japanese "7/2（火）" days and two labels on a line ("招待数：3,750人　最低CRS：445点"); the three rounds of the week (their "第300回" numbers, with no word for a round after them, unread)', () => {
    const page = [
      '今週のエクスプレス・エントリー（7月1日〜7月6日）',
      '投稿日：2024/07/06　更新日：2024/07/06',
      'カナダ移民ニュース編集部',
      '今週は3回の選考（ドロー）が行われました。カナダ・デーの連休明けから一気に動き出した印象です。',
      '■ 7/2（火）　PNP（州ノミニー）対象',
      '　招待数：920人',
      '　※州指名で600点が加算されるため、最低点は参考外としています',
      '■ 7/4（木）　第300回　職業別：トレード（技能職）',
      '　招待数：1,800人　最低CRS：436点',
      '■ 7/5（金）　第301回　職業別：ヘルスケア',
      '　招待数：3,750人　最低CRS：445点',
      'ポイント',
      '・トレード枠は2023年12月以来の実施。大工、電気工、溶接工などが対象です。',
      '・ヘルスケア枠は3,750人と大規模。看護師・介護職の方にはチャンスが続いています。',
      '・CEC単独のドローは今週ありませんでした。',
      '来週はフランス語枠のドローがあるかどうかに注目です。',
      'シェア：X（旧Twitter）｜Facebook｜LINE',
    ].join('\n');
    expect(facts(page, '2024-07-06')).toEqual([
      ['2024-07-02', null, 'pnp', 920, null, null],
      ['2024-07-04', null, 'trades', 1800, 436, null],
      ['2024-07-05', null, 'healthcare', 3750, 445, null],
    ]);
  });
});

describe("a thread's cards and a Russian monthly recap", () => {
  it('"1️⃣ Round #344 — Education occupations" / "Thu, May 1, 2025" / figures: each card\'s title takes the day under it, not the day above', () => {
    const page = [
      'Canada Immigration Updates',
      '@CanImmUpdates',
      '⚡ Two category-based Express Entry draws in two days. Thread ⬇️',
      '',
      '1️⃣ Round #344 — Education occupations',
      'Thu, May 1, 2025',
      '1,000 ITAs · CRS 479',
      'First-ever draw for teachers and ECEs!',
      '',
      '2️⃣ Round #345 — Healthcare & social services',
      'Fri, May 2, 2025',
      '500 ITAs · CRS 510',
      'Tie-break: July 21, 2024 at 04:31:17 UTC',
      '',
      '3/ Note that "healthcare" is now "healthcare and social services" — the 2025 categories added social workers and some support roles.',
      '',
      '4/ Education round includes elementary/secondary teachers, ECEs and instructors of persons with disabilities. Great news for early childhood educators already in Canada.',
      '',
      "5/ No general (all-programs) round yet in 2025. Don't hold your breath.",
      '7:02 PM · May 2, 2025 · 22.9K Views',
      '154 Reposts · 1.1K Likes',
    ].join('\n');
    expect(facts(page, '2025-05-02')).toEqual([
      ['2025-05-01', '344', 'education', 1000, 479, null],
      ['2025-05-02', '345', 'healthcare', 500, 510, '2024-07-21'],
    ]);
  });
  it('Russian "Итоги октября 2024" with rows "07.10 — PNP: …": October\'s recap, its rows each their day, no news', () => {
    const page = [
      'Итоги октября 2024: шесть раундов Express Entry и ни одного общего',
      '01.11.2024 · Рубрика «Иммиграция в Канаду» · 5 мин.',
      'Октябрь стал для системы Express Entry месяцем узких, «точечных» отборов. IRCC провело шесть раундов, но ни одного для всех программ сразу.',
      'Раунды октября:',
      '07.10 — PNP: 1 613 приглашений, минимум 743 балла',
      '09.10 — CEC: 500 приглашений, минимум 539',
      '10.10 — французский язык: 1 000 приглашений, минимум 444',
      '21.10 — PNP: 648 приглашений, минимум 791',
      '22.10 — CEC: 400 приглашений, минимум 539',
      '23.10 — рабочие профессии (trades): 1 800 приглашений, минимум 433',
      'Всего за месяц — 5 961 приглашение.',
      'Что это значит?',
      'Для CEC проходной балл держится выше 530, а сами раунды стали совсем маленькими — по 400–500 человек. Это связано с новым планом иммиграции на 2025–2027 годы, в котором Канада сокращает число новых постоянных жителей.',
      'Категорийные отборы остаются главным шансом для тех, у кого меньше 500 баллов: французский язык дал проходной балл 444, а рабочие профессии — 433.',
      'Прогноз на ноябрь: ждём продолжения двухнедельного цикла «PNP + CEC» и, возможно, отбора по здравоохранению.',
      'Подписывайтесь на наш Telegram-канал, чтобы первыми узнавать о новых раундах.',
      'Поделиться: VK · Telegram · WhatsApp',
    ].join('\n');
    expect(facts(page, '2024-11-01')).toEqual([]);
  });
});

describe('Russian, Ukrainian, Persian and Bengali pages', () => {
  it('Russian "раунд №404" and "проходной балл 507": the round\'s number and cut-off', () => {
    const page = ['🇨🇦 Express Entry — раунд №404', '17.03.2026 | CEC | 4 000 приглашений | проходной балл 507 | tie-break: 11.05.2025 18:57:31 UTC', '#экспресс_энтри #Канада #CEC'].join('\n');
    expect(facts(page, undefined)).toEqual([['2026-03-17', '404', 'cec', 4000, 507, '2025-05-11']]);
  });
  it('Russian "99-й раунд приглашений": round 99', () => {
    const page = [
      'Канада пригласила 3 500 кандидатов Express Entry: проходной балл вырос до 441',
      '20.09.2018, 09:12 | Иммиграция | Просмотров: 1 842',
      'В среду, 19 сентября, Министерство иммиграции Канады (IRCC) провело 99-й раунд приглашений в системе Express Entry. Приглашения на подачу документов на постоянное место жительства (ITA) получили 3 500 кандидатов с баллом CRS не ниже 441.',
      'Правило разрешения ничьих (tie-break): 6 сентября 2018 г., 10:28:45 UTC. Это значит, что из кандидатов, набравших ровно 441 балл, приглашение получили те, кто создал профиль до этого момента.',
      'Раунд прошёл по всем программам: Federal Skilled Worker, Canadian Experience Class, Federal Skilled Trades и провинциальные номинации.',
      'Предыдущий раунд, 5 сентября, собрал 3 900 приглашений при проходном балле 440. На этот раз приглашений стало меньше, а балл поднялся на единицу.',
      'С начала года Канада выдала уже более 60 тысяч приглашений — план на 2018 год по экономической иммиграции составляет около 74 900 человек по программам Express Entry.',
      'Эксперты советуют кандидатам из России и стран СНГ не ждать снижения балла, а работать над его повышением: сдать IELTS на CLB 9 или выучить французский.',
      'Читайте также: Как подтвердить диплом для Канады через WES',
    ].join('\n');
    expect(facts(page, '2018-09-20')).toEqual([['2018-09-19', '99', 'general', 3500, 441, '2018-09-06']]);
  });
  it('Ukrainian "отримали 1 500 кандидатів", "Мінімальний бал CRS — 557", "Правило тай-брейку: 13 листопада 2021 р."', () => {
    const page = [
      'Express Entry повертається: Канада провела перший за 18 місяців відбір для всіх програм',
      '06.07.2022 | 19:40 | Новини для українців у Канаді',
      'Сьогодні, 6 липня, Міністерство імміграції Канади (IRCC) провело раунд запрошень №226 у системі Express Entry — перший з грудня 2020 року відбір, у якому могли взяти участь кандидати всіх трьох федеральних програм (FSW, CEC, FST).',
      'Запрошення на постійне проживання отримали 1 500 кандидатів. Мінімальний бал CRS — 557. Правило тай-брейку: 13 листопада 2021 р., 02:20:46 UTC.',
      'Результати оприлюднили близько 17:34 за київським часом.',
      'Чому це важливо для українців?',
      'Багато українців, які приїхали до Канади за програмою CUAET, зараз працюють і накопичують канадський досвід. Через рік роботи вони зможуть подаватися через Canadian Experience Class.',
      'Бал 557 поки що високий, але IRCC обіцяє поступово збільшувати кількість запрошень і повернутися до звичайного обсягу відборів.',
      'Поради:',
      '• створіть профіль Express Entry, щойно матимете потрібний рівень англійської (IELTS General);',
      '• підтвердіть диплом через WES або ICAS;',
      '• стежте за відборами кожні два тижні.',
      'Поділитися: Facebook | Telegram | Viber',
    ].join('\n');
    expect(facts(page, '2022-07-06')).toEqual([['2022-07-06', '226', 'general', 1500, 557, '2021-11-13']]);
  });
  it('Ukrainian "відбір … 893 запрошення, мінімальний бал — 733" and "раунд №240 … прохідний бал — 489": two rounds', () => {
    const page = [
      'Два відбори Express Entry за два дні: PNP і перший в історії окремий раунд для FSW',
      '03.02.2023 · Канада · Імміграція',
      'Цього тижня IRCC провело два раунди запрошень.',
      '01.02.2023 (середа) — відбір для кандидатів провінційних програм (PNP): 893 запрошення, мінімальний бал — 733.',
      '02.02.2023 (четвер) — раунд №240, лише для Federal Skilled Worker: 3 300 запрошень, прохідний бал — 489. Тай-брейк: 29.03.2022 16:09:00 UTC.',
      'Це вперше за всю історію Express Entry, коли IRCC окремо запросило кандидатів саме програми FSW. Завдяки новим повноваженням, які уряд отримав минулого року, міністерство тепер може проводити відбори за програмами, професіями чи знанням французької мови.',
      'Для українців за кордоном, які не мають канадського досвіду, це гарна новина: FSW — основна програма для кандидатів з-за кордону.',
      'Для порівняння: у січні відбори були загальними — 11 січня запросили 5 500 кандидатів з балом 507, а 18 січня — ще 5 500 з балом 490.',
      'Джерело: IRCC',
    ].join('\n');
    expect(facts(page, '2023-02-03')).toEqual([
      ['2023-02-01', null, 'pnp', 893, 733, null],
      ['2023-02-02', '240', 'fsw', 3300, 489, '2022-03-29'],
    ]);
  });
  it('Persian "(شماره ۲۴۹)": round 249', () => {
    const page = [
      'قرعه‌کشی جدید اکسپرس انتری: دعوت از ۴٬۸۰۰ نفر با حداقل امتیاز ۴۸۸',
      'پنجشنبه ۴ خرداد ۱۴۰۲ - ۱۰:۲۵',
      'سرویس مهاجرت | کد خبر: ۵۸۲۱۳',
      'اداره مهاجرت، پناهندگی و شهروندی کانادا (IRCC) روز چهارشنبه ۳ خرداد ۱۴۰۲ (۲۴ مه ۲۰۲۳) دویست و چهل و نهمین دور قرعه‌کشی اکسپرس انتری (شماره ۲۴۹) را برگزار کرد.',
      'در این دور که برای همه برنامه‌ها (بدون تعیین برنامه خاص) برگزار شد، به ۴٬۸۰۰ متقاضی دعوت‌نامه اخذ اقامت دائم (ITA) ارسال شد. حداقل امتیاز CRS برای دریافت دعوت‌نامه ۴۸۸ بود.',
      'قانون تساوی امتیاز (Tie-breaking rule): ۲۶ دسامبر ۲۰۲۲ ساعت ۰۱:۱۲:۴۸ به وقت UTC',
      'نتایج این قرعه‌کشی حدود ساعت ۱۷:۵۳ به وقت تهران منتشر شد.',
      'قرعه‌کشی قبلی برای همه برنامه‌ها در ۶ اردیبهشت (۲۶ آوریل) انجام شده بود که در آن ۳٬۵۰۰ نفر با حداقل امتیاز ۴۸۳ دعوت شدند. به این ترتیب، با وجود افزایش تعداد دعوت‌ها، حداقل امتیاز ۵ واحد بالا رفته است.',
      'کارشناسان مهاجرت می‌گویند متقاضیان ایرانی که نمره زبان بالایی دارند و سابقه کار متخصص دارند، همچنان شانس خوبی دارند؛ اما کسب نمره زبان فرانسه یا پیشنهاد شغلی می‌تواند امتیاز آنها را به شکل چشمگیری افزایش دهد.',
      'انتظار می‌رود به‌زودی قرعه‌کشی‌های دسته‌بندی‌شده بر اساس شغل (مانند حوزه سلامت و STEM) نیز آغاز شود.',
      'برچسب‌ها: مهاجرت به کانادا، اکسپرس انتری، اقامت دائم',
      'اشتراک‌گذاری: تلگرام | واتس‌اپ | توییتر',
    ].join('\n');
    expect(facts(page, '2023-05-25')).toEqual([['2023-05-24', '249', 'general', 4800, 488, '2022-12-26']]);
  });
  it('Persian cards "دور ۱۸۶ – …" / "تعداد دعوت‌نامه: ۵۵۷" / "تساوی امتیاز: …": numbers, counts and the tie-break', () => {
    const page = [
      'نتایج دو قرعه‌کشی اکسپرس انتری در این هفته',
      'جمعه، ۲۴ اردیبهشت ۱۴۰۰',
      'کانادا این هفته دو دور قرعه‌کشی پیاپی برگزار کرد:',
      'دور ۱۸۶ – چهارشنبه ۲۲ اردیبهشت (۱۲ مه ۲۰۲۱)',
      'برنامه: نامزدی استانی (PNP)',
      'تعداد دعوت‌نامه: ۵۵۷',
      'حداقل امتیاز: ۷۵۲',
      'دور ۱۸۷ – پنجشنبه ۲۳ اردیبهشت (۱۳ مه ۲۰۲۱)',
      'برنامه: تجربه کانادایی (CEC)',
      'تعداد دعوت‌نامه: ۴٬۱۴۷',
      'حداقل امتیاز: ۴۰۱',
      'تساوی امتیاز: ۲۹ آوریل ۲۰۲۱، ساعت ۱۱:۴۸:۱۴ (UTC)',
      'در دور قبلی CEC که در ۹ اردیبهشت برگزار شد، ۶٬۰۰۰ نفر با امتیاز ۴۰۰ دعوت شده بودند. تعداد دعوت‌نامه‌ها این بار کمتر بود، احتمالاً به این دلیل که بسیاری از متقاضیان واجد شرایط CEC پیش‌تر دعوت‌نامه گرفته‌اند.',
      'ایرانیانی که در کانادا با مجوز کار یا پس از تحصیل مشغول به کار هستند، از اصلی‌ترین گروه‌های بهره‌مند از این قرعه‌کشی‌ها به شمار می‌روند.',
    ].join('\n');
    expect(facts(page, '2021-05-14')).toEqual([
      ['2021-05-12', '186', 'pnp', 557, 752, null],
      ['2021-05-13', '187', 'cec', 4147, 401, '2021-04-29'],
    ]);
  });
  it('Persian "مشاغل حوزه سلامت و خدمات اجتماعی" is the healthcare round, "تعداد دعوت: ۴٬۰۰۰" its count', () => {
    const page = [
      '🔴 قرعه‌کشی امروز اکسپرس انتری | جمعه ۱ اسفند ۱۴۰۴',
      '👩‍⚕️ مشاغل حوزه سلامت و خدمات اجتماعی',
      '✅ تعداد دعوت: ۴٬۰۰۰',
      '✅ حداقل امتیاز: ۴۶۷',
      '📌 برای ارزیابی رایگان، دایرکت بدید',
      '#اکسپرس_انتری #مهاجرت_کانادا #پرستاری_در_کانادا',
    ].join('\n');
    expect(facts(page, '2026-02-20')).toEqual([['2026-02-20', null, 'healthcare', 4000, 467, null]]);
  });
  it('Bengali "টাই-ব্রেকিং নিয়ম: ৮ জানুয়ারি ২০২২, ১০:২৪:৫২ (ইউটিসি)" is the tie-break', () => {
    const page = [
      'প্রবাস',
      'কানাডার এক্সপ্রেস এন্ট্রি: ৩,২৫০ জনকে আমন্ত্রণ, সর্বনিম্ন স্কোর ৫১০',
      'নিজস্ব প্রতিবেদক, ঢাকা',
      'প্রকাশ: ১৫ সেপ্টেম্বর ২০২২, ১০:৩০ | আপডেট: ১৫ সেপ্টেম্বর ২০২২, ১১:০৫',
      'কানাডার অভিবাসন, শরণার্থী ও নাগরিকত্ব বিভাগ (আইআরসিসি) বুধবার (১৪ সেপ্টেম্বর) এক্সপ্রেস এন্ট্রির ২৩১তম ড্র সম্পন্ন করেছে। এই ড্রতে ৩,২৫০ জন প্রার্থীকে স্থায়ী বসবাসের (পিআর) আবেদনের আমন্ত্রণ (আইটিএ) পাঠানো হয়েছে। সর্বনিম্ন সিআরএস স্কোর ছিল ৫১০।',
      'বাংলাদেশ সময় সন্ধ্যা ৭টা ২৯ মিনিটে ড্রয়ের ফল প্রকাশ করা হয়।',
      'টাই-ব্রেকিং নিয়ম: ৮ জানুয়ারি ২০২২, ১০:২৪:৫২ (ইউটিসি)।',
      'এটি সব প্রোগ্রামের জন্য উন্মুক্ত ড্র ছিল। গত ৩১ আগস্টের ড্রতে ২,৭৫০ জনকে আমন্ত্রণ জানানো হয়েছিল, তখন সর্বনিম্ন স্কোর ছিল ৫১৬। অর্থাৎ এবার স্কোর ৬ পয়েন্ট কমেছে।',
      'জুলাইয়ে দীর্ঘ বিরতির পর সব প্রোগ্রামের ড্র আবার শুরু হওয়ার পর থেকে প্রতিবারই আমন্ত্রণের সংখ্যা বাড়ছে এবং স্কোর কমছে। বাংলাদেশি দক্ষ কর্মী ও শিক্ষার্থীদের জন্য এটি আশাব্যঞ্জক খবর বলে মনে করছেন অভিবাসন বিশেষজ্ঞরা।',
      'ঢাকার এক অভিবাসন পরামর্শক বলেন, "আইইএলটিএসে প্রতিটি বিভাগে ৮ এবং লিসেনিংয়ে ৮.৫ পেলে স্কোর অনেকখানি বাড়ে। যাঁদের স্কোর ৪৯০-এর ঘরে, তাঁরা ভাষা পরীক্ষায় আবার বসতে পারেন।"',
      'আরও পড়ুন',
      'কানাডায় পড়তে যেতে কত টাকা লাগে',
    ].join('\n');
    expect(facts(page, '2022-09-15')).toEqual([['2022-09-14', '231', 'general', 3250, 510, '2022-01-08']]);
  });
});

describe('Gujarati, Tamil and Bengali pages', () => {
  it('Gujarati cards "આમંત્રણ: ૨,૯૮૫" / "લઘુત્તમ સ્કોર: ૬૭૬" / "ટાઈ-બ્રેકિંગ: …": two rounds in full', () => {
    const page = [
      'કેનેડા PR: બે દિવસમાં બે એક્સપ્રેસ એન્ટ્રી ડ્રો, ૫,૯૮૫ ઉમેદવારોને ITA',
      'શનિવાર, ૧ જૂન ૨૦૨૪ | સુરત',
      'લગભગ પાંચ અઠવાડિયાના વિરામ બાદ કેનેડાએ આ અઠવાડિયે એક્સપ્રેસ એન્ટ્રીના બે ડ્રો યોજ્યા.',
      'ડ્રો #૨૯૬ – ગુરુવાર, ૩૦ મે ૨૦૨૪',
      'પ્રોગ્રામ: પ્રોવિન્શિયલ નોમિની પ્રોગ્રામ (PNP)',
      'આમંત્રણ: ૨,૯૮૫',
      'લઘુત્તમ સ્કોર: ૬૭૬',
      'ડ્રો #૨૯૭ – શુક્રવાર, ૩૧ મે ૨૦૨૪',
      'પ્રોગ્રામ: કેનેડિયન એક્સપિરિયન્સ ક્લાસ (CEC)',
      'આમંત્રણ: ૩,૦૦૦',
      'લઘુત્તમ સ્કોર: ૫૨૨',
      'ટાઈ-બ્રેકિંગ: ૧૯ માર્ચ ૨૦૨૪, ૧૮:૫૮:૫૮ UTC',
      'CEC ડ્રોનું પરિણામ ભારતીય સમય મુજબ સાંજે ૬:૧૮ વાગ્યે જાહેર થયું હતું.',
      'કેનેડામાં અભ્યાસ કરતા આશરે ૪ લાખ ભારતીય વિદ્યાર્થીઓમાંથી મોટી સંખ્યામાં ગુજરાતી છે. PGWP પર કામ કરતા ઘણા યુવાનો માટે CEC ડ્રો કાયમી વસવાટનો મુખ્ય માર્ગ છે.',
      'અગાઉ ૨૪ એપ્રિલે ફ્રેન્ચ ભાષાના ડ્રોમાં ૧,૪૦૦ ઉમેદવારોને ૪૧૦ ના સ્કોરે આમંત્રણ મળ્યું હતું.',
    ].join('\n');
    expect(facts(page, '2024-06-01')).toEqual([
      ['2024-05-30', '296', 'pnp', 2985, 676, null],
      ['2024-05-31', '297', 'cec', 3000, 522, '2024-03-19'],
    ]);
  });
  it('Gujarati "બુધવારે, ૬ ડિસેમ્બરે" under a dateline whose weekday the gloss drops: the round is of December 6', () => {
    const page = [
      'એક્સપ્રેસ એન્ટ્રી: ૪,૭૫૦ ઉમેદવારોને આમંત્રણ, કટ-ઓફ ૫૬૧',
      'ગુરુવાર, ૭ ડિસેમ્બર ૨૦૨૩ | વિદેશ સમાચાર',
      'કેનેડા સરકારે બુધવારે, ૬ ડિસેમ્બરે, એક્સપ્રેસ એન્ટ્રી હેઠળ તમામ પ્રોગ્રામ માટેનો સામાન્ય ડ્રો યોજ્યો હતો. આ ડ્રોમાં ૪,૭૫૦ ઉમેદવારોને કાયમી વસવાટ (PR) માટે અરજી કરવા આમંત્રણ (ITA) મોકલવામાં આવ્યું. લઘુત્તમ CRS સ્કોર ૫૬૧ રહ્યો.',
      'ભારતીય સમય મુજબ રાત્રે ૯:૫૭ વાગ્યે ડ્રોનું પરિણામ જાહેર થયું.',
      'ટાઈ-બ્રેકિંગ નિયમ: ૮ નવેમ્બર ૨૦૨૩, ૦૬:૦૦:૧૩ UTC',
      'છેલ્લો ઓલ-પ્રોગ્રામ ડ્રો ૧૦ ઓક્ટોબરે થયો હતો, જેમાં ૩,૭૨૫ ઉમેદવારોને ૫૦૦ ના સ્કોરે આમંત્રણ મળ્યું હતું. લગભગ બે મહિનાના અંતર પછી યોજાયેલા આ ડ્રોમાં સ્કોર ૬૧ પોઈન્ટ વધી ગયો છે.',
      'ઇમિગ્રેશન કન્સલ્ટન્ટ્સના જણાવ્યા મુજબ, આટલો ઊંચો સ્કોર મુખ્યત્વે PNP નોમિનેશન અથવા ફ્રેન્ચ ભાષા ધરાવતા ઉમેદવારો જ મેળવી શકે છે. ગુજરાતના મોટા ભાગના અરજદારો ૪૭૦-૫૦૦ ની રેન્જમાં હોય છે, તેથી તેમણે કેટેગરી આધારિત ડ્રો પર નજર રાખવી જોઈએ.',
    ].join('\n');
    expect(facts(page, '2023-12-07')).toEqual([['2023-12-06', null, 'general', 4750, 561, '2023-11-08']]);
  });
  it('Tamil "327-வது சுற்றில், சுகாதாரத் துறை …": round 327, the healthcare round, and its "டை-பிரேக்கிங் விதி"', () => {
    const page = [
      'முகப்பு » உலகம் » கனடா',
      'கனடா எக்ஸ்பிரஸ் என்ட்ரி: சுகாதாரத் துறையினர் 3,000 பேருக்கு நிரந்தர குடியுரிமை அழைப்பு',
      'Updated: நவம்பர் 21, 2024 07:45 IST',
      'சென்னை: கனடாவின் குடிவரவுத் துறை (IRCC) புதன்கிழமை (நவம்பர் 20) நடத்திய எக்ஸ்பிரஸ் என்ட்ரியின் 327-வது சுற்றில், சுகாதாரத் துறை பணி அனுபவம் உள்ள 3,000 பேருக்கு நிரந்தர குடியுரிமைக்கு விண்ணப்பிக்க அழைப்பு (ITA) அனுப்பப்பட்டுள்ளது.',
      'இந்தச் சுற்றுக்கான குறைந்தபட்ச CRS மதிப்பெண் 463. இந்திய நேரப்படி இரவு 8:36 மணிக்கு முடிவுகள் வெளியிடப்பட்டன.',
      'டை-பிரேக்கிங் விதி: அக்டோபர் 21, 2024 அன்று 16:12:39 UTC.',
      'இதற்கு முந்தைய நாள் (நவம்பர் 19) நடந்த CEC சுற்றில் 400 பேர் மட்டுமே அழைக்கப்பட்டனர்; அதன் குறைந்தபட்ச மதிப்பெண் 539. அதோடு ஒப்பிடும்போது சுகாதாரப் பிரிவில் 76 மதிப்பெண் குறைவாக இருந்தாலே அழைப்பு கிடைத்துள்ளது.',
      'செவிலியர்கள், மருத்துவ உதவியாளர்கள், மருந்தாளுநர்கள் உள்ளிட்ட பணிகள் இந்தப் பிரிவில் அடங்கும். தமிழ்நாட்டிலிருந்து கனடா செல்ல விரும்பும் செவிலியர்களுக்கு இது நல்ல வாய்ப்பு என்கின்றனர் குடியேற்ற ஆலோசகர்கள்.',
      'IELTS அல்லது CELPIP தேர்வு, கல்விச் சான்று மதிப்பீடு (ECA), மருத்துவப் பரிசோதனை என மொத்தச் செலவு சுமார் ரூ. 1.5 லட்சம் முதல் ரூ. 2 லட்சம் வரை ஆகலாம்.',
      'அழைப்பு பெற்றவர்கள் 60 நாட்களுக்குள் முழுமையான விண்ணப்பத்தைச் சமர்ப்பிக்க வேண்டும்.',
      'தொடர்புடைய செய்திகள்',
      '• கனடா மாணவர் விசா: புதிய கட்டுப்பாடுகள்',
      '• ஜெர்மனியில் செவிலியர் வேலை: தமிழக அரசு ஒப்பந்தம்',
      'Share: Facebook | X | WhatsApp',
    ].join('\n');
    expect(facts(page, '2024-11-21')).toEqual([['2024-11-20', '327', 'healthcare', 3000, 463, '2024-10-21']]);
  });
  it('Bengali "বৃহস্পতিবার, ১১ জুন: … (সিইসি) – ১৫২ নম্বর ড্রতে ৩,৫৫৯ জন": the second round, CEC, number 152', () => {
    const page = [
      "কানাডা পিআর: দু'দিনে দুটি এক্সপ্রেস এন্ট্রি ড্র, আমন্ত্রণ ৩,৯০০ জনকে",
      'কলকাতা, শুক্রবার, ১২ জুন ২০২০',
      "করোনা পরিস্থিতির মধ্যেও কানাডা এক্সপ্রেস এন্ট্রির ড্র চালিয়ে যাচ্ছে। এই সপ্তাহে পরপর দু'দিন দুটি ড্র হয়েছে।",
      'বুধবার, ১০ জুন: প্রভিন্সিয়াল নমিনি প্রোগ্রাম (পিএনপি) – ৩৪১ জন প্রার্থী আমন্ত্রণ পেয়েছেন, সর্বনিম্ন স্কোর ৭৪৩। ভারতীয় সময় সন্ধ্যা ৭টা ১৯ মিনিটে ফল প্রকাশিত হয়।',
      'বৃহস্পতিবার, ১১ জুন: ক্যানাডিয়ান এক্সপেরিয়েন্স ক্লাস (সিইসি) – ১৫২ নম্বর ড্রতে ৩,৫৫৯ জন আমন্ত্রণ পেয়েছেন, সর্বনিম্ন স্কোর ৪৩৭। টাই-ব্রেকিং নিয়ম: ২৫ মে ২০২০, ০০:৩১:৪৩ ইউটিসি।',
      'মার্চ থেকে কানাডার সীমান্ত বন্ধ থাকায় আইআরসিসি শুধু পিএনপি ও সিইসি প্রার্থীদের ড্র করছে, যাঁদের অনেকে ইতিমধ্যেই কানাডায় আছেন। ফেডারেল স্কিলড ওয়ার্কার (এফএসডব্লিউ) প্রার্থীদের জন্য শেষ ড্র হয়েছিল ৪ মার্চ।',
      'পশ্চিমবঙ্গ থেকে কানাডায় পড়তে যাওয়া ছাত্রছাত্রীরা, যাঁরা স্নাতকোত্তর ওয়ার্ক পারমিটে সেখানে কাজ করছেন, তাঁরা এই সিইসি ড্রয়ের সুবিধা পাচ্ছেন।',
    ].join('\n');
    expect(facts(page, '2020-06-12')).toEqual([
      ['2020-06-10', null, 'pnp', 341, 743, null],
      ['2020-06-11', '152', 'cec', 3559, 437, '2020-05-25'],
    ]);
  });
});

describe('German and Malayalam pages', () => {
  it('German "Neue Arrima-Einladungsrunde" of Québec\'s MIFI: a province\'s round, no Express Entry draw', () => {
    const page = [
      'Québec: Neue Arrima-Einladungsrunde – 1.412 Einladungen für Fachkräfte',
      '20.08.2024 | Redaktion Kanada-Aktuell',
      'Das Einwanderungsministerium der Provinz Québec (MIFI) hat eine neue Einladungsrunde im Arrima-Portal durchgeführt. 1.412 Personen wurden eingeladen, einen Antrag auf ein Auswahlzertifikat (CSQ) im Programm für qualifizierte Arbeitskräfte (PRTQ) zu stellen.',
      'Die Mindestpunktzahl lag bei 590 Punkten. Eingeladen wurden vor allem Kandidaten mit Französischkenntnissen auf Niveau 7 oder höher sowie mit einem Jobangebot außerhalb des Großraums Montréal.',
      'Wichtig: Québec nimmt nicht am Express-Entry-System des Bundes teil und wählt seine Einwanderer selbst aus.',
      'Zum Vergleich: Bei Express Entry erhielten am 14. August 3.200 CEC-Kandidaten eine Einladung (CRS 509).',
      'Wer nach Québec auswandern möchte, sollte also in erster Linie Französisch lernen – schon Niveau B2 bringt im Arrima-Punktesystem deutlich mehr Punkte.',
      'Teilen: Facebook | WhatsApp | E-Mail',
    ].join('\n');
    expect(facts(page, '2024-08-20')).toEqual([]);
  });
  it('German "(Runde Nr. 75 und Nr. 76)" on "Mittwoch, dem 1. November 2017": both rounds, numbered, of that day', () => {
    const page = [
      'Express Entry: Zwei Ziehungen am 1. November – PNP und Federal Skilled Trades',
      'Veröffentlicht am 2. November 2017 von Markus | Kategorie: Kanada, Auswandern, Express Entry',
      'Am Mittwoch, dem 1. November 2017, hat IRCC gleich zwei Auswahlrunden auf einmal durchgeführt (Runde Nr. 75 und Nr. 76). Die Ergebnisse wurden um 13:55 Uhr MEZ veröffentlicht.',
      'Runde 75 – Provincial Nominee Program: 290 Einladungen, Mindestpunktzahl 673',
      'Runde 76 – Federal Skilled Trades: 505 Einladungen, Mindestpunktzahl 241',
      'Eine allgemeine Ziehung für alle Programme gab es diesmal nicht. Die letzte allgemeine Runde fand am 18. Oktober statt (2.757 Einladungen, 436 Punkte).',
      'Für uns Handwerker aus Deutschland, Österreich und der Schweiz ist vor allem die FST-Runde interessant: Wer eine Zimmerer-, Elektriker- oder Bäckerausbildung hat und ein Jobangebot oder ein Certificate of Qualification aus einer Provinz vorweisen kann, hatte mit nur 241 Punkten eine Chance.',
      'Hinweis: Die Punktzahl bei der PNP-Runde enthält die 600 Zusatzpunkte für die Provinznominierung.',
      'Kommentare (6)',
      'Jens: Danke für die schnelle Info! Ich warte noch auf mein CoQ aus Alberta…',
    ].join('\n');
    expect(facts(page, '2017-11-02')).toEqual([
      ['2017-11-01', '75', 'pnp', 290, 673, null],
      ['2017-11-01', '76', 'fst', 505, 241, null],
    ]);
  });
  it('Malayalam "ബുധനാഴ്ച (നവംബർ 23) നടന്ന 236-ാം റൗണ്ടിൽ 4,750 പേർക്ക് … ക്ഷണം ലഭിച്ചു": round 236 of Wednesday', () => {
    const page = [
      'എക്സ്പ്രസ് എൻട്രി: 4,750 പേർക്ക് ITA; CRS 491',
      '2022 നവംബർ 24 | NRI വാർത്ത',
      'കാനഡയുടെ എക്സ്പ്രസ് എൻട്രി സംവിധാനത്തിൽ ബുധനാഴ്ച (നവംബർ 23) നടന്ന 236-ാം റൗണ്ടിൽ 4,750 പേർക്ക് സ്ഥിര താമസ അപേക്ഷയ്ക്കുള്ള ക്ഷണം ലഭിച്ചു. കുറഞ്ഞ സ്കോർ 491.',
      'ഇന്ത്യൻ സമയം രാത്രി 9.12-നാണ് ഫലം പ്രസിദ്ധീകരിച്ചത്. എല്ലാ പ്രോഗ്രാമുകൾക്കുമുള്ള (ഓൾ പ്രോഗ്രാം) ഡ്രോ ആയിരുന്നു ഇത്.',
      'നവംബർ 9-ലെ ഡ്രോയിൽ 494 ആയിരുന്ന കട്ട് ഓഫ് ഇത്തവണ 3 പോയിന്റ് കുറഞ്ഞു. ജൂലൈയിൽ ഡ്രോകൾ പുനരാരംഭിച്ചതിനു ശേഷമുള്ള ഏറ്റവും കുറഞ്ഞ സ്കോർ ആണിത്.',
    ].join('\n');
    expect(facts(page, '2022-11-24')).toEqual([['2022-11-23', '236', 'general', 4750, 491, null]]);
  });
  it('Malayalam "ആരോഗ്യ–സാമൂഹിക സേവന മേഖല" (health and social services), "357-ാമത് റൗണ്ടിൽ", "ടൈ ബ്രേക്കിംഗ് റൂൾ"', () => {
    const page = [
      'കാനഡ എക്സ്പ്രസ് എൻട്രി: ആരോഗ്യ മേഖലയിൽ 4,000 പേർക്ക് ക്ഷണം; കട്ട് ഓഫ് 475',
      'Published: 2025 ജൂലൈ 23, 08:10 AM IST',
      'കൊച്ചി: കാനഡയിലെ സ്ഥിര താമസത്തിനായുള്ള എക്സ്പ്രസ് എൻട്രി സംവിധാനത്തിൽ ആരോഗ്യ–സാമൂഹിക സേവന മേഖലയിലുള്ളവർക്കായി പ്രത്യേക ഡ്രോ. ജൂലൈ 22 ചൊവ്വാഴ്ച നടന്ന 357-ാമത് റൗണ്ടിൽ 4,000 പേർക്ക് ഇൻവിറ്റേഷൻ ടു അപ്ലൈ (ITA) ലഭിച്ചു. കുറഞ്ഞ CRS സ്കോർ 475.',
      'ടൈ ബ്രേക്കിംഗ് റൂൾ: 2025 മാർച്ച് 13, 13:08:29 UTC.',
      'ജൂൺ 4-ന് നടന്ന ആരോഗ്യ മേഖലാ ഡ്രോയിൽ 500 പേർക്ക് മാത്രമാണ് ക്ഷണം ലഭിച്ചത് (കട്ട് ഓഫ് 504). അതിനെ അപേക്ഷിച്ച് ഇത്തവണ എട്ടിരട്ടി പേർക്കാണ് അവസരം.',
      'നഴ്സുമാർ, ഫാർമസിസ്റ്റുകൾ, പേഴ്സണൽ സപ്പോർട്ട് വർക്കർമാർ, സോഷ്യൽ വർക്കർമാർ തുടങ്ങിയവർ ഈ വിഭാഗത്തിൽ ഉൾപ്പെടുന്നു. കേരളത്തിൽ നിന്നുള്ള ആയിരക്കണക്കിന് നഴ്സുമാർക്ക് ഇത് വലിയ ആശ്വാസമാണ്.',
      'ഐഇഎൽടിഎസ്/സെൽപിപ്പ് പരീക്ഷ, ECA, മെഡിക്കൽ എന്നിവ ഉൾപ്പെടെ ഏകദേശം ₹1.8 ലക്ഷം ചെലവ് പ്രതീക്ഷിക്കാം. ക്ഷണം ലഭിച്ചവർ 60 ദിവസത്തിനകം അപേക്ഷ സമർപ്പിക്കണം.',
      'Also Read: യുകെ നഴ്സിംഗ് റിക്രൂട്ട്മെന്റ്: പുതിയ നിയമങ്ങൾ',
    ].join('\n');
    expect(facts(page, '2025-07-23')).toEqual([['2025-07-22', '357', 'healthcare', 4000, 475, '2025-03-13']]);
  });
});

describe("a masthead's TODAY", () => {
  it("a masthead's \"☰ GULF TODAY LIVE 🔍\" tells no round of the page's day that would outnumber the week's two", () => {
    const page = [
      '☰   GULF TODAY LIVE   🔍',
      'Canada Express Entry: PNP and CEC draws held back-to-back',
      'Last Updated: 14 May 2025, 08:12 GST',
      'Advertisement',
      'Canada has held two back-to-back Express Entry draws this week.',
      '• Monday, May 12: Round 346 (PNP) - 511 ITAs, minimum CRS 706',
      '• Tuesday, May 13: Round 347 (CEC) - 500 ITAs, minimum CRS 547, tie-break May 21, 2024 at 17:26:27 UTC',
      'The CEC cut-off of 547 is the highest for that programme in years.',
      'Advertisement',
      'Also Read: Dubai traffic fines: new rules explained',
      'Share: 𝕏 f ✉',
    ].join('\n');
    expect(facts(page, '2025-05-14')).toEqual([
      ['2025-05-12', '346', 'pnp', 511, 706, null],
      ['2025-05-13', '347', 'cec', 500, 547, '2024-05-21'],
    ]);
  });
});

describe("thresholds, abbreviated weekdays, a podcast's week, a French table, the first rounds", () => {
  it('"First PNP draw to cross 1,000 invitations" is a threshold, no round\'s count', () => {
    const page = [
      'CRS Tracker 🇨🇦',
      '@crstracker',
      'Two Express Entry draws in two days 🧵👇',
      '',
      '1/ Wednesday June 23 — Draw #193, PNP only',
      '▪️ 1,002 ITAs',
      '▪️ Min CRS: 742',
      'First PNP draw to cross 1,000 invitations.',
      '',
      '2/ Thursday June 24 (today) — Draw #194, CEC only',
      '▪️ 6,000 ITAs',
      '▪️ Min CRS: 357',
      '▪️ Tie-break: Feb 17, 2021 10:15:50 UTC',
      '',
      '3/ 357 is the lowest cut-off for a regular CEC round so far (excluding the Feb 13 mega-draw at 75).',
      '',
      "4/ That's 7,002 ITAs this week. IRCC is clearly going for its 401k landing target using people already in Canada.",
      '',
      '5/ FSW candidates outside Canada: still no draw for you since December. We know. 😔',
      '',
      '#ExpressEntry #CEC #PNP',
      '3:22 PM · Jun 24, 2021 · Twitter Web App',
      '287 Retweets 61 Quote Tweets 1,104 Likes',
    ].join('\n');
    expect(facts(page, '2021-06-24')).toEqual([
      ['2021-06-23', '193', 'pnp', 1002, 742, null],
      ['2021-06-24', '194', 'cec', 6000, 357, '2021-02-17'],
    ]);
  });
  it('"Wed 👉 PNP: 893 ITAs, CRS 733" / "Thu (today!!) 👉 FSW ONLY: …": the abbreviated weekday dates its line', () => {
    const page = [
      '@crsqueen.ca',
      '2 EXPRESS ENTRY DRAWS THIS WEEK 🇨🇦🔥',
      'Wed 👉 PNP: 893 ITAs, CRS 733',
      'Thu (today!!) 👉 FSW ONLY: 3,300 ITAs, CRS 489',
      "This is the FIRST time ever IRCC did a draw just for Federal Skilled Worker 🤯 if you're outside Canada with a 489+ go check your account NOW",
      '#expressentry #fsw #canadapr #immigrationtok #crsscore #canada #fyp',
      '♬ Oh No - Kreepa',
    ].join('\n');
    expect(facts(page, '2023-02-02')).toEqual([
      ['2023-02-01', null, 'pnp', 893, 733, null],
      ['2023-02-02', null, 'fsw', 3300, 489, null],
    ]);
  });
  it('"This week IRCC ran a round of invitations every single day from Tuesday to Friday. Here\'s the recap …": the week\'s four rounds are news', () => {
    const page = [
      'THE MAPLE LEAF BRIEFING — Weekly Express Entry podcast',
      'Ep. 209: Four draws, four days',
      'Saturday, July 8, 2023 · 27 min',
      '',
      "This week IRCC ran a round of invitations every single day from Tuesday to Friday. Here's the recap we go through in the episode:",
      '',
      'Tue July 4 — Round 253, all programs: 700 ITAs, minimum CRS 511',
      'Wed July 5 — STEM occupations (first ever): 500 ITAs, CRS 486',
      'Thu July 6 — Healthcare occupations: 1,500 ITAs, CRS 463',
      'Fri July 7 — Round 256, French-language proficiency (first ever): 2,300 ITAs, CRS 439, tie-break January 20, 2023 at 17:18:32 UTC',
      '',
      'Total for the week: 5,000 invitations.',
      '',
      'Chapters',
      '00:00 Cold open',
      '01:40 The tiny 700-ITA general round — why so small?',
      '06:15 STEM round: which NOCs qualified',
      '11:30 Second healthcare round in a little over a week',
      '16:20 The French round: 439 and why francophones should be celebrating',
      '22:05 What next week might bring (trades? transport?)',
      '',
      'Guests: Aïcha Diallo, RCIC (Montréal)',
      '',
      '🎧 Apple Podcasts | Spotify | Google Podcasts',
      'Disclaimer: this podcast is information, not legal advice.',
    ].join('\n');
    expect(facts(page, '2023-07-08')).toEqual([
      ['2023-07-04', '253', 'general', 700, 511, null],
      ['2023-07-05', null, 'stem', 500, 486, null],
      ['2023-07-06', null, 'healthcare', 1500, 463, null],
      ['2023-07-07', '256', 'french', 2300, 439, '2023-01-20'],
    ]);
  });
  it('"Santé (ronde n° 327)" in a table\'s cell is round 327; "un seuil supérieur à 800" is a bound, no cut-off', () => {
    const page = [
      'AtlasCanada.ma',
      'Le guide des Marocains qui immigrent au Canada',
      'Accueil | Actualités | Entrée express | Études | Travail | Nous contacter',
      '',
      'Entrée express : trois tirages cette semaine, dont 3 000 invitations pour la santé',
      'Rabat, le 21 novembre 2024',
      '',
      "Semaine chargée pour Immigration, Réfugiés et Citoyenneté Canada (IRCC) : trois rondes d'invitations ont eu lieu du lundi 18 au mercredi 20 novembre.",
      '',
      'Date | Catégorie | Invitations | Score minimum SCG',
      'Lundi 18 novembre | Candidats des provinces | 174 | 816',
      'Mardi 19 novembre | Expérience canadienne | 400 | 539',
      'Mercredi 20 novembre | Santé (ronde n° 327) | 3 000 | 463',
      '',
      'Pour la ronde santé, la règle de départage est fixée au 21 octobre 2024 à 16:12:39 UTC.',
      '',
      'Notre analyse',
      'Le tirage santé est le plus intéressant pour nos lecteurs : infirmiers, aides-soignants et médecins marocains peuvent viser un score bien plus bas que dans les tirages CEC ou PCP. Le seuil de 463 reste atteignable avec un bon TEF/TCF et un IELTS solide.',
      '',
      "Le PCP, lui, reste réservé aux candidats déjà nominés par une province (d'où un seuil supérieur à 800).",
      '',
      "À noter : IRCC n'a pas organisé de tirage francophone cette semaine, contrairement à la semaine dernière.",
      '',
      'Vous avez reçu une invitation ? Contactez-nous pour la liste des documents.',
      '',
      'Partager : Facebook • WhatsApp • X',
      'Mots-clés : Entrée express, santé, infirmiers, Maroc',
      '',
      'Articles liés',
      '- TCF Canada à Casablanca : calendrier 2025',
      "- Comment obtenir l'extrait de casier judiciaire marocain",
    ].join('\n');
    expect(facts(page, '2024-11-21')).toEqual([
      ['2024-11-18', null, 'pnp', 174, 816, null],
      ['2024-11-19', null, 'cec', 400, 539, null],
      ['2024-11-20', '327', 'healthcare', 3000, 463, '2024-10-21'],
    ]);
  });
  it('"Les quatre premières rondes avaient exigé … (tirage réservé à la catégorie de l\'expérience canadienne)": the first rounds, whose program is not the news\'s', () => {
    const page = [
      'Entrée express : le seuil passe sous la barre des 500 points',
      'Par la rédaction | Montréal, le 21 mars 2015',
      "Pour la première fois depuis le lancement d'Entrée express en janvier, Citoyenneté et Immigration Canada (CIC) a invité des candidats dont le score au Système de classement global (SCG) était inférieur à 500 points.",
      "Lors de la ronde d'invitations tenue le vendredi 20 mars 2015, 1 620 candidats ont reçu une invitation à présenter une demande de résidence permanente. Le score minimal exigé était de 481 points.",
      "Il s'agit du cinquième tirage depuis le 31 janvier. Les quatre premières rondes avaient exigé des scores très élevés : 886 points le 31 janvier, 818 le 7 février, 808 le 20 février (tirage réservé à la catégorie de l'expérience canadienne) et 735 le 27 février.",
      "Ce recul marqué change la donne : des candidats sans offre d'emploi validée par une EIMT ni nomination provinciale ont pu, cette fois, être invités sur la seule base de leur capital humain.",
      'Et pour les candidats qui visent le Québec?',
      "Rappelons que les personnes qui souhaitent s'établir au Québec ne passent pas par Entrée express. La province sélectionne elle-même ses travailleurs qualifiés au moyen du Programme régulier des travailleurs qualifiés (PRTQ) et délivre le Certificat de sélection du Québec (CSQ).",
      'Nos conseils aux candidats',
      '- Faites évaluer vos diplômes étrangers (EDE) le plus tôt possible.',
      '- Si vous êtes près du niveau 9 des NCLC, repassez votre test de langue : chaque point compte.',
      '- Les candidats invités disposent de 60 jours pour soumettre une demande complète.',
    ].join('\n');
    expect(facts(page, '2015-03-21')).toEqual([['2015-03-20', null, 'general', 1620, 481, null]]);
  });
});

describe('a heading that lists round numbers', () => {
  it('"Express Entry draw #141 and #142: what you need to know" names no one round: the CEC round keeps its own 142', () => {
    const page = [
      'News › Canada › Immigration',
      'Express Entry',
      'Headlines',
      '',
      'IRCC holds two Express Entry draws on same day: 606 PNP and 3,294 CEC candidates invited',
      'CIC News · 20 hours ago',
      'Immigration, Refugees and Citizenship Canada (IRCC) held two program-specific Express Entry draws on Thursday, April 9. The first draw invited 606 candidates with a provincial nomination, with a minimum CRS score of 698. A second draw issued 3,294 invitations to Canadian Experience Class candidates with scores of at least 464...',
      '',
      'Canada keeps inviting immigrants despite COVID-19 travel ban',
      'The Canadian Press · 18 hours ago',
      'Ottawa issued 3,900 invitations to apply for permanent residence on Thursday in two separate rounds of Express Entry, targeting people most likely already living in Canada...',
      '',
      'Express Entry: CEC cut-off falls to 464',
      'Immigration.ca · 15 hours ago',
      'The minimum score for Canadian Experience Class candidates was 464 points, while provincial nominees needed 698 (including the 600 points for a nomination)...',
      '',
      'Express Entry draw #141 and #142: what you need to know',
      'Canadian Visa Expert · 12 hours ago',
      'Round 141 (PNP): 606 ITAs, CRS 698. Round 142 (CEC): 3,294 ITAs, CRS 464...',
      '',
      'More from this topic',
      '• IRCC extends deadlines for incomplete applications — CBC News · 2 days ago',
      '• Manitoba holds Skilled Worker draw, invites 200 — Winnipeg Free Press · 1 day ago',
      '',
      'Follow   Share',
    ].join('\n');
    expect(facts(page, '2020-04-10').sort()).toEqual([
      ['2020-04-09', '141', 'pnp', 606, 698, null],
      ['2020-04-09', '142', 'cec', 3294, 464, null],
    ]);
  });
});

describe("a table's Round column of programs", () => {
  it('"Date | Round | Invitations | Minimum CRS" with "General (all programs)", "Trade occupations" under Round: each row\'s program, the week\'s four rounds', () => {
    const page = [
      'University of the Lakes — Global Student Services',
      'Immigration News',
      '',
      'Express Entry: four rounds of invitations this week',
      'December 22, 2023',
      '',
      'Immigration, Refugees and Citizenship Canada (IRCC) held four Express Entry rounds of invitations between Monday and Thursday this week, three of them targeting specific occupations. Here is a summary for students and alumni considering permanent residence.',
      '',
      'Date | Round | Invitations | Minimum CRS',
      'Monday, Dec. 18 | General (all programs) | 1,325 | 542',
      'Tuesday, Dec. 19 | Trade occupations | 1,000 | 425',
      'Wednesday, Dec. 20 | Transport occupations | 670 | 435',
      'Thursday, Dec. 21 | Agriculture and agri-food occupations | 400 | 386',
      '',
      'What are category-based rounds?',
      'Since June 2023, IRCC can invite candidates who have work experience in priority occupations (healthcare, STEM, trades, transport, agriculture and agri-food) or strong French-language skills. Cut-off scores in these rounds are usually much lower than in general rounds.',
      '',
      'Are you eligible?',
      'You need at least six months of continuous full-time work experience (or equivalent part-time) in one eligible occupation in the last three years. Work done while you were a full-time student may not count toward the Canadian Experience Class, so please read the requirements carefully.',
      '',
      'Tips before you accept an invitation',
      '1. Check that your work experience is in the occupation listed in your profile, using the correct NOC 2021 code.',
      '2. Gather reference letters from each employer now — they must show duties, hours and dates.',
      '3. Make sure your language test results will still be valid (less than two years old) on the day you apply.',
      '4. Police certificates from some countries take months to obtain. Request them early.',
      '5. You have 60 days after an invitation to submit a complete application.',
      '',
      'Workshop in January',
      '"Express Entry after graduation" — Wednesday, January 17, 2024, 12:30 p.m., Library Learning Commons (also on Teams). Registration through the Student Portal.',
      '',
      'Holiday hours',
      'Global Student Services is closed from December 23 to January 2. Immigration advising appointments resume January 3, 2024.',
      '',
      'Questions: globalstudents@uofl.example.ca',
    ].join('\n');
    expect(facts(page, '2023-12-22')).toEqual([
      ['2023-12-18', null, 'general', 1325, 542, null],
      ['2023-12-19', null, 'trades', 1000, 425, null],
      ['2023-12-20', null, 'transport', 670, 435, null],
      ['2023-12-21', null, 'agriculture', 400, 386, null],
    ]);
  });
});
