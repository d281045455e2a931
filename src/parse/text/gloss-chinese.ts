import { dayOrAsWritten as day, dayOrdinal as ordinal, grouped, type GlossRule } from './gloss-rules.ts';

/**
 * The Chinese glossary of `glossForeign` (gloss.ts), simplified and traditional: mainland news, and Hong Kong, Cantonese and
 * Taiwan (PTT, blog) posts (docs/parser.md "Traditional Chinese").
 */

/** Chinese numbers of ten thousands: "7.4萬" is 74,000. */
const wan = (n: string): string => grouped(Math.round(Number(n) * 10_000));

export const CHINESE: readonly GlossRule[] = [
  [/(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  [/(\d{1,2})\s?月\s?(\d{1,2})\s?[日号號]/g, (_, m = '', d = '') => ` ${day(undefined, m, d)} `],
  [/\[?(\d{4})\.(\d{1,2})\.(\d{1,2})\]?/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  // Taiwan writes a day with slashes ("日期：2024/02/01"); a weekday in brackets after a day ("12/18（一）") is dropped.
  [/(?<![\d/])(\d{4})\/(\d{1,2})\/(\d{1,2})(?![\d/])/g, (_, y = '', m = '', d = '') => ` ${day(y, m, d)} `],
  // "（12/18–12/21）": a span of one month's days is written "December 18–21", as a headline's week.
  [
    /(?<![\d/.:,])(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])\s?[–—~～-]\s?(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/.:,])/g,
    (all, m = '', d = '', m2 = '', d2 = '') => (Number(m) === Number(m2) ? ` ${day(undefined, m, d)}–${String(Number(d2))} ` : all),
  ],
  // "12/18" is December 18: Chinese writes the month first (not a PTT push's "02/02 08:31", a time stamp).
  [/(?<![\d/.:,])(1[0-2]|0?[1-9])\/([12]\d|3[01]|0?[1-9])(?![\d/.:,]|\s\d{1,2}:\d\d)/g, (_, m = '', d = '') => ` ${day(undefined, m, d)} `],
  [/(?<=\d)[ ]?[（(]\s?(?:星期|週|周|禮拜|礼拜)?[一二三四五六日天]\s?[)）]/g, ''],
  // "昨天(21日)": the day without a month, set off by a comma as in Korean.
  [/(?<![\d月])(\d{1,2})\s?[日号號](?![\d])/g, (_, d = '') => ` on ${ordinal(d)}, `],
  [/(\d{4})\s?年/g, ' $1 '],
  [/((?<!\d\.?)\d{1,9}(?:\.\d{1,6})?)\s?[萬万]\s?(?:名|人|份|位)?/g, (_, n = '') => ` ${wan(n)} candidates `],
  // "三天内共发出11,650份" (a total of 11,650 in three days): the rounds' total, no round's count.
  [/(?:三|3)\s?天\s?(?:内|內)\s?(?:共|合共|总共|總共|累计|累計)?/g, ' in three days a total of '],
  [/(?:两|兩|二|2)\s?天\s?(?:内|內)\s?(?:共|合共|总共|總共|累计|累計)?/g, ' in two days a total of '],
  // "第71輪…，共發出290份邀請" (round 71 … issued 290 in all): the count of the round the clause names, no total of several.
  [/(?<=第\s?[1-9]\d{1,2}\s?(?:輪|轮)[^.;\n]{0,40}?)(?:共|合共|总共|總共)(?=\s?(?:發出|发出|邀請|邀请|發放|发放|签发|簽發))/g, ' '],
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
  // "第63輪", "第 99 輪": a round number of 2015–2018, but "今年以來的第10輪" (this year's tenth) counts one year's rounds (and
  // the reader drops a number that does not fit the round's year).
  [/(?<!年[^，。,.;\n]{0,5})第\s?(?<!\d)([1-9]\d)\s?(?:輪|轮)(?!次)/g, ' draw #$1 '],
  // What is left ("今年第10輪", this year's tenth; "第3輪"), "5次", "兩周" are counts and spans: dropped.
  [/第?\s?(?<!\d)\d{1,9}\s?(?:輪|轮|次|批|周|週|天|個月|个月)/g, ' '],
  // "兩輪抽籤", "两轮快速通道（Express Entry）抽签" (two Express Entry draws): the words of one count of rounds.
  [/(?:兩|两)\s?(?:輪|轮)(?:\s?(?:快速通道|特快入境)?\s?(?:[（(]\s?Express Entry\s?[)）])?\s?(?:抽籤|抽签|抽簽))?/g, ' two draws '],
  [/三\s?(?:輪|轮)(?:\s?(?:快速通道|特快入境)?\s?(?:[（(]\s?Express Entry\s?[)）])?\s?(?:抽籤|抽签|抽簽))?/g, ' three draws '],
  [/四\s?(?:輪|轮)(?:\s?(?:快速通道|特快入境)?\s?(?:[（(]\s?Express Entry\s?[)）])?\s?(?:抽籤|抽签|抽簽))?/g, ' four draws '],
  // Hong Kong writes a tie "平手" ("平手規則：2025年9月9日").
  [/(?:同分規則|同分规则|同分截止時間|同分截止时间|平手規則|平手规则|平手時間|平手时间)/g, ' tie-breaking rule '],
  // "同分規則：#275 為 2023/11/06 14:40:23 UTC；#278 為 …" (the tie-break of round 275 was …): a list of tie-breaks by round
  // number, one a line under its heading, as the reader reads them.
  [/(?<=tie-breaking rule\s?:)[^\n]*/g, (items) => items.replace(/\s?#\s?(\d{2,3})\s?(?:為|为|是)\s?([^;\n]{6,60}?)\s?(?:;|\.?(?=\s*$))/g, '\n#$1 — $2')],
  // A table's or a card's labels ("輪次	日期	類別	邀請人數	最低分數", "日期：2024/02/01"), not the words inside a sentence.
  [/(?<=^|\t)(?:輪次|轮次)(?=\t|\s?:)/gm, 'Round'],
  [/(?<=^|\t)(?:日期)(?=\t|\s?:)/gm, 'Date'],
  [/(?<=^|\t)(?:類別|类别)(?=\t|\s?:)/gm, 'Category'],
  // "CRS 分數分布更新" (an update of the pool's distribution of scores): a page about the pool, not a round.
  [/(?:池\s?(?:內|内)?\s?)?(?:CRS\s?)?(?:分數|分数)\s?(?:分布|分佈)/g, ' distribution of CRS scores '],
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
  // "周五（26日）…同時進行了兩輪抽籤" (held two draws at the same time on Friday the 26th): the day is both rounds'.
  [/(?:同時|同时|同日)?\s?(?:進行了|进行了|舉行了|举行了|進行|进行|舉行|举行)/g, ' held '],
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
  // "本週 EE 抽籤總整理" (this week's EE draws, all in one): the page tells the week's rounds.
  [/(?:本週|本周|今個禮拜|今個星期|這週|这周|今週)\s?(?:EE|Express Entry|快速通道)?\s?(?:抽籤|抽签|抽簽)/g, ' Express Entry draws this week '],
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
