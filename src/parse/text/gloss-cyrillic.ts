import { glossRussian, isRussian } from './gloss-russian.ts';
import { ERZYA_HINT, glossErzya, isErzya } from './gloss-erzya.ts';
import { glossMoksha, isMoksha } from './gloss-moksha.ts';
import { glossUkrainian, isUkrainian } from './gloss-ukrainian.ts';
import { glossBelarusian, isBelarusian } from './gloss-belarusian.ts';
import { glossMongolian, isMongolian } from './gloss-mongolian.ts';
import { glossTajik, isTajik, TAJIK_LETTER } from './gloss-tajik.ts';
import { glossKazakh, isKazakh } from './gloss-kazakh.ts';
import { glossTatar, isTatar, TATAR_LETTER } from './gloss-tatar.ts';
import { BASHKIR_LETTER, glossBashkir, isBashkir } from './gloss-bashkir.ts';
import { glossKyrgyz, isKyrgyz } from './gloss-kyrgyz.ts';
import { glossMacedonian, isMacedonian } from './gloss-macedonian.ts';
import { glossBulgarian, isBulgarian } from './gloss-bulgarian.ts';
import { CHECHEN_HINT, glossChechen, isChechen } from './gloss-chechen.ts';
import { AVAR_HINT, glossAvar, isAvar } from './gloss-avar.ts';
import { glossKabardian, isKabardian, KABARDIAN_HINT } from './gloss-kabardian.ts';
import { glossKomi, isKomi, KOMI_HINT } from './gloss-komi.ts';
import { glossLezgian, isLezgian, LEZGIAN_HINT } from './gloss-lezgian.ts';
import { glossOssetian, isOssetian, OSSETIAN_HINT } from './gloss-ossetian.ts';
import { CHUVASH_HINT, glossChuvash, isChuvash } from './gloss-chuvash.ts';
import { glossMari, isMari, MARI_HINT } from './gloss-mari.ts';
import { glossUdmurt, isUdmurt, UDMURT_HINT } from './gloss-udmurt.ts';
import { glossSakha, isSakha, SAKHA_HINT } from './gloss-sakha.ts';
import { glossKalmyk, isKalmyk, KALMYK_HINT } from './gloss-kalmyk.ts';
import { BURYAT_HINT, glossBuryat, isBuryat } from './gloss-buryat.ts';
import { glossUzbek, isUzbekCyrillic } from './gloss-uzbek.ts';
import { glossSerbianCyrillic, isSerbianCyrillic } from './gloss-serbian.ts';

