import {
  CYRILLIC_MONTHS,
  finishGloss,
  keepAnyCase,
  markEarlier,
  monthNamer,
  monthStems,
  ownWordsPage,
  script,
  type GlossRule,
  scriptWords,
  GLOSS_NUM,
  RUSSIAN_WEEKDAYS,
  monthOrNone,
} from './gloss-rules.ts';

/**
 * Lezgian draw news glossed into the English the reader knows, in the shape of `gloss-avar.ts` (docs/parser.md "Komi and
 * Lezgian"): the palochka however it is typed ("Ӏ", or "I", "І" beside a Cyrillic letter: "чIал"), thousands with a space
 * ("4 000"), days ("августдин 19-даз" → August 19, "Июндин 24, 2026", "21 июль 2022", "2026-йисуз" in 2026, "11/05/2025" day
 * first), "гьафтедин кьведлагьай юкъуз" (on the week's second day, Tuesday), "къе" (today), "гъинифиз" (yesterday), "пака"
 * (tomorrow), "и гьафтеда" (this week); rounds ("437-нумрадин раунд" → round #437, "кьве раунд" → two rounds, "кьиле тухвана" →
 * held, "раунд хьанач" → no round was held); counts ("5000 касдиз теклифнама ракъурна", "4 000 кас эверна" → 5,000 / 4,000
 * candidates were invited, "3 000 теклифнама" → 3,000 invitations); cut-offs ("минимум CRS балл" → minimum CRS score);
 * "франсуз чӀал" (French), "устаррин пешеяр" (trades), "духтурар" (physicians); hedges ("тахминан" about, "-лай гзаф" more than,
 * "-далди кьван" up to). What the glossary does not know is dropped; a sentence of an earlier round ("вилик квай", previous;
 * "хьанай", "эвернай", "ракъурнай", had been) is context.
 */

const C = String.raw`\u0400-\u04ff`;
const CYRILLIC = /[\u0400-\u04ff]/g;
/** The palochka as the pages type it: "Ӏ", "ӏ", or "I", "І", "і" beside a Cyrillic letter ("чIал", "ХIабар"). */
const PALOCHKA = /\u04cf|(?<=[\u0410-\u044f\u0401\u0451])[\u0406\u0456I]|[\u0406\u0456I](?=[\u0410-\u044f\u0401\u0451])/g;
const withPalochka = (text: string): string => text.replace(PALOCHKA, 'Ӏ');

/** Letters and spellings Lezgian never writes: Avar's "лъ", Ossetian's "ӕ", Chechen's "кх" (Lezgian writes "кхь" only), Komi's, Udmurt's, Mari's, Kazakh's, Tatar's … */
const OTHERS_OWN = /[ӕӔæÆӧӦӝӟӵӥӱҥӓӹқғұәңөүҗһҡҙҫҷӣӯўҳїєґјљњћђџӑӗӳҕӜӞӴӤӰҤӒӸҚҒҰӘҢӨҮҖҺҠҘҪҶӢӮЎҲЇЄҐЈЉЊЋЂЏӐӖӲҔ]|лъ|кх(?!ь)/gi;
/** Lezgian's own words of a draw report (today, yesterday, invitation(s), held, invited, sent, person, week, year, "for" …). */
const LEZGIAN_WORD =
  /(?<![\u0400-\u04ff])(?:къе|гъинифиз|пака|исятда|теклиф\p{L}*|кьиле|тухвана|тухванач|эверна|эвернай|ракъурна|ракъурнай|касдиз|патал|хьана|хьанай|хьанач|гьафте\p{L}*|вилик|юкъуз|йисуз|кьве|(?:январ|феврал|март|апрел|май|июн|июл|август|сентябр|октябр|ноябр|декабр)д(?:ин|а)|\d+-?даз)(?![\u0400-\u04ff])/giu;

