import { GLOSS_COUNT, dayOrdinal, finishGloss, glossDay, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable } from './gloss-rules.ts';

/**
 * Greek draw news glossed into the English the reader knows, as `gloss-russian.ts` does for Russian (docs/parser.md, "Sinhala,
 * Greek and Hebrew"): thousands with a point ("3.300 προσκλήσεις" → "3,300 invitations"), months in the genitive ("28
 * Αυγούστου 2024" → "August 28, 2024"), round numbers ("κλήρωση αρ. 311" → "draw #311", "τον 111ο γύρο" → "the 111th round"),
 * cut-offs ("ελάχιστη βαθμολογία CRS 694" → "minimum CRS score 694"), the tie-break and the words of a draw report. What the
 * glossary does not know is dropped; a sentence that speaks of an earlier draw ("προηγούμεν…", previous) is context.
 */

const GREEK = /[\u0370-\u03ff]/g;

/** Enough Greek that it is the page's language, not a name. */
export const isGreek = (text: string): boolean => mostlyScript(text, GREEK);

const G = String.raw`\u0370-\u03ff`;
/** Month stems, with and without their accents (a headline in capitals drops them), in any case. */
const MONTHS: MonthTable = [
  ['ιανο[υύ]αρ', 'January'],
  ['φεβρο[υύ]αρ', 'February'],
  ['μ[αά]ρτ', 'March'],
  ['απρ[ιί]λ', 'April'],
  ['μ[αά][ιΐϊί]', 'May'],
  ['ιο[υύ]ν', 'June'],
  ['ιο[υύ]λ', 'July'],
  ['α[υύ]γο[υύ]στ', 'August'],
  ['σεπτ[εέ]μβρ', 'September'],
  ['οκτ[ωώ]βρ', 'October'],
  ['νο[εέ]μβρ', 'November'],
  ['δεκ[εέ]μβρ', 'December'],
];
const MONTH = `((?:${MONTHS.map(([el]) => el).join('|')})[${G}]*)`;
const monthOf = monthNamer(MONTHS, 'i');

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Δευτ[εέ]ρα', 'Monday'],
  ['Τρ[ιί]τη', 'Tuesday'],
  ['Τετ[αά]ρτη', 'Wednesday'],
  ['Π[εέ]μπτη', 'Thursday'],
  ['Παρασκευ[ηή]', 'Friday'],
  ['Σ[αά]ββατο', 'Saturday'],
  ['Κυριακ[ηή]', 'Sunday'],
];

const NUM = GLOSS_COUNT;
const DRAW = String.raw`(?:κλ[ηή]ρωσ[${G}]*|γ[υύ]ρ(?:ος|ου|ο|οι|ους|ων)(?![${G}]))`;
const INVITATION = String.raw`προσκλ[ηή]σ[${G}]*|πρ[οό]σκλησ[${G}]*`;
const PEOPLE = String.raw`υποψ[ηή]φι[${G}]*`;
const POINTS = String.raw`(?:μ[οό]ρι[${G}]*|μον[αά]δ[${G}]*|π[οό]ντο[${G}]*|β[αά]θμο[${G}]*)`;
const MINIMUM = String.raw`(?:ελ[αά]χιστ[${G}]*|κατ[ωώ]τατ[${G}]*|χαμηλ[οό]τερ[${G}]*)`;

const SCRIPT = script('\u0370-\u03ff');

/**
 * Words that tell a page speaks about rounds rather than announces one, read as the English that tells the reader so ("Ανάλυση"
 * → "Analysis", "Επέτειος" → "Anniversary", "δεξαμενή" → "pool", "η πιο πρόσφατη κλήρωση" → "the most recent draw", "Μετά την
 * κλήρωση" → "After the draw"); the word alone, any case.
 */
