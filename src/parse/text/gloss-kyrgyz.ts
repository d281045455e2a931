import { applyGloss, finishGloss, keepCase, markEarlier, monthNamer, mostlyScript, script, type GlossRule, type MonthTable, scriptWords, GLOSS_NUM } from './gloss-rules.ts';

/**
 * Kyrgyz draw news glossed into the English the reader knows, as `gloss-kazakh.ts` does for Kazakh (docs/parser.md, "Afrikaans
 * and Kyrgyz"): thousands with a space ("5 956" → "5,956"), months of Russian stock in their cases and the native ones after a
 * day ("31-майда", "19-август, 2026-жыл", "2021-жылдын 28-майы" → "May 28, 2021"), weekdays ("дүйшөмбү"), "бүгүн" (today),
 * "кечээ" (yesterday), "ушул жумада" (this week), rounds ("№435 айлампа" → "round #435"), counts ("442 чакыруу" → "442
 * invitations", "5 956 талапкер чакыруу алды" → "5,956 candidates received invitations"), cut-offs ("минималдуу CRS упайы",
 * "эң төмөнкү упай", "эң аз упай" → "minimum CRS score"), the tie-break ("Тең упай эрежеси"), programs, and a forecast's
 * ("болжол"), a guide's or a recap's words. What the glossary does not know is dropped; a sentence of an earlier round
 * ("мурдагы", previous; "мурун", before; "болгон", "чакырылган", had been) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** Letters Kyrgyz writes and Russian, Bulgarian, Serbian and Ukrainian do not (Mongolian and Kazakh write them too, and come first). */
const KYRGYZ_OWN = /[өүңӨҮҢ]/g;
/** Letters Kyrgyz does not write: Kazakh's, Uzbek's, Ukrainian's, Serbian's, Mongolian's "ё" is Russian's too and is not here. */
const OTHERS_OWN = /[әғқұһіїєґўҳјљњћђџӘҒҚҰҺІЇЄҐЎҲЈЉЊЋЂЏ]/;
/** Kyrgyz's own words of a draw report: invitation, round, points, today, yesterday, candidate, "about", was sent. */
const KYRGYZ_WORD = /чакыр|айлампа|упай|бүгүн|кечээ|талапкер|боюнча|жөнөт/giu;

/** Enough Cyrillic that it is the page's language, Kyrgyz's letters, none of the other languages', and two kinds of its words. */
export function isKyrgyz(text: string): boolean {
  const own = (text.match(KYRGYZ_OWN) ?? []).length;
  if (own === 0 || OTHERS_OWN.test(text)) return false;
  const kinds = new Set((text.match(KYRGYZ_WORD) ?? []).map((w) => w.toLowerCase()));
  // A short page ("Тең упай эрежеси", "Бүгүн") may write one or two of its letters: then three kinds of its words.
  return kinds.size >= (own >= 3 ? 2 : 3) && mostlyScript(text, CYRILLIC);
}

const { S, re, B, E, T } = scriptWords(C);

const MONTHS: MonthTable = [
  ['январ|үчтүн', 'January'],
  ['феврал|бирдин', 'February'],
  ['март|жалган', 'March'],
  ['апрел|чын', 'April'],
  ['май|бугу', 'May'],
  ['июн|кулжа', 'June'],
  ['июл|теке', 'July'],
  ['август|баш', 'August'],
  ['сентябр|аяк', 'September'],
  ['октябр|тогуздун', 'October'],
  ['ноябр|жетинин', 'November'],
  ['декабр|бештин', 'December'],
];
/** A month after its day: Russian stock in its cases ("майда", "апрели", "октябрдагы"), or the native name ("баш оона"). */
const MONTH = String.raw`(январ${T}|феврал${T}|март${T}|апрел${T}|май${T}|июн${T}|июл${T}|август${T}|сентябр${T}|октябр${T}|ноябр${T}|декабр${T}|(?:үчтүн|бирдин|тогуздун|жетинин|бештин)${S}ай${T}|(?:жалган|чын)${S}куран${T}|бугу${T}|кулжа${T}|теке${T}|(?:баш|аяк)${S}оона${T})`;
const monthOf = monthNamer(MONTHS, 'i');
const WEEKDAYS: MonthTable = [
  ['дүйшөмбү', 'Monday'],
  ['шейшемби', 'Tuesday'],
  ['шаршемби', 'Wednesday'],
  ['бейшемби', 'Thursday'],
  ['ишемби', 'Saturday'],
  ['жекшемби', 'Sunday'],
];

