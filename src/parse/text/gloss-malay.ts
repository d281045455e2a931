import { compiledNow } from './matches.ts';
import { applyGloss, glossDay, keepCase, monthOfNumber, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Indonesian and Malay draw news glossed into the English the reader knows, as `gloss-german.ts` does for German (docs/parser.md,
 * "Indonesian, Malay and Thai"): thousands with a point ("6.324" → "6,324"), day-first dates ("Jumat, 21 Maret 2025" → "Friday,
 * March 21, 2025", "Rabu (5/7/2023)" → "Wednesday (July 5, 2023)"), counts with their noun ("7.500 kandidat" → "7,500
 * candidates", "536 undangan" → "536 invitations"), cut-offs ("skor CRS minimum" → "minimum CRS score", "491 mata" → "491
 * points"), round numbers ("putaran ke-341", "Cabutan #367"), programs and the words of a draw report. The two languages share
 * most words; where they differ both are read ("kandidat"/"calon", "Agustus"/"Ogos", "kemarin"/"semalam"). Words the glossary
 * does not know stay as they are: no English pattern reads them.
 */

const MONTHS: readonly (readonly [string, number])[] = [
  ['januari|jan', 1],
  ['februari|feb', 2],
  ['maret|mac|mar', 3],
  ['april|apr', 4],
  ['mei', 5],
  ['juni|jun', 6],
  ['juli|julai|jul', 7],
  ['agustus|ogos|agu|agt|ogo', 8],
  ['september|sept|sep', 9],
  ['oktober|okt', 10],
  ['november|nov', 11],
  ['desember|disember|des|dis', 12],
];
const MONTH = `(${MONTHS.map(([w]) => w).join('|')})\\.?`;
const monthNumber = (word: string): string => String(MONTHS.find(([w]) => w.split('|').includes(word.toLowerCase().replace(/\.$/, '')))?.[1] ?? 0);
/** "21 Maret 2025" → "March 21, 2025"; as written when it is no day. */
const day = (d: string, m: string, y: string, written: string): string => (Number(d) >= 1 && Number(d) <= 31 ? (glossDay(y || undefined, m, d) ?? written) : written);

/** Weekdays ("Minggu" and "Ahad", Sunday, only before a date: "minggu" is also "week"). */
const WEEKDAYS: readonly (readonly [RegExp, string])[] = [
  [/\b(?:Senin|Isnin)\b/gi, 'Monday'],
  [/\bSelasa\b/gi, 'Tuesday'],
  [/\bRabu\b/gi, 'Wednesday'],
  [/\bK(?:h)?amis\b/gi, 'Thursday'],
  [/\bJum(?:at|aat|'at)\b/gi, 'Friday'],
  [/\bSabtu\b/gi, 'Saturday'],
  [/\b(?:Minggu|Ahad)(?=,?\s\(?\d)/g, 'Sunday'],
];
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const RULES: readonly GlossRule[] = [
  // "6.324" and "7.500" are 6,324 and 7,500 ("8,5 persen" keeps its decimal comma; "1.2K" is no count).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d]|[.,]\d)/g, '$1,$2'],
  ...WEEKDAYS.map(([pattern, english]): GlossRule => [pattern, english]),
  // Day first, as both languages write it: "21 Maret 2025", "22 Mar 2025", "6 Maret", "17 Ogos 2026".
  [new RegExp(String.raw`(?<![\d.,/])(\d{1,2})\s${MONTH}(?:\s((?:19|20)\d\d))?(?![\p{L}])`, 'giu'), (all, d = '', m = '', y = '') => ` ${day(d, monthNumber(m), y, all)} `],
  // "Rabu (5/7/2023)", "kemarin (24/8)", "Rabu 15/4", "tanggal 4/7": a numeric day, day first, after a weekday, a bracket or "on".
  [
    new RegExp(String.raw`(?<=(?:${WEEKDAY},?\s?\(?|\(|\b(?:kemarin|semalam|tanggal|tarikh|pada)\s\(?))(\d{1,2})/(\d{1,2})(?:/((?:19|20)\d\d))?(?![\d/])`, 'gi'),
    (all, d = '', m = '', y = '') => day(d, m, y, all),
  ],
  // A month alone ("sejak Februari", since February; "Oktober 2023"): only the names no other word shares.
  [/\b(Januari|Februari|Maret|Juni|Juli|Julai|Agustus|Ogos|Oktober|Desember|Disember)\b/gi, (m = '') => ` ${monthOfNumber(monthNumber(m))} `],
  [/\b(?:pukul|jam)\s(?=\d{1,2}[:.]\d{2})/gi, ' at '],
  // A byline's "Khamis, 24 November 2022 @ 11:05am": the day, then its time.
  [/(?<=\d{4})\s@\s(?=\d{1,2}[:.]\d{2})/g, ' '],
  [/\b(?:di|pada)\shari\s(?=(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)/gi, ' on '],
  [/\b(?:tanggal|tarikh)\s?:/gi, ' Date: '],
  [/\b(?:pada\s)?(?:tanggal|tarikh)\b/gi, ' on '],
  [/\bhari\sini\b/gi, ' today '],
  [/\b(?:kemarin|kemaren|semalam)\b/gi, ' yesterday '],
  [/\bsehari\ssebelumnya\b/gi, ' the day before '],
  [/\b(?:dua|2)\sminggu\s(?:lalu|lepas|sebelumnya)\b/gi, ' two weeks ago '],
  [/\bminggu\s(?:ini|ni)\b/gi, ' this week '],
  [/\bminggu\s(?:lalu|lepas|kemarin)\b/gi, ' last week '],
  [/\bminggu\sdepan\b/gi, ' next week '],
  [/\bbulan\s(?:lalu|lepas)\b/gi, ' last month '],
  // Rounds: "putaran ke-254", "Cabutan ke-236", "Nomor putaran: #254", "draw #409", "pusingan jemputan" (a round of invitations).
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)\s(Express\sEntry\s)?(?:ke-?\s?|nomor\s|nombor\s|no\.\s?|#\s?)([1-9]\d{1,2})(?![\d.,])/gi, (_, ee = '', n = '') => ` ${ee}draw #${n} `],
  [/\b(?:nomor|nombor)\s(?:undian|cabutan|putaran|pusingan|ronde|draw)\b/gi, ' draw number '],
  [/\s\((?:draw|invitation round)\)/gi, ' '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde)\s(?:undangan|jemputan)\b/gi, ' draw '],
  // "3 Draw", "dua cabutan": the noun has no plural.
  [/\b([2-9]|dua|tiga|empat|lima)\s(?:undian|cabutan|putaran|pusingan|ronde|draw)\b/gi, (_, n = '') => ` ${{ dua: '2', tiga: '3', empat: '4', lima: '5' }[n.toLowerCase()] ?? n} draws `],
  // "cabutan sebelumnya" (the previous draw), "undian terbaru" (the latest draw), "cabutan itu" (that draw).
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)(?:nya)?\s(?:sebelumnya|sebelum\sini|terdahulu|lalu|lepas)\b/gi, ' the previous draw '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)(?:nya)?\s(?:terbaru|terkini)\b/gi, ' the latest draw '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)\s(?:itu|tersebut)\b/gi, ' that draw '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)\sini\b/gi, ' this draw '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde|draw)(?:nya)?\s(?:Express\sEntry|EE)(?:\sKanada)?\b/gi, ' Express Entry draw '],
  [/\b(?:undian|cabutan|putaran|pusingan|ronde)(?:nya)?\b/gi, ' draw '],
  // Tie-breaks: "peraturan pemecah seri", "aturan tie-break".
  [/\b(?:peraturan|aturan)\s(?:pemecah\sseri|tie-?break(?:ing)?)(?:\s\(tie-?breaking rule\))?/gi, ' tie-breaking rule '],
  // Cut-offs: "skor CRS minimum", "Skor Comprehensive Ranking System (CRS) minimum", "skor minimum Sistem Kedudukan Komprehensif (CRS)".
  [/\bSistem\sKedudukan\sKomprehensif\b/gi, ' Comprehensive Ranking System '],
  [/\b(?:skor|markah|mata|nilai)\s(CRS|Comprehensive\sRanking\sSystem\s\(CRS\))\s(?:minimum|minimal|terendah)\b/gi, ' minimum $1 score '],
  [/\bskor\s(?:minimum|minimal|terendah)(?:\s(Comprehensive\sRanking\sSystem\s\(CRS\)|CRS))?/gi, (_, crs = '') => ` minimum ${crs || 'CRS'} score `],
  // "markah minimum", "mata minimum" (minimum marks, points): a score, the CRS's only where the page says so.
  [/\b(?:markah|mata|nilai)\s(?:minimum|minimal|terendah)(?:\s(Comprehensive\sRanking\sSystem\s\(CRS\)|CRS))?/gi, (_, crs = '') => ` minimum ${crs ? `${crs} ` : ''}score `],
  [/\bCRS\s(?:minimum|minimal|terendah)\b/gi, ' minimum CRS '],
  [/\bbatas\s(?:skor|minimum|markah)(?:\sCRS)?\b/gi, ' cut-off score '],
  // "skor … sebanyak 491 mata" (a score of 491 points); "Sebanyak 500 kandidat" (all of 500 candidates) opens a sentence.
  [/(?<=(?:score|CRS|\))\s)sebanyak\s(?=\d)/gi, ' of '],
  [/\bsebanyak\s(?=\d)/gi, ' '],
  [/\b(?:skor|markah)nya\b/gi, ' the score '],
  [/\b(?:skor|markah)\b/gi, ' score '],
  // "skornya naik gila2an jadi 538" (the score rose, wildly, to 538).
  [/\bnaik\s(?:[\p{L}\d-]+\s){0,2}?(?:jadi|menjadi|ke)\s(?=\d)/giu, ' rose to '],
  [/\bturun\s(?:[\p{L}\d-]+\s){0,2}?(?:jadi|menjadi|ke)\s(?=\d)/giu, ' fell to '],
  [/(\d)\s(?:poin|mata|markah)\b/gi, '$1 points '],
  [/\b(?:poin|mata)\b/gi, ' points '],
  // Invitations and candidates.
  [/\b(?:jumlah|bilangan)\s(?:ITA|undangan|jemputan)\b/gi, ' number of invitations '],
  [/(\d)\s(?:undangan|jemputan|ITA)\b/gi, '$1 invitations '],
  [/\b(?:undangan|jemputan)\b/gi, ' invitations '],
  [/\b(?:kandidat|calon|pemohon)(?:-(?:kandidat|calon|pemohon))?\b/gi, ' candidates '],
  [/\b(?:mengundang|menjemput|mengajak)\b/gi, ' invited '],
  [/\b(?:diundang|dijemput)\b/gi, ' were invited '],
  [/\b(?:mengeluarkan|menerbitkan)\b/gi, ' issued '],
  [/\b(?:dikeluarkan|diterbitkan)\b/gi, ' were issued '],
  [/\b(?:menggelar|mengadakan|menjalankan|melaksanakan)\b/gi, ' held '],
  [/\b(?:digelar|diadakan|dijalankan|dilaksanakan)\b/gi, ' held '],
  [/\b(?:menerima|mendapat(?:kan)?|dapat|dapet)\b/gi, ' received '],
  // Programs.
  [/\bKelas\sPengalaman\sKanada\b/gi, ' Canadian Experience Class '],
  [/\bProgram\sNominasi\s(?:Provinsi|Wilayah)\b|\bNominasi\sprovinsi\b/gi, ' Provincial Nominee Program '],
  [/\bProgram\sPekerja\s(?:Mahir|Terampil)\s(?:Persekutuan|Federal)\b/gi, ' Federal Skilled Worker Program '],
  [/\bPekerja\s(?:Perdagangan|Pertukangan)\s(?:Mahir|Terampil)\s(?:Persekutuan|Federal)\b/gi, ' Federal Skilled Trades '],
  [/\b(?:ber)?bahasa\sPe?rancis\b|\bFrancophone\b/gi, ' French-language '],
  [/\b(?:pekerjaan|kategori|bidang)\s(?:kesehatan|kesihatan)\b/gi, ' healthcare occupations '],
  [/\b(?:kesehatan|kesihatan)\b/gi, ' healthcare '],
  [/\b(?:pekerjaan|kategori|bidang)\spendidikan\b/gi, ' education occupations '],
  [/\bpendidikan\b/gi, ' education '],
  [/\b(?:pekerjaan|kategori|bidang)\s(?:perdagangan|pertukangan|tukang)\b/gi, ' trade occupations '],
  [/\b(?:perdagangan|pertukangan)\b/gi, ' trade '],
  // "tukang paip" (a plumber): one of the trades, not the category.
  [/\btukang\b/gi, ' tradespeople '],
  [/\bsemua\sprogram\b/gi, ' all programs '],
  [/\b(?:berbasis|berasaskan)\skategori\b/gi, ' category-based '],
  [/\bkategori\b/gi, ' category '],
  // What came before.
  [/\b(?:sebelumnya|sebelum\sini|terdahulu)\b/gi, ' previous '],
  [/\b(?:terbaru|terkini)\b/gi, ' latest '],
  [/\b(?:dibanding(?:kan)?|berbanding)(?:\sdengan)?\b/gi, ' compared with '],
  [/\b(?:sebagai\s(?:gambaran|contoh|perbandingan|rujukan))\b/gi, ' For example '],
  [/\b(?:misalnya|contohnya)\b/gi, ' For example '],
  [/\b(?:diperkirakan|dijangka|dijangkakan|diprediksi|kemungkinan|mungkin|akan)\b/gi, ' expected '],
  // Joining words the English patterns lean on.
  [/\b(?:menjadi|jadi)\s(?=\d)/gi, ' to '],
  [/\b(?:untuk\s)?(?:menjadi|jadi)\b/gi, ' to become '],
  [/\b(?:adalah|ialah|yaitu|iaitu|tercatat|merupakan)\b/gi, ' was '],
  // A headline's "Kanada Undang 7.500 Kandidat" (Canada invites 7,500 candidates).
  [/\b(?:undang|jemput)\s(?=\d)/gi, ' invites '],
  [/\b(?:yang|yg)\s(?:di(?:adakan|gelar|jalankan|laksanakan))\b/gi, ' which was held '],
  [/\b(?:pemastautin|penduduk|izin\stinggal|status\spemastautin)\stetap\b/gi, ' permanent residence '],
  [/\b(?:memohon|mohon|mengajukan\spermohonan)\b/gi, ' apply '],
  [/\btermasuk\b/gi, ' including '],
  [/\bmenurut\b/gi, ' according to '],
  [/\bsementara(?:\situ)?\b,?/gi, ' Meanwhile, '],
  [/\bKanada\b/g, ' Canada '],
  [/\bdan\b/g, ' and '],
  [/\b(?:dengan|bersama)\b/g, ' with '],
  [/\b(?:untuk|bagi)\b/g, ' for '],
  [/\bpada\b/g, ' on '],
  [/\b(?:yang|yg)\b/g, ' which '],
  [/\bdari(?:pada)?\b/g, ' from '],
  [/\b(?:juga|pula)\b/g, ' also '],
  [/\b(?:telah|sudah|dah)\b/g, ' has '],
  [/\b(?:hanya|cuma)\b/gi, ' only '],
  [/\bnaik\b/g, ' rose '],
  [/\bturun\b/g, ' fell '],
  [/\bsejak\b/g, ' since '],
  [/\bhingga\b/g, ' to '],
  [/\b(?:menerusi|melalui)\b/g, ' through '],
];

