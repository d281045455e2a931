import { compiledNow } from './matches.ts';
import { glossDay, glossInTurn, keepCase, monthNamer, NORDIC_MONTHS, ordinalNumber, words, type GlossRule, WORD_COUNT } from './gloss-rules.ts';

/**
 * Danish and Norwegian (Bokmål) draw news glossed into the English the reader knows, as `gloss-swedish.ts` does for Swedish
 * (docs/parser.md, "Danish and Norwegian"). The two write alike: the same weekdays, nearly the same months ("marts"/"mars",
 * "maj"/"mai", "december"/"desember"), day-first dates with a point ("19. november 2024", "21.02.2026", "08-07-2024"), "i dag",
 * "i går", "laveste", "kandidater"; so one set of rules serves both, with each language's own words beside it: Danish "runde",
 * "invitationer", "point", "blev inviteret", thousands with a point ("4.000"); Norwegian "trekning", "invitasjoner", "poeng",
 * "ble invitert", thousands with a space ("3 500"). Words the glossary does not know stay as they are: no English pattern reads
 * them.
 */

const month = monthNamer(NORDIC_MONTHS, 'i');
/** A month, whole or short ("sep", "feb."). */
const MONTH = String.raw`(januar|februar|marts|mars|april|maj|mai|juni|juli|august|september|oktober|november|december|desember|(?:jan|feb|mar|apr|jun|jul|aug|sept?|okt|nov|dec|des)\.?)`;
/** "19. november 2024", "27. april", "01. sep 2022". */
const DAY = String.raw`(\d{1,2})\.\s${MONTH}(?:\s((?:19|20)\d\d))?`;
const day = (d: string, m: string, y: string): string => `${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''}`;
/** "21.02.2026", "28.4.2026", "08-07-2024": day, month and year, the day and month checked. */
const numericDay = (all: string, d: string, m: string, y: string): string => (Number(d) >= 1 && Number(d) <= 31 ? ` ${glossDay(y, m, d) ?? all} ` : all);

const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['mandag', 'Monday'],
  ['tirsdag', 'Tuesday'],
  ['onsdag', 'Wednesday'],
  ['torsdag', 'Thursday'],
  ['fredag', 'Friday'],
  ['lørdag', 'Saturday'],
  ['søndag', 'Sunday'],
];
const WEEKDAY = String.raw`((?:man|tirs|ons|tors|fre|lør|søn)dag)`;
const weekdayName = (w: string): string => WEEKDAYS.find(([no]) => no === w.toLowerCase())?.[1] ?? w;
const NUMBERS: Readonly<Record<string, string>> = { to: 'two', tre: 'three', fire: 'four', fem: 'five' };

/** A draw's noun in either language, with its article and plural ("runden", "runder", "trekningen", "trekningene"). */
const DRAW = String.raw`(?:runde|trekning)(?:n|en)?`;
const DRAWS = String.raw`(?:runder(?:ne)?|trekninger(?:ne)?)`;
/** The invitation noun: Danish "invitationer", Norwegian "invitasjoner", the English "ITA-er". */
const INVITATIONS = String.raw`(?:invitationer(?:ne)?|invitasjoner(?:ne)?|ITA-er|ITA)`;
const CANDIDATES = String.raw`(?:kandidater|ansøgere|søkere|personer)`;
const INVITED = String.raw`(?:blev|ble|er\sblevet|har\sblitt)\s(?:inviteret|invitert)`;