const NUM = GLOSS_NUM;
const INVITATION = `чакыр(?:уу|ык)${T}`;
const PEOPLE = `(?:талапкер|адам|кандидат)${T}`;
const ROUND = `айлампа${T}`;
const POINTS = `упай${T}`;
const COUNTED: Readonly<Record<string, string>> = { эки: 'two', үч: 'three', төрт: 'four', беш: 'five' };

const RULES: readonly GlossRule[] = [
  // Thousands with a space: "5 956", "1 000" (bounded, so a day and a year stay apart).
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  [re(`${B}провинциялык${S}талапкерлер${S}программа${T}`), ' Provincial Nominee Program '],
  // Places that hold their own draws, and pages that tell no news of a round.
  ...(
    [
      ['альберта', 'Alberta'],
      ['онтарио', 'Ontario'],
      ['британ(?:дык)?' + S + 'колумбия', 'British Columbia'],
      ['саскачеван', 'Saskatchewan'],
      ['манитоба', 'Manitoba'],
      ['квебек', 'Quebec'],
      ['австралия', 'Australia'],
    ] as const
  ).map(([ky, en]): GlossRule => [re(`${B}${ky}${T}`), ` ${en} `]),
  [re(`${B}провинция${T}`), ' province '],
  [re(String.raw`${B}федералдык${S}([^.\n]{0,40}?)${S}эмес${E}`), ' not a federal $1 '],
  [re(`${B}федералдык${E}`), ' federal '],
  // Hedges: "болжол менен 3 000" (about), "3 000ге чейин" (up to): no sure count.
  [re(`${B}болжол${S}менен${E}`), ' about '],
  [re(`${B}дээрлик${E}`), ' almost '],
  [re(`${B}(?:болжол|болжолдоо|прогноз)${T}`), ' Forecast '],
  [re(`${B}(?:күтүлөт|күтүлүүдө|күтүлгөн)${E}`), ' expected '],
  [re(`${B}мүмкүн${E}`), ' could '],
  [re(`${B}(?:колдонмо|жетектеме)${T}`), ' Guide '],
  [re(`${B}мисалы${E}`), ' For example, '],
  [re(`${B}(?:айдын|айлык)${S}жыйынтыг${T}`), ' monthly recap '],
  [re(`${B}жуманын${S}жыйынтыг${T}`), ' Weekly recap '],
  [re(`${B}жыйынтык${T}`), ' recap '],
  // Days: "2021-жылдын 28-майы", "19-август, 2026-жыл", "31-майда", "14-ноябрь, 2024-ж.".
  [re(String.raw`(?<!\d)(\d{4})-жыл${T}${S}(\d{1,2})-${MONTH}`), (_, y = '', d = '', m = '') => ` ${monthOf(m)} ${Number(d)}, ${y} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})-${MONTH}(?:,?${S}(\d{4})(?!\d)(?:-жыл${T}|-ж\.)?)?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<!\d)(\d{4})-(?:жыл${T}|ж\.)`), ' $1 '],
  ...WEEKDAYS.map(([ky, en]): GlossRule => [re(`${B}${ky}${T}`), ` ${en} `]),
  [re(`${B}жума${S}күнү${E}`), ' Friday '],
  [re(`${B}бүгүн${T}`), ' today '],
  [re(`${B}кечээ${T}`), ' yesterday '],
  [re(`${B}(?:ушул|бул)${S}жума${T}`), ' this week '],
  [re(`${B}өткөн${S}жума${T}`), ' last week '],
  [re(`${B}(?:келерки|кийинки)${S}жума${T}`), ' next week '],
  [re(`${B}(?:келерки|кийинки)${E}`), ' next '],
  // Rounds: "№435 айлампа", "№322 PNP айлампасын", "үч чакыруу айлампасы" (three rounds of invitations).
  [re(String.raw`(?:№|No\.?)${S}?(\d{1,4})(?:${S}(PNP|CEC|FSW|FST))?${S}${ROUND}`), ' $2 round #$1 '],
  [re(String.raw`(?<=Express Entry):${S}*(?=round #)`), ' '],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.?)${S}?(\d{1,4})(?!\d)`), ' #$1 '],
  [re(`${B}(эки|үч|төрт|беш)${S}(?:${INVITATION}${S})?${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}жаңы${S}(?=${ROUND})`), ' new '],
  [re(`${B}${INVITATION}${S}айлампалар${T}`), ' rounds of invitations '],
  [re(`${B}${INVITATION}${S}${ROUND}`), ' round of invitations '],
  [re(`${B}айлампалар${T}`), ' rounds '],
  [re(`${B}${ROUND}`), ' round '],
  // The tie-break: "Тең упай эрежеси:".
  [re(String.raw`${B}тең${S}упай${S}эреже${T}`), ' tie-breaking rule '],
  // Counts: "5 956 талапкер чакыруу алды", "3 600 чакыруу жөнөтүлдү", "442 чакыруу", "Чакыруулар: 2 500".
  [re(String.raw`${NUM}${S}${PEOPLE}${S}${INVITATION}${S}алды${E}`), ' $1 candidates received invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}(?:${S}[^\s.:;\d]+){0,6}?${S}чакырылды${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${INVITATION}${S}жөнөтүлдү${E}`), ' $1 invitations were issued '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PEOPLE}`), ' $1 candidates '],
  [re(`${B}чакыруулар${S}?(?=:)`), ' Invitations '],
  [re(`${B}чакыруу(?:лар)?${S}саны${E}`), ' number of invitations '],
  // Cut-offs: "минималдуу CRS упайы 760", "эң төмөнкү CRS упайы — 380", "эң аз упай — 462", "Минималдуу упай: 462".
  [re(`${B}(?:минималдуу|эң${S}төмөнкү|эң${S}аз)${S}(?:CRS${S})?${POINTS}`), ' minimum CRS score '],
  [re(`(?<=CRS${S})${POINTS}`), ' score '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}${POINTS}`), ' $1 points '],
  [re(`${B}${POINTS}`), ' score '],
  // Programs.
  [re(`${B}канадалык${S}тажрыйба${S}класс${T}`), ' Canadian Experience Class '],
  [re(`${B}француз${S}тил${T}${S}(?:билген|билүүчү)${T}`), ' French-speaking candidates '],
  [re(`${B}француз${S}тил${T}`), ' French-language '],
  [re(`${B}билим${S}берүү${E}`), ' education '],
  [re(`${B}мугалим${T}`), ' teachers '],
  [re(`${B}кесип${T}`), ' occupations '],
  [re(`${B}транспорт${T}`), ' transport '],
  [re(`${B}айыл${S}чарба${T}`), ' agriculture '],
  [re(`${B}саламаттыкты${S}сактоо${E}`), ' healthcare '],
  [re(`${B}дарыгер${T}`), ' physicians '],
  [re(`${B}программасы${S}көрсөтүлбөгөн${E}`), ' no program specified '],
  [re(`${B}бардык${S}программа${T}`), ' all programs '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}категория${T}`), ' category '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}(?:күнү|дата)${E}`), ' Date '],
  [re(`${B}жарыяланды${E}`), ' Published '],
  // What happened.
  [re(`${B}өткөрдү${E}`), ' held '],
  [re(`${B}өттү${E}`), ' was held '],
  [re(`${B}жөнөттү${E}`), ' issued '],
  [re(`${B}жөнөтүлдү${E}`), ' were issued '],
  [re(`${B}чакырылды${E}`), ' were invited '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}${PEOPLE}`), ' candidates '],
  [re(`${B}гана${E}`), ' only '],
  [re(`${B}жалпы${E}`), ' general '],
  [re(`${B}(?:бардыгы|баары)${S}болуп${E}`), ' in total '],
];

/**
 * Read before a sentence of an earlier round is marked, since they write its words: "мурдагы күнү", "бүрүңкү күнү" (the day
 * before yesterday), "эки күн мурун" (two days ago), and a comparison with the previous round ("бул мурдагы айлампадагы 523
 * упайдан төмөн", lower than the previous round's 523), which is not a sentence of that round.
 */
const BEFORE_EARLIER: readonly GlossRule[] = [
  [re(`${B}(?:мурдагы|бүрүңкү|бүрүнкү)${S}күнү${E}|${B}эки${S}күн${S}мурун${E}`), ' the day before yesterday '],
  [
    re(String.raw`,?${S}*(?:бул${S}+)?(?:мурдагы|мурунку|өткөн)${S}+айлампа${T}${S}+(\d{1,3})${T}(?:${S}+${POINTS})?${S}+(төмөн|жогору)${T}`),
    (_, n = '', way = '') => `, ${/^т/iu.test(way) ? 'down' : 'up'} from ${n} in the previous round`,
  ],
];

/** A sentence of an earlier round: "мурдагы" (previous), "мурун" (before), "эске салсак" (let us recall), "had been" forms. */
const EARLIER = new RegExp(String.raw`мурдагы|${B}мурун${E}|мурдараак|эске${S}сал|${B}(?:болгон|чакырылган|жөнөтүлгөн)${E}`, 'iu');

const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepCase);

export function glossKyrgyz(text: string): string {
  return finishGloss(markEarlier(applyGloss(text, BEFORE_EARLIER), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