const BACKGROUND: readonly GlossRule[] = (
  [
    [String.raw`ενημ[εέ]ρωση\sδεξαμεν[${G}]*`, 'pool update'],
    [String.raw`κατανομ[${G}]*\s(?:των\s)?βαθμολογι[${G}]*`, 'distribution of scores'],
    [String.raw`τι\sνα\sπεριμ[εέ]ν(?:ουμε|ετε|ουν)`, 'what to expect'],
    [String.raw`π[οό]τε(?=\s)`, 'when will'],
    [String.raw`αν[αά]λυσ[${G}]*`, 'Analysis'],
    [String.raw`επ[εέ]τει[${G}]*`, 'Anniversary'],
    [String.raw`πρ[οό]βλεψ[${G}]*`, 'forecast'],
    [String.raw`δεξαμεν[${G}]*`, 'pool'],
    [String.raw`κατανομ[${G}]*`, 'distribution'],
    [String.raw`πιο\sπρ[οό]σφατ[${G}]*`, 'the most recent'],
    [String.raw`τελευτα[ιί][${G}]*`, 'last'],
    [String.raw`επ[οό]μεν[${G}]*`, 'next'],
    [String.raw`σε\sσ[υύ]γκριση\sμε`, 'compared with'],
    [String.raw`μετ[αά]\sτην`, 'after the'],
    [String.raw`χρ[οό]νια\sαπ[οό]`, 'years since'],
  ] as const
).map(([el, en]): GlossRule => [new RegExp(String.raw`(?<![${G}])${el}`, 'gi'), (m = '') => ` ${/^\p{Lu}/u.test(m) ? en[0]?.toUpperCase() + en.slice(1) : en} `]);

