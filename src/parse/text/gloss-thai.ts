import { GLOSS_COUNT, commonEraYear, finishGloss, hasEnough, markEarlier, monthNamer, nfkcPattern, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Thai draw news glossed into the English the reader knows, as `gloss-tamil.ts` does for Tamil (docs/parser.md, "Indonesian,
 * Malay and Thai"): months in full and abbreviated ("30 พ.ค. 2567" → "May 30, 2024"), Buddhist-era years (2567 is 2024: 543
 * less), counts with their counter ("2,985 คน" → "2,985 candidates"), cut-offs ("คะแนน CRS ขั้นต่ำ" → "minimum CRS score"),
 * round numbers ("รอบที่ 296" → "draw #296"), programs and the words of a draw report. What the glossary does not know is
 * dropped; a line that speaks of an earlier draw ("ครั้งก่อน", "รอบก่อน", "ก่อนหน้านี้", before this) is context.
 */

const THAI = /[\u0e00-\u0e7f]/g;

/** Enough Thai that it is the page's language, not a name. */
export const isThai = (text: string): boolean => hasEnough(text, THAI);

const H = String.raw`\u0e00-\u0e7f`;
/** Each month in full and abbreviated ("มี.ค." before "ม.ค."), in the NFKC form the page is read in (see `nfkc` below). */
const MONTHS: MonthTable = (
  [
    ['มกราคม|ม\\.\\s?ค\\.', 'January'],
    ['กุมภาพันธ์|ก\\.\\s?พ\\.', 'February'],
    ['มีนาคม|มี\\.\\s?ค\\.', 'March'],
    ['เมษายน|เม\\.\\s?ย\\.', 'April'],
    ['พฤษภาคม|พ\\.\\s?ค\\.', 'May'],
    ['มิถุนายน|มิ\\.\\s?ย\\.', 'June'],
    ['กรกฎาคม|ก\\.\\s?ค\\.', 'July'],
    ['สิงหาคม|ส\\.\\s?ค\\.', 'August'],
    ['กันยายน|ก\\.\\s?ย\\.', 'September'],
    ['ตุลาคม|ต\\.\\s?ค\\.', 'October'],
    ['พฤศจิกายน|พ\\.\\s?ย\\.', 'November'],
    ['ธันวาคม|ธ\\.\\s?ค\\.', 'December'],
  ] as const
).map(([words, english]) => [words.normalize('NFKC'), english] as const);
const MONTH = `(${MONTHS.map(([words]) => words).join('|')})`;
const monthOf = monthNamer(MONTHS);
const year = commonEraYear;
const YEAR = String.raw`(?:\s?(?:พ\.\s?ศ\.|ค\.\s?ศ\.)?\s?((?:19|20|24|25)\d\d))?`;

const NUM = GLOSS_COUNT;
const SCRIPT = script('\u0e00-\u0e7f');

const WRITTEN: readonly GlossRule[] = [
  // Dates: "30 พ.ค. 2567", "31 มกราคม 2562", "7 ต.ค.", "วันที่ 24 เม.ย. 2567"; a month and year ("ตุลาคม 2024"); a month alone.
  [new RegExp(String.raw`(?:วันที่\s?)?(?<!\d)(\d{1,2})\s?${MONTH}${YEAR}`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${year(y)}` : ''} `],
  [new RegExp(String.raw`(?:เดือน)?${MONTH}${YEAR}`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)}${y ? ` ${year(y)}` : ''} `],
  [/(?:พ\.\s?ศ\.|ปี)\s?(2[45]\d\d)(?!\d)/g, (_, y = '') => ` ${year(y)} `],
  [/เวลา\s?(?=\d{1,2}[:.]\d{2})/g, ' at '],
  [/(\d{1,2}[:.]\d{2}(?::\d{2})?)\s?น\./g, ' $1 '],
  // Spans of time ("กว่า 1 เดือน", over a month; "2 สัปดาห์", two weeks): no fact.
  [/(?<![\d,.])\d{1,3}\s?(?:เดือน|สัปดาห์|วัน|ปี|ชั่วโมง|นาที)(?![\d])/g, ' '],
  [/สัปดาห์นี้\s?ไม่มี(?:การดึง|รอบ)/g, ' no draw this week '],
  [/นับถึงวันนี้/g, ' as of today '],
  [/วันนี้/g, ' today '],
  [/เมื่อวันที่/g, ' on '],
  [/ยังคงเป็น/g, ' is still '],
  [/ซึ่ง/g, ', which '],
  [/เมื่อวาน(?:นี้)?/g, ' yesterday '],
  [/เมื่อคืน(?:นี้)?/g, ' last night '],
  [/สัปดาห์นี้/g, ' this week '],
  [/สัปดาห์(?:ที่แล้ว|ก่อน)/g, ' last week '],
  // A card's labels: "วันที่" (date), "ประเภท" (category), "จำนวนคำเชิญ" (number of invitations), "คะแนน CRS ขั้นต่ำ" (minimum CRS score).
  [/(?:วันที่|วัน)(?=\s?[:\t])/g, ' Date '],
  [/ประเภท(?=\s?[:\t])/g, ' Program '],
  [/รอบ(?=\s?\t)/g, ' Draw '],
  [/จำนวน(?:คำเชิญ|ITA)/g, ' Number of invitations '],
  [/คะแนน\s?(?:CRS\s?)?(?:ขั้นต่ำ|ต่ำสุด)/g, ' minimum CRS score '],
  [/CRS\s?(?:ขั้นต่ำ|ต่ำสุด)/g, ' minimum CRS '],
  [/กฎ\s?(?:ไท\s?เบรก|การตัดสินเสมอ)/g, ' tie-breaking rule '],
  // Rounds: "รอบที่ #296", "รอบที่ 110" (draw #296); "รอบที่แล้ว", "ครั้งก่อน" (the previous draw).
  [/(?:รอบ|ครั้ง)ที่\s?#?\s?([1-9]\d{1,2})(?![\d,])/g, ' draw #$1 '],
  [/(?:รอบ|ครั้ง)(?:ที่แล้ว|ก่อน(?:หน้า(?:นี้)?)?)/g, ' the previous draw '],
  [/ก่อนหน้า(?:นี้)?/g, ' previously '],
  [/(?:รอบ|ครั้ง)ล่าสุด/g, ' the latest draw '],
  [/(?:รอบ|ครั้ง)นี้/g, ' this draw '],
  // Counts: "2,985 คน", "391 ราย" (candidates), "5,961 ฉบับ" (invitations), "+600 คะแนน" (points).
  [new RegExp(String.raw`${NUM}\s?(?:คน|ราย)(?![${H}])`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s?(?:คน|ราย)`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`${NUM}\s?ฉบับ`, 'g'), ' $1 invitations '],
  [/(\d{1,4})\s?คะแนน/g, ' $1 points '],
  [/คะแนน/g, ' score '],
  [/อยู่ที่/g, ' was '],
  [/คำเชิญ/g, ' invitations '],
  [/ได้รับ(?:คำ)?เชิญ/g, ' were invited '],
  [/เชิญ/g, ' invited '],
  // Draws: "การดึง" (a draw), "ดึง" (drew), "ไม่มีการดึง" (no draw).
  [/ไม่มี(?:การดึง|รอบ)/g, ' no draw '],
  // "สรุปการดึง … ประจำเดือนตุลาคม" (the summary of October's draws); "ดึง 2 รอบ", "ทั้งหมด 6 รอบ" (2 draws, 6 in all).
  [/สรุป(?:รายเดือน)?(?:การดึง\s?Express Entry)?/g, ' Summary of Express Entry draws '],
  [/จัด(?:การ)?(?=รอบ|การดึง)/g, ' held '],
  [/(?:รอบ)?(?:การดึง|ดึง)\s?Express Entry/g, ' Express Entry draw '],
  [/(?:ดึง\s?)?(?<![\d,])([2-9])\s?รอบ/g, ' $1 draws '],
  [/(?:การดึง|การจับฉลาก)/g, ' draw '],
  [/ดึง/g, ' held a draw '],
  [/รอบ/g, ' draw '],
  // Programs.
  [/ภาษาฝรั่งเศส/g, ' French-language '],
  [/(?:การดูแลสุขภาพ|สาธารณสุข|สุขภาพ)/g, ' healthcare '],
  [/(?:อาชีพ)?ช่าง(?:ฝีมือ)?/g, ' trade occupations '],
  [/(?:การ)?ศึกษา/g, ' education '],
  [/(?:ทุกโปรแกรม|ทุกประเภท)/g, ' all-program '],
  [/(?:โครงการ)?(?:เสนอชื่อ(?:ระดับ)?(?:จังหวัด|มณฑล))/g, ' Provincial Nominee Program '],
  [/แพทย์ที่มีประสบการณ์ทำงานในแคนาดา/g, ' physicians with Canadian work experience '],
  [/ประสบการณ์ทำงานในแคนาดา/g, ' Canadian work experience '],
  [/(?:ชั้น|ประเภท|กลุ่ม)?ประสบการณ์แคนาดา/g, ' Canadian Experience Class '],
  [/(?:คาดว่า|คาดการณ์|อาจจะ|อาจ|จะ)/g, ' expected '],
];

/**
 * The rules as the reader's text writes Thai: NFKC (clean-text.ts) splits "ำ" into "ํา", so "คำเชิญ" (invitation) and "ขั้นต่ำ"
 * (minimum) are matched in that form, and a page is normalized the same way.
 */
const nfkc = nfkcPattern;
const RULES: readonly GlossRule[] = WRITTEN.map(([p, to]): GlossRule => [nfkc(p), to]);

/** A line that speaks of an earlier draw ("ครั้งก่อน", "รอบก่อน", "ก่อนหน้านี้", "รอบที่แล้ว"): context from its start. */
const EARLIER = nfkc(/ครั้งก่อน|รอบก่อน|ก่อนหน้า|ที่แล้ว/);

export function glossThai(text: string): string {
  return finishGloss(markEarlier(text.normalize('NFKC'), EARLIER, /([\n])/), RULES, SCRIPT);
}
