import { parseCount } from '../../util/numbers.ts';
import { glossJapanese, isJapanese } from './gloss-japanese.ts';
import { applyGloss, dayOrAsWritten, grouped, monthOfNumber, tidyGloss, type GlossRule } from './gloss-rules.ts';
import { glossBengali, isBengali } from './gloss-bengali.ts';
import { GERMAN_HINT, glossGerman, isGerman } from './gloss-german.ts';
import { FRENCH_HINT, glossFrench, isFrench } from './gloss-french.ts';
import { DUTCH_HINT, glossDutch, isDutch } from './gloss-dutch.ts';
import { ROMANIAN_HINT, glossRomanian, isRomanian } from './gloss-romanian.ts';
import { glossGujarati, isGujarati } from './gloss-gujarati.ts';
import { glossHindi, isHindi } from './gloss-hindi.ts';
import { glossMalayalam, isMalayalam } from './gloss-malayalam.ts';
import { MALAY_HINT, glossMalay, isMalay } from './gloss-malay.ts';
import { glossThai, isThai } from './gloss-thai.ts';
import { glossTamil, isTamil } from './gloss-tamil.ts';
import { glossPersianArabic, isPersianOrArabic } from './gloss-persian-arabic.ts';
import { glossPunjabi, isPunjabi } from './gloss-punjabi.ts';
import { glossRussian, isRussian } from './gloss-russian.ts';
import { glossVietnamese, isVietnamese } from './gloss-vietnamese.ts';

/**
 * Korean and Chinese draw news (Vietnamese in `gloss-vietnamese.ts`, Persian, Arabic and Urdu in `gloss-persian-arabic.ts`), glossed into the English the reader knows (docs/parser.md
 * "Eighth round"): dates ("2019년 3월 6일", "1月11日") become "March 6, 2019", counts with their counter
 * ("3,350명", "3500名") become "3,350 candidates", scores ("454점", "440分") "454 points", and the
 * words of a draw report their English phrasing ("초청장을 받았다" → "received invitations",
 * "最低…分數" → "minimum … CRS score", "지난 회차" → "the previous draw", "预计" → "expected").
 * What the glossary does not know is dropped: the reader then sees only what it can place, and a
 * sentence it cannot place gives no fact (a null, never a guess). Text without Hangul, Han (other
 * than Japanese), enough Vietnamese letters or enough Arabic script is returned as it is.
 */

const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u4e00-\u9fff]/;
const monthOf = monthOfNumber;
const day = dayOrAsWritten;
const ordinal = (d: string): string => {
  const n = Number(d);
  const suffix = n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th';
  return `the ${String(n)}${suffix}`;
};

/** Korean myriads and thousands: "6만 1,771명" is 61,771, "6천명" 6,000, "9만명" 90,000. */
const koreanNumber = (man: string | undefined, cheon: string | undefined, rest: string | undefined): number =>
  (parseCount(man) ?? 0) * 10_000 + (parseCount(cheon) ?? 0) * 1_000 + (parseCount(rest) ?? 0);

