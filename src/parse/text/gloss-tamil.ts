import { GLOSS_COUNT, applyGloss, finishGloss, glossDay, hasEnough, markEarlier, monthNamer, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Tamil draw news glossed into the English the reader knows, as `gloss-malayalam.ts` does for Malayalam (docs/parser.md,
 * "Eighteenth round"): counts with their noun ("5,500 விண்ணப்பதாரர்களுக்கு அழைப்புகளை வழங்கியது" → "5,500 candidates were
 * sent invitations", "733 பேருக்கு"), cut-offs ("குறைந்தபட்சம் 507 CRS" → "a minimum CRS score of 507", "812 CRS
 * மதிப்பெண்களைப் பெற்றனர்"), months, programs and the words of a draw report. What the glossary does not know is dropped; a
 * sentence that speaks of an earlier draw ("முந்தைய", previous; "கடந்த", last) is context.
 */

const TAMIL = /[\u0b80-\u0bff]/g;

/** Enough Tamil that it is the page's language, not a name. */
export const isTamil = (text: string): boolean => hasEnough(text, TAMIL);

const T = String.raw`\u0b80-\u0bff`;
const MONTHS: MonthTable = [
  ['ஜனவரி', 'January'],
  ['பிப்ரவரி|பெப்ரவரி', 'February'],
  ['மார்ச்', 'March'],
  ['ஏப்ரல்', 'April'],
  ['மே', 'May'],
  ['ஜூன்', 'June'],
  ['ஜூலை', 'July'],
  ['ஆகஸ்ட்|ஓகஸ்ட்', 'August'],
  ['செப்டம்பர்|செப்டெம்பர்', 'September'],
  ['அக்டோபர்|ஒக்டோபர்', 'October'],
  ['நவம்பர்', 'November'],
  ['டிசம்பர்|டிசெம்பர்', 'December'],
];
const MONTH = `(${MONTHS.map(([ta]) => ta).join('|')})`;
const monthOf = monthNamer(MONTHS);

const NUM = GLOSS_COUNT;
const SCRIPT = script('\u0b80-\u0bff');

/**
 * Sri Lankan usage (docs/parser.md "Mongolian, and Sri Lankan Tamil"), tried first: a day with its year ("ஜூலை 27, 2020", "2025
 * ஒக்டோபர் 02"), numeric days day first ("23.02.2017", "18-03-2026", "29/12/2025"), "சுற்று #160" / "சுற்று 405" (round 405),
 * "அழைப்பு விடுக்கப்பட்டது" (an invitation was extended), "குறைந்தபட்ச புள்ளி 441" (the minimum score), "சம புள்ளி விதி" (the
 * tie-break) and Australia ("அவுஸ்திரேலியா"), whose rounds are not Canada's.
 */
const SRI_LANKAN: readonly GlossRule[] = [
  [/(?:அவுஸ்திரேலியா|ஆஸ்திரேலியா)[\u0b80-\u0bff]*/g, ' Australia '],
  [/நியூசிலாந்து[\u0b80-\u0bff]*/g, ' New Zealand '],
  [/ஐக்கிய\sஇராச்சிய[\u0b80-\u0bff]*|பிரித்தானிய[\u0b80-\u0bff]*|இங்கிலாந்து[\u0b80-\u0bff]*/g, ' the United Kingdom '],
  // "வாராந்த மீள்பார்வை" (a weekly round-up, which tells the week's rounds) is not a month's recap.
  [/வாராந்த\s(?:மீள்பார்வை|மீளாய்வு)/g, ' Weekly recap '],
  [/மாதாந்த\s(?:மீள்பார்வை|மீளாய்வு)/g, ' monthly recap '],
  [/மீள்பார்வை|மீளாய்வு/g, ' Recap '],
  [/இந்த\sவாரம்(?![\u0b80-\u0bff])/g, ' this week '],
  // "நேற்று முன்தினம்" (the day before yesterday) is not "நேற்று" (yesterday).
  [/நேற்று\s?முன்\s?தினம்|முந்தாநாள்|முந்தநாள்/g, ' the day before yesterday '],
  // A forecast: "அடுத்த சுற்று" (the next round), "சுமார் 3,000" (about), "விடுக்கப்படலாம்" (may be issued), "515 ஆக இருக்கலாம்".
  [/அடுத்த(?![\u0b80-\u0bff])/g, ' the next '],
  [/சுமார்|ஏறத்தாழ|அண்ணளவாக|கிட்டத்தட்ட/g, ' about '],
  [/(?:அழைப்பு|அழைப்பிதழ்)[\u0b80-\u0bff]*\s(?:விடுக்க|வழங்க|அனுப்ப)ப்படலாம்/g, ' invitations may be issued '],
  [/குறைந்தபட்ச\s(?:CRS\s)?புள்ளி[\u0b80-\u0bff]*\s(\d{2,4})\s(?:ஆக\s)?இருக்கலாம்/g, ' the minimum score could be $1 '],
  [/(?:நடைபெற|நடத்தப்பட)லாம்/g, ' may be held '],
  [/போக்குவரத்து[\u0b80-\u0bff]*(?:\sதொழில்[\u0b80-\u0bff]*)?/g, ' transport occupations '],
  [new RegExp(String.raw`${MONTH}\s(\d{1,2}),\s(\d{4})(?!\d)`, 'g'), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${d}, ${y} `],
  [new RegExp(String.raw`(?<![\d.])(\d{4})\s${MONTH}\s(\d{1,2})(?!\d)`, 'g'), (_, y = '', m = '', d = '') => ` ${monthOf(m)} ${String(Number(d))}, ${y} `],
  [/(?<![\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\d./-])/g, (all, d = '', _s, m = '', y = '') => glossDay(y, m, d) ?? all],
  [new RegExp(String.raw`சுற்று\s#?(\d{1,3})(?![\d,])(?:\s?இல்)?`, 'g'), ' draw #$1 '],
  // "300 விண்ணப்பதாரிகளுக்கு அழைப்பு விடுக்கப்பட்டது" (300 applicants, in Sri Lanka's word, were invited).
  [new RegExp(String.raw`${NUM}\s(?:விண்ணப்பதாரர்|விண்ணப்பதாரி|வேட்பாளர்|பேர்|நபர்)[${T}]*\s(?:அழைப்பு|அழைப்பிதழ்)[${T}]*\sவிடுக்கப்பட்ட[${T}]*`, 'g'), ' $1 candidates were sent invitations '],
  [new RegExp(String.raw`(அழைப்பு|அழைப்பிதழ்)[${T}]*\sவிடுக்கப்பட்ட[${T}]*`, 'g'), ' invitations were issued '],
  [new RegExp(String.raw`குறைந்தபட்ச\s(?:CRS\s)?புள்ளி[${T}]*\s?(:\s?)?(\d{2,4})(?!\d)`, 'g'), ' the minimum score was $2 '],
  [/குறைந்தபட்ச(?=\sCRS)/g, ' minimum '],
  [/சம\sபுள்ளி\sவிதி/g, ' tie-breaking rule '],
  // "(ஆகஸ்ட் 19)": a list's day in brackets.
  [new RegExp(String.raw`\(${MONTH}\s(\d{1,2})\)`, 'g'), (_, m = '', d = '') => `(${monthOf(m)} ${d})`],
  [new RegExp(String.raw`${NUM}\s(?:அழைப்பு|அழைப்பிதழ்)(?:கள்|களை)?(?![${T}])`, 'g'), ' $1 invitations '],
];

const RULES: readonly GlossRule[] = [
  ...SRI_LANKAN,
  // Dates: "நவம்பர் 12-ஆம் தேதியன்று" (on November 12), "நவம்பர் 23 அன்று", "2023ன்" (of 2023).
  [new RegExp(String.raw`${MONTH}\s(\d{1,2})(?!\d)(?:-?ஆம்)?(?:\s?(?:தேதி[${T}]*|அன்று))?`, 'g'), (_, m = '', d = '') => ` on ${monthOf(m)} ${d}, `],
  // Day first: "25 பிப்ரவரி 2024" (February 25, 2024).
  [new RegExp(String.raw`(?<!\d)(\d{1,2})\s${MONTH}\s(\d{4})`, 'g'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${d}, ${y} `],
  [new RegExp(String.raw`(\d{4})(?:ன்|ஆம்\sஆண்டு|ஆண்டு)`, 'g'), ' $1 '],
  [/இன்று/g, ' today '],
  [/நேற்று/g, ' yesterday '],
  // "கட்-ஆஃப் 549" (a cut-off of 549), "பொது டிரா" (the general draw).
  [/கட்-?\s?ஆஃப்/g, ' cut-off '],
  [/பொது(?=\s?(?:டிரா|குலுக்கல்))/g, ' general '],
  // "327-வது சுற்றில்" (in the 327th round), "சுகாதாரத் துறை" (the health sector), "டை-பிரேக்கிங் விதி" (the tie-breaking rule).
  [new RegExp(String.raw`(?<!\d)(\d{1,3})-?வது\s(?:சுற்ற|டிரா)[${T}]*`, 'g'), ' the $1th round '],
  [new RegExp(String.raw`சுகாதார[${T}]*\s?துறை[${T}]*`, 'g'), ' healthcare '],
  [/டை-?\s?பிரேக்(?:கிங்)?(?:\sவிதி)?/g, ' tie-breaking rule '],
  [/சமீபத்திய/g, ' latest '],
  // Counts and what happened to them.
  [
    new RegExp(String.raw`${NUM}\s(?:விண்ணப்பதாரர்|விண்ணப்பதாரி|வேட்பாளர்|பேர்|நபர்)[${T}]*\s(?:[${T}]+\s){0,4}?(?:அழைப்பு|அழைப்பிதழ்)[${T}]*\s(?:வழங்க|அனுப்ப)[${T}]*`, 'g'),
    ' $1 candidates were sent invitations ',
  ],
  [new RegExp(String.raw`${NUM}\s(?:விண்ணப்பதாரர்|விண்ணப்பதாரி|வேட்பாளர்|பேர்|நபர்)[${T}]*\s(?:அழைக்கப்பட்ட|அழைத்துள்ள)[${T}]*`, 'g'), ' $1 candidates were invited '],
  [new RegExp(String.raw`${NUM}\s(?:விண்ணப்பதாரர்|விண்ணப்பதாரி|வேட்பாளர்|பேர்|நபர்)[${T}]*`, 'g'), ' $1 candidates '],
  [new RegExp(String.raw`(?:அழைப்பு|அழைப்பிதழ்)[${T}]*\s(?:வழங்கப்பட்ட|வழங்கிய|அனுப்ப)[${T}]*`, 'g'), ' invitations were issued '],
  // Cut-offs: "குறைந்தபட்சம் 507 CRS", "குறைந்தபட்ச CRS மதிப்பெண் 491", "812 CRS மதிப்பெண்களைப் பெற்றனர்" (had 812 CRS points).
  [/குறைந்தபட்சம்\s(\d{2,4})/g, ' a minimum CRS score of $1 '],
  [/குறைந்தபட்ச\sCRS\sமதிப்பெண்\s(\d{2,4})/g, ' the minimum CRS score was $1 '],
  [/குறைந்த\sதரவரிசையில்\sஉள்ளவர்கள்\s(\d{2,4})\sCRS\sமதிப்பெண்[\u0b80-\u0bff]*/g, ' the lowest-ranked candidates had $1 CRS points '],
  [/(\d{2,4})\sபுள்ளிகள்/g, ' $1 points '],
  // "இந்த வாரமும் … டிரா இல்லை" (no draw this week either), "எந்த … டிராவையும் நடத்தவில்லை" (held no draw).
  [/(?:டிரா|குலுக்கல்)[\u0b80-\u0bff]*\s?இல்லை/g, ' no draw '],
  [/நடத்தவில்லை|நடக்கவே\sஇல்லை/g, ' has not held '],
  [/(?:டிரா|குலுக்கல்)[\u0b80-\u0bff]*/g, ' draw '],
  [/எக்ஸ்பிரஸ்\s(?:என்ட்ரி|நுழைவு[\u0b80-\u0bff]*)/g, ' Express Entry '],
  [/மாகாண\sநியமன[\u0b80-\u0bff]*\sதிட்ட[\u0b80-\u0bff]*/g, ' Provincial Nominee Program '],
  [/கனடிய\sஅனுபவ\sவகுப்பு/g, ' Canadian Experience Class '],
  [/பிரெஞ்சு\sமொழி/g, ' French-language '],
  [/எதிர்பார்க்க[\u0b80-\u0bff]*/g, ' expected '],
];

/** A comparison with the round before, read before its sentence is taken for context: "இது முந்தைய சுற்றின் 520 இலிருந்து குறைவாகும்". */
const COMPARISON: readonly GlossRule[] = [
  [
    new RegExp(String.raw`(?:இது\s)?முந்தைய\sசுற்ற[${T}]*\s(\d{2,4})\s?(?:இலிருந்து|இல்\sஇருந்து|ஐ\s?விட)\s(குறை|அதிக|உயர்|கூட)[${T}]*`, 'g'),
    (_, n = '', way = '') => ` (${way === 'குறை' ? 'down' : 'up'} from ${n} in the previous round) `,
  ],
];

/** Tamil's own digits (௦ to ௯), written as the reader reads them. */
const westernDigits = (text: string): string => text.replace(/[\u0be6-\u0bef]/g, (d) => String(d.charCodeAt(0) - 0x0be6));

/**
 * A sentence that speaks of an earlier draw ("முந்தைய", previous; "கடந்த", last; "கடைசியாக", last time; "அதற்கு முன்", before that;
 * "முன்னதாக", earlier; Sri Lankan "இரண்டு வாரங்களுக்கு முன்", two weeks ago): context from its start.
 */
const EARLIER = /முந்தைய|கடந்த|கடைசியாக|அதற்கு\sமுன்|முன்னதாக|(?:வாரங்களுக்கு|வாரத்துக்கு|நாட்களுக்கு|நாளுக்கு)\sமுன்/;

export function glossTamil(text: string): string {
  return finishGloss(markEarlier(applyGloss(westernDigits(text), COMPARISON), EARLIER, /([.\n])/), RULES, SCRIPT);
}
