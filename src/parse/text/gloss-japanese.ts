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

const day = (y: string, m: string, d: string): string => ` ${glossDay(y, m, d) ?? ''} `;

const RULES: readonly GlossRule[] = [
  [/[\u3002\uff61]/g, '. '],
  [/[\u3001]/g, ', '],
  [/[\u300c\u300d\u300e\u300f\u3010\u3011]/g, ' '],
  // Dates.
  [/(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (_, y = '', m = '', d = '') => day(y, m, d)],
  [/(\d{1,2})\s?月\s?(\d{1,2})\s?日/g, (_, m = '', d = '') => day('', m, d)],
  [/(\d{4})\s?年/g, ' $1 '],
  // "今週の水曜には" (this Wednesday): a weekday.
  [/(?:今週の)?([月火水木金土日])曜日?(?:には|に|は)?/g, (_, w = '') => ` on ${WEEKDAYS[w] ?? ''} `],
  // "ITAを1,250名に発行しました" (issued ITAs to 1,250), "27,332人にITAを発給" (gave 27,332 ITAs), "3,800人に招待状が届きました".
  [/(?:ITA|招待状?)を\s?((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)に\s?(?:発行|発給|送付|送)/g, ' issued $1 invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s?(?:名|人)に\s?(?:ITA|招待状?)(?:を|が)?\s?(?:発行|発給|送付|送|届)/g, ' $1 candidates received invitations '],
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
  [/今週/g, ' this week '],
  [/今日/g, ' today '],
  [/(?:抽選|ドローイング|ドロー)/g, ' draw '],
  [/エクスプレス・?エントリー/g, ' Express Entry '],
  [/(?:カナダ)?移民局/g, ' IRCC '],
  [/技能職(?:\s?\(トレード\))?|トレード/g, ' trades occupations '],
  [/医療(?:従事者)?/g, ' healthcare '],
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
  return tidyGloss(out.replace(/[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u30fc]+/g, ' '));
}