/** A cheap first test: "теклиф" (invitation), "кьиле" (held) or "эвер" (called), which no English, Russian, Avar or Chechen page writes. */
export const LEZGIAN_HINT = /теклиф|кьиле|эвер/i;

/** A figure of a Lezgian post: "500 теклифнама", "минимум балл 392". */
const LEZGIAN_FIGURE = /\d\s?(?:теклиф|кас)|(?:минимум|CRS)\s(?:CRS\s|балл\s)?[—:≥–-]?\s?\d/i;

/** Four kinds of its words, about none of the others' own letters, and enough Cyrillic that it is the page's language. */
export function isLezgian(text: string): boolean {
  const t = withPalochka(text);
  const found = t.match(LEZGIAN_WORD) ?? [];
  if ((t.match(OTHERS_OWN) ?? []).length * 10 > found.length) return false;
  return ownWordsPage(t, found, CYRILLIC, LEZGIAN_FIGURE, (kinds) => kinds >= 2 && LEZGIAN_FIGURE.test(t) && (t.match(CYRILLIC) ?? []).length >= 10);
}

const { S, re, B, E, T } = scriptWords(C);
/** The months as the pages write them ("августдин", "июль", "мартдин", "июнда"), on the Russian stems. */
const MONTH = `((?:${monthStems(CYRILLIC_MONTHS)})${T})`;
const monthOf = monthNamer(CYRILLIC_MONTHS, 'i');
const WEEKDAYS = RUSSIAN_WEEKDAYS;
/** "гьафтедин кьведлагьай юкъуз": the week's n-th day, the week starting on Monday. */
const NTH_DAY: Readonly<Record<string, string>> = { сад: 'Monday', кьвед: 'Tuesday', пуд: 'Wednesday', кьуд: 'Thursday', вад: 'Friday', ругуд: 'Saturday', ирид: 'Sunday' };
const NUM = GLOSS_NUM;
const COUNTED: Readonly<Record<string, string>> = { кьве: 'two', пуд: 'three', кьуд: 'four', вад: 'five', ругуд: 'six' };
const ROUND = `раунд${T}`;
const INVITATION = `теклиф${T}`;
const PERSON = `(?:кас|духтур|кандидат)${T}`;