const RULES: readonly GlossRule[] = [
  // Days first, before the thousands: "19. november 2024", "den 20. februar 2026", "Fredag den 20. februar", "Mandag 27. april".
  [words(String.raw`${WEEKDAY}(?:,)?\s(?:den\s)?${DAY}`), (_, w = '', d = '', m = '', y = '') => ` ${weekdayName(w)}, ${day(d, m, y)} `],
  [words(String.raw`den\s${DAY}`), (_, d = '', m = '', y = '') => ` on ${day(d, m, y)} `],
  [words(DAY), (_, d = '', m = '', y = '') => ` ${day(d, m, y)} `],
  // "tor 01. sep 2022": a short weekday before its day.
  [words(String.raw`(?:man|tir|ons|tor|fre|lør|søn)(?=\s(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d)`), ' '],
  // "Fredag den 20. februar 2026 inviterede IRCC": a comma after the day's year before its subject, as English writes it.
  [
    /((?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, (?:19|20)\d\d) (?=(?:inviterede|inviterte|gennemførte|afholdt|holdt)\s(?:IRCC|CIC)\b|(?:IRCC|CIC)\b)/g,
    '$1, ',
  ],
  [words(String.raw`(\d{1,2})([.-])(\d{1,2})\2((?:19|20)\d\d)`), (all = '', d = '', _sep = '', m = '', y = '') => numericDay(all, d, m, y)],
  // Thousands: "3 500" (a space, a no-break or a narrow one), "4.000" (a point): 3,500, 4,000.
  [/(?<![\d,.])(\d{1,3})[ \u00a0\u202f](\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  [/(?<![\d,.])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // Hedged counts: "omkring 5.000", "cirka", "ca.", "rundt" (about), "mere end", "mer enn", "over" (more than), "op til", "opptil" (up to).
  [words(String.raw`(?:omkring|cirka|ca\.|rundt|omtrent|næsten|nesten)(?=\s\d)`), ' about '],
  [words(String.raw`(?:mere\send|mer\senn|flere\send|flere\senn|over)(?=\s\d)`), ' more than '],
  [words(String.raw`(?:op\stil|opp\stil|opptil|inntil)(?=\s\d)`), ' up to '],
  // A comparison: "op fra 516 i forrige runde" (up from 516 in the previous round), "ned fra 399".
  [words(String.raw`(?:op|opp)\sfra(?=\s\d)`), ' up from '],
  [words(String.raw`ned\sfra(?=\s\d)`), ' down from '],
  [words(String.raw`i\s(?:den\s)?(?=forrige|sidste|siste)`), ' in the '],
  ...WEEKDAYS.map(([no, en]): GlossRule => [words(`${no}(?:en)?`), ` ${en} `]),
  [words(`${WEEKDAY}ens`), (_, w = '') => ` ${weekdayName(w)}'s `],
  [words(String.raw`kl\.?(?=\s\d{1,2}[:.]\d\d)`), ' at '],
  // A clock's zone: "dansk tid", "norsk tid" (Danish, Norwegian time) are Central European time, summer or winter.
  [words('(?:dansk|norsk)\\s(?:tid|sommertid|vintertid)|(?:dansk|norsk)\\stidszone'), ' Central European time '],
  [words('(?:canadisk\\s|kanadisk\\s)?(?:østkysttid|Toronto-tid|Ottawa-tid)'), ' Eastern time '],
  // Bylines: "Skrevet af Lars Mikkelsen, rådgiver · 21.02.2026", "Indlæg af …", "Af redaktionen": the writer, not the round.
  [words('skrevet\\s(?:af|av)'), ' Written by '],
  [words('(?:indlæg|innlegg)\\s(?:af|av)'), ' Posted by '],
  [words('(?:af|av)\\s(?:redaktionen|redaksjonen)'), ' By the editors '],
  [words('publiceret|publisert'), ' Published '],
  [words('opdateret|oppdatert'), ' Updated '],
  [words('i\\sdag|idag'), ' today '],
  [words('i\\sgår\\skveld|i\\saftes'), ' yesterday evening '],
  [words('i\\sgår|igår'), ' yesterday '],
  [words('i\\sforgårs'), ' the day before yesterday '],
  [words('denne\\s(?:uge|uke)n?|i\\sdenne\\s(?:uge|uke)'), ' this week '],
  [words('(?:sidste|forrige)\\s(?:uge|uke)'), ' last week '],
  [words('(?:sidste|forrige)\\småned'), ' last month '],
  [words('dagens'), " today's "],
  // A forecast, a guide, a recap: "Prognose", "vi forventer", "oppsummering".
  [words('prognoser(?:ne)?'), ' forecasts '],
  [words('prognose(?:n)?'), ' forecast '],
  [words('vi\\sforventer'), ' we expect '],
  [words('forventes|ventes|forventet|forventer'), ' expected '],
  [words('(?:i\\s)?(?:næste|neste)\\s(?:uge|uke)'), ' next week '],
  [words('næste|neste'), ' next '],
  [words('opsummering|oppsummering|sammenfatning'), ' recap '],
  // Rounds: "runde nr. 326", "trekning nr. 378", "(nr. 60)", "Runden havde nummer 398", "den 30. runde", "CEC-trekning #413".
  [words(String.raw`${DRAW}\s(?:nr\.?|nummer)\s(\d{1,4})`), ' draw #$1 '],
  [words(String.raw`\((?:nr\.?|nummer)\s(\d{1,4})\)`), ' (#$1) '],
  [words(String.raw`${DRAW}\s(?:havde|hadde|har|var|er)\snummer\s(\d{1,4})`), ' draw was draw #$1 '],
  [words(String.raw`(?:den\s)?(\d{1,3})\.\s${DRAW}`), (_, n = '') => ` the ${ordinalNumber(n)} draw `],
  // "trekning 230: 2 750 ITA-er": a round's number before a colon.
  [words(String.raw`${DRAW}\s(\d{1,4})(?=:)`), ' draw #$1 '],
  [words('Express\\sEntry-(?:runden|runde|trekningen|trekning)'), ' Express Entry draw '],
  [words('Express\\sEntry-(?:runderne|runder|trekningene|trekninger)'), ' Express Entry draws '],
  [words('Express\\sEntry-poolen|Express\\sEntry-puljen'), ' Express Entry pool '],
  [words('(CEC|PNP|FSW|FST)-(?:runden|runde|trekningen|trekning)'), ' $1 draw '],
  [words('(CEC|PNP|FSW|FST)-(?:runderne|runder|trekningene|trekninger)'), ' $1 draws '],
  [words('provinsrunde(?:n)?|provinstrekning(?:en)?'), ' provincial draw '],
  [words('sundhedsrunde(?:n)?|helsetrekning(?:en)?'), ' healthcare draw '],
  [words('(to|tre|fire|fem)\\s(?:nye\\s)?(?:runder|trekninger)'), (_, n = '') => ` ${NUMBERS[n.toLowerCase()] ?? n} draws `],
  [words(DRAWS), ' draws '],
  [words(DRAW), ' draw '],
  // Counts: "174 invitationer", "1 000 invitasjoner (ITA)", "2 750 ITA-er", "400 kandidater blev inviteret", "534 kandidater fikk invitasjon".
  [words(`${WORD_COUNT}\\s${INVITATIONS}`), ' $1 invitations '],
  // "2.000 CEC-kandidater": a program's candidates.
  [words(`([A-Z]{2,4})-${CANDIDATES}`), ' $1 candidates '],
  // The verb before its count, after a time: "I dag blev 1.000 kandidater inviteret", "Tirsdag ble 2 000 CEC candidates invitert".
  [
    words(String.raw`(?:blev|ble)\s(?:(more\sthan|about|up\sto)\s)?${WORD_COUNT}\s((?:[A-Z]{2,4}\s)?(?:candidates|${CANDIDATES}))\s(?:inviteret|invitert)`),
    (_, h = '', n = '', c = '') => ` ${h ? `${h} ` : ''}${n} ${c} were invited `,
  ],
  [words(String.raw`(?:fik|fikk)\s${WORD_COUNT}\s((?:[A-Z]{2,4}\s)?candidates)\s(?:en\s)?(?:invitation|invitasjon)`), ' $1 $2 received invitations '],
  [words(`${WORD_COUNT}\\s${CANDIDATES}\\s${INVITED}`), ' $1 candidates were invited '],
  [
    words(String.raw`${WORD_COUNT}\s(?:([A-Z]{2,4})\s)?(?:candidates|${CANDIDATES})\s(?:fik|fikk)\s(?:en\s)?(?:invitation|invitasjon)`),
    (_, n = '', p = '') => ` ${n} ${p ? `${p} ` : ''}candidates received invitations `,
  ],
  // The verb before its subject, as both put it after a time ("I går gennemførte IRCC en runde", "Fredag inviterede IRCC …").
  [words('(gennemførte|afholdt|holdt)\\s(IRCC|CIC)'), ' $2 held '],
  [words('(?:inviterede|inviterte)\\s(IRCC|CIC)'), ' $1 invited '],
  [words(`${WORD_COUNT}\\s${CANDIDATES}`), ' $1 candidates '],
  [words(CANDIDATES), ' candidates '],
  [words(INVITED), ' were invited '],
  [words('inviterede|inviterte'), ' invited '],
  [words('inviterer'), ' invites '],
  [words('invitationer(?:ne)?|invitasjoner(?:ne)?'), ' invitations '],
  [words('en\\s(?:invitation|invitasjon)'), ' an invitation '],
  [words('invitasjon'), ' invitation '],
  // Cut-offs: "Den laveste CRS-score var 816", "laveste score 470", "laveste CRS 533", "minimumsscore på 539 point",
  // "Minimumsscoren var 467", "Minimumspoengsummen var 708".
  [words(String.raw`(?:den\s)?(?:laveste\sCRS-?(?:score(?:n)?|poengsum(?:men)?)|laveste\sCRS|minimumsscore(?:n)?|minimumspoengsum(?:men)?)`), ' minimum CRS score '],
  // "laveste score" with no CRS: the lowest score of any system (Australia's 65 points), as English writes "minimum score".
  [words(String.raw`(?:den\s)?laveste\s(?:score(?:n)?|poengsum(?:men)?)`), ' minimum score '],
  [words('minimum\\sCRS\\sscore\\spå'), ' minimum CRS score of '],
  // "min score (498)": the writer's own score ("min" is "my"), not a cut-off.
  [words('min\\sscore|mine\\s(?=\\d{3}\\s(?:point|poeng))'), (m = '') => (/score/i.test(m) ? ' my score ' : ' my ')],
  [words(String.raw`(\d{2,4})\s(?:point|poeng)`), ' $1 points '],
  [words('var(?=\\s\\d)'), ' was '],
  [words(String.raw`(?:Uafgjort-reglen(?:\s\(tie-breaking\))?|Tie-breaking-regelen|tie-break-regelen)\sfor\stoday's\sdraw`), " today's tie-break rule "],
  [words('Uafgjort-reglen(?:\\s\\(tie-breaking\\))?|Tie-breaking-regelen|tie-break-regelen'), ' tie-break rule '],
  [words('(?:var\\s)?satt\\still'), ' was '],
  // Programs.
  [words('alle\\sprogrammer'), ' all programs '],
  [words('generel(?:le)?|generell(?:e)?'), ' general '],
  [words('faglærte\\shåndværkere|håndværkere|håndverkere|faglærte'), ' trades '],
  [words('helse-\\sog\\ssosialfag|sundhed\\sog\\ssociale?\\sfag'), ' healthcare '],
  [words('fransksprogede|fransktalende|franskspråklige'), ' French-language '],
  [words('i\\skategorien'), ' in the category '],
  // What happened.
  [words('gennemførte|afholdt|holdt'), ' held '],
  // "I dag fulgte en runde for …": today came a round.
  [words(String.raw`fulgte(?=\s(?:en|et|a)\sdraw)`), ' came '],
  [words('fulgte'), ' followed '],
  [words('efter|etter'), ' after '],
  [words('ga|gav'), ' issued '],
  [words('Til\\ssammenligning'), ' For comparison '],
  [words('tidligere'), ' earlier '],
  [words('forrige'), ' previous '],
  [words('sidste|siste'), ' latest '],
  [words('kun|bare'), ' only '],
  [words('og'), ' and '],
  [words('(?:en|et)(?=\\s(?:draw|general|minimum|provincial|healthcare|CEC|PNP)\\b)'), ' a '],
  [words('med'), ' with '],
  [words('hvor'), ' where '],
  [words('ved'), ' at '],
  [words(String.raw`i(?=\s(?:draw|a|the)\b)`), ' in '],
  // Another country's round: "Australien holdt en invitationsrunde", "ingen runde" (no round).
  [words('invitationsrunde(?:n)?|invitasjonsrunde(?:n)?'), ' invitation round '],
  [words('Australien'), ' Australia '],
  [words('ingen'), ' no '],
];

/** Words both write, and neither Swedish ("og", "ikke", "af", "blev"/"ble", "efter"/"etter"); the draw words of each. */
const DANISH_NORWEGIAN_WORD = words(
  'afholdt|fik|fikk|i\\sforgårs|uafgjort-reglen|tie-break-regelen|minimumsscoren?|poengsummen|og|ikke|af|av|blev|ble|efter|etter|også|hvor|hvad|hva|det|som|til|fra|med|har|den|denne|dette|ny|nye|alle|sammen|dage|dager|mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|runde|runden|runder|trekning|trekningen|trekninger|invitationer|invitasjoner|invitasjon|laveste|point|poeng|kandidater|inviterede|inviterte|inviteret|invitert|i\\sgår|i\\sdag|uge|uke|holdt|gennemførte',
);
/** Swedish's own words and letters: a Swedish page is read by `gloss-swedish.ts`, as before. */
const SWEDISH_MARK = words('och|inte|är|att|från|också|inbjudningar|dragning(?:en)?|poäng|[\\p{L}]*[äö][\\p{L}]*');
/** Danish and Norwegian letters and words no Swedish page writes. */
const OWN_MARK = words(
  'og|ikke|af|blev|ble|efter|etter|runde[nr]?|trekning(?:en|er)?|invitationer|invitasjon(?:er)?|poeng|point|laveste|inviterede|inviterte|inviteret|invitert|[\\p{L}]*[æø][\\p{L}]*',
);
/** English's short words (not "for", "to", "i", which both languages write too). */
const ENGLISH_WORD = /\b(?:the|and|was|were|of|is|are|with|on|from|this|that|by|in)\b/gi;
/** A cheap first test: a page with none of these is neither Danish nor Norwegian. */
export const DANISH_NORWEGIAN_HINT = compiledNow(/[æøÆØ]|invitationer|invitasjon|trekning|runde[nr]?\b|laveste|invitere[dt]|inviterte|\bpoeng/i);

/** Eight of the words, five different (or a short post's five, a sixth of its words), and more of their own marks than Swedish ones. */
export function isDanishOrNorwegian(text: string): boolean {
  const found = (text.match(DANISH_NORWEGIAN_WORD) ?? []).map((w) => w.toLowerCase());
  const different = new Set(found).size;
  if (different < 5) return false;
  if (found.length < 8 && found.length * 6 < (text.match(/\p{L}+/gu) ?? []).length) return false;
  // An English page quoting a reader's words writes more of English's own.
  if ((text.match(ENGLISH_WORD) ?? []).length >= found.length) return false;
  return (text.match(OWN_MARK) ?? []).length > (text.match(SWEDISH_MARK) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** A Danish or Norwegian page glossed into English. */
export const glossDanishNorwegian = (text: string): string => glossInTurn(text, CASED_RULES);
