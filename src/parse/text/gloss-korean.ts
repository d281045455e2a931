import { parseCount } from '../../util/numbers.ts';
import { applyGloss, CJK_PUNCTUATION, dayOrAsWritten as day, dayOrdinal as ordinal, grouped, monthOfNumber as monthOf, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Korean draw news glossed into the English the reader knows (docs/parser.md "Eighth round", "Korean and Ilocano"): dates
 * ("2019년 3월 6일") become "March 6, 2019", counts with their counter ("3,350명") "3,350 candidates", scores ("454점") "454
 * points", and the words of a draw report their English phrasing ("초청장을 받았다" → "received invitations", "지난 회차" → "the
 * previous draw"). What the glossary does not know is dropped: the reader then sees only what it can place, and a sentence it
 * cannot place gives no fact (a null, never a guess).
 */

/** A Hangul syllable: a page with one is tried by `isKorean`. */
export const HANGUL = /[\uac00-\ud7a3]/;

/**
 * Enough Hangul that it is the page's language (40 syllables, or no fewer than its Latin letters, as a short post or a line):
 * an English page quoting a Korean name or a word ("토론토맘", "댓글 7") is left as it is.
 */
export function isKorean(text: string): boolean {
  const n = (text.match(/[\uac00-\ud7a3]/g) ?? []).length;
  return n >= 40 || n >= (text.match(/[A-Za-z]/g) ?? []).length;
}

/** Korean myriads and thousands: "6만 1,771명" is 61,771, "6천명" 6,000, "9만명" 90,000. */
const koreanNumber = (man: string | undefined, cheon: string | undefined, rest: string | undefined): number =>
  (parseCount(man) ?? 0) * 10_000 + (parseCount(cheon) ?? 0) * 1_000 + (parseCount(rest) ?? 0);

/** The weekdays, by their first syllable ("(화)", "화요일"). */
const WEEKDAY: Readonly<Record<string, string>> = { 월: 'Monday', 화: 'Tuesday', 수: 'Wednesday', 목: 'Thursday', 금: 'Friday', 토: 'Saturday', 일: 'Sunday' };
const weekday = (w: string): string => WEEKDAY[w] ?? '';
/** "110" → "110th". */
const nth = (n: string): string => ordinal(n).replace(/^the /, '');

/**
 * Days and rounds told around a draw (docs/parser.md "Korean and Ilocano"): a day's weekday ("30일(수)" → "on the 30th
 * (Wednesday)", "2월 3일(화)", "화요일"), "오늘" (today), "어제" (yesterday), "이번 주" (this week), a time ("20시 11분 20초" →
 * "20:11:20"), the round's number ("110번째 익스프레스 엔트리 추첨" → "the 110th Express Entry draw", not "올해 5번째 추첨", this
 * year's fifth), an earlier round named by its day ("지난 14일 CEC 추첨" → "the previous CEC draw on the 14th").
 */
const DAYS: readonly GlossRule[] = [
  // "20시 11분 20초(UTC)", "동부시간으로 오전 6시 39분 40초" (6:39:40 a.m. Eastern): a tie-break's time with its zone; a time
  // without one is dropped (read as UTC it could be five hours off), its day kept. The zone may stand before the day: "동부시간
  // 기준 2026년 5월 26일 오후 1시 33분 03초".
  [
    /(?:(동부\s?(?:표준\s?)?시간|UTC(?=\s?기준)|GMT(?=\s?기준))\s?(?:으로|기준)?\s?(?::\s?)?(\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일\s?)?)?(?:(오전|오후)\s?)?(?<!\d)(\d{1,2})\s?시\s?(\d{1,2})\s?분(?:\s?(\d{1,2})\s?초)?(\s?\(?\s?(?:UTC|GMT))?/g,
    (all, zone = '', date = '', half = '', h = '', m = '', sec = '', utc = '') =>
      zone || utc
        ? ` ${date}${String(half === '오후' && Number(h) < 12 ? Number(h) + 12 : half === '오전' && Number(h) === 12 ? 0 : Number(h)).padStart(2, '0')}:${m.padStart(2, '0')}${sec ? `:${sec.padStart(2, '0')}` : ''}${zone.startsWith('동부') ? ' ET ' : zone ? ` ${zone}` : utc} `
        : ' ',
  ],
  // "지난 14일 CEC 추첨(509점)보다" (than the CEC draw of the 14th), "지난 1월 21일 CEC 추첨(…) 이후" (since): an earlier round,
  // compared with. Not "지난 24일 추첨에서" (in the draw of the 24th): Korean news tells its own round's day with "지난" too.
  [
    /지난\s?(?:(\d{1,2})\s?월\s?)?(\d{1,2})\s?일\s?(?:의\s?|에\s?)?(?:([A-Za-z]{2,10})\s?)?(?:추첨|선발|드로우)(?=\s?(?:\([^)\n]{0,30}\)\s?)?(?:보다|에\s?비해|대비|과\s?비교|와\s?비교|이후))/g,
    (_, m = '', d = '', p = '') => `; compared with the previous ${p ? `${p} ` : ''}draw on ${m ? day(undefined, m, d) : ordinal(d)} `,
  ],
  // A day with its weekday in brackets: "2023년 6월 28일 (수)", "2월 3일(화)", "30일(수)".
  // A day with its weekday in brackets or after it: "2023년 6월 28일 (수)", "2월 3일(화)", "2025년 10월 28일 화요일" ("Tuesday,
  // October 28, 2025": "October 28, 2025 (Tuesday)" over a report is not read as its dateline), "30일(수)".
  [
    /(?:(\d{4})\s?년\s?)?(?:(\d{1,2})\s?월\s?)?(?<![\d,])(\d{1,2})\s?일\s?(?:\(([월화수목금토일])(?:요일)?\)|,?\s?([월화수목금토일])요일)/g,
    (_, y = '', m = '', d = '', w = '', w2 = '') => (m ? ` ${weekday(w || w2)}, ${day(y || undefined, m, d)} ` : ` on ${ordinal(d)} (${weekday(w || w2)}) `),
  ],
  [/([월화수목금토일])요일/g, (_, w = '') => ` ${weekday(w)} `],
  // "어제 PNP 302명(761점)에 이어" (following yesterday's PNP round of 302, 761): the earlier round, told as such.
  [/어제\s?([^\n.]{0,40}?)\s?에\s?이어/g, " Following yesterday's $1, "],
  // "이틀 연속 Express Entry 추첨" (Express Entry draws two days running): two rounds, the headline's news.
  [
    /이틀\s?연속(?:으로)?\s?((?:익스프레스\s?엔트리|Express\s?Entry)\s?(?:\(Express\s?Entry\)\s?)?)?(?:카테고리\s?|초청\s?)?(?:추첨|선발|드로우)/g,
    (_, ee = '') => ` two ${ee ? 'Express Entry ' : ''}draws in two days `,
  ],
  [/이틀\s?연속/g, ' two days in a row '],
  // "추첨을 잇따라 실시했다" (held draws one after another), "동시 추첨" (draws at once): more than one round.
  [/(?:추첨|드로우)\s?(?:을|를)?\s?잇따라/g, ' draws one after another '],
  [/동시\s?(?:추첨|드로우)/g, ' draws on the same day '],
  // "다음 익스프레스 엔트리 추첨은 언제?" (when is the next draw?), "다음 CEC 추첨" (the next CEC draw): a forecast's round; not
  // "다음과 같다" (as follows).
  [
    /다음\s?(?:번\s?)?((?:익스프레스\s?엔트리|Express\s?Entry|[A-Za-z]{2,10})\s?)?(?:\([^)\n]{0,20}\)\s?)?(?:카테고리\s?)?(?:추첨|선발|드로우)(?:은|는|이|가)?(\s?언제)?/g,
    (_, what = '', when = '') => ` ${when ? 'When is the' : 'the'} next ${what.trim() ? `${what.trim()} ` : ''}draw `,
  ],
  // "같은 날 CEC 추첨도 있었는데" (a CEC draw the same day too): a second round of the day.
  [/같은\s?날|당일/g, ' on the same day '],
  [/오늘(?!날)/g, ' today '],
  [/그저께|그제/g, ' the day before yesterday '],
  [/어제/g, ' yesterday '],
  [/이번\s?주/g, ' this week '],
  [/지난\s?주/g, ' last week '],
  [/다음\s?주/g, ' next week '],
  // "110번째 익스프레스 엔트리 추첨" (the 110th Express Entry draw); not after "올해", "들어", "연속" (this year's, in a row).
  [
    /(?<!(?:올해|금년|올|이달|달|들어|연속|해|월|년|주|역대|사상)[^.\n\d]{0,12})(?<![\d,])([1-9]\d{0,2})\s?번째\s?(?=(?:익스프레스\s?엔트리|Express\s?Entry)?\s?(?:\(Express\s?Entry\)\s?)?(?:추첨|선발|드로우))/g,
    (_, n = '') => ` the ${nth(n)} `,
  ],
  // "제75차 추첨" (the 75th draw): two digits only before the draw's name.
  [/제\s?([1-9]\d)\s?차\s?(?=(?:익스프레스\s?엔트리\s?)?(?:추첨|선발|드로우))/g, ' draw #$1 '],
  [/타이\s?브레이(?:크|커|킹)(?:\s?(?:규칙|룰|기준))?/g, ' tie-break rule '],
  // "- 회차: #176" (round: #176).
  [/회차\s?:\s?#?\s?(\d{1,3})(?!\d)/g, ' Draw #$1 '],
];

const KOREAN: readonly GlossRule[] = [
  ...DAYS,
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
  // Hedged figures: "약 2,000명" (about), "4,000명 가까이" (nearly), "3,000여 명" (some 3,000 and more), "520점 안팎" (around
  // 520), "최대 4,000명" (up to): the English words, which the reader does not take for a round's exact figure.
  [/(?:약|대략|어림잡아)\s?(?=\d)/g, ' about '],
  [/(?:최대|많게는)\s?(?=\d)/g, ' up to '],
  [/(?:최소|적어도)\s?(?=\d)/g, ' at least '],
  [/(?<![\d,])(\d[\d,]{0,15})\s?여\s?(명|건|점)/g, ' more than $1$2 '],
  [/(?<![\d,])(\d[\d,]{0,15})\s?(명|건|점)\s?(?:가까이|가량|정도|안팎|내외|남짓|쯤)/g, ' about $1$2 '],
  [/(?<![\d,])(\d[\d,]{0,15})\s?(명|건)\s?(?:이상|넘게|넘는|넘은|이\s?넘는|이\s?넘게|이\s?넘은|을\s?넘는|을\s?넘은|을\s?넘어)/g, ' more than $1$2 '],
  // "초청 인원: 1,000명", "초청 인원 3,000명", "초청 인원은 500명" (a label and its count): the count alone after the label, as English writes it.
  [/(?:초청|선발)\s?인원\s?(?:\(ITA\)\s?)?(?::\s?|(?:은|는)\s?|(?=\d))(\d{1,3}(?:,\d{3})+|\d{1,6})\s?명/g, ' number of invitations: $1 '],
  // "✔ ITA 1,000명" (a card's count after its label): the invitations.
  [/ITA[ \t](\d{1,3}(?:,\d{3})+|\d{1,6})\s?명/g, ' ITA: $1 '],
  // "3,300명이 ITA를 받았다" (3,300 received an ITA).
  [/명\s?(?:이|가)\s?ITA\s?(?:를|을)\s?(?:받았|받은|받게)/g, '명 received invitations '],
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
  // Not "커트라인은 500점 이상으로 전해졌다" (the cut-off was said to be 500 or more): a bound.
  [/(?:기준\s?점수|최저\s?점수|커트라인)\s?(?:인|은|는|이|가)?\s?(\d{2,4})\s?점\s?이상(?=\s?(?:을|를|의|인)?\s?(?:보유|받은|가진|기록한|얻은|후보|지원|신청))/g, ' minimum CRS score of $1 points '],
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
  [/에게\s?(?:[가-힣]{1,3}\s){0,2}초청장\s?(?:\(ITA\)\s?)?(?:을|를|이|가)?\s?(?:발송|발급|발부|보냈|보내)/g, ' were sent invitations '],
  [/(?:이|가)?\s?초청장\s?(?:\(ITA\)\s?)?(?:을|를)?\s?(?:받았|받은|받게|발급\s?받)/g, ' received invitations '],
  [/(?:을|를)\s?선발해\s?초청장을\s?(?:보냈|보내|발송|발급)/g, ' were sent invitations '],
  [/(?:이|가)?\s?선발(?:됐|되었|되어)/g, ' were selected '],
  // "1,000명이 초청됐으며" (1,000 were invited).
  [/(?<=candidates\s?)(?:이|가)\s?초청(?:됐|되었|되어|받았)/g, ' were invited '],
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
  // Another country's draw ("호주 이민부는 …", Australia's department): no Express Entry round, and its department is no IRCC.
  [
    /(호주(?!머니)|오스트레일리아|뉴질랜드|영국|미국)\s?(?:의\s?)?(?:이민부|내무부|이민성|이민국|정부)?/g,
    (_, c = '') => ` ${c === '뉴질랜드' ? 'New Zealand' : c === '영국' ? 'the United Kingdom' : c === '미국' ? 'the United States' : 'Australia'} `,
  ],
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
  // Categories: "교육 직군" (education occupations), "헬스케어" (health care); "교육" alone is a menu's "Education".
  [/교육\s?(?:직군|분야|직종|카테고리)/g, ' education occupations '],
  [/헬스케어|보건\s?의료\s?(?:직군|분야)/g, ' healthcare '],
  // "캐나다 근무 경력이 있는 의사" (physicians with Canadian work experience), "의사 카테고리", "고위 관리자" (senior managers);
  // "의사" alone is also a will ("의사 표시").
  [/(?:캐나다\s?)?(?:근무\s?)?경력(?:이|을)?\s?(?:있는|가진|보유한)\s?의사|의사\s?(?:직군|카테고리|분야|직종)/g, ' physicians '],
  [/고위\s?(?:관리자|관리직|경영자)/g, ' senior managers '],
  [/운송\s?(?:직군|분야|직종)/g, ' transport occupations '],
  [/농업\s?(?:및\s?)?(?:농식품\s?)?(?:직군|분야|직종)/g, ' agriculture and agri-food occupations '],
  [/경험\s?이민/g, ' Canadian Experience Class '],
  [/기능직\s?(?:기술\s?이민)?/g, ' Federal Skilled Trades Program '],
  // "영어나 프랑스어가 뛰어나지 않은" (not strong in English or French): a language skill, not the French-language category.
  [/영어\s?(?:나|이나|또는|와|과|및)\s?(?:프랑스어|불어)/g, ' English or French '],
  [/불어|프랑스어/g, ' French-speaking '],
  // Plans, forecasts and reviews.
  [/예상|전망|추정|예정|할\s?것으로|될\s?것으로/g, ' expected '],
  [/올해\s?들어|올해\s?중|연초부터|상반기|하반기/g, ' so far this year '],
];

/**
 * A number glued to the script, not the year a date rule wrote ("November 18, 2020 에" from "2020년 11월 18일에"), nor the
 * day ("June 19 에는" from "6월 19일에는"), nor a time's minutes, nor the tail of a longer number; not across a line's end.
 */
const GLUED_TO_HANGUL = /(?<!\d|\d[,.:]|\b[A-Z][a-z]+ \d{1,2}, |\b(?:January|February|March|April|May|June|July|August|September|October|November|December) )\d[\d,.]{0,20}(?=[ \t]?[\uac00-\ud7a3])/g;

/** A Korean page glossed into English. */
export function glossKorean(text: string): string {
  let out = applyGloss(applyGloss(text, CJK_PUNCTUATION), KOREAN);
  // A number still glued to the script has a unit the glossary does not know ("1분기", "4분의 1"): it is no fact.
  out = out.replace(GLUED_TO_HANGUL, ' ');
  // What is left of the script carries nothing the reader can place.
  out = out.replace(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+/g, ' ');
  // A Korean sentence ends in "다." whatever word the gloss starts the next with: a capital lets the reader see the end.
  // A line that opens with "yesterday" or "today" starts a sentence.
  return tidyGloss(out)
    .replace(/([.!?] )([a-z])/g, (_, end: string, letter: string) => end + letter.toUpperCase())
    .replace(/^([ \t]*)(yesterday|today)\b/gm, (_, space: string, word: string) => space + word.charAt(0).toUpperCase() + word.slice(1));
}
