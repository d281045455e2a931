import { glossInTurn, keepCase, markEarlier, monthNamer, ordinalNumber, words, writtenWith, type GlossRule, type MonthTable, WORD_COUNT } from './gloss-rules.ts';

/**
 * Turkish draw news glossed into the English the reader knows (docs/parser.md, "Roman Urdu and Turkish"): thousands with a
 * point ("3.000 davet" → "3,000 invitations"), day-first dates with the months and their suffixes ("2 Nisan 2026", "31
 * Mayıs'ta", "14 Eylül Çarşamba günü" → "on Wednesday, September 14", "21 Eyl 2023"), "dün" (yesterday), "bugün" (today), "bu
 * hafta" (this week); rounds ("408 numaralı davet turu", "tur no. 387" → draw #408, #387), counts ("3.000 adaya davet
 * gönderildi" → 3,000 candidates were invited, "Davet sayısı"), cut-offs ("en düşük CRS puanı", "asgari CRS", "435 puan"), the
 * tie-breaking rule ("Eşitlik bozma kuralı"), programs, provinces, and the words of a draw report. A sentence in the pluperfect
 * ("gönderilmişti", had been sent) or with "önceki" (previous) speaks of an earlier round. Words the glossary does not know stay
 * as they are: no English pattern reads them. Suffixes after an apostrophe ("Kanada'da", "516'ydı", "IRCC'nin") are dropped.
 */

const MONTHS: MonthTable = [
  ['oca', 'January'],
  ['şub', 'February'],
  ['mar', 'March'],
  ['nis', 'April'],
  ['may', 'May'],
  ['haz', 'June'],
  ['tem', 'July'],
  ['ağu', 'August'],
  ['eyl', 'September'],
  ['eki', 'October'],
  ['kas', 'November'],
  ['ara', 'December'],
];
const month = monthNamer(MONTHS, 'i');
const MONTH = String.raw`(Ocak|Oca|Şubat|Şub|Mart|Mar|Nisan|Nis|Mayıs|May|Haziran|Haz|Temmuz|Tem|Ağustos|Ağu|Eylül|Eyl|Ekim|Eki|Kasım|Kas|Aralık|Ara)\.?(?:['’][\p{L}]{1,5})?`;
const WEEKDAYS: readonly (readonly [string, string])[] = [
  ['Pazartesi', 'Monday'],
  ['Salı', 'Tuesday'],
  ['Çarşamba', 'Wednesday'],
  ['Perşembe', 'Thursday'],
  ['Cumartesi', 'Saturday'],
  ['Cuma', 'Friday'],
  ['Pazar', 'Sunday'],
];
const WEEKDAY = `(${WEEKDAYS.map(([w]) => w).join('|')})`;
const weekday = (w: string): string => WEEKDAYS.find(([tr]) => tr.toLowerCase() === w.toLowerCase())?.[1] ?? '';
const NUMBERS: Readonly<Record<string, string>> = { iki: 'two', üç: 'three', dört: 'four', beş: 'five' };
const number = (w: string): string => NUMBERS[w.toLowerCase().replace('i̇', 'i')] ?? w;

/** A round's noun with its case endings ("tur", "turu", "turunda", "turları", "çekilişinde"). */
const DRAW = String.raw`(?:davet\s)?(?:tur|çekiliş)(?:u|unu|unda|una|da|a|lar|ları|larında|i|ini|inde|ine|te|e)?`;

/** A sentence in the pluperfect ("gönderilmişti", "yapılmıştı") or with "önceki"/"geçen" (previous, last) tells of an earlier round. */
const EARLIER = /(?:m[ıiuü]ş(?:t[ıiuü]|d[ıiuü])|m[ıiuü]ş,|\bönceki\b(?!\sgün)|\b[Gg]eçen\s(?:tur|çekiliş|hafta)|\b[Bb]ir\sgün\sönce)/u;

