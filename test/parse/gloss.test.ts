import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle } from '../../src/parse/parse-article.ts';
import { glossForeign } from '../../src/parse/text/gloss.ts';
import { sentenceFacts } from '../../src/parse/mentions/sentence-facts.ts';
import { glossMalayalam } from '../../src/parse/text/gloss-malayalam.ts';

/**
 * Korean, Chinese, Japanese, Vietnamese, Persian, Arabic and Punjabi draw news read through the glossary (docs/parser.md
 * "Eighth round"): the round's facts where the news writes them plainly; nothing where a figure's unit
 * or role is unknown.
 */

const programs = loadPrograms();
const announced = (text: string, published: string) =>
  parseArticle(text, { programs, published, figureModel: null })
    .draws.filter((d) => d.primary)
    .map((d) => [d.date, d.program, d.invitations, d.minCrs]);

describe('Korean draw news', () => {
  it('reads the date, the count and the cut-off; the previous round compared with stays out', () => {
    const text =
      '이번 3월 6일 수요일에 캐나다 이민국은 Express Entry 초청장(ITA)을 총 3350명에게 발송하였으며 이번 추첨점수는(종합 순위 시스템 CRS) 454점 이였습니다. 이번 3월 6일 추첨 점수는 454점으로 2월 20일 추첨 된 점수인 457점보다 3점 감소하였습니다.';
    expect(announced(text, '2019-03-07')).toEqual([['2019-03-06', 'general', 3350, 454]]);
  });

  // Session 49: with no month named yet, "28일" is the 28th of the page's month, up to its own day (docs/parser.md "Session 49").
  it('reads "3,409명이 초청장(ITA)을 받았다"; "28일" with no month named is the 28th of the page\u2019s month', () => {
    const text = '28일 시행된 급행이민(Express Entry) 추첨에서 3,409명이 초청장(ITA)을 받았다. 초청 최저 점수(CRS)는 449점이었는데 이는 지난 회차(413점)에 비해 상승한 것이다.';
    expect(announced(text, '2017-06-29')).toEqual([['2017-06-28', 'general', 3409, 449]]);
    // Not a day after the page's: the 28th on a page of the 27th is no day of this month.
    expect(announced(text, '2017-06-27')).toEqual([[null, 'general', 3409, 449]]);
    expect(announced(text.replace('28일 시행된', '6월 28일 시행된'), '2017-06-29')).toEqual([['2017-06-28', 'general', 3409, 449]]);
  });

  it('a lone cut-off the sentence order puts on the round\u2019s day is no second round ("2월 추첨 점수가 457점까지 올라간 후 3월 6일에도 454점")', () => {
    const text = [
      '이번 3월 6일 수요일에 캐나다 이민국은 Express Entry 초청장(ITA)을 총 3350명에게 발송하였으며 이번 추첨점수는(종합 순위 시스템 CRS) 454점 이였습니다.',
      '이로 인해 2월 추첨 점수가 457점까지 올라간 후 3월 6일에도 454점인 450점대를 유지하였습니다.',
    ].join(' ');
    // Still one round (all-program by its size, parsed-draw.ts). Its cut-off was null while "수요일에" (on Wednesday) was dropped;
    // read as "Wednesday, March 6" (docs/parser.md "Korean and Ilocano") both scores of the day agree.
    expect(announced(text, '2019-03-07')).toEqual([['2019-03-06', 'general', 3350, 454]]);
  });

  it('"합격선이 450점까지 떨어졌다" is a cut-off; "주정부 승인이 없어 600점의 가산점을 받지 못한" names no program of the round', () => {
    expect(glossForeign('EE 합격선이 450점까지 떨어졌다.')).toContain('minimum CRS score fell to 450 points');
    expect(glossForeign('주정부 승인이 없어 600점의 가산점을 받지 못한 신청인들도 선발되고 있다')).toContain('without a provincial nomination 600 points bonus points');
    expect(glossForeign('연방이민부는 25일자로')).toContain('IRCC');
  });

  it('a province\u2019s bound ("알버타주의 CRS 점수는 300점 이하로") is no Express Entry round', () => {
    const text = '그런데 올해 들어 각 주에서 총 160회 이상 주정부지명(PNP) EE 카테고리 이민자를 선발했다. 예로 알버타주의 CRS 점수는 300점 이하로, 연방의 450점 이상대에 비해 크게 낮다.';
    expect(announced(text, '2019-09-01')).toEqual([]);
    expect(glossForeign('알버타주의 CRS 점수는 300점 이하로')).toContain('Alberta');
  });

  it('counts of rounds and spans of days are no facts ("5번째", "5일 만에"); a number of an unknown unit is dropped', () => {
    expect(glossForeign('2019년 5번째 추첨, 5일 만에 또다시 발표')).not.toMatch(/\b5\b/);
    expect(glossForeign('작년 1분기에 목표치의 4분의 1을 채우지 못하자 4월에만')).not.toMatch(/\d/);
    expect(glossForeign('6만 1,771명의 후보자')).toContain('61,771 candidates');
  });
});

describe('Korean draw news, batch 53', () => {
  it('"기준점수 504점" is the cut-off and "초청인원 500명 증가" a difference; "기준 점수 533점 이상을 보유한" gives the cut-off 533', () => {
    const text =
      '이민성 급행이민 후보자 3,750명 초청 기준점수 504점, 초청인원 500명 증가\n\n(토론토) 연방이민성이 지난 28일(수) 급행이민 후보자 추첨 진행하고 3,750명의 이민후보자를 초청했다.\n\n이번 초청은 기준점수가 504점으로 지난 초청과 비교해 7점 가량 낮았으나 초청 인원은 500명 증가했다.';
    expect(announced(text, '2022-09-29')).toEqual([['2022-09-28', 'general', 3750, 504]]);
    const second =
      '(캐나다) 연방 이민성이 급행이민 추첨을 진행해 2천명의 이민 후보자를 초청했다고 발표했다. 이민성 관계자는 “지난 3일(수) 급행이민추첨을 진행했으며 기준 점수 533점 이상을 보유하고 있는 이민후보자 2천명을 선발했다”고 밝혔다.';
    expect(announced(second, '2022-08-04').map((d) => d[3])).toEqual([533]);
  });
});

describe('Punjabi draw news (thirteenth round)', () => {
  it('reads the date, the count and the cut-off of "14 ਸਤੰਬਰ 2022 ਨੂੰ … 3250 ਵਿਅਕਤੀਆਂ … ਸਕੋਰ ਘੱਟ ਤੋਂ ਘੱਟ 510"; a list of the three programs names none', () => {
    const text =
      'ਜਿਨ੍ਹਾਂ ਵਿਅਕਤੀਆਂ ਨੇ ਕੈਨੇਡੀਅਨ ਐਕਸਪੀਰੀਐਂਸ ਕਲਾਸ, ਫੈਡਰਲ ਸਕਿੱਲਡ ਵਰਕਰ, ਫੈਡਰਲ ਸਕਿੱਲਡ ਟਰੇਡਜ਼ ਪ੍ਰੋਗਰਾਮ ਅਧੀਨ ਫਾਈਲਾਂ ਲਗਾਈਆਂ ਸਨ, ਉਨ੍ਹਾਂ ਲਈ ਡਰਾਅ ਕੱਢਿਆ ਗਿਆ ਹੈ। 14 ਸਤੰਬਰ 2022 ਨੂੰ ਕੱਢੇ ਗਏ ਇਸ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਡਰਾਅ ਅਧੀਨ 3250 ਵਿਅਕਤੀਆਂ ਦੀ ਪੀ ਆਰ ਲਈ ਚੋਣ ਕੀਤੀ ਗਈ ਹੈ। ਇਸ ਵਾਰ ਡਰਾਅ ਵਿੱਚ ਸੀ.ਆਰ.ਐੱਸ ਸਕੋਰ ਘੱਟ ਤੋਂ ਘੱਟ 510 ਨੋਟ ਕੀਤਾ ਗਿਆ ਹੈ।';
    expect(announced(text, '2022-09-15')).toEqual([['2022-09-14', 'general', 3250, 510]]);
  });

  it('"490 ਅੰਕਾਂ ਵਾਲੇ ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਭੇਜੇ ਗਏ" gives the cut-off; a sentence on the previous record is another draw\u2019s; "ਲਗਭਗ 533" is no figure', () => {
    const text = 'ਇਸ ਵਾਰ 7000 ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਭੇਜੇ ਗਏ ਹਨ। ਇਸ ਡਰਾਅ ਨੇ 18 ਜਨਵਰੀ 2023 ਨੂੰ ਆਖਰੀ ਡਰਾਅ ਵਿੱਚ 5,500 ਉਮੀਦਵਾਰਾਂ ਦੇ ਪਿਛਲੇ ਰਿਕਾਰਡ ਨੂੰ ਪਾਰ ਕੀਤਾ ਹੈ। ਇਸ ਵਾਰ 490 ਅੰਕਾਂ ਵਾਲੇ ਬਿਨੈਕਾਰਾਂ ਨੂੰ ਇਨਵੀਟੇਸ਼ਨ ਭੇਜੇ ਗਏ ਹਨ।';
    expect(announced(text, '2023-03-15')).toEqual([[null, 'general', 7000, 490]]);
    expect(glossForeign('ਜਿਨ੍ਹਾਂ ਦਾ ਸੀਆਰਐਸ ਸਕੋਰ ਲਗਭਗ 533 ਬਣਦਾ ਹੈ। ਡਰਾਅ ਵਿੱਚ ੩੬੦੦ ਉਮੀਦਵਾਰਾਂ ਦਾ ਡਰਾਅ ਨਿਕਲਿਆ ਹੈ ਜੋ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਵਿੱਚ ਹਨ।')).toContain('CRS score about 533');
    expect(glossForeign('ਡਰਾਅ ਵਿੱਚ ੩੬੦੦ ਉਮੀਦਵਾਰਾਂ ਦਾ ਡਰਾਅ ਨਿਕਲਿਆ ਹੈ ਜੋ ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਵਿੱਚ ਆਪਣਾ ਨਾਂਅ ਦਾਖਲ ਕਰਨ ਤੋਂ ਬਾਅਦ ਇੰਤਜ਼ਾਰ ਕਰ ਰਹੇ ਸਨ।')).toContain('3600 candidates');
  });
});

describe('Japanese draw news (thirteenth round)', () => {
  it('reads "2025年9月18日 … ITAを1,250名に発行 … カットオフはCRS505"', () => {
    const text = '2025年9月18日、IRCCは約1年ぶりに技能職(トレード)カテゴリの抽選を実施し、永住権申請に招待するITAを1,250名に発行しました。今回のカットオフはCRS505でした。';
    expect(announced(text, '2025-09-19')).toEqual([['2025-09-18', 'trades', 1250, 505]]);
  });

  it('"今週の水曜には … 654人にITAが発給" is Wednesday\u2019s other round, not today\u2019s', () => {
    const text =
      'カナダ移民局は、今日のエクスプレスエントリードローで、27,332人にITAを発給しました。今週の水曜には、州ノミネーションプログラムの654人にITAが発給になっていますので、合計で27,986人もの人に今週はITAが発給になったことになります。';
    expect(announced(text, '2021-02-13').map((d) => d[2])).toEqual([27332]);
    expect(glossForeign(text)).toContain('on Wednesday');
  });
});