const KOREAN: readonly GlossRule[] = [
  // "초대장" is another word for an invitation ("초청장").
  [/초대장/g, '초청장'],
  // "제293차 추첨" (the 293rd draw): IRCC's round number (three digits: no year has had a hundred rounds).
  [/제\s?([1-9]\d{2})\s?(?:차|회차|회)/g, ' draw #$1 '],
  // "2025.12.15(월)": a day, year first.
  [/(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s?\([월화수목금토일]\))?/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  // "최저 CRS: 731점" (the lowest CRS).
  [/최저\s?(?=CRS)/g, ' minimum '],
  // Counts of rounds and spans of time carry no fact: "5번째" (this year's fifth), "4번 연속", "5일 만에", "2주간".
  [/(?<!\d)\d{1,9}\s?(?:번째|번|회차|회|차례)/g, ' '],
  [/(?<!\d)\d{1,9}\s?(?:일|주|개월|달|년)\s?(?:만에|동안|간|이내|연속|째|전에|후에|사이에|사이)/g, ' '],
  [/참고로|한편|반면/g, ' For reference, '],
  // Clause ends ("…457점까지 올라간 후 3월 6일에도 454점…"): a boundary the reader can see.
  [/(?:으며|이며|하며|였으며|었으며|였고|었고|했고|지만|는데|으나|면서)(?=\s)|\s(?:후|뒤)(?:에)?(?=\s)/g, '; '],
  // Bylines: "최종수정 : 2017-05-30 16:09", "입력18-07-04 13:14".
  // Not "2017년 12월 30일 … 이전에 등록한 신청자" (those who registered before December 30, 2017): the word is a byline's only before its date.
  [/(?:최종\s?수정|수정일?|입력일?|등록일?)(?=\s?:?\s?\d)/g, ' Updated '],
  // Dates.
  [/(\d{4})\s?년\s?(\d{1,2})\s?월\s?(\d{1,2})\s?일(?:자)?/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  [/(\d{1,2})\s?월\s?(\d{1,2})\s?일(?:자)?/g, (_, m = '', d = '') => ` ${day(undefined, m, d)} `],
  // "28일 시행된" is the 28th (set off by a comma: "the 28th, Express Entry draw" is no 28th round); "5일 만에" and "3일간" are spans.
  [/(?<!\d,?)(\d{1,2})\s?일(?:자)?(?!\s?(?:만에|동안|간|이내|전|후|째|연속))/g, (_, d = '') => ` on ${ordinal(d)}, `],
  [/(\d{1,2})\s?월/g, (_, m = '') => ` ${monthOf(m)} `],
  [/(\d{4})\s?년(?:도)?/g, ' $1 '],
  // Counts and scores.
  // "초청인원은 500명 증가했다" (500 more were invited), "선발자는 250명을 늘렸다" (raised the selected by 250): a difference
  // between rounds, not a count.
  [/((?<!\d,?)\d[\d,]{0,15})\s?명\s?(?:가량\s?|정도\s?)?(?:(?:을|를)\s?)?(?:증가|늘었|늘어|늘렸|감소|줄었|줄어|줄였)/g, ' a change of $1 candidates '],
  // "총 5,000장의 초청장" (5,000 sheets of invitation): the invitations counted by the sheet.
  [/(?<!\d,?)(\d{1,3}(?:,\d{3})+|\d{3,7})\s?장(?:의)?\s?(?=초청장)/g, ' $1 invitations '],
  [
    /(?:((?<!\d,?)\d[\d,]{0,15})\s?만\s?)?(?:(\d)\s?천\s?)?((?<!\d,?)\d[\d,]{0,15})?\s?(?:명|건)/g,
    (all, man, cheon, rest) => (man || cheon || rest ? ` ${grouped(koreanNumber(man, cheon, rest))} candidates ` : (all ?? '')),
  ],
  // "1200점 만점에 886점" (886 out of a possible 1,200): the scale's maximum is no figure.
  [/(\d{3,4})\s?점\s?만점(?:에서|에|중)?/g, ' '],
  // "300점 이하로" (300 or below), "450점 이상대" (450 and above): bounds, not a round's cut-off.
  [/(\d{2,4})\s?점\s?(?:이하|미만)/g, ' below $1 points '],
  // "기준 점수 533점 이상을 보유한 후보자" (candidates with the base score of 533 or more): the round's cut-off.
  [/(?:기준\s?점수|최저\s?점수|커트라인)\s?(?:인|은|는|이|가)?\s?(\d{2,4})\s?점\s?이상/g, ' minimum CRS score of $1 points '],
  [/(\d{2,4})\s?점\s?(?:이상|초과)(?:대)?/g, ' above $1 points '],
  // "450점까지 떨어졌다" (fell to 450).
  [/(\d{2,4})\s?점까지\s?(?:떨어|하락|내려|낮아)/g, ' fell to $1 points '],
  [/(\d{2,4})\s?점까지\s?(?:올라|상승|높아)/g, ' rose to $1 points '],
  // "450점에서 무려 20점이나 오른 470점" (up from 450, by as much as 20, to 470): the change's start and its new value.
  [
    /(\d{2,4})\s?점에서\s?(?:무려\s?|약\s?)?(?:\d{1,3}\s?점(?:이나|이)?\s?)?(오른|올라간|상승한|높아진|떨어진|내려간|하락한|낮아진)\s?(\d{2,4})\s?점/g,
    (_, from = '', verb = '', to = '') => ` ${/오른|올라간|상승한|높아진/.test(verb) ? 'rose' : 'fell'} from ${from} points to ${to} points `,
  ],
  // "457점으로 직전 466점에 비해 9점" (457, against the previous 466): the earlier draw's figure, set apart.
  [/(?:직전|지난번|이전)\s?(?:선발|추첨|회차)?\s?(?:의\s?)?(\d{2,4})\s?점\s?(?:에\s?비해|보다|대비|과\s?비교해|와\s?비교해)/g, "; compared with the previous draw's $1 points "],
  // "457점보다 3점 감소": the figure compared with is an earlier draw's.
  [/(\d{2,4})\s?점\s?(?:보다|에\s?비해|대비|에서)/g, ' compared with $1 points '],
  // "합격점수는 450점 대였던" (cut-offs in the 450s): a range, not a score.
  [/(\d{2,4})\s?점\s?대(?=였|이|의|로|에|인|를|[^가-힣]|$)/g, ' around $1 points '],
  [/(\d{2,4})\s?점/g, ' $1 points '],
  // What happened to them.
  [/candidates\s?에게\s?(?:초청장\s?(?:\(ITA\)\s?)?(?:을|를)?\s?)?(?:발송|발급|발부|보냈|보내)/g, 'candidates were sent invitations '],
  // "3900명에게 올해 첫 초청장을 보냈다" (sent this year's first invitations to 3,900): a word or two may stand before the invitations.
  [/에게\s?(?:[가-힣]{1,3}\s){0,2}초청장\s?(?:\(ITA\)\s?)?(?:을|를)?\s?(?:발송|발급|발부|보냈|보내)/g, ' were sent invitations '],
  [/(?:이|가)?\s?초청장\s?(?:\(ITA\)\s?)?(?:을|를)?\s?(?:받았|받은|받게|발급\s?받)/g, ' received invitations '],
  [/(?:을|를)\s?선발해\s?초청장을\s?(?:보냈|보내|발송|발급)/g, ' were sent invitations '],
  [/(?:이|가)?\s?선발(?:됐|되었|되어)/g, ' were selected '],
  // "1천350명을 선발했던 1월 8일의 542점" (542 on January 8, which had selected 1,350): an earlier draw's count.
  [/(?:((?<![\d,])\d[\d,]*\s?candidates)\s?)?(?:을|를)\s?(?:선발|선정|초청)(?:했던|하였던)/g, (_, count) => `; the earlier draw${count ? `, which had invited ${String(count)},` : ''} `],
  // "4천 명의 신규 이민자를 선발한다고 밝혔다" (said it selects 4,000 new immigrants).
  [/(?:을|를)\s?(?:선발|선정|초청)(?:한다고|했다고|하였다고)/g, ' were selected '],
  // "3500명을 선발했다" (selected 3,500), "28,385명이 뽑혔고" (28,385 were picked).
  [/(?:을|를)\s?(?:선발|선정)(?:했|하였)|(?:을|를)\s?뽑았|(?:이|가)\s?뽑혔/g, ' were selected '],
  [/초청(?:했|하였)/g, ' invited '],
  // The round's facts.
  [/(?:초청|선발)\s?인원/g, ' number of invitations '],
  // "뽑은 점수가 441점" (the score picked was 441), "선발 점수" (the selection score): the round's cut-off.
  [/(?:뽑은|뽑힌|선발된|선발)\s?점수/g, ' minimum CRS score '],
  [/(?:초청\s?)?(?:기준\s?점수|최저\s?점수|최저점|커트라인|통과\s?점수|추첨\s?점수|초청\s?점수|제한\s?점수|합격\s?점수|합격선|이민\s?점수)/g, ' minimum CRS score '],
  [/가장\s?낮은/g, ' lowest '],
  [/연방\s?이민부|연방\s?이민성|이민부|이민성|캐나다\s?이민국|이민국/g, ' IRCC '],
  [/(?:지난|직전|이전)\s?(?:회차|추첨|선발|초청|번)/g, ' the previous draw '],
  [/직전/g, ' previous '],
  [/이번\s?(?:추첨|선발|발표)/g, ' this draw '],
  [/(?:최근|최신)\s?(?:추첨|선발)/g, ' the latest draw '],
  [/총/g, ' a total of '],
  [/추첨|선발|드로우/g, ' draw '],
  [/익스프레스\s?엔트리|급행\s?이민/g, ' Express Entry '],
  // "동점자 처리" (the tie-break), "통과자 중 동점자는 … 이전에 등록한" (of those tied, the ones registered before …).
  [/동점자\s?처리|동점자(?:는|의)?/g, ' tie-break rule '],
  [/예로|예를\s?들어|예컨대|가령/g, ' For example, '],
  // "주정부 승인이 없어 600점의 가산점을 받지 못한": candidates without a nomination, not the round's program.
  [/(?:LMIA\S*\s?(?:나|이나|또는)\s?)?주정부\s?(?:승인|지명|추천)(?:이|가)?\s?없(?:어|는|이|고)/g, ' without a provincial nomination '],
  [/가산점/g, ' bonus points '],
  // Provinces (their own selections are not Express Entry rounds) and programs.
  [/알버타|앨버타/g, ' Alberta '],
  [/사스카추언|서스캐처원|사스캐처원/g, ' Saskatchewan '],
  [/노바\s?스코(?:셔|샤|시아)/g, ' Nova Scotia '],
  [/온타리오/g, ' Ontario '],
  [/브리티시\s?컬럼비아|비씨주|BC주/g, ' British Columbia '],
  [/매니토바/g, ' Manitoba '],
  [/주정부\s?이민|주정부/g, ' Provincial Nominee Program '],
  [/경험\s?이민/g, ' Canadian Experience Class '],
  [/기능직\s?(?:기술\s?이민)?/g, ' Federal Skilled Trades Program '],
  // "영어나 프랑스어가 뛰어나지 않은" (not strong in English or French): a language skill, not the French-language category.
  [/영어\s?(?:나|이나|또는|와|과|및)\s?(?:프랑스어|불어)/g, ' English or French '],
  [/불어|프랑스어/g, ' French-speaking '],
  // Plans, forecasts and reviews.
  [/예상|전망|추정|예정|할\s?것으로|될\s?것으로/g, ' expected '],
  [/올해\s?들어|올해\s?중|연초부터|상반기|하반기/g, ' so far this year '],
];

/** Chinese numbers of ten thousands: "7.4萬" is 74,000. */
const wan = (n: string): string => grouped(Math.round(Number(n) * 10_000));

const CHINESE: readonly GlossRule[] = [
  [/(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  [/(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g, (_, m = '', d = '') => ` ${day(undefined, m, d)} `],
  [/\[?(\d{4})\.(\d{1,2})\.(\d{1,2})\]?/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  // "昨天(21日)": the day without a month, set off by a comma as in Korean.
  [/(?<![\d月])(\d{1,2})\s?[日号號](?![\d])/g, (_, d = '') => ` on ${ordinal(d)}, `],
  [/(\d{4})\s?年/g, ' $1 '],
  [/((?<!\d\.?)\d{1,9}(?:\.\d{1,6})?)\s?[萬万]\s?(?:名|人|份|位)?/g, (_, n = '') => ` ${wan(n)} candidates `],
  // "三天内共发出11,650份" (a total of 11,650 in three days): the rounds' total, no round's count.
  [/(?:三|3)\s?天\s?(?:内|內)\s?(?:共|合共|总共|總共|累计|累計)?/g, ' in three days a total of '],
  [/(?:两|兩|二|2)\s?天\s?(?:内|內)\s?(?:共|合共|总共|總共|累计|累計)?/g, ' in two days a total of '],
  [/(?:共|合共|总共|總共|累计|累計)(?=\s?(?:發出|发出|邀請|邀请|發放|发放|签发|簽發))/g, ' a total of '],
  // "3,900至4,200个邀请": a range, not one round's count.
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:至|到|-|~|～)\s?((?<!\d,?)\d[\d,]{0,15})(?=\s?(?:名|人|位|個|个|份|封))/g, ' between $1 and $2 '],
  // "獲移民邀請(ITA)人數為3035名" (the number invited was 3,035).
  [/(?:邀請|邀请|獲邀|获邀|中籤|中签)\s?(?:\(ITA\)\s?)?(?:人數|人数)\s?(?:為|为|是|達|达)\s?((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人|位)?/g, ' number of invitations: $1 '],
  // "重回3,000人以上" (back above 3,000), "450分以上" (450 and above): bounds, not a round's figure.
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人|位)\s?以上/g, ' more than $1 candidates '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人|位)\s?以下/g, ' fewer than $1 candidates '],
  // "400分到440分上下": a band of scores, not one round's cut-off.
  // "分数暴跌17分至490分" (the score plummeted by 17 points to 490): a change, then the new score, not a range of 17 to 490.
  [/(?:暴跌|下跌|下滑|下降|降低|減少|减少|跌|降)\s?((?<!\d)\d{1,9})\s?分\s?至\s?(\d{2,4})\s?分/g, ' dropped by $1 points to $2 points '],
  [/(?:上升|上漲|上涨|提高|增加|升|漲|涨)\s?((?<!\d)\d{1,9})\s?分\s?至\s?(\d{2,4})\s?分/g, ' rose by $1 points to $2 points '],
  [/(\d{2,4})\s?分?\s?(?:至|到|-|~|～)\s?(\d{2,4})\s?分/g, ' between $1 and $2 points '],
  [/(\d{2,4})\s?分\s?以上/g, ' above $1 points '],
  [/(\d{2,4})\s?分\s?以下/g, ' below $1 points '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人|位)/g, ' $1 candidates '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:份|封)/g, ' $1 invitations '],
  // "下降1分至460分" (fell by 1 to 460), before the points rule takes the 460.
  [/比\s?(?=上|前|去|之前|此前)/g, ' compared with '],
  [/(\d{2,4})\s?分/g, ' $1 points '],
  // "第303轮": IRCC's round number, past any count of one year's rounds.
  [/第\s?(?<!\d)([1-9]\d{2})\s?(?:輪|轮)/g, ' draw #$1 '],
  // "第10輪" counts this year's rounds, not IRCC's round numbers; "5次", "兩周" are counts and spans: dropped.
  [/第?\s?(?<!\d)\d{1,9}\s?(?:輪|轮|次|批|周|週|天|個月|个月)/g, ' '],
  [/(?:兩|两)\s?(?:輪|轮)/g, ' two draws '],
  [/三\s?(?:輪|轮)/g, ' three draws '],
  [/四\s?(?:輪|轮)/g, ' four draws '],
  [/(?:同分規則|同分规则|同分截止時間|同分截止时间)/g, ' tie-breaking rule '],
  [/[（(]?\s?(?:北京時間|北京时间)\s?[)）]?/g, ' (UTC+8) '],
  [/(?:抽籤日期|抽签日期|抽簽日期)/g, ' draw date '],
  [/(?:聯邦移民部|联邦移民部|加拿大移民部|移民部|移民局)/g, ' IRCC '],
  [/(?:邀請人數|邀请人数|獲邀人數|获邀人数|中籤人數|中签人数)/g, ' number of invitations '],
  [/(?:邀請分數|邀请分数)/g, ' minimum CRS score '],
  [/(?:高達|高达|達到|达到)/g, ' reached '],
  [/(?:至少|最少)/g, ' at least '],
  [/(?:邀請了|邀请了|邀請|邀请)(?=\s?\d)/g, ' invited '],
  // "不分類別抽籤", "全类别抽签": a round of no program specified.
  [/(?:不分類別|不分类别|全類別|全类别)/g, ' all-program '],
  [/(?:醫療保健|医疗保健|醫護|医护)/g, ' healthcare '],
  [/(?:獲得|获得|收到)\s?(?:移民)?(?:邀請|邀请|ITA)/g, ' received invitations '],
  [/(?:中籤|中签|獲邀|获邀|應邀|应邀)/g, ' were invited '],
  [/(?:簽發|签发|發出|发出|發放|发放|頒發|颁发)/g, ' issued '],
  [/(?:邀請|邀请)/g, ' invitations '],
  [/(?:最低)(?:移民)?(?:分數線|分数线|分數|分数|要求|錄取分|录取分)?/g, ' minimum CRS score '],
  [/(?:分數線|分数线|分數|分数|評分|评分)/g, ' CRS score '],
  [/(?:例如|比如|譬如)/g, ' For example, '],
  // "如果…均有3,900名候选人": a condition, not a round.
  [/(?:如果|假如|假設|假设)/g, ' if '],
  [/(?:阿爾伯塔|阿尔伯塔|亞伯達|亚伯达)/g, ' Alberta '],
  [/(?:安大略)/g, ' Ontario '],
  [/(?:卑詩|卑诗|不列顛哥倫比亞|不列颠哥伦比亚)/g, ' British Columbia '],
  [/(?:薩省|萨省|薩斯喀徹溫|萨斯喀彻温)/g, ' Saskatchewan '],
  [/(?:曼尼托巴|緬省|缅省)/g, ' Manitoba '],
  [/(?:新斯科舍|新斯科細亞|新斯科细亚)/g, ' Nova Scotia '],
  [/(?:要求為|要求为|為|为|是)/g, ' was '],
  [/平均分/g, ' average score '],
  [/(?:上一輪|上一轮|前一輪|前一轮|前兩輪|前两轮|前三輪|前三轮|上次|上輪|上轮|此前|之前)/g, ' the previous draw '],
  [/(?:降了|下降了|減少了|减少了|降低了)/g, ' dropped by '],
  [/(?:最新一輪|最新一轮|最新)/g, ' the latest '],
  [/(?:本輪|本轮|這次|这次|此次)/g, ' this draw '],
  [/(?:昨天|昨日)/g, ' yesterday '],
  [/(?:今天|今日)/g, ' today '],
  [/(?:抽籤|抽签|抽簽)/g, ' draw '],
  [/(?:快速通道|特快入境)/g, ' Express Entry '],
  [/(?:省提名項目|省提名项目|省提名)/g, ' Provincial Nominee Program '],
  [/(?:加拿大經驗類|加拿大经验类)/g, ' Canadian Experience Class '],
  // "加拿大经验类和省提名项目" (the CEC and the PNP): two programs listed, neither the round's alone.
  [/(?<=(?:Class|Program|Trades|French-speaking)\s)(?:和|及|與|与|以及)(?=\s)/g, ' and '],
  [/(?:法語|法语)/g, ' French-speaking '],
  [/(?:聯邦技工|联邦技工)/g, ' Federal Skilled Trades '],
  [/(?:預計|预计|預料|预料|將會|将会|將|将|可能|估計|估计|假設|假设)/g, ' expected '],
  [/(?:今年以來|今年以来|今年首|上半年|下半年|季度|回顧|回顾|總結|总结)/g, ' so far this year '],
];