const RULES: readonly GlossRule[] = [
  // "3.000" and "226.859" are 3,000 and 226,859 ("29.05.2020" is a day).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  // "4 bin" and "1,5 bin" are 4,000 and 1,500.
  [words(String.raw`(\d{1,3})(?:,(\d))?\sbin`), (_, n = '', tenth = '') => ` ${n}${tenth ? `,${tenth}00` : ',000'} `],
  // Hedged counts before their suffixes go: "15.000'den fazla" (more than), "5.000'e kadar" and "en fazla 5.000" (up to), "yaklaşık".
  [words(`${WORD_COUNT}['’](?:d|t)[ae]n\\s(?:fazla|çok)`), ' more than $1 '],
  [words(`${WORD_COUNT}['’]y?[ae]\\skadar`), ' up to $1 '],
  [words(`en\\sfazla\\s${WORD_COUNT}`), ' up to $1 '],
  [words(`${WORD_COUNT}\\s(?:civarında|civarı|dolayında)`), ' about $1 '],
  [words('yaklaşık|tahminen|aşağı\\syukarı'), ' about '],
  // Suffixes after an apostrophe: "Kanada'da", "516'ydı", "Express Entry'de", "IRCC'nin".
  [/(?<=[\p{L}\d])['’][a-zçğıöşü]{1,6}(?![\p{L}])/gu, ''],
  // Days: "2 Nisan 2026", "14 Eylül Çarşamba günü", "21 Eyl 2023", "31 Mayıs'ta".
  [
    words(String.raw`(\d{1,2})\s${MONTH}(?:,?\s((?:19|20)\d\d))?(?:,?\s${WEEKDAY}(?:\sgünü)?)?`),
    (_, d = '', m = '', y = '', w = '') => ` ${w ? `on ${weekday(w)}, ` : ''}${month(m)} ${String(Number(d))}${y ? `, ${y}` : ''} `,
  ],
  [words(`${WEEKDAY}\\sgünü`), (_, w = '') => ` on ${weekday(w)} `],
  ...WEEKDAYS.map(([tr, en]): GlossRule => [words(tr), ` ${en} `]),
  [words(String.raw`(Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık)(?:\s((?:19|20)\d\d))?(?:\sayında|\sayı)?`), (_, m = '', y = '') => ` ${month(m)}${y ? ` ${y}` : ''} `],
  [words('bugün(?:kü)?'), ' today '],
  [words('dün(?:kü)?'), ' yesterday '],
  [words('bu\\shafta(?:\\sbaşında)?'), ' this week '],
  [words('geçen\\shafta'), ' last week '],
  [words('gelecek\\shafta|önümüzdeki\\shafta'), ' next week '],
  [words(String.raw`([iİ]ki|üç|dört|beş|[2-5])\shafta\sönce(?:ki)?`), (_, n = '') => ` ${number(n)} weeks earlier `],
  [words('bir\\sgün\\sönce'), ' a day earlier '],
  [words('(?:önceki|evvelsi|evvelki)\\sgün'), ' the day before yesterday '],
  [words('saat(?=\\s\\d{1,2}[:.]\\d{2})'), ' at '],
  // Rounds: "408 numaralı davet turu", "tur no. 387", "iki Express Entry turu" (two draws), "son Express Entry turu".
  [words(String.raw`(\d{1,3})\s(?:numaralı|no\.?lu)\s(?:bu\s)?(?:Express\sEntry\s)?${DRAW}`), ' draw #$1 '],
  // "435. Express Entry turu", "404. çekiliş": an ordinal.
  [words(String.raw`(\d{1,3})\.\s((?:Express\sEntry\s)?)${DRAW}`), (_, n = '', ee = '') => ` the ${ordinalNumber(n)} ${ee}draw `],
  [words(String.raw`(?:tur|çekiliş)\s(?:no\.?|numarası:?)\s?#?(\d{1,3})`), ' draw #$1 '],
  [words(String.raw`([iİ]ki|üç|dört|beş|[2-5])\s(Express\sEntry\s)?${DRAW}`), (_, n = '', ee = '') => ` ${number(n)} ${ee}draws `],
  [words(String.raw`önceki\s${DRAW}`), ' the previous draw '],
  [words(String.raw`bir\ssonraki\s${DRAW}`), ' the next draw '],
  [words(String.raw`ilk\s(?:kategori\s)?${DRAW}`), ' first draw '],
  // "bu hafta Express Entry turu yapılmadı" (no Express Entry draw was held this week).
  [words(String.raw`(Express\sEntry\s)?${DRAW}\s(?:yapılmadı|olmadı|gerçekleşmedi)`), ' no $1draw was held '],
  [words(DRAW), ' draw '],
  [words('Eşitlik\\s(?:bozma\\s)?kuralı'), ' Tie-breaking rule '],
  [words('(?:Eyaleti?|İl)\\sAday\\sProgramı'), ' Provincial Nominee Program '],
  // Counts: "3.000 adaya davet (ITA) gönderildi", "1.200 Express Entry adayını davet etti", "Davet sayısı 3.515", "3.000 davet".
  [words(`${WORD_COUNT}\\saday(?:a|ına|ını|ı)\\sdavet(?:\\s\\(ITA\\))?\\sgönderildi`), ' $1 candidates were invited '],
  [words(`${WORD_COUNT}\\saday(?:a|ına|lara)\\sdavet(?:iye)?(?:\\s\\(ITA\\))?\\sgönderdi`), ' sent invitations to $1 candidates '],
  [words(`${WORD_COUNT}\\s((?:Express\\sEntry\\s|PNP\\s|CEC\\s)?)aday(?:ı|ını|a|ına)\\sdavet\\setti`), ' invited $1 $2candidates '],
  [words('Davet\\ssayısı'), ' Number of invitations '],
  [words(`${WORD_COUNT}\\s(?:davet|ITA)`), ' $1 invitations '],
  [words('davet\\sedildi'), ' were invited '],
  [words('davet\\setti'), ' invited '],
  [words('davet(?:iye)?(?:ler)?'), ' invitations '],
  [words('gönderildi'), ' were sent '],
  [words('gönderdi'), ' sent '],
  [words('aday(?:lar)?(?:a|ı|ına|ını|ları|larına|lara)?'), ' candidates '],
  [words('Aday\\ssayısı'), ' Number of candidates '],
  // Cut-offs: "en düşük CRS puanı 477 oldu", "asgari CRS", "minimum puan 440", "minimum 435 puan", "509 puanla".
  [words('(?:en\\sdüşük|asgari|minimum)\\s(CRS\\s)?puan(?:ı)?'), (_, crs = '') => ` minimum ${crs}score `],
  [words('(?:en\\sdüşük|asgari)\\sCRS'), ' minimum CRS '],
  [words(String.raw`(\d{2,4})\spuan(?:la|a|ı)?`), ' $1 points '],
  [words('puan(?:ı)?'), ' score '],
  [/(?<=\d)\s(?:oldu|olarak\sbelirlendi)(?![\p{L}])/gu, ' '],
  [words('olarak\\sbelirlendi'), ' '],
  // Programs.
  [words('tüm\\sprogramlara\\saçık'), ' all-program '],
  [words('tüm\\sprogramlar'), ' all programs '],
  [words('zanaat\\s(?:meslek(?:leri|lerine)?|işleri)'), ' trade occupations '],
  [words('ulaştırma\\s(?:meslek(?:leri|lerine)?|sektörü)'), ' transport occupations '],
  [words('sağlık\\s(?:ve\\ssosyal\\shizmet(?:ler)?\\s)?(?:meslek(?:leri|lerine)?|çalışanları)'), ' healthcare occupations '],
  [words('Kanada\\sDeneyim\\sSınıfı'), ' Canadian Experience Class '],
  [words('(?:İl|Eyalet)\\sAdaylık\\sProgramı'), ' Provincial Nominee Program '],
  [words('eğitim\\smeslek(?:leri|lerine)?'), ' education occupations '],
  [words('tarım\\s(?:ve\\sgıda\\s)?meslek(?:leri|lerine)?'), ' agriculture occupations '],
  [words('Fransızca\\sdil\\syeterliliği'), ' French-language proficiency '],
  [words('Fransızca'), ' French '],
  [words('eyalet(?:i|in)?'), ' province '],
  [words('kategori(?:si|sinde)?'), ' category '],
  // Other countries' draws.
  [words('Avustralya(?:\\p{L}*)'), ' Australia '],
  [words('vize(?:si|sine|leri)?'), ' visa '],
  [words('Yeni\\sZelanda(?:\\p{L}*)'), ' New Zealand '],
  [words('[İi]ngiltere(?:\\p{L}*)'), ' the UK '],
  // Words of a draw report.
  [words('Toplam'), ' A total of '],
  [words('gerçekleştirdi|düzenledi'), ' held '],
  [words('gerçekleşen|yapılan|düzenlenen'), ' held '],
  [words('yapıldı|gerçekleştirildi|düzenlendi'), ' was held '],
  [words('yalnızca|sadece'), ' only '],
  [words('yeni'), ' new '],
  [words('ilk'), ' first '],
  [words('son'), ' latest '],
  [words('önceki'), ' previous '],
  [words('tahmin(?:i|ler|leri)?|öngörüyor|bekleniyor|bekliyor|beklentisi'), ' expected '],
  [words('aylık\\sözet'), ' monthly recap '],
  [words('rehber(?:i)?'), ' guide '],
  [words('için'), ' for '],
  [words('ve'), ' and '],
  [words('ise'), ' '],
  [words('Kanada'), ' Canada '],
];

/** Words Turkish writes often and no other language the reader meets. */
const TURKISH_WORDS = words(
  've|için|bir|bu|ile|olarak|davet\\p{L}*|aday\\p{L}*|puan\\p{L}*|turu\\p{L}*|çekiliş\\p{L}*|dün|bugün|hafta\\p{L}*|gönderildi|yapıldı|yapılan|oldu|düşük|asgari|toplam|yalnızca|sadece|eşitlik|kuralı|önceki|göç\\p{L}*|kanada\\p{L}*',
);
/** A cheap first test: Turkish writes the dotless "ı" and "ğ", which the reader's other languages do not. */
export const TURKISH_HINT = /[ığ]/;

/** Eight of the words, five of them different, or a short post with five different making up a sixth of its words. */
export const isTurkish = (text: string): boolean => writtenWith(text, TURKISH_WORDS, 5);

const CASED_RULES = RULES.map(keepCase);

/** A Turkish page glossed into English: a sentence of an earlier round first marked, then the rules. */
export const glossTurkish = (text: string): string => glossInTurn(markEarlier(text, EARLIER, /((?<=[.!?;])\s+|\n)/), CASED_RULES);