const RULES: readonly GlossRule[] = [
  [/(?<![\d,.:])(\d{1,3})[ \u00a0](\d{3})(?![\d]|[.,:]\d)/g, '$1,$2'],
  [/[«»„“”]/g, ' '],
  // Day first, as Russian writes it: "11/05/2025" is May 11, 2025.
  [/(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/g, (all, d = '', m = '', y = '') => (Number(m) >= 1 && Number(m) <= 12 && Number(d) <= 31 ? `${monthOrNone(m)} ${Number(d)}, ${y}` : all)],
  // A month's account opens on the month: "Июлдин вацра IRCC-ди ругуд раунд кьиле тухвана …" (in the month of July).
  [re(String.raw`(?<=^|\n)${MONTH}${S}(?:вацра|варз${T})`), (_, m = '') => ` Monthly recap: in ${monthOf(m)} `],
  // Hedges, no count to the reader: "2 000-дилай гзаф" (more than), "5 000-далди кьван" (up to), "тахминан" (about).
  [re(String.raw`${NUM}-?(?:дилай|лай|илай|елай)${S}гзаф${E}`), ' more than $1 '],
  [re(String.raw`${NUM}-?(?:дилай|лай|илай|елай)${S}тӀимил${E}`), ' fewer than $1 '],
  [re(String.raw`${NUM}(?:-?[\u0400-\u04ff]*)?${S}кьван${E}`), ' up to $1 '],
  [re(`${B}(?:тахминан|тахминдалди|мукьуваз)${E}`), ' about '],
  [/(?<=[A-Za-z\d])-(?:ди|дин|диз|да|дай|даз|из|ин|дилай|дал|далди)(?![\p{L}])/gu, ''],
  // Places that hold their own draws, and pages that tell no news of a round.
  [re(`${B}квебек${T}`), ' Quebec '],
  [re(`${B}онтарио${T}`), ' Ontario '],
  [re(`${B}саскачеван${T}`), ' Saskatchewan '],
  [re(`${B}альберт${T}`), ' Alberta '],
  [re(`${B}манитоб${T}`), ' Manitoba '],
  [re(`${B}британ${T}${S}колумби${T}`), ' British Columbia '],
  [re(`${B}австрали${T}`), ' Australia '],
  [re(`${B}цӀ?ийи${S}зеланди${T}`), ' New Zealand '],
  [re(`${B}провинци${T}${S}вичин${S}${ROUND}`), ' the province its own draw '],
  [re(`${B}провинци${T}`), ' province '],
  [re(`${B}им${S}федерал${S}(?:Express${S}Entry${S})?${ROUND}${S}туш${E}`), ' This is not a federal round '],
  [re(`${B}(?:нетижа${T}|итог${T})`), ' recap '],
  [re(`${B}(?:прогноз${T}|гуьзлемишзава)`), ' we expect '],
  [re(`${B}(?:мад|къведай)${S}${ROUND}${S}мус${S}жеда${E}`), ' When is the next round '],
  [re(`${B}къведай${S}гьафтеда${E}`), ' next week '],
  [re(String.raw`(?<![\d,.])(\d{1,4})-?(?:нумрадин|лагьай)${S}раунддилай${S}гуьгъуьниз${E}`), ' after round #$1 '],
  [re(`${B}раунддилай${S}гуьгъуьниз${E}`), ' after the round '],
  [re(`${B}(?:мисал|чешне)${S}яз${E}`), ' For example, '],
  [re(`${B}эхиримжи${S}${ROUND}`), ' The last round '],
  [re(`${B}и${S}гьафтеда${S}(?:Express${S}Entry(?:-?дин)?${S})?раундар${E}`), ' Express Entry draws this week '],
  [re(`${B}тай-?брейк${T}`), ' Tie-breaking rule '],
  // Days: "августдин 19-даз", "Июндин 24, 2026", "21 июль 2022", "18 март 2026", "апрелдин эхирда", "2026-йисуз" (in 2026).
  [re(String.raw`${B}${MONTH}${S}(\d{1,2})(?:-?даз|-?д[аи]н)?(?![\d\u0400-\u04ff])(?:,?${S}(\d{4})(?!\d))?`), (_, m = '', d = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`(?<![\d.,])(\d{1,2})${S}${MONTH}(?:,?${S}(\d{4})(?!\d))?`), (_, d = '', m = '', y = '') => ` ${monthOf(m)} ${Number(d)}${y ? `, ${y}` : ''} `],
  [re(String.raw`${B}${MONTH}${S}эхирда${E}`), (_, m = '') => ` at the end of ${monthOf(m)} `],
  [re(String.raw`(?<!\d)(\d{4})-?(?:йисуз|йисан|йис)${E}`), ' in $1 '],
  [re(`${B}гьафтедин${S}(сад|кьвед|пуд|кьуд|вад|ругуд|ирид)${S}?лагьай${S}(?:югъ|юкъуз)${E}`), (_, n = '') => ` on ${NTH_DAY[n.toLowerCase()] ?? ''} `],
  ...WEEKDAYS.map(([lz, en]): GlossRule => [re(`${B}${lz}${T}`), ` on ${en} `]),
  [re(`${B}${MONTH}`), (_, m = '') => ` ${monthOf(m)} `],
  [re(`${B}кьве${S}югъ${S}(?:идалай${S})?вилик${E}`), ' the day before yesterday '],
  [re(`${B}къени${E}`), ' and today '],
  [re(`${B}къе${E}`), ' today '],
  [re(`${B}гъинифиз${E}`), ' yesterday '],
  [re(`${B}пака${E}`), ' tomorrow '],
  [re(`${B}и${S}гьафтеда${E}`), ' this week '],
  [re(`${B}гьафте${T}`), ' week '],
  // Rounds: "437-нумрадин теклифрин раунд", "408-лагьай раунд", "Раунд №408", "кьве раунд" (two rounds), "раунд хьанач" (none held).
  [re(String.raw`(?<![\d,.])(\d{1,4})-?(?:нумрадин|лагьай)${S}(?:${INVITATION}${S})?${ROUND}`), ' round #$1 '],
  [re(String.raw`${ROUND}${S}(?:№|No\.)${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [re(String.raw`(?:№|(?<![A-Za-z])No\.)${S}?(\d{1,4})(?!\d)`), ' round #$1 '],
  [/\bExpress Entry #(\d{1,4})(?!\d)/g, 'Express Entry round #$1'],
  [re(`${B}(кьве|пуд|кьуд|вад|ругуд)${S}${ROUND}`), (_, n = '') => ` ${COUNTED[n.toLowerCase()] ?? ''} rounds `],
  [re(`${B}${ROUND}(?:ни)?${S}(?:хьанач|кьиле${S}тухванач)${E}`), ' round was not held '],
  [re(`${B}${INVITATION}${S}${ROUND}`), ' round of invitations '],
  [re(`${B}${ROUND}`), ' round '],
  [re(`${B}кьиле${S}тухвана${E}`), ' held '],
  // Cut-offs: "Минимум CRS балл — 382", "минимум балл 223", "557 баллдалди" (with 557 points).
  [re(`${B}(?:минимум|минимал${T}|виридалайни${S}агъуз)${S}(?:CRS${S})?балл${T}`), ' minimum CRS score '],
  [re(`${B}минимум${S}(?=CRS)`), ' minimum '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}баллдалди${E}`), ' with $1 points '],
  [re(String.raw`(?<![\d,])(\d{1,4})${S}балл${T}`), ' $1 points '],
  [re(`${B}балл${T}`), ' score '],
  // Counts: "5000 касдиз теклифнама ракъурна", "4 000 кас эверна" (were invited), "3 000 теклифнама" (invitations).
  [re(String.raw`${NUM}${S}${PERSON}${S}(?:${INVITATION}${S}ракъурна|эверна)${E}`), ' $1 candidates were invited '],
  [re(String.raw`${NUM}${S}${INVITATION}`), ' $1 invitations '],
  [re(String.raw`${NUM}${S}${PERSON}`), ' $1 candidates '],
  [re(`${B}${INVITATION}`), ' invitations '],
  [re(`${B}(?:эверна|ракъурна)${E}`), ' invited '],
  // Programs: "франсуз чӀал" (French), "устаррин пешеяр" (trades), "вири программаяр" (all programs).
  [re(`${B}франсуз${S}чӀал${T}`), ' French-language '],
  [re(`${B}устаррин${S}пеше${T}`), ' trades '],
  [re(`${B}вири${S}программа${T}`), ' all programs '],
  [re(`${B}категори${T}`), ' category '],
  [re(`${B}программа${T}`), ' program '],
  [re(`${B}канада${T}`), ' Canada '],
  [re(`${B}патал${E}`), ' for '],
  [re(`${B}ва${E}`), ' and '],
];

/** A sentence of an earlier round: "вилик квай" (previous), "хьанай", "эвернай", "ракъурнай" (had been held, invited, sent). */
const EARLIER = new RegExp(String.raw`${B}(?:вилик${S}квай|хьанай|эвернай|ракъурнай|тухванай)${E}`, 'iu');
const SCRIPT = script('\u0400-\u04ff', '«»');
const CASED_RULES = RULES.map(keepAnyCase);

/** A Lezgian page glossed into English. */
export function glossLezgian(text: string): string {
  return finishGloss(markEarlier(withPalochka(text), EARLIER, /([.\n])/u), CASED_RULES, SCRIPT).replace(/^[^\p{L}\d\n]+$/gmu, '');
}