/** Sentence and quote marks of Chinese and Korean text. */
const PUNCTUATION: readonly GlossRule[] = [
  [/[\u3002\uff61]/g, '. '],
  [/[\u3001\uff0c\ufe50\ufe51]/g, ', '],
  [/[\uff1b\ufe54]/g, '; '],
  [/[\uff1a\ufe55]/g, ': '],
  [/[\u300c\u300d\u300e\u300f\u3010\u3011\u201d\u201c]/g, ' '],
];

/** Japanese writes with Han characters too; its kana tell it apart (and it is not glossed). */
const KANA = /[\u3040-\u30ff]/;

/**
 * The glossaries of whole scripts, in the order they are tried: a letter of the script, whether the page has enough of it,
 * and the glossary (Devanagari without the danda, which Punjabi pages write too). A page with none of these scripts skips them all.
 */
const SCRIPT_GLOSSARIES: readonly (readonly [RegExp, (text: string) => boolean, (text: string) => string])[] = [
  [/[\u0a00-\u0a7f]/, isPunjabi, glossPunjabi],
  [KANA, isJapanese, glossJapanese],
  [/[\u0900-\u0963\u0966-\u097f]/, isHindi, glossHindi],
  [/[\u0980-\u09ff]/, isBengali, glossBengali],
  [/[\u0a80-\u0aff]/, isGujarati, glossGujarati],
  [/[\u0400-\u04ff]/, isRussian, glossRussian],
  [/[\u0d00-\u0d7f]/, isMalayalam, glossMalayalam],
  [/[\u0b80-\u0bff]/, isTamil, glossTamil],
  [/[\u0e00-\u0e7f]/, isThai, glossThai],
];
const ANY_SCRIPT = /[\u0d00-\u0d7f\u0e00-\u0e7f\u0400-\u04ff\u0904-\u0aff\u0b80-\u0bff\u3041-\u30ff]/;
/** Any letter of the other scripts the glossaries read: an English page has none, and goes back at once. */
const ANY_FOREIGN = /[\u0600-\u06ff\uac00-\ud7a3\u4e00-\u9fffăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/**
 * A number glued to the script, not the year a date rule wrote ("November 18, 2020 에" from "2020년 11월 18일에"), nor the
 * day ("December 10 进行了" from "于12月10日进行了"), nor the tail of a longer number.
 */
const GLUED_TO_HANGUL = /(?<!\d|\d[,.]|\b[A-Z][a-z]+ \d{1,2}, )\d[\d,.]{0,20}(?=\s?[\uac00-\ud7a3])/g;
const GLUED_TO_HAN =
  /(?<!\d|\d[,.]|\b[A-Z][a-z]+ \d{1,2}, |\b(?:January|February|March|April|May|June|July|August|September|October|November|December) )\d[\d,.]{0,20}(?=\s?[\u3400-\u4dbf\u4e00-\u9fff])/g;

export function glossForeign(text: string): string {
  if (ANY_SCRIPT.test(text)) for (const [letter, enough, gloss] of SCRIPT_GLOSSARIES) if (letter.test(text) && enough(text)) return gloss(text);
  if (GERMAN_HINT.test(text) && isGerman(text)) return glossGerman(text);
  if (FRENCH_HINT.test(text) && isFrench(text)) return glossFrench(text);
  if (DUTCH_HINT.test(text) && isDutch(text)) return glossDutch(text);
  if (ROMANIAN_HINT.test(text) && isRomanian(text)) return glossRomanian(text);
  if (MALAY_HINT.test(text) && isMalay(text)) return glossMalay(text);
  if (!ANY_FOREIGN.test(text)) return text;
  if (isPersianOrArabic(text)) return glossPersianArabic(text);
  const korean = HANGUL.test(text);
  const chinese = !korean && HAN.test(text) && !KANA.test(text);
  if (!korean && !chinese) {
    return isVietnamese(text) ? glossVietnamese(text) : text;
  }
  let out = applyGloss(text, PUNCTUATION);
  out = applyGloss(out, korean ? KOREAN : CHINESE);
  // A number still glued to the script has a unit the glossary does not know ("1분기", "4분의 1", "7成"): it is no fact.
  out = out.replace(korean ? GLUED_TO_HANGUL : GLUED_TO_HAN, ' ');
  // What is left of the script carries nothing the reader can place.
  out = out.replace(korean ? /[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/g : /[\u3400-\u4dbf\u4e00-\u9fff]+/g, ' ');
  // A Korean sentence ends in "다." whatever word the gloss starts the next with: a capital lets the reader see the end.
  // A Chinese label line ("最低分数：670分" under "邀请人数：1,391人") starts with a capital, or it would read as the line above
  // wrapped.
  return korean
    ? tidyGloss(out).replace(/([.!?] )([a-z])/g, (_, end: string, letter: string) => end + letter.toUpperCase())
    : tidyGloss(out).replace(/^([ \t]*)([a-z])(?=[^\n:]{0,40}:)/gm, (_, space: string, letter: string) => space + letter.toUpperCase());
}