/** Words only Indonesian and Malay write often: enough of them, and the page is theirs. */
const MALAY_WORD =
  /\b(?:yang|yg|dengan|untuk|bagi|dan|ini|itu|pada|dari|telah|sudah|dah|akan|juga|adalah|ialah|dalam|kami|kamu|anda|tidak|tak|ada|atau|oleh|kepada|sebanyak|menerusi|melalui|sejak|lalu|lepas|lagi|masih|baru|keluar|sebelumnya|kandidat|calon|pemohon|undian|cabutan|putaran|pusingan|undangan|jemputan|skor|markah|poin|mengundang|menjemput|diundang|dijemput|Januari|Februari|Maret|Juni|Juli|Julai|Agustus|Ogos|Oktober|Desember|Disember|Senin|Isnin|Selasa|Rabu|Kamis|Khamis|Jumat|Jumaat|Sabtu|minggu|hari|bulan|tahun|kategori|pekerjaan|bahasa|je|nak|kena|sebab|aku|korang|tengah|kemarin|semalam)\b/g;
/** A cheap first test: a page with none of these is not Indonesian or Malay. */
export const MALAY_HINT = compiledNow(/\b(?:yang|dengan|untuk|dan|ini|pada|dari|ada|lagi|dah|kandidat|calon|cabutan|undian|skor|baru)\b/);

/** Enough of the words, or (a short post) a fair share of few words: "Cabutan #436 baru keluar! … 17 Ogos 2026". */
export function isMalay(text: string): boolean {
  const found = text.match(MALAY_WORD) ?? [];
  if (found.length >= 12 && new Set(found.map((w) => w.toLowerCase())).size >= 5) return true;
  return found.length >= 3 && new Set(found.map((w) => w.toLowerCase())).size >= 3 && found.length * 6 >= (text.match(/[\p{L}]+/gu) ?? []).length;
}

const CASED_RULES = RULES.map(keepCase);

/** An Indonesian or Malay page glossed into English. */
export function glossMalay(text: string): string {
  // Spaces the rules leave doubled go at once: a phrase glossed word by word is read by the rules after it.
  return tidyGloss(CASED_RULES.reduce((t, rule) => applyGloss(t, [rule]).replace(/ {2,}/g, ' '), text));
}
