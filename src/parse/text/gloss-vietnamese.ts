import { applyGloss, dayOrAsWritten, monthOfNumber, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * Vietnamese draw news glossed into the English the reader knows, as `gloss.ts` does for Korean and Chinese
 * (docs/parser.md, "Eighth round" and "Sixteenth round"): day-first dates ("ngày 13 tháng 6, 2018", "ngày 29/10/2018",
 * "ngày 6 tháng Bảy"), counts with their noun ("3.900 ứng viên" → "3,900 candidates"), scores, programs and the words of a
 * draw report. What the glossary does not know is dropped, so a sentence it cannot place gives no fact.
 */

const monthOf = monthOfNumber;
const day = dayOrAsWritten;

const VIETNAMESE_MONTHS: Readonly<Record<string, number>> = {
  một: 1,
  giêng: 1,
  hai: 2,
  ba: 3,
  tư: 4,
  năm: 5,
  sáu: 6,
  bảy: 7,
  tám: 8,
  chín: 9,
  mười: 10,
  'mười một': 11,
  'mười hai': 12,
  chạp: 12,
};
const VIETNAMESE_WEEKDAYS: Readonly<Record<string, string>> = { Hai: 'Monday', Ba: 'Tuesday', Tư: 'Wednesday', Năm: 'Thursday', Sáu: 'Friday', Bảy: 'Saturday' };
const VIETNAMESE: readonly GlossRule[] = [
  // "3.900" is 3,900 (a point groups thousands, a comma marks decimals).
  [/(?<![\d.,])(\d{1,3})\.(\d{3})(?![\d.,]\d)/g, '$1,$2'],
  // "có số điểm ít nhất là 432" (a score of at least 432); "chỉ được mời nếu họ gửi hồ sơ … trước ngày 16 tháng 2 năm 2021
  // lúc 09:51:22 UTC" (invited only if they submitted their profile before …): the tie-break.
  [/(?:số\s)?điểm\sít nhất(?:\slà)?/gi, ' a score of at least '],
  // "12:12:34 (giờ Việt Nam)" (Vietnam time): the zone of the time before it (time-zones.ts).
  [/giờ\s(?:Việt Nam|VN|Hà Nội)/gi, ' Vietnam time '],
  [/(?:chỉ\s)?được mời nếu họ (?:đã\s)?(?:gửi|nộp|tạo)\s(?:hồ sơ|profile)(?:\sExpress Entry)?\strước/gi, ' were invited if they submitted their Express Entry profile before '],
  // A dateline's weekday: "Thứ Ba, 01/06/2021 - 09:15" is Tuesday's (before "tháng Ba", March, is read).
  [/(?<!tháng\s)\bThứ\s(Hai|Ba|Tư|Năm|Sáu|Bảy)(?![\p{L}])/gu, (_, w = '') => ` ${VIETNAMESE_WEEKDAYS[w] ?? ''} `],
  // "hôm thứ Tư (23/11)" (on Wednesday, 23/11): a weekday in lower case after "hôm" (day), not the ordinal "thứ tư" (fourth).
  [/\bhôm\s(?:qua\s)?thứ\s(Hai|Ba|Tư|Năm|Sáu|Bảy)(?![\p{L}])/giu, (_, w = '') => ` on ${VIETNAMESE_WEEKDAYS[w.charAt(0).toUpperCase() + w.slice(1)] ?? ''} `],
  // "vòng rút thăm Express Entry thứ 236" (the 236th Express Entry round).
  [/\b(?:vòng|lần|đợt)\s(?:rút thăm|mời)(?:\sExpress Entry)?\sthứ\s([1-9]\d{1,2})\b(?![/.]\d)/giu, ' draw #$1 '],
  [/\bChủ\s[Nn]hật(?![\p{L}])/gu, ' Sunday '],
  // Months in words: "ngày 6 tháng Bảy" is July 6 ("tháng Năm", May, only capitalised: "năm" is also "year").
  [/tháng\s(Mười\sMột|Mười\sHai|Một|Giêng|Hai|Ba|Tư|Sáu|Bảy|Tám|Chín|Mười|Chạp)(?![\p{L}])/giu, (_, w = '') => `tháng ${String(VIETNAMESE_MONTHS[w.toLowerCase().replace(/\s+/g, ' ')] ?? '')}`],
  [/tháng\sNăm(?![\p{L}])/gu, 'tháng 5'],
  // A range of days: "từ ngày 01 đến 07 tháng 07" (from the 1st to the 7th of July) dates no draw.
  [/từ\s(?:ngày\s)?\d{1,2}\s(?:đến|tới|-)\s(?:ngày\s)?\d{1,2}\s?tháng\s?\d{1,2}(?:,?\s?(?:năm\s)?\d{4})?/gi, ' '],
  // Dates: "ngày 13 tháng 6, 2018", "30 tháng 9", "tháng 11 năm 2017", "ngày 29/10/2018", "ngày 08/08" (day first).
  [/(?:ngày\s)?(\d{1,2})\s?tháng\s?(\d{1,2})(?:,?\s?(?:năm\s)?(\d{4}))?/gi, (_, d = '', m = '', y) => ` ${day(y || undefined, m, d)} `],
  [/ngày\s(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?/gi, (_, d = '', m = '', y) => ` ${day(y || undefined, m, d)} `],
  // "(bằng đợt 19/8)" (as large as the draw of 19/8), "chỉ sau đợt 22/7": a draw named by its day alone, most often
  // another one; left out rather than guessed (it was read as round #19).
  [/(?:đợt|lần|vòng)\s\d{1,2}\/\d{1,2}(?:\/\d{4})?(?![\d/])/gi, ' '],
  [/tháng\s?(\d{1,2})(?:\s?năm\s?|\/)(\d{4})/gi, (_, m = '', y = '') => ` ${monthOf(m)} ${y} `],
  [/năm\s(\d{4})/gi, ' $1 '],
  // A month alone: "từ đầu tháng Tư" (since early April), "của tháng 03" (of March).
  [/tháng\s?(0?[1-9]|1[0-2])(?!\d)/gi, (_, m = '') => ` ${monthOf(m)} `],
  // Round numbers: "lần #165", "lần thứ 165" (a two- or three-digit ordinal; "thứ hai" is this year's second).
  // "lần thứ 10 trong năm 2018" (the year's 10th): a count within a year or a month, no round number.
  [/(?:lần|đợt|vòng)\s(?:thứ\s)?(\d{1,3})\s*(?:(?:trong|của)\s+)?(?:năm|tháng|(?:19|20)\d\d\b)/gi, ' '],
  // "đợt rút thăm Express Entry số 341" (Express Entry draw number 341).
  [/(Express Entry|rút thăm)\s+số\s+([1-9]\d{1,2})(?![\d.,/])/gi, '$1 #$2'],
  // Not "lần thứ 02" (the week's second time): a round number has no leading zero.
  [/(?:lần|đợt|vòng)\s(?:thứ\s)?#?([1-9]\d{1,2})\b(?![/.]\d)/gi, ' draw #$1 '],
  // "vòng tuyển chọn thứ 2 trong tháng" (the month's second round), "thứ 2" (Monday): a one-digit ordinal is no round number.
  [/thứ\s\d(?!\d)/gi, ' '],
  // Ordinals in words, "lần rút thăm thứ tám của tất cả chương trình" (the eighth all-program draw): a count, no round number.
  [/thứ\s(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười)(?![\p{L}])/giu, ' '],
  [/kể từ/gi, ' since '],
  // "Ví dụ, đợt … mới nhất vào ngày 25 tháng 6 …" (for example, the latest draw, on June 25, …): an illustration, and "quy tắc tie-break" the rule.
  [/ví dụ(?:\snhư)?/gi, ' For example '],
  [/quy tắc\s(tie-?break)/gi, ' $1 rule '],
  // A card's labels: "Quy tắc phân định:" (the tie-breaking rule), "Số đợt: #176" (the round's number); a byline's "Tác giả:" (by).
  [/quy tắc phân định/gi, ' tie-breaking rule '],
  [/số đợt\s?:\s?(?=#?\d)/gi, ' draw number: '],
  [/tác giả\s?:/gi, ' By '],
  [/(?:cho\s|dành cho\s)?tất cả\s(?:các\s)?chương trình/gi, ' all programs '],
  [/rút hồ sơ/gi, ' draw '],
  // "sau 11 ngày" (11 days later): a number of days, not a round's.
  [/(\d{1,3})\sngày(?!\s?\d)/gi, ' $1 days '],
  // Counts, scores and what happened.
  // "Điểm CRS giảm dưới 400" (the CRS score fell below 400), "trên 500": a bound, not a figure.
  [/(?:(?:giảm|tăng)\s(?:xuống\s|lên\s)?)?(dưới|trên)\s(?=\d)/gi, (_, w = '') => (w.toLowerCase() === 'dưới' ? ' below ' : ' above ')],
  [/((?<!\d,?)\d[\d,]{0,15})\s(?:thư mời|lời mời|itas?|ITAs?)/gi, ' $1 invitations '],
  [/((?<!\d,?)\d[\d,]{0,15})\s(?:ứng viên|ứng cử viên|người|hồ sơ)/gi, ' $1 candidates '],
  [/(?:từ\s)?(\d{2,4})\s(?:điểm\s)?trở lên/gi, ' $1 points or more '],
  [/(\d{2,4})\sđiểm/gi, ' $1 points '],
  [/đã được (?:phát ra|phát hành|gửi|cấp)|được (?:phát ra|phát hành|gửi đi|gửi)/gi, ' were issued '],
  [/đã (?:ban hành|cấp|phát ra|phát hành|phát|gửi)/gi, ' issued '],
  // "trong 2 đợt rút thăm" (in 2 draws), "4 vòng tuyển chọn", "2 đợt liên tiếp" (2 draws in a row): Vietnamese nouns have no plural (before
  // "đợt mời" alone: "3 ĐỢT MỜI" is 3 draws).
  [/(?<![\d.,])([2-9])\s(?:đợt|vòng|lần)\s(?:rút thăm|rút hồ sơ|tuyển chọn|lựa chọn|mời|bốc thăm|liên tiếp)/gi, ' $1 draws '],
  // "vòng mời" (a round of invitations) is a draw; "Vòng mời lần này diễn ra sau vòng mời vào ngày 12/4" (this round follows the one of April 12).
  [/(?:đợt|vòng)\smời/gi, ' draw '],
  [/diễn ra sau/gi, ' follows '],
  [/đã mời|mời/gi, ' invited '],
  [/(?:mức\s)?điểm(?:\ssố)?\s(?:CRS\s)?(?:tối thiểu|thấp nhất)(?:\scủa\sHệ thống xếp hạng toàn diện)?(?:\s\(CRS\))?|(?:điểm\ssố\s)?tối thiểu(?:\sCRS)?/gi, ' minimum CRS score '],
  [/điểm\s(?:số\s)?CRS/gi, ' CRS score '],
  [/\slà\s/gi, ' was '],
  [/(?:lần|đợt|vòng)\s(?:trước|trước đó)|trước đó/gi, ' the previous draw '],
  [/so với/gi, ' compared with '],
  [/thấp hơn/gi, ' lower than '],
  [/cao hơn/gi, ' higher than '],
  [/nhiều hơn|hơn/gi, ' more than '],
  [/mới nhất|gần đây nhất/gi, ' latest '],
  [/(?:ngày\s)?hôm nay/gi, ' today '],
  [/hôm qua/gi, ' yesterday '],
  [/(?:đợt|vòng|lần)\s(?:rút thăm|tuyển chọn|mời|bốc thăm)|rút thăm/gi, ' draw '],
  [/đề cử tỉnh bang|đề cử tỉnh/gi, ' Provincial Nominee Program '],
  [/kinh nghiệm Canada/gi, ' Canadian Experience Class '],
  [/(?:ngành\s)?thợ liên bang|(?:chương trình\s)?tay nghề liên bang nhóm thợ/gi, ' Federal Skilled Trades '],
  [/(?:chương trình\s)?tay nghề liên bang/gi, ' Federal Skilled Worker '],
  // "nhóm thợ tay nghề", "Loại rút thăm: Thợ tay nghề": the trade occupations category (the federal program is "thợ liên bang", above).
  [/(?:(?:danh mục|nhóm|ngành)\s)?thợ tay nghề|nhóm thợ|(?:nhóm\s)?(?:ngành\s)?kỹ thuật lành nghề/gi, ' trade occupations '],
  [/tiếng Pháp/gi, ' French-speaking '],
  [/(?:danh mục\s)?(?:các\s)?(?:nhóm\s)?ngành vận tải|vận tải/gi, ' transport occupations '],
  [/(?:ngành\s)?(?:chăm sóc sức khỏe|y tế)/gi, ' healthcare occupations '],
  [/(?:ngành\s)?nông nghiệp/gi, ' agriculture occupations '],
  // "Các ứng cử viên của … (CEC) cũng được đưa vào …": were also included (one group among the invited, not the round's program).
  [/cũng được đưa vào/gi, ' were also included in '],
  [/cũng đã/gi, ' also '],
  [/sẽ|dự kiến|có thể|dự đoán|dự báo/gi, ' expected '],
];

/** Vietnamese words left after the glossary: any with a Vietnamese letter, and the commonest unaccented ones. */
const VIETNAMESE_WORD =
  /(?<![\p{L}])(?:[\p{L}]*[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ][\p{L}]*|cho|hay|con|la|va|ban|tin|theo|trong|nay|khi|sau|tai|ma|nhu|co|so|de|da|di|nam|ve|vao|voi|mot|hai|ba|bon|nam|cac|nhung|nhieu|tren|duoi|thi|neu|vi|hon|cua|chi|tu|ra|len|xuong|toi|anh|em|ong|ca|chung|nhan|tong)(?![\p{L}])/giu;
/** Letters only Vietnamese writes (not French's â, ê, ô nor Portuguese's ã). */
const VIETNAMESE_LETTER = /[ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;

/** Vietnamese: enough of its letters that it is the page's language, not a name. */
const VIETNAMESE_LETTERS = new RegExp(VIETNAMESE_LETTER.source, 'gi');
export const isVietnamese = (text: string): boolean => VIETNAMESE_LETTER.test(text) && (text.match(VIETNAMESE_LETTERS) ?? []).length >= 8;

/** A Vietnamese page glossed into English. */
export function glossVietnamese(text: string): string {
  return tidyGloss(applyGloss(text, VIETNAMESE).replace(VIETNAMESE_WORD, ' '));
}
