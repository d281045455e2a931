import { GLOSS_COUNT, commonEraYear, finishGloss, glossDay, markEarlier, monthNamer, mostlyScript, nfkcPattern, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Lao draw news glossed into the English the reader knows, as `gloss-thai.ts` does for Thai (docs/parser.md, "Igbo and Lao"):
 * Lao digits, the Lao names of the Gregorian months ("2 ເມສາ 2026" → "April 2, 2026"; Buddhist-era years, 543 more, read too),
 * weekdays ("ວັນພະຫັດ" → "Thursday"), "ມື້ນີ້" (today), "ວານນີ້" (yesterday); rounds ("ຮອບທີ 408", "ຮອບ #372" → "draw #408"),
 * counts with their counter ("400 ຄົນ" → "400 candidates", "3,000 ໃບເຊີນ" → "3,000 invitations"), cut-offs ("ຄະແນນ CRS ຕ່ຳສຸດ" →
 * "minimum CRS score"), the tie-break ("ກົດການຕັດສິນຄະແນນເທົ່າກັນ"), a table's labels, programs and the words of a draw report.
 * What the glossary does not know is dropped; a line that speaks of an earlier draw ("ຫຼັງຈາກ", after; "ຈາກ … ໃນຮອບ", from …
 * in the round) is context.
 */

const L = String.raw`\u0e80-\u0eff`;
const LETTERS = new RegExp(`[${L}]`, 'g');

/** Enough Lao that it is the page's language, not a name. */
export const isLao = (text: string): boolean => mostlyScript(text, LETTERS);

/** In the NFKC form the page is read in (clean-text.ts: "ຳ" splits into "ໍາ", "ໝ" into "ຫມ"). */
const nfkc = nfkcPattern;

const MONTHS: MonthTable = [
  ['ມັງກອນ', 'January'],
  ['ກຸມພາ', 'February'],
  ['ມີນາ', 'March'],
  ['ເມສາ', 'April'],
  ['ພຶດສະພາ', 'May'],
  ['ມິຖຸນາ', 'June'],
  ['ກໍລະກົດ', 'July'],
  ['ສິງຫາ', 'August'],
  ['ກັນຍາ', 'September'],
  ['ຕຸລາ', 'October'],
  ['ພະຈິກ', 'November'],
  ['ທັນວາ', 'December'],
];
const MONTH = String.raw`(?:ເດືອນ\s?)?(${MONTHS.map(([lo]) => lo).join('|')})`;
const monthOf = monthNamer(MONTHS);
/** A year of the Buddhist era (2400 and on) in the common era: "2569" is 2026. */
const year = commonEraYear;
const YEAR = String.raw`(?:\s?(?:ປີ\s?|ພ\.\s?ສ\.\s?|ຄ\.\s?ສ\.\s?)?((?:19|20|25)\d\d)(?!\d))?`;

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['ຈັນ', 'Monday'],
  ['ອັງຄານ', 'Tuesday'],
  ['ພຸດ', 'Wednesday'],
  ['ພະຫັດ', 'Thursday'],
  ['ສຸກ', 'Friday'],
  ['ເສົາ', 'Saturday'],
];

const NUM = GLOSS_COUNT;
const SCRIPT = script(L);