describe('Chinese draw news', () => {
  it('reads "昨天進行了最新一輪抽籤﹐3500名申請人獲得移民邀請(ITA)﹐…最低移民分數(CRS)要求為440分"', () => {
    const text = '【明報專訊】聯邦移民部「快速通道」移民項目昨天進行了最新一輪抽籤﹐3500名申請人獲得移民邀請(ITA)﹐被抽中申請人最低移民分數(CRS)要求為440分。';
    expect(announced(text, '2018-05-24')).toEqual([['2018-05-23', 'general', 3500, 440]]);
  });

  it('"比上一輪的886分降了68分": the previous round\u2019s score is not the new one\u2019s; this year\u2019s round count is no round number', () => {
    const gloss = glossForeign('第二輪抽籤結果,分數最低要求為818分,比上一輪的886分降了68分。今年以來的第10輪隨機抽籤');
    expect(gloss).toContain('compared with the previous draw');
    expect(gloss).not.toMatch(/\b10\b/);
  });

  it('reads simplified Chinese: "昨天(21日)进行了最新一轮抽签,共向3000名申请人发出移民邀请(ITA),申请人最低移民评分(CRS)要求442分"', () => {
    const text = '联邦移民部"快速通道"移民项目昨天(21日)进行了最新一轮抽签,共向3000名申请人发出移民邀请(ITA),申请人最低移民评分(CRS)要求442分。';
    expect(announced(text, '2018-02-22')).toEqual([['2018-02-21', 'general', 3000, 442]]);
    expect(glossForeign(text)).toContain('yesterday ( on the 21st,)');
    expect(glossForeign('申请人最低移民评分(CRS)要求442分。')).toContain('minimum CRS score CRS score (CRS) 442 points');
  });

  it('reads "在新的Express Entry按类别选择抽签中邀请了500名医疗保健工作者。候选人需要达到至少476分"', () => {
    const text = '加拿大移民、难民和公民事务部(IRCC)在新的Express Entry按类别选择抽签中邀请了500名医疗保健工作者。候选人需要达到至少476分的综合评分系统(CRS)分数。';
    expect(announced(text, '2023-06-29')).toEqual([[null, 'healthcare', 500, 476]]);
  });

  it('"邀请分数自前一轮的461分,下降1分至460分,邀请人数高达1,503人": the new cut-off and count, the previous round\u2019s score aside', () => {
    const gloss = glossForeign('移民部昨日公布第23轮「快速移民」邀请结果,邀请分数自前一轮的461分,下降1分至460分,邀请人数高达1,503人。');
    expect(gloss).toContain('IRCC yesterday');
    expect(gloss).toContain('the previous draw');
    expect(gloss).toContain('dropped by 1 points to 460 points');
    expect(gloss).toContain('number of invitations reached 1,503 candidates');
  });

  it('"獲移民邀請(ITA)人數為3035名" is the count; "重回3,000人以上" (back above 3,000) and "CRS保持在400分到440分上下" (around 400 to 440) are bounds', () => {
    const text = '「快速通道」移民最新一輪抽籤﹐被抽中獲移民邀請(ITA)人數為3035名﹐重回3,000人以上。從最近幾輪的抽籤情況看﹐即每輪抽籤簽發的ITA在3,000名以上﹐CRS保持在400分到440分上下。';
    expect(announced(text, '2017-08-25')).toEqual([[null, 'general', 3035, null]]);
    expect(glossForeign('重回3,000人以上')).toContain('more than 3,000 candidates');
    expect(glossForeign('CRS保持在400分到440分上下')).toContain('between 400 and 440 points');
    // The small and full-width comma, semicolon and colon are read as their ASCII marks.
    expect(glossForeign(text)).not.toMatch(/[\ufe50\ufe54\ufe55\uff0c\uff1b\uff1a]/);
  });

  it('"向4,500名EE候选人颁发…邀请" is the count; "每次都发出了3,900至4,200个" a range and "如果…均有3,900名候选人" a condition are not', () => {
    const text = [
      '10月14日,加拿大进行了有史以来人数最多的EE邀请,向4,500名EE候选人颁发永居申请邀请ITAs。',
      '近期每次都发出了3,900至4,200个邀请。如果在2020年最后这五次EE邀请中均有3,900名候选人,那么到年底将总共发出102,350个邀请。',
    ].join('\n');
    expect(announced(text, '2020-10-14')).toEqual([['2020-10-14', 'general', 4500, null]]);
    expect(glossForeign('近期每次都发出了3,900至4,200名候选人。')).toContain('between 3,900 and 4,200 candidates');
    expect(glossForeign('如果均有3,900名候选人')).toContain(' if ');
  });

  it('reads Japanese with its own glossary, not the Chinese one (kana tell it apart)', () => {
    const text = '7月12日、カナダはExpress Entryシステムを通じて3,800人に招待状を送りました。';
    expect(glossForeign(text)).toContain('July 12');
    expect(glossForeign(text)).toContain('3,800 candidates received invitations');
  });
});