const RULES: readonly GlossRule[] = [
  // A headline's question ("Θα πέσει το όριο κάτω από 490;", will the cut-off fall below 490?): Greek asks with ";".
  [/^(\s*)Θα(\s[^\n;.]{0,120});[ \t]*$/gm, '$1Will$2?'],
  // "3.300" is 3,300 ("3,5" keeps its decimal comma as it is: no count is written so).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?:\.(\d{3}))?(?![\d]|[.,]\d)/g, (_, a = '', b = '', c = '') => `${a},${b}${c ? `,${c}` : ''}`],
  // "06/12/2018", "21/02/2019": a Greek page writes the day first.
  [/(?<![\d./-])(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?![\d./-]\d)/g, (m: string, d = '', mo = '', y = '') => ` ${glossDay(y, mo, d) ?? m} `],
  // "Τετάρτη, 28 Αυγούστου 2024", "της 13ης Φεβρουαρίου", "την 1η Φεβρουαρίου": the weekday before its day, then the day.
  ...WEEKDAYS.map(([el, en]): GlossRule => [new RegExp(String.raw`(?<![${G}])${el}(?=,?\s\d)`, 'gi'), ` ${en} `]),
  [new RegExp(String.raw`(?<!\d)(\d{1,2})(?:η|ης)?\s${MONTH}(?:\s((?:19|20)\d\d))?(?!\d)`, 'gi'), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `],
  [new RegExp(String.raw`(?<![${G}])${MONTH}\s((?:19|20)\d\d)`, 'gi'), (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  // "Σαν σήμερα" (on this day, years ago) is no today.
  [/Σαν\sσ[ηή]μερα/gi, ' On this day in history, '],
  [/σ[ηή]μερα/gi, ' today '],
  // "Προχθές" (the day before yesterday) is no yesterday: dropped, the day it names is read.
  [/προχθ[εέ]ς/gi, ' '],
  [/(?<![\u0370-\u03ff])χθ[εέ]ς/gi, ' yesterday '],
  [/αυτ[ηή]ν?\sτην\sεβδομ[αά]δα/gi, ' this week '],
  // "Δύο κληρώσεις μέσα σε δύο ημέρες", "δύο διαδοχικές κληρώσεις": two draws.
  [new RegExp(String.raw`(?<![${G}])(δ[υύ]ο|τρεις)\s(?:[${G}]+\s)?κληρ[ωώ]σ[${G}]*`, 'gi'), (_, n = '') => ` ${/^τ/i.test(n) ? 'three' : 'two'} draws `],
  // Round numbers: "κλήρωση αρ. 311", "(αρ. 1)", "τον 111ο γύρο", "#100".
  [/(?:αρ\.|αριθ\.|αριθμ[οό]ς)\s?(?=\d)/gi, ' #'],
  [new RegExp(String.raw`(?<!\d)(\d{1,3})(?:ος|ου|ο|η|ης)\s${DRAW}`, 'gi'), (_, n = '') => ` ${dayOrdinal(n)} round `],
  // Counts: "εστάλησαν 1.121 προσκλήσεις", "Προσκλήθηκαν 3.350 υποψήφιοι", "779 υποψήφιοι προσκλήθηκαν".
  [new RegExp(String.raw`(?:εστ[αά]λησαν|στ[αά]λθηκαν|εκδ[οό]θηκαν|απεστ[αά]λησαν)\s${NUM}\s(?:${INVITATION})`, 'gi'), ' $1 invitations were issued '],
  [new RegExp(String.raw`(?:προσκλ[ηή]θηκαν|κλ[ηή]θηκαν)\s${NUM}\s${PEOPLE}`, 'gi'), ' $1 candidates were invited '],
  [new RegExp(String.raw`${NUM}\s${PEOPLE}\s(?:προσκλ[ηή]θηκαν|κλ[ηή]θηκαν)`, 'gi'), ' $1 candidates were invited '],
  [new RegExp(String.raw`${NUM}\s(?:${INVITATION})`, 'gi'), ' $1 invitations '],
  [new RegExp(String.raw`${NUM}\s${PEOPLE}`, 'gi'), ' $1 candidates '],
  // Cut-offs: "ελάχιστη βαθμολογία CRS 694", "ελάχιστο σκορ 507 μόρια", "ελάχιστο CRS 457", "με CRS μόλις 75".
  [new RegExp(String.raw`${MINIMUM}\s(?:(?:βαθμολογ[${G}]*|σκορ|${POINTS}|[οό]ρι[${G}]*)\s)?(?:CRS\s)?(?:[:—-]\s?)?(?=\d)`, 'gi'), ' minimum CRS score '],
  [new RegExp(String.raw`(\d{2,4})\s${POINTS}`, 'gi'), ' $1 points '],
  [/μ[οό]λις\s(?=\d)/gi, ' '],
  // "Κανόνας ισοβαθμίας (tie-breaking rule) για την κλήρωση CEC: 17 Απριλίου 2024", "ορίστηκε στις": the tie-break.
  [/(?:κανόνας\s|κανονας\s)?ισοβαθμ[ιί]ας(?:\s\(tie-breaking rule\))?/gi, ' tie-breaking rule '],
  [/ορ[ιί]στηκε\sστις/gi, ' was '],
  // Programs.
  [new RegExp(String.raw`[οό]λων\sτων\sπρογραμμ[${G}]*|γενικ[${G}]*\sκλ[ηή]ρωσ[${G}]*`, 'gi'), ' all programs '],
  [new RegExp(String.raw`γαλλ[οό]φων[${G}]*|γαλλικ[${G}]*`, 'gi'), ' French-speaking '],
  [new RegExp(String.raw`υγει[${G}]*|υγεί[${G}]*`, 'gi'), ' healthcare '],
  [new RegExp(String.raw`επαρχιακ[${G}]*\sυποψηφι[${G}]*`, 'gi'), ' provincial nomination '],
  [new RegExp(DRAW, 'gi'), ' draw '],
  [new RegExp(`(?:${INVITATION})`, 'gi'), ' invitations '],
  [new RegExp(PEOPLE, 'gi'), ' candidates '],
  [/πραγματοποι[ηή]θηκε|πραγματοποι[ηή]σε/gi, ' held '],
  [/υπουργε[ιί]ο\sΜετανάστευσης(?:\sτου\sΚαναδά)?/gi, ' IRCC '],
  ...BACKGROUND,
  [new RegExp(String.raw`αναμ[εέ]ν[${G}]*|προβλ[εέ]π[${G}]*`, 'gi'), ' expected '],
  [new RegExp(String.raw`Καναδ[${G}]*`, 'g'), ' Canada '],
];

/**
 * A sentence that speaks of an earlier draw ("προηγούμεν…", previous; "πέρσι", last year; "την περασμένη Τετάρτη", last
 * Wednesday; "νωρίτερα", earlier; "είχαν σταλεί", had been sent; "πριν από δύο εβδομάδες", two weeks ago): context from its start.
 */
const EARLIER =
  /προηγο[υύ]μεν|π[εέ]ρσι|περασμ[εέ]ν|νωρ[ιί]τερα|(?<![\u0370-\u03ff])ε[ιί]χ(?:ε|αν)\s(?:σταλε[ιί]|γ[ιί]νει|πραγματοποιηθε[ιί]|προσκληθε[ιί])|πριν\sαπ[οό]\s(?:[\u0370-\u03ff]+\s)?(?:εβδομ[αά]δ|μ[ηή]ν|χρ[οό]ν|[εέ]τ)/i;

export function glossGreek(text: string): string {
  return finishGloss(markEarlier(text, EARLIER, /([.;\n])/), RULES, SCRIPT);
}