const WRITTEN: readonly GlossRule[] = [
  // A recap: "ສະຫຼຸບປະຈຳອາທິດ" (the week's summary), "ສະຫຼຸບປະຈຳເດືອນ" (the month's), "ສະຫຼຸບ" (summary).
  [/ສະຫຼຸບປະຈຳອາທິດ/g, ' Weekly summary '],
  [/ສະຫຼຸບປະຈຳເດືອນ/g, ' Monthly recap '],
  [/(?:ສະຫຼຸບ|ທົບທວນ)ປີ\s?((?:19|20)\d\d)(?!\d)/g, ' $1 recap '],
  [/ສະຫຼຸບ(?:ການຈັບສະຫຼາກ)?/g, ' Summary of '],
  [/ອັບເດດ/g, ' Update '],
  [/ຄູ່ມື/g, ' Guide '],
  [/ຕົວຢ່າງ/g, ' For example, '],
  [/ຄາດຄະເນ|ການຄາດການ/g, ' forecast '],
  [/ຄາດວ່າ|ອາດຈະ/g, ' expected '],
  // A forecast: "ຮອບ CEC ຕໍ່ໄປ" (the next CEC draw), "ຈະ" (will), "ອາດ" (may), "ອາທິດໜ້າ" (next week).
  [/ຮອບ\s?((?:[A-Z]{2,5}\s?)?)ຕໍ່ໄປ/g, ' the next $1 draw '],
  [/ຕໍ່ໄປ/g, ' next '],
  [/ອາທິດໜ້າ/g, ' next week '],
  [/ຈະ/g, ' will '],
  [/ອາດ/g, ' may '],
  // A guide's "ໃນຮອບ CEC ຄັ້ງລ່າສຸດ (5 ສິງຫາ 2026)": in the last CEC draw, an earlier round.
  [/ໃນຮອບ\s?((?:[A-Z]{2,5}\s?)?)ຄັ້ງ(?:ລ່າສຸດ|ຫຼ້າສຸດ|ກ່ອນ)/g, ' In the last $1 draw '],
  // Days: "2 ເມສາ 2026", "ວັນທີ 20 ພະຈິກ 2025", "14 ຕຸລາ"; a span ("22–25 ມິຖຸນາ 2026"); a month with its year; a month alone.
  [
    new RegExp(String.raw`(?<![\d,])(\d{1,2})\s?[-\u2013]\s?(\d{1,2})\s?${MONTH}${YEAR}`, 'g'),
    (_, a = '', b = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(a))}-${String(Number(b))}${y ? `, ${year(y)}` : ''} `,
  ],
  [new RegExp(String.raw`(?:ວັນທີ\s?)?(?<![\d,])(\d{1,2})\s?${MONTH}${YEAR}`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${year(y)}` : ''} `],
  [new RegExp(String.raw`${MONTH}${YEAR}`, 'g'), (_, m = '', y = '') => ` ${monthOf(m)}${y ? ` ${year(y)}` : ''} `],
  [/ປີ\s?((?:19|20)\d\d)(?!\d)/g, ' $1 '],
  // Weekdays: "ວັນພະຫັດ," and, on a dateline before its day, "ສຸກ 20 ສິງຫາ" (Friday); "ວັນອາທິດ" (Sunday), not "ອາທິດ" (a week).
  [/ວັນອາທິດ/g, ' Sunday, '],
  ...WEEKDAYS.map(([lo, en]): GlossRule => [
    new RegExp(String.raw`ວັນ(?:${lo})|(?<![${L}])(?:${lo})(?=\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d)`, 'g'),
    ` ${en}, `,
  ]),
  [/ໃນ(?=\s?(?:ເດືອນ|ປີ\s?(?:19|20)\d\d))/g, ' In '],
  [/(?:ເມື່ອ)?ມື້ວານຊືນ/g, ' the day before yesterday '],
  [/(?:ເມື່ອ)?(?:ມື້)?ວານນີ້|ມື້ວານ/g, ' yesterday '],
  [/ມື້ນີ້/g, ' today '],
  [/ອາທິດນີ້/g, ' this week '],
  [/ອາທິດ(?:ທີ່ແລ້ວ|ກ່ອນ)/g, ' last week '],
  [/ເວລາ\s?(?=\d{1,2}:\d{2})/g, ' at '],
  // Spans of time ("60 ວັນ", "2 ອາທິດ"): no fact.
  [/(?<![\d,.])\d{1,3}\s?(?:ວັນ(?!ທີ)|ອາທິດ|ເດືອນ|ປີ)/g, ' '],
  // Datelines: "ເຜີຍແຜ່:" (published), "ໂພສເມື່ອ" (posted on); a byline ("ໂດຍ …", by) goes with its Lao name.
  [/ເຜີຍແຜ່(?=\s?:)/g, ' Published '],
  [/ໂພສເມື່ອ/g, ' Posted on '],
  // A table's labels: "ວັນທີ | ຮອບ | ໂຄງການ | ໃບເຊີນ | CRS" (date, draw, program, invitations), a card's "ຈຳນວນໃບເຊີນ" (number of invitations).
  [/ວັນທີ(?=\s?[|\t:])/g, ' Date '],
  [/(?<=[|\t]\s?)ຮອບ(?=\s?[|\t])/g, ' Draw '],
  [/(?<=[|\t]\s?)ໂຄງການ(?=\s?[|\t])/g, ' Program '],
  [/(?<=[|\t]\s?)ໃບເຊີນ(?=\s?[|\t])/g, ' Invitations '],
  [/ຈຳນວນ(?:ໃບເຊີນ|ITA)/g, ' Number of invitations '],
  [/ຄະແນນ\s?(?:CRS\s?)?ຕ່ຳສຸດ(?:\s?ແມ່ນ)?|CRS\s?ຕ່ຳສຸດ/g, ' minimum CRS score '],
  [/(?:ກົດ|ເວລາ)(?:ການ)?ຕັດສິນຄະແນນເທົ່າກັນ/g, ' tie-breaking rule '],
  // Rounds: "ຮອບທີ 408", "ຮອບ #372" (draw #408), "2 ຮອບ" (2 draws), "ຮອບທຳອິດ" (the first draw), "ຮອບ … ຫຼ້າສຸດ" (the latest draw).
  [/(?:ນີ້ແມ່ນ\s?)?ຮອບທີ\s?#?\s?([1-9]\d{0,2})(?![\d,])/g, (all = '', n = '') => `${all.startsWith('ນີ້') ? ' This is' : ''} draw #${n} `],
  [/ຮອບ\s?#\s?([1-9]\d{0,2})(?![\d,])/g, ' draw #$1 '],
  [/ມີການຈັບສະຫຼາກ\s?(\d{1,3})\s?ຮອບ/g, ' there were $1 draws '],
  [/(?<![\d,])(\d{1,3})\s?ຮອບ/g, ' $1 draws '],
  [/ຮອບທຳອິດ/g, ' the first draw '],
  [/ຕິດຕໍ່ກັນ/g, ' in a row '],
  [/ຫຼ້າສຸດ/g, ' latest '],
  [/ກ່ອນໜ້າ(?:ນີ້)?/g, ' previously '],
  // Hedged counts: "ປະມານ 4,000" (about), "ຫຼາຍກວ່າ 500", "500 ກວ່າຄົນ" (more than), "ເຖິງ 5,000" (up to).
  [/ປະມານ(?=\s?\d)/g, ' about '],
  [/(?:ຫຼາຍກວ່າ|ຫລາຍກວ່າ|ເກີນ)(?=\s?\d)/g, ' more than '],
  [/ເຖິງ(?=\s?\d)/g, ' up to '],
  [new RegExp(String.raw`${NUM}\s?ກວ່າ\s?ຄົນ`, 'g'), ' more than $1 candidates '],
  [/ໄດ້ຮັບໃບເຊີນ/g, ' received invitations '],
  // Counts: "400 ຄົນ" (people), "3,000 ໃບເຊີນ" (invitations), "ມີ 3,000 ໃບເຊີນ" (there were).
  [new RegExp(String.raw`(?:ຜູ້ສະໝັກ\s?)?${NUM}\s?ຄົນ`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`(?:ມີ\s?)?${NUM}\s?ໃບເຊີນ`, 'g'), ' $1 invitations '],
  [/ໃບເຊີນ/g, ' invitations '],
  [/(?:ໄດ້)?ເຊີນ/g, ' invited '],
  [/ຜູ້ສະໝັກ/g, ' candidates '],
  [/ຄະແນນ(?:ຫຼຸດລົງ|ຫລຸດລົງ)/g, ' the score fell '],
  [/ຫຼຸດລົງ|ຫລຸດລົງ/g, ' fell '],
  [/ຄະແນນ/g, ' score '],
  [/ແມ່ນ(?=\s?\d)/g, ' was '],
  // Draws: "ໄດ້ຈັດ" (held), "ການຈັບສະຫຼາກ" (a draw), "ຮອບ" (a round).
  [/(?:ໄດ້)?ຈັດ(?:ການ)?(?=ຮອບ|ການຈັບສະຫຼາກ|\s?draw)/g, ' held '],
  [/(?:ການ)?ຈັບສະຫຼາກ/g, ' draw '],
  [/ຮອບ/g, ' draw '],
  // Programs.
  [/ພາສາຝຣັ່ງ/g, ' French-language '],
  [/(?:ອາຊີບ)?ສາທາລະນະສຸກ(?:\s?ແລະ\s?ບໍລິການສັງຄົມ)?/g, ' healthcare and social services '],
  [/(?:ກຸ່ມ)?(?:ອາຊີບ)?ຊ່າງ(?:ຝີມື)?/g, ' trade occupations '],
  [/(?:ກຸ່ມ)?(?:ອາຊີບ)?ກະສິກຳ(?:\s?ແລະ\s?ອາຫານກະສິກຳ)?/g, ' agriculture and agri-food occupations '],
  [/ແພດ/g, ' physicians '],
  [/ການສຶກສາ/g, ' education '],
  [/ທຸກໂຄງການ/g, ' all-program '],
  [/ຜູ້ຢູ່ອາໄສຖາວອນ|ຖິ່ນທີ່ຢູ່ຖາວອນ/g, ' permanent residence '],
  [/ລັດຖະບານການາດາ/g, ' the Government of Canada '],
  [/ການາດາ/g, ' Canada '],
  [/ຜ່ານລະບົບ/g, ' through '],
  [/ແລະ/g, ' and '],
  [/ຈາກ/g, ' from '],
  [/ສຳລັບ/g, ' for '],
];
const RULES: readonly GlossRule[] = WRITTEN.map(([p, to]): GlossRule => [nfkc(p), to]);