/** The glossaries of pages in Cyrillic, in the order glossForeign tries them (gloss.ts), each with its cheap first test. */
export const CYRILLIC_GLOSSARIES: readonly (readonly [{ test: (text: string) => boolean }, (text: string) => boolean, (text: string) => string])[] = [
  // Komi and Lezgian first of the Cyrillic ones (before Avar, Ossetian, Chechen, Sakha and Russian; Komi before Udmurt and Mari): Komi known
  // by its "ӧ" and its own words ("талун", "тӧрыт", "корӧм", "корисны", "нуӧдіс", "медічӧт", "морт", "вося"), none of Udmurt's "ӝ", "ӟ",
  // "ӵ", "ӥ" or Mari's "ӱ", "ҥ"; Lezgian by "теклиф", "кьиле" or "эвер" and its own words ("къе", "гъинифиз", "теклифнама", "ракъурна",
  // "кьиле тухвана", "касдиз", "-даз"), none of Avar's "лъ" or Ossetian's "ӕ" (docs/parser.md "Komi and Lezgian").
  // Erzya and Moksha first of the Cyrillic ones (before Komi, Mari, Udmurt, Chuvash, Tatar, Bashkir and Russian): both behind "терд…"
  // (invite), which none of those writes, then their own words ("течи", "исяк", "тердема", "ютавтызе", "алкине", "-це";
  // "тяни", "тердсь", "ётафтсь", "минимальнай", "-ця"), none of the others' letters, and more of the one's own than of the other's
  // (docs/parser.md "Erzya and Moksha").
  [ERZYA_HINT, isErzya, glossErzya],
  [ERZYA_HINT, isMoksha, glossMoksha],
  [KOMI_HINT, isKomi, glossKomi],
  [LEZGIAN_HINT, isLezgian, glossLezgian],
  // Avar and Ossetian before Chechen, Chuvash, Sakha, Bashkir, Tatar, Kazakh and Russian: Avar known by its "лъ" (or "ахӀ", typed "ахI")
  // and its own words ("ахӀи", "тӀобитӀана", "гьабуна", "минимальияб", "анкьида", "-абилеб"), none of Ossetian's "ӕ" or Chechen's "кх";
  // Ossetian by its "ӕ" (typed "æ" too), which none of them writes, and its own words ("хуынды", "ӕрхонд", "знон", "абон", "сарӕзта",
  // "минимумон") (docs/parser.md "Ossetian and Avar").
  // Kabardian before Avar, Ossetian, Chechen and Russian: its "щӀ" (typed "щI" too), "-эм" or a short post's "хэхыныгъэ", "къраджа",
  // "дыгъуасэ", "нобэ", and its own words ("къреджэ", "нэхъ мащӀэ", "зэхуэдэ щыхъум", its months), none of the others' letters
  // (Ossetian's "ӕ", Chechen's "кх", Lezgian's "уь") (docs/parser.md "Judeo-Spanish and Kabardian").
  [KABARDIAN_HINT, isKabardian, glossKabardian],
  [AVAR_HINT, isAvar, glossAvar],
  [OSSETIAN_HINT, isOssetian, glossOssetian],
  // Chechen first of the Cyrillic ones: its palochka ("Ӏ", typed "І" too) or "кх", "хь", and its own words ("тахана", "селхана",
  // "кхайкхам", "лахара"); none of the letters of Tajik, Mongolian, Kazakh, Kyrgyz, Tatar or Bashkir (docs/parser.md "Kikuyu and Chechen").
  [CHECHEN_HINT, isChechen, glossChechen],
  // Chuvash and Sakha after Chechen, before Tajik, Mongolian, Bashkir, Tatar, Kazakh, Kyrgyz and Russian: Chuvash known by its "ӑ", "ӗ",
  // "ҫ", "ӳ" (typed "ă", "ĕ", "ç", "ÿ" too; Bashkir writes "ҫ" with its "ҡ", "ҙ", "ө", "ү") and its own words ("паян", "ӗнер", "чӗнӳ",
  // "раунчӗ", "касса", "валли"), Sakha by its "ҥ" and "ҕ", which none of them writes, and its own words ("бэҕэһээ", "тиһэх",
  // "ыҥырыы", "алын", "баал", "күнүгэр") (docs/parser.md "Chuvash and Sakha").
  // Meadow Mari and Udmurt after Chechen, before Chuvash, Sakha, Tatar, Bashkir and Russian (and Komi): Mari known by its "ӱ" or "ҥ" and
  // its own words ("таче", "теҥгече", "ӱжмаш", "шагал", "эртарен", "ий", "-влак"), none of Udmurt's "ӝ", "ӟ", "ӥ", "ӵ"; Udmurt by those
  // letters (or "ӧтён", "туннэ") and its own words ("туннэ", "толон", "ӧтён", "ичигес", "ортчытӥз", "нуналаз", "-тӥ"), none of Mari's
  // "ӱ", "ҥ" or Komi's "і" (docs/parser.md "Udmurt and Meadow Mari").
  [MARI_HINT, isMari, glossMari],
  [UDMURT_HINT, isUdmurt, glossUdmurt],
  [CHUVASH_HINT, isChuvash, glossChuvash],
  [SAKHA_HINT, isSakha, glossSakha],
  // Kalmyk and Buryat after Sakha, before Tajik, Mongolian, Bashkir, Tatar, Kazakh, Kyrgyz and Russian: Kalmyk known by its own words
  // ("өцклдүр", "урилг", "шат", "хамгин", "оноһ", "кеһв", "җилин") and none of Kazakh's, Bashkir's or Sakha's letters; Buryat, after it,
  // by its own ("үсэгэлдэр", "мүнөөдэр", "шата", "оной", "доодо", "эгээл", "-дэхи") and none of Kalmyk's or Tatar's "ә", "җ", "ң"
  // (docs/parser.md "Buryat and Kalmyk").
  [KALMYK_HINT, isKalmyk, glossKalmyk],
  [BURYAT_HINT, isBuryat, glossBuryat],
  // Tajik first of the other Cyrillic ones: its own letters (ҷ, ӣ, ӯ), which no other Cyrillic page writes (docs/parser.md "Tajik and Assamese").
  [TAJIK_LETTER, isTajik, glossTajik],
  // Mongolian first of the other Cyrillic ones: its own letters (ө, ү) and words, none of Kazakh's or Ukrainian's letters (docs/parser.md "Mongolian, and Sri Lankan Tamil").
  [/[\u0400-\u04ff]/, isMongolian, glossMongolian],
  // Belarusian before Uzbek, Ukrainian and Russian: its "ў" (at least two), four of its words, and none of the letters of Uzbek (which writes "ў"
  // too, with "қ", "ғ", "ҳ"), Kazakh, Kyrgyz, Ukrainian, Serbian or Macedonian; a Belarusian page with three "ў" and no "і" read as Uzbek
  // (docs/parser.md "Welsh and Belarusian", "Audit (session 61)").
  [/[\u0400-\u04ff]/, isBelarusian, glossBelarusian],
  [/[\u0400-\u04ff]/, isUzbekCyrillic, glossUzbek],
  // Bashkir before Tatar, Kazakh, Kyrgyz and Russian: its own ҡ, ҙ, ҫ, which none of them writes, and its words ("бөгөн", "кисә",
  // "саҡырыу", "раунд", "өсөн"); none of Kazakh's қ, ұ, і or Tatar's җ (docs/parser.md "Bashkir and Luxembourgish").
  [BASHKIR_LETTER, isBashkir, glossBashkir],
  // Tatar before Kazakh and Kyrgyz: its "ә", "җ", "һ" with its own words ("бүген", "кичә", "чакыру", "балл"), and none of Kazakh's
  // or Bashkir's own letters (қ, ғ, ұ, і; ҡ, ҙ, ҫ), which a Kazakh or Bashkir page writes (docs/parser.md "Tatar and Hmong").
  [TATAR_LETTER, isTatar, glossTatar],
  // Kazakh before Ukrainian and Russian: a Kazakh page writes "і" as Ukrainian does, and letters neither writes (ә, ң, ұ, қ, ғ).
  [/[\u0400-\u04ff]/, isKazakh, glossKazakh],
  // Kyrgyz after Kazakh, before Ukrainian: its letters (ө, ү, ң) none of the later ones write, and none of Kazakh's or Ukrainian's (docs/parser.md "Afrikaans and Kyrgyz").
  [/[\u0400-\u04ff]/, isKyrgyz, glossKyrgyz],
  // Ukrainian before Russian: a Ukrainian page has letters Russian does not write (і, ї, є, ґ).
  [/[\u0400-\u04ff]/, isUkrainian, glossUkrainian],
  // Macedonian before Serbian Cyrillic, Bulgarian and Russian: its "ј" (or its own ѓ, ќ, ѕ), its words ("во", "со", "поени"), none of their я, ю, й, ъ, ћ, ђ.
  [/[\u0400-\u04ff]/, isMacedonian, glossMacedonian],
  // Serbian Cyrillic before Russian: its own letters (ј, љ, њ, ћ, ђ, џ), none of Russian's; read through its Latin spelling.
  [/[\u0400-\u04ff]/, isSerbianCyrillic, glossSerbianCyrillic],
  // Bulgarian before Russian: its own words ("покани", "днес", "точки", "през") and none of Russian's letters (ы, э, ё).
  [/[\u0400-\u04ff]/, isBulgarian, glossBulgarian],
  [/[\u0400-\u04ff]/, isRussian, glossRussian],
];