describe('Vietnamese draw news', () => {
  it('reads "Ngày 29/10/2018, Chính phủ Canada đã ban hành 3.900 lời mời … điểm số CRS tối thiểu 442"', () => {
    const text = 'Ngày 3/10/2018, Chính phủ Canada đã mời 3.900 ứng viên Express Entry. Trong vòng rút thăm mới nhất này, điểm CRS tối thiểu là 445.';
    expect(announced(text, '2018-10-04')).toEqual([['2018-10-03', 'general', 3900, 445]]);
  });

  it('"nhóm thợ tay nghề" is the trade occupations category, "thợ liên bang" still the federal program', () => {
    const text = [
      'Đợt rút thăm Express Entry mới nhất được tổ chức vào ngày 23/10/2024. Tổng cộng 1.800 ITA đã được gửi ra thông qua đợt rút thăm tuyển chọn theo danh mục dành cho các ứng viên trong nhóm thợ tay nghề.',
      'Các ứng viên được mời phải đạt điểm CRS tối thiểu là 433.',
    ].join('\n');
    expect(announced(text, '2024-10-24')).toEqual([['2024-10-23', 'trades', 1800, 433]]);
    expect(glossForeign('Đợt rút thăm mới nhất dành cho các ứng viên ngành thợ liên bang đã mời 500 ứng viên.')).toContain('Federal Skilled Trades invited 500');
  });

  it('"Các ứng cử viên của … (CEC) cũng được đưa vào …" (were also included) is one group among the invited, not the round\u2019s program', () => {
    // Shaped on a page of the corpus (3608), the all-program round of July 6, 2022.
    const text = [
      'Lần đầu tiên Canada đã mời các ứng cử viên của Chương trình Công nhân lành nghề Liên bang (FSWP) kể từ tháng 12 năm 2020.',
      'Các ứng cử viên của Lớp trải nghiệm Canada (CEC) cũng được đưa vào chương trình bốc thăm Express Entry của ngày hôm nay.',
      'IRCC đã mời tổng cộng 1.500 ứng viên Express Entry nộp đơn xin thường trú. Điểm số cắt của Hệ thống xếp hạng toàn diện (CRS) là 557.',
    ].join('\n\n');
    expect(announced(text, '2022-07-06')).toEqual([['2022-07-06', 'general', 1500, 557]]);
  });

  it('"thấp hơn 460" is a comparison, not the cut-off', () => {
    const text =
      'Dợt draw thứ hai của năm 2017 (11 Jan) đã phát ra 3,334 Invitation to Apply cho các candidate có điểm CRS từ 459 trở lên. Đây là điểm cut-off thấp, lần gần nhất điểm cut-off thấp hơn 460 là cuối tháng 2 năm 2016.';
    expect(announced(text, '2017-01-12')).toEqual([['2017-01-11', 'general', 3334, 459]]);
  });

  it('batch 66: months in words, "tất cả các chương trình", the federal programs, and no round number from "đợt 19/8", "lần thứ 02" or "thứ tám"', () => {
    const allPrograms = [
      'Đây là lần rút thăm thứ tám của tất cả chương trình kể từ ngày 6 tháng Bảy.',
      'Đợt rút thăm Express Entry dành cho tất cả các chương trình gần đây nhất được tổ chức vào ngày 12 tháng 10 năm 2022. IRCC đã phát hành lời mời cho 4.250 ứng viên có điểm CRS tối thiểu là 500. Các ứng viên đủ điều kiện nhận lời mời từ Canadian Experience Class (CEC), Federal Skilled Worker Program (FSWP) và Federal Skilled Trades Program (FSTP).',
    ].join('\n');
    const read = parseArticle(allPrograms, { programs, published: '2022-10-12', figureModel: null }).draws.filter((d) => d.primary);
    expect(read.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([['2022-10-12', null, 'general', 4250, 500]]);
    expect(glossForeign('Vòng mời đầu tiên kể từ ngày 6 tháng Bảy và từ đầu tháng Tư, trước tháng Năm.')).toMatch(/since July 6.*April.*May/);
    expect(glossForeign('Chương trình tay nghề liên bang (FSWP) và Chương trình tay nghề liên bang nhóm thợ (FSTP) đều tham gia.')).toMatch(
      /Federal Skilled Worker \(FSWP\).*Federal Skilled Trades \(FSTP\)/,
    );
    const trades = [
      'Đây là lần thứ 02 IRCC tổ chức rút hồ sơ trong hệ thống Express Entry trong tuần vừa qua, từ ngày 01 đến 07 tháng 07.',
      'Bộ đã cấp 1,800 thư mời cho các ứng viên thuộc nhóm ngành kỹ thuật lành nghề. Ứng viên cần đạt tối thiểu 436 điểm CRS. Điểm tăng 2 điểm từ 430 đợt 19/6.',
    ].join('\n');
    const draws = parseArticle(trades, { programs, published: '2024-07-04', figureModel: null }).draws.filter((d) => d.primary);
    expect(draws.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([[null, null, 'trades', 1800, 436]]);
  });

  it('batch 66: "có số điểm ít nhất là 432" is the cut-off, "chỉ được mời nếu họ gửi hồ sơ Express Entry trước …" the tie-break', () => {
    const text = [
      'Canada đã mời 5.000 ứng viên Express Entry vào ngày 1 tháng 4 năm 2021.',
      'Các ứng viên được mời cần đủ điều kiện tham gia Chương trình kinh nghiệm Canada (CEC) và có số điểm ít nhất là 432 để nhận được Thư mời nộp đơn (ITA).',
      'Các ứng viên có số điểm tối thiểu là 432 chỉ được mời nếu họ gửi hồ sơ Express Entry trước ngày 16 tháng 2 năm 2021 lúc 09:51:22 UTC.',
    ].join('\n');
    const read = parseArticle(text, { programs, published: '2021-04-01', figureModel: null }).draws.filter((d) => d.primary);
    expect(read.map((d) => [d.date, d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([['2021-04-01', 'cec', 5000, 432, '2021-02-16T09:51:22Z']]);
  });

  it('leaves English with a Vietnamese name in it alone', () => {
    const text = 'IRCC invited 3,900 candidates, reports Nguyễn Văn Anh from Hồ Chí Minh City.';
    expect(glossForeign(text)).toBe(text);
  });
});

describe('Persian and Arabic draw news', () => {
  it('reads Arabic: "الجولة رقم 363 منذ إطلاق نظام الدخول السريع", the count, the cut-off in points', () => {
    const text = [
      'أجرت وزارة الهجرة واللاجئين والمواطنة الكندية سحبا جديدا لبرنامج الترشيح الإقليمي، حيث تم إصدار 249 دعوة للمرشحين.',
      'اشترطت الوزارة أن يكون الحد الأدنى للنقاط في نظام التصنيف الشامل (CRS) هو 772 نقطة في هذا السحب.',
      'ويُعتبر هذا السحب الجولة رقم 33 خلال عام 2025، والجولة رقم 363 منذ إطلاق نظام الدخول السريع في عام 2015.',
    ].join(' ');
    expect(
      parseArticle(text, { programs, published: '2025-09-03', figureModel: null })
        .draws.filter((d) => d.primary)
        .map((d) => [d.drawNumber, d.program, d.invitations, d.minCrs]),
    ).toEqual([['363', 'pnp', 249, 772]]);
  });

  it('batch 66: "حيث دُعي 714 مرشحًا" (714 candidates were invited) is the count; "جولتها الـ380" (its 380th round) the round number', () => {
    const text =
      'أجرت دائرة الهجرة واللاجئين والمواطنة الكندية (IRCC) جولتها الـ380 لنظام الدخول السريع في 25 نوفمبر 2025، حيث دُعي 777 مرشحًا من برنامج الترشيح الإقليمي لتقديم طلبات الإقامة الدائمة. وكان الحد الأدنى للنقاط 699 نقطة.';
    const read = parseArticle(text, { programs, published: '2025-11-26', figureModel: null }).draws.filter((d) => d.primary);
    expect(read.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([['2025-11-25', '380', 'pnp', 777, 699]]);
  });

  it('"أكثر من 4,000 مرشح" (more than 4,000) is no count; Persian digits and the Arabic comma read as numbers', () => {
    expect(glossForeign('كندا تدعو أكثر من 4,000 مرشح في أحدث سحب لبرنامج Express Entry، وهذا خبر مهم للمرشحين جميعا في العالم')).toContain('more than 4,000 candidates');
    expect(glossForeign('اداره مهاجرت کانادا دومین قرعه کشی سال ۲۰۲۳ را انجام داد که در آن ۵،۵۰۰ نفر دیگر دعوتنامه دریافت کردند')).toContain('5,500 candidates');
  });

  it('a Solar Hijri date beside the Gregorian one is dropped: "8 نوامبر 2017 ( 17 آبان 1396)"', () => {
    const gloss = glossForeign('در جدیدترین دوره انتخابی برنامه اکسپرس اینتری کانادا که در تاریخ 8 نوامبر 2017 ( 17 آبان 1396) برگزار گردید و اداره مهاجرت تصمیم گرفته است');
    expect(gloss).toContain('November 8, 2017');
    expect(gloss).not.toMatch(/1396|\b17\b/);
  });

  it('leaves English with an Arabic name in it alone', () => {
    const text = 'IRCC invited 3,900 candidates, reports محمد from Toronto.';
    expect(glossForeign(text)).toBe(text);
  });
});

describe('dates and counts the glossaries used to lose (docs/parser.md "Fourteenth round")', () => {
  it('"2020년 11월 18일에" keeps its year, and "총 5,000장의 초청장" is 5,000 invitations', () => {
    const text = [
      '캐나다는 2020년 11월 18일에 사상 최대 규모의 익스프레스 엔트리 추첨을 개최했다.',
      '이번 추첨에서 총 5,000장의 초청장이 발급되어 이민 후보자들은 캐나다 영주권에 한 걸음 더 다가섰다.',
      '후보자들은 이번 라운드에서 초청장을 받기 위해 최소 472점의 종합순위제(CRS) 점수가 필요했다.',
    ].join('\n');
    expect(glossForeign(text)).toContain('November 18, 2020');
    expect(glossForeign(text)).toContain('5,000 invitations');
    const draws = parseArticle(text, { programs, published: '2020-11-18' }).draws.filter((d) => d.primary);
    expect(draws.map((d) => [d.date, d.invitations, d.minCrs])).toEqual([['2020-11-18', 5000, 472]]);
  });

  it('"2020年11月18日舉行" keeps its year; a number glued to an unknown unit still goes ("1분기")', () => {
    expect(glossForeign('加拿大於2020年11月18日舉行了抽籤')).toContain('November 18, 2020');
    expect(glossForeign('올해 1분기 초청')).not.toMatch(/\d/);
  });

  it('"457점으로 직전 466점에 비해 9점이나 떨어졌다" keeps 457 as the round\u2019s cut-off and 466 as the previous draw\u2019s', () => {
    const text = [
      '20일 3600명에게 초청장 발송',
      '연방이민부(Refugees and Citizenship Canada, IRCC)는 직전 선발 8일만에 다시 연방EE(Express Entry) 카테고리 이민신청자 3600 초청장을 발송했다.',
      '그런데 이번에 통과점수(Comprehensive Ranking System, CRS)는 457점으로 직전 466점에 비해 9점이나 떨어졌다.',
    ].join('\n');
    expect(glossForeign(text)).toContain("compared with the previous draw's 466 points");
    const draws = parseArticle(text, { programs, published: '2019-08-20' }).draws.filter((d) => d.primary);
    expect(draws.map((d) => [d.invitations, d.minCrs])).toEqual([[3600, 457]]);
  });
});

describe('Hindi draw news (docs/parser.md "Fourteenth round")', () => {
  const lead = 'टोरंटो, (आईएएनएस)| कनाडा ने लगभग दो महीनों में अपने नवीनतम एक्सप्रेस एंट्री ड्रा में 507 के न्यूनतम व्यापक रैंकिंग सिस्टम (सीआरएस) स्कोर वाले 5,500 उम्मीदवारों को निमंत्रण जारी किया।';

  it('reads "507 के न्यूनतम … (सीआरएस) स्कोर वाले 5,500 उम्मीदवारों को निमंत्रण जारी किया" as 5,500 invited at a cut-off of 507', () => {
    expect(glossForeign(lead)).toContain('5,500 candidates with a minimum CRS score of 507 were sent invitations');
    const text = ['कनाडा ने 2023 में एक्सप्रेस एंट्री ड्रा में 5,500 उम्मीदवारों को किया आमंत्रित', lead].join('\n');
    expect(announced(text, '2023-01-13')).toEqual([[null, 'general', 5500, 507]]);
  });

  it('an earlier draw\u2019s sentence ("पिछले ड्रा", the previous draw) stays context, and Devanagari digits read as numbers', () => {
    const text = [lead, 'पिछले ड्रा में ४,७५० उम्मीदवारों को आमंत्रित किया गया था और न्यूनतम सीआरएस स्कोर 491 था।'].join('\n');
    expect(glossForeign(text)).toContain('4,750');
    expect(announced(text, '2023-01-13')).toEqual([[null, 'general', 5500, 507]]);
  });

  it('leaves English with a Hindi name in it alone, and a Punjabi page to the Punjabi glossary', () => {
    const english = 'IRCC invited 3,900 candidates, reports राहुल from Delhi.';
    expect(glossForeign(english)).toBe(english);
    const punjabi = 'ਕੈਨੇਡਾ ਸਰਕਾਰ ਵੱਲੋਂ 14 ਹਜ਼ਾਰ ਪਰਵਾਸੀਆਂ ਨੂੰ ਸੱਦਾ ਪੱਤਰ ਭੇਜਿਆ ਗਿਆ ਹੈ। ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਡਰਾਅ ਵਿੱਚ ਘੱਟੋ-ਘੱਟ ਸੀਆਰਐਸ ਸਕੋਰ 490 ਰਿਹਾ।';
    expect(glossForeign(punjabi)).toContain('Express Entry draw minimum CRS score 490');
  });

  it('batch 68: "ऑल-प्रोग्राम ड्रा" is all programs; "यह ड्रा 8 जून को एक समान ड्रा के बाद हुआ, जहां 4,800 …" tells the earlier draw', () => {
    const text = [
      'कनाडा एक्सप्रेस प्रवेश: इस सप्ताह 4,000 से अधिक निमंत्रण जारी किए गए',
      '2023 के पंद्रहवें एक्सप्रेस एंट्री ड्रा में, आप्रवासन शरणार्थी और नागरिकता कनाडा (आईआरसीसी) ने ऑल-प्रोग्राम ड्रा में 4,300 उम्मीदवारों को आमंत्रित किया। अर्हता प्राप्त करने के लिए, उम्मीदवारों को न्यूनतम कॉम्प्रिहेंसिव रैंकिंग सिस्टम (सीआरएस) स्कोर 486 होना चाहिए। यह ड्रा 8 जून को एक समान ड्रा के बाद हुआ, जहां 4,800 उम्मीदवारों को समान न्यूनतम सीआरएस कट-ऑफ स्कोर के साथ आमंत्रित किया गया था।',
    ].join('\n');
    const read = parseArticle(text, { programs, published: '2023-06-29', figureModel: null }).draws.filter((d) => d.primary);
    expect(read.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([[null, null, 'general', 4300, 486]]);
  });

  it('batch 68: "अगर आपने … प्रोफाइल 12 मई 2025 से पहले बनाई है … आपका … स्कोर 472 होना चाहिए" is a reader\u2019s condition, no draw', () => {
    const text = [
      'हेल्थकेयर कैटेगरी में जॉब्स: PR के लिए कितना CRS स्कोर चाहिए?',
      'अगर आपने एक्सप्रेस एंट्री प्रोफाइल 12 मई 2025 से पहले बनाई है, तो फिर आप जॉब के लिए अप्लाई कर सकते हैं। जॉब के लिए आपका कम से कम कॉम्प्रिहेंसिव रैंकिंग सिस्टम (CRS) स्कोर 472 होना चाहिए।',
    ].join('\n');
    // An undated page, as it came: the condition's day and score had made a draw of May 12.
    expect(parseArticle(text, { programs, figureModel: null }).draws.filter((d) => d.primary)).toEqual([]);
  });
});

describe('Bengali draw news (docs/parser.md "Fourteenth round")', () => {
  it('reads "১৯ আগস্ট … ১৬০ তম Express Entry draw" and "৬০০ টি আমন্ত্রণপত্র … CRS স্কোর ৭৭১ ছিল"', () => {
    const text = [
      'Express Entry: Canada issues 600 invitations to apply for permanent residence',
      '১৯ আগস্ট immigration candidate দের permanent residence এর আবেদনের আমন্ত্রণ জানিয়ে কানাডায় ১৬০ তম Express Entry draw অনুষ্ঠিত হয়েছে।',
      'নতুন Express Entry রাউন্ডে immigration candidate দের ৬০০ টি আমন্ত্রণপত্র ইস্যু করা হয়, যাদের Comprehensive Ranking System (CRS) স্কোর ৭৭১ ছিল।',
    ].join('\n');
    expect(glossForeign(text)).toContain('160th Express Entry draw');
    expect(announced(text, '2020-08-19')).toEqual([['2020-08-19', 'pnp', 600, 771]]);
  });

  it('a clause on the earlier draw ("আগের", "পূর্ববর্তী") is context; "১৮ ই মার্চের পর থেকে" is a start; "… এর প্রার্থীরা … মধ্যে ছিলেন" one group among the invited', () => {
    const text = [
      'Express Entry: Canada invites 4,200 immigration candidates',
      'কানাডার সরকার ২ই সেপ্টেম্বর অনুষ্ঠিত একটি draw তে Express Entry প্রার্থীদের কানাডার permanent residence এর আবেদন করতে ৪,২০০টি আমন্ত্রণ ইস্যু করেছে।',
      'Federal Skilled Worker Program এর প্রার্থীরা এই draw এর সফল প্রার্থীদের মধ্যে ছিলেন। সর্বশেষতম Express Entry draw টি ১৮ ই মার্চের পর থেকে Immigration, Refugees and Citizenship Canada (IRCC) অনুষ্ঠিত তৃতীয় all-program draw ছিল।',
      'সর্বশেষতম ইনভিটেশন রাউন্ডে সর্বনিম্ন Comprehensive Ranking System (CRS) স্কোর ছিল ৪৭৫, যা ৫ই আগস্ট অনুষ্ঠিত পূর্ববর্তী all-program ড্রয়ের তুলনায় ১ পয়েন্ট কম।',
    ].join('\n');
    expect(announced(text, '2020-09-02')).toEqual([['2020-09-02', 'general', 4200, 475]]);
  });

  it('batch 68: "৪ হাজার ৫০০ প্রার্থীকে" is 4,500 (no round 4), "কমপক্ষে ৪৩২ পয়েন্ট" at least 432, French proficiency, the tie-break told with the part of the day, a "প্রকাশ:" byline', () => {
    const text = [
      'ফ্রেঞ্চ ভাষা জানা ৪,৫০০ প্রার্থীকে কানাডায় আমন্ত্রণ',
      'প্রকাশ: ০৭ অক্টোবর ২০২৫, ১০:০৭',
      'কানাডার অভিবাসন বিভাগ (IRCC) চলতি মাসের দ্বিতীয় এক্সপ্রেস এন্ট্রি ড্রতে ৪ হাজার ৫০০ প্রার্থীকে স্থায়ী বসবাসের জন্য আবেদন করতে আমন্ত্রণ জানিয়েছে। এবার নির্বাচিতদের মূল যোগ্যতা ছিল ফ্রেঞ্চ ভাষায় দক্ষতা।',
      'IRCC জানিয়েছে, এই ড্রতে নির্বাচিত হতে হলে প্রার্থীদের কমপক্ষে ৪৩২ পয়েন্টের Comprehensive Ranking System (CRS) স্কোর থাকতে হয়েছে এবং ১৩ জুন ২০২৫ তারিখ সন্ধ্যা ৭টা ৭ মিনিটের (UTC) আগে এক্সপ্রেস এন্ট্রি প্রোফাইল তৈরি করতে হয়েছে।',
    ].join('\n');
    expect(glossForeign(text)).toContain('before 13 June 2025 at 19:07 (UTC)');
    const read = parseArticle(text, { programs, published: '2025-10-07', figureModel: null }).draws.filter((d) => d.primary);
    expect(read.map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs])).toEqual([[null, null, 'french', 4500, 432]]);
  });

  it('batch 68: "প্রোগ্রামগুলোর জন্য - Federal Skilled Worker Program" (for the programs: …) lists programs, naming no round\u2019s', () => {
    expect(glossForeign('কানাডার তিনটি ফেডারেল হাই-স্কিল্ড ইমিগ্রেশন প্রোগ্রামগুলোর জন্য - Federal Skilled Worker Program')).toContain('programs - Federal Skilled Worker Program');
  });

  it('leaves English with a Bengali name in it alone', () => {
    const english = 'IRCC invited 3,900 candidates, reports রহিম from Dhaka.';
    expect(glossForeign(english)).toBe(english);
  });
});

describe('Gujarati draw news (docs/parser.md "Fourteenth round")', () => {
  it('reads "2 સપ્ટેમ્બરના રોજ … 249 આમંત્રણો મોકલ્યા" and "772નો CRS સ્કોર"', () => {
    const text = [
      'ઇમિગ્રેશન, રેફ્યુજીસ એન્ડ સિટીઝનશિપ કેનેડા (IRCC)એ 2 સપ્ટેમ્બરના રોજ વિદેશી નાગરિકોને કાયમી નિવાસ માટે 249 આમંત્રણો મોકલ્યા હતા.',
      'એક્સપ્રેસ એન્ટ્રી સિસ્ટમ ડ્રો હેઠળ મોકલવામાં આવેલા આમંત્રણોમાં સૌથી નીચા ક્રમાંકિત ઉમેદવારને 772નો CRS સ્કોર મળ્યો હતો.',
    ].join('\n');
    expect(announced(text, '2025-09-03')).toEqual([['2025-09-02', 'pnp', 249, 772]]);
  });

  it('reads Gujarati digits and "ડ્રો નંબર 337"; an earlier draw\u2019s clause ("અગાઉના") is context; "1,14,431" is 114,431', () => {
    const text = [
      'આ ઈન્વિટેશન 19 ફેબ્રુઆરી 2025ના રોજ એક્સપ્રેસ એન્ટ્રી ડ્રો નંબર 337 અંતર્ગત મોકલવામાં આવ્યું હતું.',
      'કૂલ ૬૫૦૦ લોકોને આમાં આમંત્રણ આપવામાં આવ્યું હતું, જેમાંથી સૌથી ઓછો CRS સ્કોર ૪૨૮નો હતો, જે અગાઉના ડ્રો કરતા ૩૨ પોઈન્ટ ઓછો છે.',
    ].join('\n');
    expect(glossForeign(text)).toContain('draw number 337');
    expect(announced(text, '2025-02-20')).toEqual([['2025-02-19', null, 6500, 428]]);
    expect(glossForeign('IRCCએ ૨૦૨૧માં તમામ કેનેડિયન એક્સપિરિયન્સ ક્લાસ અને પ્રોવિન્સિયલ નોમિની પ્રોગ્રામમાં રેકોર્ડ 1,14,431 ITAs જારી કર્યા')).toContain('114,431');
  });

  it('leaves English with a Gujarati name in it alone', () => {
    const english = 'IRCC invited 3,900 candidates, reports ચિંતન from Ahmedabad.';
    expect(glossForeign(english)).toBe(english);
  });
});

describe('Russian draw news (docs/parser.md "Fourteenth round")', () => {
  it('reads "Сегодня, 21 февраля, состоялся отбор …", "составил 442 баллов" and "получили 3 000 кандидатов"; the previous draw\u2019s 442 and the all-time 413 stay context', () => {
    const text = [
      'Сегодня, 21 февраля, состоялся отбор кандидатов в федеральной иммиграционной системе Express Entry, который стал уже вторым в 2018 году.',
      'Необходимый минимум баллов Comprehensive Ranking System (CRS), требуемых для отбора, составил 442 баллов CRS и выше.',
      'Напомним, что в предыдущем отборе, проходной балл тоже был 442 CRS, а минимальный проходной балл за всю историю существования системы Express Entry - 413.',
      'Приглашение подать документы на постоянный вид на жительство в Канаде (Invitation to Apply, ITA) в этот раз получили 3 000 кандидатов.',
    ].join('\n');
    expect(announced(text, '2018-02-21')).toEqual([['2018-02-21', 'general', 3000, 442]]);
  });

  it('"было направлено 27,330 приглашений … кандидатам, набравшим минимум 75 баллов"', () => {
    const text = 'Розыгрыш Express Entry, проведенный 13 февраля установил новый рекорд: было направлено 27,330 приглашений на подачу заявки (ITA) кандидатам, набравшим минимум 75 баллов.';
    expect(glossForeign(text)).toContain('issued 27,330 invitations');
    expect(glossForeign(text)).toContain('a minimum CRS score of 75');
  });

  it('leaves English with a Russian name in it alone', () => {
    const english = 'IRCC invited 3,900 candidates, reports Иван from Toronto.';
    expect(glossForeign(english)).toBe(english);
  });
});

describe('Punjabi draw news, batch 76 (docs/parser.md "Seventeenth round")', () => {
  it('"6,300 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਕੈਨੇਡਾ ਦੀ ਪੀ.ਆਰ. ਲਈ ਅਰਜ਼ੀਆਂ ਦਾਖਲ ਕਰਨ ਦਾ ਸੱਦਾ ਦਿਤਾ ਗਿਆ" is a count, "ਕੈਨੇਡੀਅਨ ਤਜਰਬੇ ਵਾਲੇ" the CEC, "ਸੀ.ਆਰ.ਐਸ. 515 ਦਰਜ ਕੀਤਾ ਗਿਆ" the cut-off', () => {
    const text = [
      'ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਦੇ ਡਰਾਅ ਵਿਚ 6300 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਪੀ.ਆਰ. ਦਾ ਸੱਦਾ',
      'ਐਕਸਪ੍ਰੈਸ ਐਂਟਰੀ ਦੇ ਤਾਜ਼ਾ ਡਰਾਅ ਵਿਚ 6,300 ਉਮੀਦਵਾਰਾਂ ਨੂੰ ਕੈਨੇਡਾ ਦੀ ਪੀ.ਆਰ. ਲਈ ਅਰਜ਼ੀਆਂ ਦਾਖਲ ਕਰਨ ਦਾ ਸੱਦਾ ਦਿਤਾ ਗਿਆ ਹੈ। ਕੈਨੇਡੀਅਨ ਤਜਰਬੇ ਵਾਲੇ ਉਮੀਦਵਾਰਾਂ ਲਈ ਸੀ.ਆਰ.ਐਸ. 515 ਦਰਜ ਕੀਤਾ ਗਿਆ',
    ].join('\n');
    expect(announced(text, '2024-07-17')).toEqual([[null, 'cec', 6300, 515]]);
  });
});

describe('German draw news (docs/parser.md "Eighteenth round")', () => {
  // The opening of a real German page (2995 of the corpus), as written.
  const page = [
    'BREAKING: IRCC lädt 5.500 Kandidaten für die Expressanmeldung zur zweiten Ziehung 2023 ein',
    'Kanada hat heute seine zweite Express-Teilnahme-Ziehung des Jahres abgehalten.',
    'Immigration, Refugees and Citizenship Canada (IRCC) hat Einladungen an 5.500 Bewerber mit einer Comprehensive Ranking System (CRS)-Mindestpunktzahl von 507 herausgegeben. Es wurde kein Programm angegeben, was bedeutet, dass berechtigte Bewerber von der Canadian Experience Class (CEC), dem Federal Skilled Worker Program, eingeladen wurden . (FSWP) und das Bundeshandwerksprogramm (FSTP). Alle sind Programme, die unter dem Express-Entry-System arbeiten.',
    'Die Auslosung kam überraschend, da es sich um die zweite Runde der Express Entry-Einladungen in aufeinanderfolgenden Wochen handelte. IRCC hat letzten Mittwoch, den 11. Januar, eine Ziehung durchgeführt, zu der auch 5.500 Bewerber eingeladen wurden. Das CRS-Limit für die Ziehung der letzten Woche betrug ebenfalls 507.',
  ].join('\n\n');

  it('reads the count ("5.500 Kandidaten"), the cut-off ("Mindestpunktzahl von 507") and "heute"; last week\u2019s draw stays out', () => {
    expect(announced(page, '2023-01-18')).toEqual([['2023-01-18', 'general', 5500, 507]]);
  });

  it('reads day-first dates and points that group thousands; leaves English with a German word or two alone', () => {
    expect(glossForeign(page)).toContain('January 11');
    expect(glossForeign(page)).toContain('5,500 candidates');
    const english = 'IRCC invited 5,500 candidates und the cut-off was 507 on January 18.';
    expect(glossForeign(english)).toBe(english);
  });
});

describe('Chinese: two programs joined by 和 (docs/parser.md "Eighteenth round")', () => {
  it('"全部发放给加拿大经验类和省提名项目的候选人" lists two programs: neither is the round\u2019s', () => {
    // A real page's Chinese paragraphs (3337 of the corpus).
    const text = [
      '移民当局在一周内进行了第二次快速移民通道抽取,综合打分系统分数暴跌17分至490分。移民、难民及公民部自2022年11月中断抽取后加快了抽取步伐,2023年1月18日的抽取中共发出了5,500份移民申请邀请函',
      '2021年加拿大移民当局共发放了创纪录的114,431份移民邀请函,全部发放给加拿大经验类和省提名项目的候选人,打破了由2020年创下邀请107,350名候选人的记录。',
    ].join('\n\n');
    expect(glossForeign(text)).toContain('Canadian Experience Class and Provincial Nominee Program');
    // With no program of its own, the round of January 2023 is an all-program one (IRCC's seasons, docs/parser.md "Third round").
    // "分数暴跌17分至490分" (the score plummeted by 17 points to 490): the new score is the cut-off, not a range of 17 to 490.
    expect(announced(text, '2023-01-18')).toEqual([['2023-01-18', 'general', 5500, 490]]);
  });
});

describe('Malayalam draw news (docs/parser.md "Eighteenth round")', () => {
  it('reads "507 എന്ന ഏറ്റവും കുറഞ്ഞ … സ്കോർ ഉള്ള 5,500 ഉദ്യോഗാർത്ഥികൾക്ക് ഇൻവിറ്റേഷൻ നൽകി" and "ഇന്ന്" (today)', () => {
    // The opening of a real page (3084 of the corpus).
    const text =
      'ഇന്ന് നടന്ന ഈ വർഷത്തെ രണ്ടാമത്തെ എക്സ്പ്രസ് എൻട്രി നറുക്കെടുപ്പിലൂടെ 507 എന്ന ഏറ്റവും കുറഞ്ഞ കോംപ്രിഹെൻസീവ് റാങ്കിംഗ് സിസ്റ്റം (CRS) സ്കോർ ഉള്ള 5,500 ഉദ്യോഗാർത്ഥികൾക്ക് ഇൻവിറ്റേഷൻ നൽകിയതായി ഇമിഗ്രേഷൻ, റെഫ്യൂജീസ് ആൻഡ് സിറ്റിസൺഷിപ്പ് കാനഡ (IRCC) അറിയിച്ചു. കനേഡിയൻ എക്സ്പീരിയൻസ് ക്ലാസ് (CEC), ഫെഡറൽ സ്കിൽഡ് വർക്കർ പ്രോഗ്രാം (FSWP), ഫെഡറൽ സ്കിൽഡ് ട്രേഡ്സ് പ്രോഗ്രാം (FSTP) എന്നിവയിൽ നിന്ന് യോഗ്യരായ ഉദ്യോഗാർത്ഥികൾക്കാണ് ഇൻവിറ്റേഷൻ നൽകിയത്.';
    expect(announced(text, '2023-01-18')).toEqual([['2023-01-18', 'general', 5500, 507]]);
  });

  it('"മുൻ CEC റൗണ്ട് … അപേക്ഷിച്ച് … കട്ട്ഓഫ് 511 ആയി കുറഞ്ഞു" compares with the previous round: 511 is this draw\u2019s cut-off', () => {
    const text =
      'ഓട്ടവ : പുതുവർഷത്തിലെ ആദ്യ കനേഡിയൻ എക്സ്പീരിയൻസ് ക്ലാസ് (CEC) എക്സ്പ്രസ് എൻട്രി നറുക്കെടുപ്പിൽ സ്ഥിര താമസത്തിനായി അപേക്ഷിക്കാൻ 8,000 ഉദ്യോഗാർത്ഥികൾക്ക് ഇൻവിറ്റേഷൻ നൽകിയതായി ഇമിഗ്രേഷൻ, റെഫ്യൂജീസ് ആൻഡ് സിറ്റിസൺഷിപ്പ് കാനഡ (IRCC) അറിയിച്ചു. 2025 ഡിസംബറിലെ മുൻ CEC റൗണ്ട് ഇൻവിറ്റേഷനുകളെ അപേക്ഷിച്ച് കോംപ്രിഹെൻസീവ് റാങ്കിംഗ് സിസ്റ്റം (CRS) കട്ട്ഓഫ് 511 ആയി കുറഞ്ഞു.';
    expect(announced(text, '2026-01-07')).toEqual([[null, 'cec', 8000, 511]]);
    // Without the comparison, a sentence about the previous draw ("മുൻ") is context.
    expect(glossMalayalam('മുൻ നറുക്കെടുപ്പിൽ 520 ആയിരുന്നു.')).toContain('Previously');
  });
});

describe('Tamil draw news (docs/parser.md "Eighteenth round")', () => {
  it('reads "குறைந்தபட்சம் 507 CRS … 5,500 விண்ணப்பதாரர்களுக்கு அழைப்புகளை வழங்கியது"; the previous draw ("முந்தைய") stays out', () => {
    // Real sentences (1837 of the corpus).
    const text = [
      'கனடா இந்த ஆண்டின் முதல் எக்ஸ்பிரஸ் என்ட்ரி டிராவில், குறைந்தபட்சம் 507 CRS (Comprehensive Ranking System) மதிப்பெண்களுடன் 5,500 விண்ணப்பதாரர்களுக்கு அழைப்புகளை வழங்கியது.',
      'இப்போது அறிவிக்கப்பட்டுள்ள 507 CRS மதிப்பெண், கடந்த ஆண்டு நவம்பர் 23 அன்று நடந்த முந்தைய டிராவை விட 16 புள்ளிகள் அதிகம்.',
    ].join('\n');
    expect(announced(text, '2023-01-11')).toEqual([[null, 'general', 5500, 507]]);
  });

  it('reads the round number, its day, the count and the lowest score of a PNP round', () => {
    // Real sentences (3079 of the corpus).
    const text = [
      'அதன்படி, மாகாண நியமனத் திட்டத்திற்கான சமீபத்திய எக்ஸ்பிரஸ் நுழைவுக் குலுக்கல் 322, நவம்பர் 12-ஆம் தேதியன்று நடைபெற்றது.',
      'அன்றைய தினம், தகுதியான வெளிநாட்டினர் 733 பேருக்கு எக்ஸ்பிரஸ் நுழைவு அழைப்பிதழ்கள் வழங்கப்பட்டன. குறைந்த தரவரிசையில் உள்ளவர்கள் 812 CRS மதிப்பெண்களைப் பெற்றனர்.',
    ].join('\n');
    expect(announced(text, '2024-11-13')).toEqual([['2024-11-12', 'pnp', 733, 812]]);
  });
});

describe('Vietnamese bounds (docs/parser.md "Nineteenth round")', () => {
  it('"Điểm CRS giảm dưới 400" (the score fell below 400) is a bound, not the cut-off', () => {
    const text = [
      'Express Entry 2025: Điểm CRS Giảm Dưới 400 Trong Đợt Rút Thăm Mới Nhất',
      'Trong đợt mời gần đây, IRCC đã phát hành 6.000 thư mời nộp hồ sơ (ITA) theo diện năng lực tiếng Pháp. Điểm CRS tối thiểu là 399, thuộc nhóm thấp nhất trong lịch sử Express Entry hiện đại.',
    ].join('\n');
    expect(announced(text, '2025-12-19')).toEqual([[null, 'french', 6000, 399]]);
    expect(glossForeign('Điểm CRS giảm xuống dưới 400, trên 500 điểm')).toMatch(/below 400.*above 500 points/);
  });
});

describe('Korean and Persian wordings of batch 86 (docs/parser.md "Nineteenth round")', () => {
  it('Korean: "선발해 초대장을 발송했다" sends invitations, "통과점수는 440점이다" is the cut-off, a capital after each sentence\u2019s end keeps the previous draw\u2019s 441 apart, "동점자는 … 이전에 등록한" is the tie-break and no byline', () => {
    const text = [
      '연방이민부(Immigration, Refugees and Citizenship Canada, IRCC)는 23일자로 3500명의 Express Entry 이민신청자를 선발해 초대장을 발송했다. 이번 선발된 CRS(Comprehensive Ranking System) 통과점수는 440점이다. 이는 직전 441점에 비해 1점 낮다.',
      '이번 통과자 중 동점자는 2017년 12월 30일 동부시간으로 오전 6시 39분 40초 이전에 등록한 신청자까지다.',
    ].join('\n');
    const draws = parseArticle(text, { programs, published: '2018-05-23', figureModel: null }).draws.filter((d) => d.primary);
    // "동부시간으로 오전 6시 39분 40초" is 6:39:40 a.m. Eastern, 11:39:40 UTC (docs/parser.md "Korean and Ilocano").
    expect(draws.map((d) => [d.program, d.invitations, d.minCrs, d.tieBreak])).toEqual([['general', 3500, 440, '2017-12-30T11:39:40Z']]);
    expect(glossForeign('입력18-07-04 13:14 연방이민부')).toMatch(/Updated/);
    expect(glossForeign('2017년 12월 30일 이전에 등록한 신청자')).not.toMatch(/Updated/);
  });
  it('Korean: "3500명을 선발했다" selected them, "뽑은 점수가 441점" is the cut-off, "450점에서 … 오른 470점" rose from 450 to 470', () => {
    const text =
      '지난 4월 25일 캐나다이민국은 익스프레스엔트리이민을 신청할 수 있는 지원자로써 3500명을 선발했다. 지난 4월25일 뽑은 점수가 441점으로, 바로 앞서 뽑은 점수인 444점에 비해서 3점낮은 숫자로 추첨이 이루어 졌다.';
    expect(announced(text, '2018-04-27').map((d) => d.slice(1))).toEqual([['general', 3500, 441]]);
    expect(glossForeign('CRS 통과점수는 450점에서 무려 20점이나 오른 470점이 되었다.')).toMatch(/rose from 450 points to 470 points/);
  });
  it('Persian: "7 هزارو 800" is 7,800, over "دو قرعه کشی" (two draws); "صادر نمود" issued; "کمترین امتیاز … 443 بوده است" is the cut-off', () => {
    const text = [
      'اکسپرس اینتری سال 2019 را نیز با رکوردی جدید آغاز کرد',
      'اداره مهاجرت، پناهندگی و شهروندی کانادا سال 2019 را با یک شروع بزرگ در دو قرعه کشی اول خود آغاز کرد و تعداد 7 هزارو 800 دعوتنامه برای متقاضیان صادر نمود.',
      'دولت کانادا در روز چهارشنبه 23 ژانویه، دومین قرعه کشی خود را در سال 2019 برگزار کرده و برای 3 هزارو 900 متقاضی درخواست اقامت دائم، دعوتنامه صادر نمود. کمترین امتیاز متقاضیان در این دوره از قرعه کشی 443 بوده است.',
      'از اوایل سال 2019 تا کنون، کانادا 7 هزارو 800 دعوتنامه برای متقاضیان سیستم اکسپرس اینتری فدرال صادر کرده است .',
    ].join('\n\n');
    expect(announced(text, '2019-01-24').map((d) => d.slice(1))).toEqual([['general', 3900, 443]]);
    expect(glossForeign(text)).toMatch(/two draws 7,800 invitations[^]*3,900 candidates, issued invitations/);
  });
});

describe('Arabic and Persian wordings of batch 88 (docs/parser.md "Nineteenth round")', () => {
  it('Arabic: "عن دعوتها لعدد 27332 مرشحا" invited them, "75 درجة على الأقل" is the cut-off, "5000 دعوة … في أربعة سحوبات" a figure over four draws, "يوم الأربعاء السابق" an earlier draw', () => {
    const text = [
      'أعلنت إدارة الهجرة واللاجئين والمواطنة الكندية (IRCC) عن دعوتها لعدد 27332 مرشحا من أجل التقدم بطلب للحصول على الإقامة الدائمة في سحب برنامج Express Entry الأخير.',
      'ولقد تم دعوة المرشحين ضمن فئة الخبرة الكندية (CEC) في الثالث عشر من الشهر الجاري.',
      'وتعد هذه الجولة من القرعة غير المسبوقة ضمن برنامج Express Entry، والتي تتطلب فقط من المرشحين الحصول على 75 درجة على الأقل وفقا لتصنيف (CRS)، وهي أدنى درجة CRS مطلوبة منذ بدء البرنامج.',
      'حيث تم إصدار 5000 دعوة ITA في أربعة سحوبات متتالية بين 18 نوفمبر و 23 ديسمبر من العام الماضي.',
      'وفي يوم الأربعاء السابق أيضا تم عقد سحب سريع من أجل تقديم الدعوة لعدد 654 مرشحا لبرنامج المرشح الإقليمي (PNP) للتقدم بطلب للحصول على إقامة دائمة في كندا.',
    ].join('\n');
    expect(announced(text, '2021-02-14').map((d) => d.slice(1))).toEqual([['cec', 27332, 75]]);
  });
  it('Persian: "جزیره پرنس ادوارد" (Prince Edward Island) and "استان" (the province of) make a provincial round no Express Entry draw', () => {
    const text = [
      'جزیره پرنس ادوارد تعداد رکورد شکن در آخرین دراو را اعلام می کند',
      'جزیره پرنس ادوارد در طی دوازده ماه گذشته ۱۵۸۳ دعوتنامه برای نامزد های اکسپرس انتری و نیروی کار صادر کرده است.',
      'استان جزیره پرنس ادوارد در دراو خود در ۱۷ سپتامبر، ۳۴۵ نامزد مهاجرت اقتصادی را برای درخواست گزینش استانی دعوت کرده است.',
    ].join('\n\n');
    expect(announced(text, '2021-09-20')).toEqual([]);
    expect(glossForeign(text)).toMatch(/the province of Prince Edward Island/);
  });
});

const sentenceFactsOf = (sentence: string) => sentenceFacts(sentence, { published: null, lastMonth: null }, programs);

describe('Korean and Vietnamese wordings of batches 87 and 89 (docs/parser.md "Nineteenth round")', () => {
  it('Korean: "4천 명의 … 이민자를 선발한다고 밝혔다" is the news count, "1천350명을 선발했던 1월 8일의 542점" an earlier draw\u2019s, "1200점 만점에 886점" no cut-off of 1,200', () => {
    const text = [
      '이민난민 시민권부(IRCC)가 올해 들어 세 번째로 실시한 캐나다경험이민(Canadian Experience Class) 프로그램에서 4천 명의 신규 이민자를 선발한다고 밝혔다.',
      '1월 23일 진행된 이번 선발의 최저 점수는 527점으로, 1천350명을 선발했던 1월 8일의 542점보다 15점 낮아졌다.',
    ].join('\n');
    expect(announced(text, '2025-01-24').map((d) => d.slice(1))).toEqual([['cec', 4000, 527]]);
    expect(glossForeign('EXPRESS ENTRY 886점이상. 1200점 만점에 886점…일자리 오퍼 없이는 불가')).not.toMatch(/1,?200/);
  });
  it('Korean "영어나 프랑스어" and English "English and/or French" are the official languages, not the French-language category', () => {
    expect(glossForeign('올해도 영어나 프랑스어가 뛰어나지 않은 한인 이민희망자들에게 캐나다 이민이 만만치 않아 보인다.')).toMatch(/English or French/);
    const facts = sentenceFactsOf('Candidates with a strong command of English and/or French and a CRS of 470 were invited.');
    expect(facts.programs).toEqual([]);
    expect(sentenceFactsOf('IRCC held a French-language proficiency draw.').programs.map((p) => p.code)).toEqual(['french']);
  });
  it('Vietnamese: "lần thứ 11 năm 2023" is the year\u2019s eleventh round, no round number; "vòng mời" is a draw and "diễn ra sau vòng mời vào ngày 12/4" follows the April 12 one', () => {
    const text = [
      'Bộ Di Trú, Tị Nạn và Quốc Tịch Canada (IRCC) đã tổ chức vòng mời dành cho tất cả các chương trình thuộc hệ thống Express Entry lần thứ 11 năm 2023.',
      'Bộ Di Trú, Tị Nạn và Quốc Tịch Canada (IRCC) đã phát hành tổng cộng 3.500 Lời mời nộp đơn (ITA) cho các ứng viên trong vòng mời dành cho tất cả các chương trình thuộc hệ thống Express Entry. Các ứng viên yêu cầu điểm Hệ thống xếp hạng toàn diện (CRS) tối thiểu là 483.',
      'Vòng mời lần này diễn ra sau vòng mời vào ngày 12/4 , trong đó 3.500 ứng viên đã nhận được Lời mời nộp đơn (ITA) trong vòng mời toàn chương trình. Những ứng viên cần điểm CRS tối thiểu ít nhất là 486.',
    ].join('\n\n');
    const draws = parseArticle(text, { programs, published: '2023-04-27', figureModel: null }).draws.filter((d) => d.primary);
    expect(draws.map((d) => [d.date, d.drawNumber, d.invitations, d.minCrs])).toEqual([[null, null, 3500, 483]]);
  });
});

describe('Japanese provinces and Vietnamese examples (docs/parser.md "Nineteenth round")', () => {
  it('Japanese: "オンタリオ州は3,333人の候補者を移民に招待" is Ontario\u2019s own round, no Express Entry draw', () => {
    const text = [
      'オンタリオ州は3,333人の候補者を移民に招待',
      '5月8日と9日に珍しい入国審査が行われました。',
      'オンタリオ州は移民申請者を対象に新たな抽選を行いました。地域からは合計3,333件の招待状が送られました。',
      '5月8日、人的資本優先ストリーム候補の選考が行われました。医療分野の候補者2,349人が招待を受けました。',
    ].join('\n');
    expect(glossForeign(text)).toMatch(/^\s*Ontario invited 3,333 candidates/);
    expect(announced(text, '2024-05-10')).toEqual([]);
  });
  it('Vietnamese: "Ví dụ, đợt … mới nhất vào ngày 25 tháng 6 …" illustrates "quy tắc tie-break" with a past draw, no news', () => {
    const text = [
      'Quy tắc tie-break được sử dụng để xếp hạng các ứng viên có cùng điểm Hệ thống xếp hạng toàn diện (CRS). Các ứng viên được xếp hạng theo ngày và thời gian hồ sơ Express Entry của họ được đưa vào nhóm.',
      'Ví dụ, đợt công bố kết quả Express Entry mới nhất vào ngày 25 tháng 6 đã phát hành 3.508 lời mời nộp đơn xin thường trú cho các ứng viên có điểm CRS ít nhất là 431. Trong đợt công bố kết quả này, quy tắc tie-break đã được sử dụng.',
    ].join('\n\n');
    expect(announced(text, '2020-07-04')).toEqual([]);
    expect(glossForeign(text)).toMatch(/tie-break rule[^]*For example/);
  });
});

describe('Urdu draw news (docs/parser.md "Nineteenth round")', () => {
  it('reads Urdu through the Persian and Arabic glossary: its months, "امیدواروں", "دعوت دی گئی", "آل پروگرام ڈرا", "کم از کم … اسکور 488 درکار تھا", "496 تک گر گیا" and its full stop', () => {
    const text = [
      'سرپرائز آل پروگرام ڈرا میں 700 امیدواروں کی ایکسپریس انٹری',
      'امیگریشن، ریفیوجیز اینڈ سٹیزن شپ کینیڈا (IRCC) نے 4 جولائی 2023 کو ایک سرپرائز آل پروگرام ڈرا منعقد کیا، جس میں 700 امیدواروں کو درخواست دینے کی دعوت دی گئی۔ امیدواروں کو ITA حاصل کرنے کے لیے کم از کم جامع رینکنگ سسٹم کا اسکور 511 درکار تھا۔',
    ].join('\n\n');
    expect(announced(text, '2023-07-06')).toEqual([['2023-07-04', 'general', 700, 511]]);
    expect(glossForeign('ایکسپریس انٹری CRS سکور 496 تک گر گیا۔ اردوورلڈ کینیڈا (ویب نیوز)26 اکتوبر کو کینیڈا نے اپنا سب سے حالیہ تمام پروگرام ایکسپریس انٹری ڈرا منعقد کیا۔')).toMatch(
      /Express Entry CRS score fell to 496\.[^]*October 26 most recent all-program Express Entry draw/,
    );
  });
});

describe('French: the phrases that place a figure (docs/parser.md "Twenty-first round")', () => {
  // Shaped on two French pages of the corpus (1611 and 1362): a record round told with an earlier record, and a
  // round whose registration day comes first.
  const record = [
    'Entrée express: le Canada invite 27332 candidats à l\u2019immigration au tirage historique',
    'Le Canada a invité 27 332 candidats à présenter une demande de résidence permanente lors de son dernier tirage Entrée express.',
    'Cette ronde d\u2019invitation sans précédent exigeait seulement que les candidats aient une note d\u2019au moins 75 dans le Système de classement global (SRC).',
    'Avant aujourd\u2019hui, l\u2019exigence de seuil la plus basse jamais atteinte était de 199 points lors du tirage du 16 mai 2017, qui invitait uniquement les candidats du Programme fédéral des métiers spécialisés.',
  ].join('\n\n');
  const resumed = [
    'Les sélections pour les programmes fédéraux ont repris',
    'Le 6 juillet 2022, le premier tirage des invitations à demander la résidence permanente de cette année a eu lieu pour les participants à tous les programmes d\u2019immigration. Au total, 1 500 personnes inscrites dans Express Entry au plus tôt le 13 novembre 2021 ont été sélectionnées.',
    'Par exemple, lors de la dernière sélection pour les professionnels ayant une expérience canadienne, qui a eu lieu le 14 septembre 2021, le score minimum était de 462.',
  ].join('\n\n');

  it('"Avant aujourd\u2019hui" tells an earlier draw; "une note d\u2019au moins 75" is the cut-off of "cette ronde"', () => {
    // CEC from the season (2021's rounds without a program were CEC's); the day stays with the sentence that names no figure.
    expect(announced(record, '2021-02-14')).toEqual([[null, 'cec', 27332, 75]]);
  });

  it('"inscrites … au plus tôt le 13 novembre 2021" is the tie-break\u2019s day, not the round\u2019s; CEC named by its candidates', () => {
    expect(announced(resumed, '2022-07-07')).toEqual([['2022-07-06', 'general', 1500, null]]);
    const draws = parseArticle(resumed, { programs, published: '2022-07-07', figureModel: null }).draws;
    expect(draws.find((d) => d.primary)?.tieBreak).toBe('2021-11-13');
    expect(draws.filter((d) => !d.primary).map((d) => [d.date, d.program, d.minCrs])).toEqual([['2021-09-14', 'cec', 462]]);
  });

  it('"Ce tirage" is not glossed as "this draw": a later sentence naming the PNP in passing does not take the round\u2019s program', () => {
    // Shaped on a page of the corpus (2561).
    const page = [
      'IRCC a bouleversé le marché des talents le 6 février avec un tirage Express Entry basé sur des catégories, envoyant 8 500 Invitations à Présenter une Demande (IPD) à des candidats francophones. Le seuil du Système de Classement Global (SCG) était fixé à 400.',
      'Ce tirage traduit aussi la volonté d\u2019Ottawa d\u2019utiliser massivement les sélections par catégorie en 2026, sans dépendre excessivement des Programmes des Candidats des Provinces.',
    ].join('\n\n');
    expect(announced(page, '2026-02-07')).toEqual([['2026-02-06', 'french', 8500, 400]]);
  });

  it('"a émis lundi" is the page\'s last Monday; "les candidats de l\'expérience canadienne" name the CEC', () => {
    // Made up here, in the wording of French news (a weekday without an article is the last one).
    const page = [
      'Immigration : 2 500 invitations émises par Ottawa',
      "Le gouvernement fédéral a émis lundi 2 500 invitations à des candidats de l'expérience canadienne. Les candidats invités avaient tous une note minimale de 503 points au Système de classement global. Les invitations sont valides pour les candidats qui ont un profil dans le bassin des candidats et qui veulent la résidence permanente.",
    ].join('\n\n');
    expect(announced(page, '2026-11-24')).toEqual([['2026-11-23', 'cec', 2500, 503]]);
    // A weekday with its date ("le lundi 23 novembre") is left to the date; "lundi dernier" is the last Monday too.
    expect(glossForeign(`${page} Le lundi 23 novembre 2026, rien.`)).toContain('Le lundi 23 novembre 2026');
    expect(announced(page.replace('a émis lundi', 'a émis lundi dernier'), '2026-11-24')).toEqual([['2026-11-23', 'cec', 2500, 503]]);
    // A habit is no day: "IRCC tient ses tirages le mercredi".
    const habit = `${page} IRCC tient ses tirages le mercredi et publie les résultats chaque lundi.`;
    expect(glossForeign(habit)).toContain('Canadian Experience Class candidates');
    expect(glossForeign(habit)).not.toMatch(/Wednesday|on Monday\s+publie/);
  });

  // Made up here (session 28), in the wording of French news; each read right in its English wording already.
  const padding =
    "Les candidats invités ont maintenant 60 jours pour présenter une demande de résidence permanente. Les tirages pour les francophones sont de plus en plus fréquents depuis que le gouvernement a fait de l'immigration francophone hors Québec une priorité. Pour les candidats qui sont dans le bassin, il est important de garder leur profil à jour.";

  it('a weekday opening a sentence ("Lundi, IRCC avait invité…") keeps its capital: the sentence and its figures stay apart from the one before', () => {
    const page = [
      'Un tirage francophone record',
      "Immigration, Réfugiés et Citoyenneté Canada (IRCC) a invité vendredi 7 500 candidats ayant de solides compétences en français. Le pointage minimal requis était de 379. Lundi, IRCC avait invité 7 500 candidats de l'expérience canadienne avec un pointage minimal de 518.",
      padding,
    ].join('\n\n');
    expect(glossForeign(page)).toContain('379. On Monday, IRCC');
    expect(announced(page, '2025-03-21')).toEqual([['2025-03-21', 'french', 7500, 379]]);
  });

  it('"Ce tirage a eu lieu le 21 mars 2025" gives the round its day, as "This draw took place on" does', () => {
    const page = [
      'Entrée express : un tirage pour les francophones',
      'IRCC a invité 7 500 candidats de la catégorie de la maîtrise du français à présenter une demande de résidence permanente. Ce tirage a eu lieu le 21 mars 2025. Le score minimal était de 379.',
      padding,
    ].join('\n\n');
    expect(announced(page, '2025-03-22')).toEqual([['2025-03-21', 'french', 7500, 379]]);
    expect(announced(page.replace('Ce tirage a eu lieu', "La ronde s'est tenue"), '2025-03-22')).toEqual([['2025-03-21', 'french', 7500, 379]]);
  });

  it('"le score le plus bas était de 379" is the cut-off, as "the lowest score was" is', () => {
    const page = [
      'Entrée express : nouvelle ronde pour les francophones',
      'IRCC a tenu une ronde pour les francophones le 21 mars. Au total, 7 500 candidats ont reçu une invitation. Le score le plus bas était de 379.',
      padding,
    ].join('\n\n');
    expect(announced(page, '2025-03-22')).toEqual([['2025-03-21', 'french', 7500, 379]]);
    expect(announced(page.replace('Le score le plus bas', 'La note la plus basse'), '2025-03-22')).toEqual([['2025-03-21', 'french', 7500, 379]]);
  });

  it('the earlier round a French sentence compares with keeps its own figures, as in English', () => {
    const news = (body: string) => ['Entrée express : 6 000 invitations pour les francophones', body, padding].join('\n\n');
    const right = [['2025-12-10', 'french', 6000, 399]];
    // "en baisse de 17 points par rapport au tirage francophone du 28 novembre (416 points)": compared to.
    expect(
      announced(
        news('IRCC a invité le 10 décembre 6 000 candidats francophones. Le score minimal était de 399, en baisse de 17 points par rapport au tirage francophone du 28 novembre (416 points).'),
        '2025-12-11',
      ),
    ).toEqual(right);
    // "comparativement à 416 lors du tirage du 28 novembre".
    expect(announced(news('IRCC a invité le 10 décembre 6 000 candidats francophones avec un score minimal de 399, comparativement à 416 lors du tirage du 28 novembre.'), '2025-12-11')).toEqual(
      right,
    );
    // "Le seuil est passé de 416 à 399 points": from one to the other.
    expect(
      announced(
        news('Le 10 décembre, IRCC a invité 6 000 candidats francophones. Le seuil est passé de 416 à 399 points depuis le dernier tirage de cette catégorie, tenu le 28 novembre.'),
        '2025-12-11',
      ),
    ).toEqual(right);
    // "soit 1 000 de plus que lors du tirage du 28 novembre": more than.
    expect(
      announced(
        news('Le 10 décembre, IRCC a invité 6 000 candidats francophones, soit 1 000 de plus que lors du tirage du 28 novembre (5 000 invitations). Le score minimal était de 399.'),
        '2025-12-11',
      ),
    ).toEqual(right);
    // "Après un tirage pour l'expérience canadienne le 9 décembre, IRCC a invité le 10 décembre…": after an earlier draw.
    expect(
      announced(news("Après un tirage pour l'expérience canadienne le 9 décembre, IRCC a invité le 10 décembre 6 000 candidats francophones. Le score minimal était de 399."), '2025-12-11'),
    ).toEqual(right);
    // "du tirage général précédent du 28 février (534 points)": an adjective between the draw and "précédent".
    expect(
      announced(
        [
          'Entrée express : 2 850 invitations pour tous les programmes',
          'Le Canada a invité 2 850 candidats de tous les programmes lors du tirage Entrée express du 12 mars 2024. Le score CRS minimum requis était de 525, soit 9 points de moins que lors du tirage général précédent du 28 février (534 points).',
          padding,
        ].join('\n\n'),
        '2024-03-14',
      ),
    ).toEqual([['2024-03-12', 'general', 2850, 525]]);
  });

  it('"hier" is yesterday, "la veille" the day before, "a permis d\'inviter 5 500 candidats" invited them', () => {
    const news = (body: string) => ['Immigration : 5 500 francophones invités', body, padding].join('\n\n');
    expect(
      announced(
        news("Ottawa a envoyé hier 5 500 invitations à des candidats d'expression française du bassin d'Entrée express. Il fallait un score d'au moins 397 points pour être invité."),
        '2026-03-05',
      ),
    ).toEqual([['2026-03-04', 'french', 5500, 397]]);
    expect(
      announced(
        news(
          "IRCC a organisé le 402e tirage d'Entrée express le 4 mars 2026. Ce tirage concernait les candidats ayant des compétences linguistiques en français. Il a permis d'inviter 5 500 candidats, dont le score SCG était d'au moins 397.",
        ),
        '2026-03-05',
      ),
    ).toEqual([['2026-03-04', 'french', 5500, 397]]);
    // "La veille, 264 candidats … avaient été invités": the day before, another round's figures.
    const week = news(
      "Mercredi, IRCC a tenu un tirage pour les candidats francophones. 5 500 candidats ont été invités et le score minimal était de 397. La veille, 4 000 candidats de la Catégorie de l'expérience canadienne avaient été invités avec un score minimal de 508.",
    );
    expect(glossForeign(week)).toContain('The day before, 4 000');
    expect(parseArticle(week, { programs, published: '2026-03-05', figureModel: null }).draws.map((d) => [d.date, d.program, d.invitations, d.minCrs, d.primary])).toEqual([
      ['2026-03-04', 'french', 5500, 397, true],
      ['2026-03-03', 'cec', 4000, 508, false],
    ]);
    // "avant-hier" is not "yesterday".
    expect(glossForeign(news('Ottawa a envoyé avant-hier 5 500 invitations.'))).not.toMatch(/yesterday/);
  });

  // Found by a second set of made-up French pages (session 28); each read right in its English wording.
  const page = (body: string, head = 'Entrée express : un nouveau tirage') => [head, body, padding].join('\n\n');
  const read = (body: string, published: string, head?: string) =>
    parseArticle(page(body, head), { programs, published, figureModel: null }).draws.map((d) => [d.primary, d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

  it('a glossed phrase opening a sentence keeps its capital ("Lors du tirage précédent, …", "Aujourd\'hui, …")', () => {
    const previous = "IRCC a envoyé hier 1 350 invitations à des candidats de la Catégorie de l'expérience canadienne. Lors du tirage précédent, 1 500 personnes avaient été invitées.";
    expect(glossForeign(page(previous))).toMatch(/canadienne\. The previous draw/);
    expect(read(previous, '2026-02-20')[0]).toEqual([true, '2026-02-19', null, 'cec', 1350, null]);
    const today =
      "Le 5 mars, IRCC avait invité 2 000 candidats de la Catégorie de l'expérience canadienne avec un seuil de 521. Aujourd'hui, IRCC a invité 3 000 candidats de la Catégorie de l'expérience canadienne avec un seuil de 534.";
    expect(read(today, '2026-03-12').filter((d) => d[0])).toEqual([[true, '2026-03-12', null, 'cec', 3000, 534]]);
  });

  it('"contre 379 lors du tirage précédent", "par rapport au tirage général précédent", "identique à celui du tirage précédent": the earlier round compared with', () => {
    expect(read('IRCC a invité hier 4 000 candidats francophones avec un score minimal de 408, contre 379 lors du tirage précédent, tenu le 4 mars.', '2026-03-12')[0]).toEqual([
      true,
      '2026-03-11',
      null,
      'french',
      4000,
      408,
    ]);
    expect(
      read(
        "Le 28 janvier 2026, IRCC a invité 4 000 candidats de la Catégorie de l'expérience canadienne, qui avaient un score minimal de 490 points, en baisse de 12 points par rapport au tirage général précédent, tenu en décembre.",
        '2026-01-29',
      )[0],
    ).toEqual([true, '2026-01-28', null, 'cec', 4000, 490]);
    expect(read('IRCC a invité mercredi 5 000 candidats francophones, avec un seuil de 395 points, identique à celui du tirage précédent.', '2026-02-26')[0]).toEqual([
      true,
      '2026-02-25',
      null,
      'french',
      5000,
      395,
    ]);
  });

  it('an example ("Si IRCC décide d\'inviter…", "Par exemple"), a year\'s "une vingtaine de tirages" and "plus de 40 000" announce nothing; "près de 800" is no count', () => {
    expect(
      read(
        "Prenons un exemple. Si IRCC décide d'inviter 3 000 candidats de la Catégorie de l'expérience canadienne, et que le 3 000e candidat du classement a un score de 520, alors le score minimal du tirage sera de 520 points.",
        '2026-02-10',
        'Comment fonctionne le score minimal ?',
      ).filter((d) => d[0]),
    ).toEqual([]);
    expect(
      read('Au total, IRCC a tenu une vingtaine de tirages ciblés pour les francophones, invitant plus de 40 000 candidats.', '2026-01-05', "Entrée express : bilan de l'année 2025").filter(
        (d) => d[0],
      ),
    ).toEqual([]);
    expect(
      read(
        'IRCC a procédé lundi à un tirage réservé aux candidats du Programme des candidats des provinces. Le ministère a envoyé 808 invitations, avec un seuil de 742 points.',
        '2026-03-11',
        'Entrée express : près de 800 candidats des provinces invités',
      ),
    ).toEqual([[true, '2026-03-09', null, 'pnp', 808, 742]]);
  });

  it('"À ce moment, le seuil s\'établissait à 478" (and "At that time, …") is the earlier round\'s', () => {
    const told = (then: string) =>
      `Ottawa a effectué le 21 janvier dernier un tirage destiné aux travailleurs des métiers. Au total, 1 000 candidats ont été invités. C'était le premier tirage pour les métiers depuis le mois d'octobre. ${then}`;
    expect(read(told("À ce moment, le seuil s'établissait à 478 points."), '2026-01-22')[0]).toEqual([true, '2026-01-21', null, 'trades', 1000, null]);
    expect(announced('IRCC held a trades draw on January 21, inviting 1,000 candidates. It was the first trades draw since October. At that time, the threshold stood at 478.', '2026-01-22')).toEqual([
      ['2026-01-21', 'trades', 1000, null],
    ]);
  });

  it('"ronde d\'invitations 402" and "tirage numéro 397" are round numbers, not counts', () => {
    expect(read("Le gouvernement fédéral a tenu le 4 mars la ronde d'invitations 402, qui visait les candidats francophones. Au total, 5 500 invitations ont été envoyées.", '2026-03-06')[0]).toEqual([
      true,
      '2026-03-04',
      '402',
      'french',
      5500,
      null,
    ]);
    expect(read('IRCC a invité mercredi 5 000 candidats francophones lors du tirage numéro 397.', '2026-02-26')[0]?.[2]).toBe('397');
    expect(announced('IRCC held round of invitations 402 on March 4, inviting 5,500 French-speaking candidates.', '2026-03-06')).toEqual([['2026-03-04', 'french', 5500, null]]);
  });

  it('cut-offs "pointage requis de 395", "note de passage de 395", "un score de 395 ou plus", "le score du dernier candidat invité était de 395"', () => {
    for (const cutoff of ['avec un pointage requis de 395 points', 'avec une note de passage de 395 points', 'avec un score de 395 ou plus']) {
      expect(read(`IRCC a invité mercredi 5 000 candidats francophones, ${cutoff}.`, '2026-02-26')[0], cutoff).toEqual([true, '2026-02-25', null, 'french', 5000, 395]);
    }
    expect(read('IRCC a invité mercredi 5 000 candidats francophones. Le score du dernier candidat invité était de 395.', '2026-02-26')[0]).toEqual([true, '2026-02-25', null, 'french', 5000, 395]);
  });

  it('"04/03/2026" is March 4 on a French page; "13 h 05 min 44 s" is a time; "profil … créé avant le" is the tie-break', () => {
    expect(read('IRCC a tenu le 04/03/2026 un tirage pour les candidats francophones. 5 500 candidats ont été invités avec un score minimal de 379.', '2026-03-06')[0]).toEqual([
      true,
      '2026-03-04',
      null,
      'french',
      5500,
      379,
    ]);
    const tieBreak = (rule: string) =>
      parseArticle(page(`Le 10 février 2026, IRCC a invité 5 500 candidats francophones avec un score minimal de 379. ${rule}`), { programs, published: '2026-02-11', figureModel: null }).draws[0]
        ?.tieBreak;
    expect(tieBreak('Règle de départage : 10 février 2026 à 13 h 05 min 44 s UTC.')).toBe('2026-02-10T13:05:44Z');
    expect(tieBreak('Les candidats ayant ce score ont été invités seulement si leur profil avait été créé avant le 9 février 2026 à 13:05:44 UTC.')).toBe('2026-02-09T13:05:44Z');
  });

  it('"Voici les résultats" over a table tells news', () => {
    expect(
      read(
        'IRCC a effectué un nouveau tirage hier. Voici les résultats :\n\nDate | Programme | Score SCG | Invitations\n4 mars 2026 | Compétences linguistiques en français | 379 | 5 500',
        '2026-03-05',
      ).filter((d) => d[0]),
    ).toEqual([[true, '2026-03-04', null, 'french', 5500, 379]]);
  });

  it('a French table: "Français", "PCP", "Santé" cells name their programs; "Nombre d\'IPD" is the count column', () => {
    const table = ["Date | Type de tirage | Nombre d'IPD | Score SCG minimum", '17 février | Français | 6 500 | 400', '12 février | Santé | 2 500 | 462', '7 janvier | PCP | 681 | 711'].join('\n');
    const draws = parseArticle(page(`Voici les résultats des derniers tirages.\n\n${table}`), { programs, published: '2026-02-18', figureModel: null }).draws;
    expect(draws.map((d) => [d.date, d.program, d.invitations, d.minCrs])).toEqual([
      ['2026-02-17', 'french', 6500, 400],
      ['2026-02-12', 'healthcare', 2500, 462],
      ['2026-01-07', 'pnp', 681, 711],
    ]);
  });

  it('"un score d\'au moins 552", and "Cette ronde d\'invitations, la 395e …, fait suite à un tirage … tenu la veille, qui avait …": the number is this round\'s', () => {
    expect(
      read(
        "Le gouvernement du Canada a invité hier 1 500 candidats de la Catégorie de l'expérience canadienne avec un score d'au moins 552. Cette ronde d'invitations, la 395e depuis le lancement d'Entrée express, fait suite à un tirage francophone tenu la veille, qui avait permis d'inviter 4 000 personnes avec un score minimal de 416.",
        '2026-02-06',
      ),
    ).toEqual([
      [true, '2026-02-05', '395', 'cec', 1500, 552],
      [false, '2026-02-04', null, 'french', 4000, 416],
    ]);
  });

  it('more French wordings: "score plancher", "score exigé", "note de coupure", "a sélectionné", "en deux jours", "inférieur à celui des rondes…"', () => {
    for (const [body, right] of [
      [
        'IRCC a effectué le 13 mai 2026 une ronde pour les professions de la santé. Quelque 2 800 ITA ont été envoyées. Le score plancher se situait à 463 points au CRS.',
        [true, '2026-05-13', null, 'healthcare', null, 463],
      ],
      ['Le 4 mars 2026, les autorités canadiennes ont invité 3 300 personnes maîtrisant le français. Le score exigé était de 416 points.', [true, '2026-03-04', null, 'french', 3300, 416]],
      ["Le 2 mars 2026, IRCC a invité 2 000 candidats de la Catégorie de l'expérience canadienne. La note de coupure était de 521 points.", [true, '2026-03-02', null, 'cec', 2000, 521]],
      ['Le 2 juillet 2026, IRCC a sélectionné 1 900 candidats francophones. Le score minimal était de 391.', [true, '2026-07-02', null, 'french', 1900, 391]],
      [
        'Le gouvernement fédéral a lancé mercredi un tirage pour les candidats ayant des compétences linguistiques en français. Au total, 5 000 candidats ont été invités. Le seuil a été fixé à 412 points, un niveau nettement inférieur à celui des rondes ouvertes à tous les programmes.',
        [true, '2026-03-04', null, 'french', 5000, 412],
      ],
    ] as const) {
      expect(read(body, body.includes('13 mai') ? '2026-05-14' : body.includes('juillet') ? '2026-07-03' : '2026-03-05')[0], body).toEqual(right);
    }
    // "Au total, 5 103 invitations … en deux jours" is the total of the two draws told.
    const two = read(
      "Le 2 juin 2026, IRCC a invité 2 103 candidats de la Catégorie de l'expérience canadienne avec un score minimal de 519. Le 3 juin 2026, 3 000 candidats francophones ont été invités avec un score minimal de 401. Au total, 5 103 invitations ont été envoyées en deux jours.",
      '2026-06-04',
    );
    expect(two.map((d) => d[4])).toEqual([2103, 3000]);
  });

  it('"IRCC n\'a tenu aucune ronde …", "le dernier tirage remonte au 10 juin": no new draw', () => {
    expect(
      read(
        "IRCC n'a tenu aucune ronde d'invitations entre le lundi et le vendredi. Rappelons que le dernier tirage remonte au 10 juin, lorsque 3 000 candidats de la Catégorie de l'expérience canadienne avaient été invités avec un score de 519 points.",
        '2026-06-22',
        'Entrée express : une semaine sans tirage',
      ).filter((d) => d[0]),
    ).toEqual([]);
  });

  it('changes only those phrases: "sans précédent" is no earlier draw, and a page without them is returned as it is', () => {
    expect(glossForeign(record)).toContain('unprecedented');
    expect(glossForeign(record)).not.toMatch(/previous draw/);
    const plain =
      'Le 6 février 2026, IRCC a invité 8 500 candidats ayant de solides compétences en français. Le score minimal requis était de 400 points. Les candidats des provinces et les candidats des tirages sont dans le bassin des candidats avec les autres.';
    expect(glossForeign(plain)).toBe(plain);
  });
});

describe('Vietnamese counts of draws (docs/parser.md "Twenty-second round")', () => {
  it('"trong 2 đợt rút thăm" is two draws: a lead that tells two announces both', () => {
    // Shaped on a page of the corpus (3600): the general round of February 28, 2024 and the French round of February 29.
    const page = [
      'Bộ Di trú Canada (IRCC) đã mời các ứng viên nộp hồ sơ thường trú nhân (PR) trong 2 đợt rút thăm Express Entry cuối tháng 2/2024.',
      'Trong đợt rút hồ sơ ngày 28/02/2024, có 1.470 ứng viên có điểm CRS tối thiểu là 534.',
      'Ngày 29/02/2024, Bộ đã phát hành 2.500 lời mời (ITA) trong đợt rút hồ sơ dành cho các ứng viên nói tiếng Pháp. Điểm CRS tối thiểu là 336.',
    ].join('\n\n');
    expect(glossForeign(page)).toMatch(/\b2 draws\b/);
    expect(announced(page, '2024-03-01').map((d) => [d[0], d[3]])).toEqual([
      ['2024-02-28', 534],
      ['2024-02-29', 336],
    ]);
    // "lần lượt là" is "respectively", no count of draws; one draw stays one.
    expect(glossForeign('9 lần lượt là')).not.toMatch(/draws/);
    expect(glossForeign('1 đợt rút thăm')).not.toMatch(/draws/);
  });
});

describe('Korean "발부" (docs/parser.md "Twenty-second round")', () => {
  it('"2만7,332명에게 초청장을 발부했다" is 27,332 candidates sent invitations', () => {
    // Shaped on a page of the corpus (3533): the CEC round of February 13, 2021, 27,332 invitations at 75.
    const page = [
      '연방이민부는 2021년 2월 13일 급행이민(Express Entry) 합격자를 선발, 제도 출범 이후 최대 규모인 2만7,332명에게 초청장을 발부했다. 최저 합격점수는 75점.',
      '이는 한 번에 약 5천명이 선발되고 합격점수는 450점 대였던 점과 비교하면 파격적인 조치다.',
    ].join('\n');
    expect(glossForeign(page)).toMatch(/27,332 candidates were sent invitations/);
    expect(announced(page, '2021-02-15')).toEqual([['2021-02-13', 'cec', 27332, 75]]);
  });

  it('"3900명에게 올해 첫 초청장을 보냈다": a word or two between the candidates and the invitations', () => {
    // Shaped on a page of the corpus (3521): the first round of 2019, 3,900 at 449.
    const page = ['연방이민부(IRCC)는 2019년 1월 10일 3900명의 연방 Express Entry 신청자 중 3900명에게 올해 첫 초청장을 보냈다.', '이번 CRS 통과점수는 449점으로 10점이나 높아졌다.'].join('\n');
    expect(glossForeign(page)).toMatch(/3,900 candidates were sent invitations/);
    expect(announced(page, '2019-01-11')).toEqual([['2019-01-10', 'general', 3900, 449]]);
  });
});

describe('Korean differences between rounds (docs/parser.md "Twenty-third round")', () => {
  it('"선발자는 250명을 늘렸다" (the selected were raised by 250) is a difference, not a count that disputes the round\u2019s 3,000', () => {
    // Shaped on a page of the corpus (3518): the round of February 7, 2019, 3,000 at 442 (IRCC #83).
    const page = [
      '연방이민부는 지난 7일 EE(Express Entry) 이민 신청자 중 CRS(Comprehensive Ranking System) 점수가 442점을 넘긴 3000명에게 초청장을 발급했다.',
      '연방이민부는 직전 선발에서는 444점 이상자 2750명에게 초청장을 보냈는데 이번에 점수는 2점 낮추고 선발자는 250명을 늘렸다.',
    ].join('\n\n');
    expect(glossForeign(page)).toMatch(/a change of 250 candidates/);
    expect(announced(page, '2019-02-08').map((d) => [d[2], d[3]])).toEqual([[3000, 442]]);
  });
});

describe('traditional Chinese draw news (session 53)', () => {
  /** The announced rounds with their round number and tie-break day too. */
  const rounds = (text: string, published: string) =>
    parseArticle(text, { programs, published, figureModel: null })
      .draws.filter((d) => d.primary)
      .map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs, d.tieBreak?.slice(0, 10) ?? null]);

  it('a Hong Kong post: the cut-off at a line\u2019s end ("最低分數518") before the next line, and the tie "平手規則"', () => {
    const text = ['📢 EE抽籤速報', '🔹 第390輪（1月5日，星期一）', 'CEC加拿大經驗類 👉 邀請3,000人，最低分數518', '平手規則：2025年11月3日 10:12:40 UTC', '今個禮拜又嚟多3,000，大家留意email！'].join(
      '\n',
    );
    expect(rounds(text, '2026-01-06')).toEqual([['2026-01-05', '390', 'cec', 3000, 518, '2025-11-03']]);
  });

  it('"周三（8日）同時進行了兩輪抽籤。第71輪… 第72輪…": two-digit round numbers of 2017, both of that day', () => {
    const text = [
      '快速通道同日兩輪抽籤',
      '【本報訊】聯邦移民部周三（8日）同時進行了兩輪抽籤。第71輪只針對省提名計劃申請人，共發出290份邀請，最低分數為902分；第72輪則是全類別抽籤，共邀請2,800人，最低分數為441分。',
    ].join('\n');
    expect(rounds(text, '2017-11-09')).toEqual([
      ['2017-11-08', '71', 'pnp', 290, 902, null],
      ['2017-11-08', '72', 'general', 2800, 441, null],
    ]);
    expect(glossForeign('今年以來的第12輪抽籤')).not.toContain('#12');
  });

  it('a PTT card: "Express Entry #300" over "日期：2024/07/04" (a day written with slashes)', () => {
    const text = [
      '[情報] EE 技工專場 1800 ITA',
      '剛剛看到官網更新了',
      'Express Entry #300',
      '日期：2024/07/04',
      '類別：Trade occupations',
      '邀請人數：1,800',
      '最低分數：436 分',
      '推 maple: 恭喜 07/05 08:31',
    ].join('\n');
    expect(rounds(text, '2024-07-05')).toEqual([['2024-07-04', '300', 'trades', 1800, 436, null]]);
  });

  it('a Taiwan blog: "這次是第 88 輪" in 2018, the earlier round "（4/25，第87輪）" aside', () => {
    const text = [
      '【EE抽籤】第88輪：3,750人獲邀',
      '昨天（5/9）加拿大移民局又進行了新一輪的 Express Entry 抽籤，這次是第 88 輪：',
      '✔ 邀請人數：3,750 人',
      '✔ 最低 CRS 分數：441 分',
      '跟兩週前（4/25，第87輪）相比，分數小漲 1 分。',
    ].join('\n');
    expect(rounds(text, '2018-05-10')).toEqual([['2018-05-09', '88', 'general', 3750, 441, null]]);
  });

  it('"CRS 分數分布更新" (an update of the pool\u2019s distribution of scores) announces no round', () => {
    const text = ['加拿大 EE 池 CRS 分數分布更新（2023年3月）', '以下為最新一次更新的數據：', '451–500 分區間人數持續增加。最近一次（3 月 1 日）全類別抽籤邀請 3,300 人，分數 480。'].join('\n');
    expect(rounds(text, '2023-03-06')).toEqual([]);
  });

  it('a week\u2019s table ("輪次 日期 類別 …", "7/8（一）") under "本週 EE 抽籤", and its tie-breaks by round number', () => {
    const text = [
      '本週 EE 抽籤總整理（7/8–7/10）：連續三天三輪',
      '輪次\t日期\t類別\t邀請人數\t最低分數',
      '#301\t7/8（一）\tFrench language proficiency\t3,200\t420',
      '#302\t7/9（二）\tHealthcare occupations\t2,500\t445',
      '#303\t7/10（三）\tCanadian Experience Class\t6,300\t515',
      '同分規則：#301 為 2024/05/12 08:40:04 UTC；#303 為 2024/06/20 13:05:41 UTC。',
    ].join('\n');
    expect(rounds(text, '2024-07-12')).toEqual([
      ['2024-07-08', '301', 'french', 3200, 420, '2024-05-12'],
      ['2024-07-09', '302', 'healthcare', 2500, 445, null],
      ['2024-07-10', '303', 'cec', 6300, 515, '2024-06-20'],
    ]);
  });
});