/** A line that speaks of an earlier draw ("ຫຼັງຈາກຮອບ", after the round; "ຈາກ 404 ໃນຮອບ", from 404 in the round): context from its start. */
const EARLIER = nfkc(/ຫຼັງຈາກ|ຫລັງຈາກ|ຈາກ\s?\d[\d,]*\s?ໃນຮອບ|ຮອບກ່ອນ|ທີ່ຜ່ານມາ/);

/** A table's day without its year at a row's start ("22/06 | 419 | PNP"): Lao writes the day first. */
const ROW_DAY = /(?<=^|\n)([ \t]*)(\d{1,2})\/(\d{1,2})(?=[ \t]?[|\t])/g;

/** "ຫຼຸດລົງຈາກ 517 ໃນຮອບກ່ອນ" (down from 517 in the previous draw): glossed before a line that speaks of an earlier draw is marked. */
const COMPARED = nfkc(new RegExp(String.raw`(ຫຼຸດລົງ|ຫລຸດລົງ|ລົດລົງ|ເພີ່ມຂຶ້ນ|ສູງຂຶ້ນ)\s?ຈາກ\s?(\d[\d,]*)\s?(?:ຄົນ|ຄະແນນ|ໃບເຊີນ)?\s?ໃນຮອບ(?:ກ່ອນ(?:ໜ້ານີ້)?|ທີ່ແລ້ວ|ທີ່ຜ່ານມາ)`, 'g'));
const compared = (text: string): string => text.replace(COMPARED, (_, v: string, n: string) => ` ${/ເພີ່ມ|ສູງ/.test(v) ? 'up' : 'down'} from ${n} in the previous draw `);

export function glossLao(text: string): string {
  const out = compared(text.normalize('NFKC'))
    .replace(/[\u0ed0-\u0ed9]/g, (d) => String(d.charCodeAt(0) - 0x0ed0))
    .replace(ROW_DAY, (all, space: string, d: string, m: string) => (Number(d) >= 1 && Number(d) <= 31 ? space + (glossDay(undefined, m, d) ?? all) : all));
  // A line or a sentence starts with a capital ("Today IRCC held …", ". Minimum CRS score"), and a weekday's comma is not doubled ("Thursday,, April 2").
  return finishGloss(markEarlier(out, EARLIER, /(\n|\.\s)/), RULES, SCRIPT)
    .replace(/,[ \t]*,/g, ',')
    .replace(/(^|\n|\.\s)([ \t]*)([a-z])/g, (_, start: string, space: string, letter: string) => start + space + letter.toUpperCase());
}
