import { applyGloss, glossDay, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Japanese draw news glossed into the English the reader knows, as `gloss.ts` does for Chinese (docs/parser.md,
 * "Thirteenth round"): dates ("2025年9月18日" → "September 18, 2025"), counts with their counter ("1,250名" →
 * "1,250 candidates"), scores ("752点", "375ポイント" → "752 points"), and the words of a draw report. What the
 * glossary does not know is dropped, so a sentence it cannot place gives no fact. "約" (about) stays a hedge.
 */

const KANA = /[\u3040-\u30ff]/g;

/** Enough kana that the page is Japanese, not a name in katakana. */
export function isJapanese(text: string): boolean {
  return (text.match(KANA) ?? []).length >= 10;
}

const WEEKDAYS: Readonly<Record<string, string>> = { 月: 'Monday', 火: 'Tuesday', 水: 'Wednesday', 木: 'Thursday', 金: 'Friday', 土: 'Saturday', 日: 'Sunday' };

const ORDINAL_SUFFIX = (n: number): string => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');
const day = (y: string, m: string, d: string): string => ` ${glossDay(y, m, d) ?? ''} `;

const RULES: readonly GlossRule[] = [
  [/[\u3002\uff61]/g, '. '],
  // Two labels on a line ("招待数：1,800人(ideographic space)最低CRS：436点", its ideographic space a plain one by now): a line each.
  [/(?<=[^\s：:])[ \t]+(?=(?:最低|招待数|招待人数|タイブレーク)[^\s：:]{0,8}[：:])/g, '\n'],
  [/[\u3001]/g, ', '],
  // "7月1日〜7月6日": a span of days.
  [/\s?[\u301c~]\s?/g, ' - '],
  [/[\u300c\u300d\u300e\u300f\u3010\u3011]/g, ' '],
  // Dates. An era's year first: "令和元年" is 2019, "令和6年" 2024, "平成30年" 2018.
  [/(令和|平成)\s?(元|\d{1,2})\s?年/g, (_, era = '', n = '') => `${(era === '令和' ? 2018 : 1988) + (n === '元' ? 1 : Number(n))}年`],
  [/(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (_, y = '', m = '', d = '') => day(y, m, d)],
  [/(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (_, m = '', d = '') => day('', m, d)],
  // "7/2（火）": month first, then the day, with its weekday.
  [/(?<![\d/])(\d{1,2})\/(\d{1,2})\s?[（(][月火水木金土日][）)]/g, (_, m = '', d = '') => day('', m, d)],
  // "3回の選考" (three rounds): a count of draws.
  [/([2-9])\s?回の\s?(?=選考|ドロー|抽選)/g, ' $1 draws '],
  // "28日（現地時間）" (the 28th, local time): the day without its month.
  [/(?<![\d月])(\d{1,2})\s?日(?![\d])/g, (_, d = '') => ` on the ${d}${ORDINAL_SUFFIX(Number(d))}, `],
  [/(\d{4})\s?年/g, ' $1 '],
  // "第252回選考", "第128回ドロー": IRCC's round number, named with the word for the round (not any "第…回", an event's count).
  // Also a card's "■ 2月1日（水）第239回 州推薦プログラム（PNP）": the number before the round's program.
  [/第\s?([1-9]\d{1,2})\s?回(?=\s?の?\s?(?:選考|ドロー|抽選|ラウンド|招待)|\s+(?:州推薦|連邦|カナダ経験|フランス語|医療|STEM|全プログラム|一般|CEC|PNP|FSW|FST))/g, ' draw #$1 '],
  // "ドローを2回実施しました" (held two draws).
  [/(?:ドロー|選考|抽選)を\s?([2-9])\s?回\s?実施/g, ' held $1 draws '],
  [/招待(?:数|人数)\s?[：:]\s?/g, ' number of invitations: '],
  [/タイブレーク/g, ' tie-breaking rule '],
  [/選考/g, ' draw '],
  // "今週の水曜には" (this Wednesday): a weekday.
  [/(?:今週の)?([月火水木金土日])曜日?(?:には|に|は)?/g, (_, w = '') => ` on ${WEEKDAYS[w] ?? ''} `],
  // "ITAを1,250名に発行しました" (issued ITAs to 1,250), "27,332人にITAを発給" (gave 27,332 ITAs), "3,800人に招待状が届きました".
  [/(?:ITA|招待状?)を\s?((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)に\s?(?:発行|発給|送付|送)/g, ' issued $1 invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)に\s?(?:[^\s。\d]{1,10}の\s?)?(?:ITA|招待状?)(?:\s?[（(]ITA[）)])?(?:を|が)?\s?(?:発行|発給|送付|送|届)/g, ' $1 candidates received invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)の\s?(?:エクスプレス・?エントリー)?\s?候補者(?:を|に)?[^。\d]{0,30}?招待/g, ' invited $1 candidates '],
  [/招待状\s?((?<!\d,?)\d[\d,]{0,15})\s?件/g, ' $1 invitations '],
  // "CRS505", "752点以上" (752 and above: the least score invited), "375ポイント".
  [/CRS\s?(\d{2,4})(?![\d,])/g, ' CRS $1 '],
  [/(\d{2,4})\s?(?:点|ポイント)\s?以上/g, ' $1 or more points '],
  [/(\d{2,4})\s?(?:点|ポイント)/g, ' $1 points '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)/g, ' $1 candidates '],
  [/(?:カットオフ|合格最低ライン)(?:スコア)?|最低(?:得点|点数|スコア)?/g, ' minimum CRS score '],
  [/少なくとも/g, ' at least '],
  [/約/g, ' about '],
  [/合計/g, ' a total of '],
  [/前回|前の/g, ' the previous draw '],
  [/今回/g, ' this draw '],
  [/今週の/g, ' this week in '],
  [/今週/g, ' this week '],
  [/今日/g, ' today '],
  [/(?:抽選|ドローイング|ドロー)/g, ' draw '],
  [/エクスプレス・?エントリー/g, ' Express Entry '],
  [/(?:カナダ)?移民局/g, ' IRCC '],
  [/技能職(?:\s?\(トレード\))?|トレード/g, ' trades occupations '],
  [/医療(?:従事者)?|ヘルスケア/g, ' healthcare '],
  [/フランス語/g, ' French-speaking '],
  // The provinces, whose own rounds are no Express Entry draws ("オンタリオ州は3,333人の候補者を移民に招待").
  [/オンタリオ(?:州)?/g, ' Ontario '],
  [/(?:ブリティッシュ・?コロンビア|BC)州/g, ' British Columbia '],
  [/アルバータ(?:州)?/g, ' Alberta '],
  [/サスカチュワン(?:州)?/g, ' Saskatchewan '],
  [/マニトバ(?:州)?/g, ' Manitoba '],
  [/ノバ・?スコシア(?:州)?/g, ' Nova Scotia '],
  [/ニュー・?ブランズウィック(?:州)?/g, ' New Brunswick '],
  [/プリンス・?エドワード・?アイランド(?:州)?/g, ' Prince Edward Island '],
  [/(?:州ノミネーション(?:プログラム)?|州推薦)/g, ' Provincial Nominee Program '],
  [/(?:カナディアン・?エクスペリエンス・?クラス)/g, ' Canadian Experience Class '],
];

export function glossJapanese(text: string): string {
  // A number still glued to the script has a unit the glossary does not know: no fact.
  const out = applyGloss(text, RULES).replace(/(?<!\d[,.]?)\d[\d,.]{0,20}(?=[\u3040-\u30ff\u4e00-\u9fff])/g, ' ');
  // A label line ("招待数：920人" under "■ 7/2（火）…") starts with a capital, or it would read as the line above wrapped.
  return tidyGloss(out.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u30fc\u25a0\u30fb]+/g, ' ')).replace(
    /^([ \t]*)([a-z])(?=[^\n:]{0,40}:)/gm,
    (_, space: string, letter: string) => space + letter.toUpperCase(),
  );
}
