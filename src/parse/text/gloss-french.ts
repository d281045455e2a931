import { compiledNow } from './matches.ts';
import { applyGloss, tidyGloss, type GlossRule } from './gloss-rules.ts';

/**
 * French draw news: the reader's own patterns read French counts, dates, cut-offs and most program names
 * ("a invité 6 000 candidats", "le 6 février 2026", "la note minimale du SCG était de 397"); this glossary gives
 * them, in the English they know, the phrases that decide *which* draw a figure belongs to, which they do not
 * read in French (docs/parser.md, "Twenty-first round"): a clause about an earlier draw ("Avant aujourd'hui, …",
 * "le tirage précédent"), today's draw ("le tirage d'aujourd'hui", "son dernier tirage"), a cut-off written as
 * "une note d'au moins 75", programs named by their candidates ("les professionnels ayant une expérience
 * canadienne") and a tie-break written as a registration day ("inscrites dans Express Entry au plus tard le 13
 * novembre 2021"). Only these phrases change: every other French word stays as the reader already reads it.
 */
const FRENCH_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

const WEEKDAYS_EN: Readonly<Record<string, string>> = {
  lundi: 'Monday',
  mardi: 'Tuesday',
  mercredi: 'Wednesday',
  jeudi: 'Thursday',
  vendredi: 'Friday',
  samedi: 'Saturday',
  dimanche: 'Sunday',
};

/**
 * A phrase opening a sentence keeps its capital in English ("Lors du tirage précédent, …" → "The previous draw, …",
 * "Aujourd'hui, …" → "Today, …"): the reader starts a sentence only at a capital.
 */
const keepCase = (rules: readonly GlossRule[]): GlossRule[] =>
  rules.map(([pattern, to]) => (typeof to === 'string' ? [pattern, (m: string) => (/^\s*[A-ZÀ-Þ]/.test(m) ? to.replace(/[a-z]/, (c) => c.toUpperCase()) : to)] : [pattern, to]));

const FRENCH: readonly GlossRule[] = keepCase([
  // "Cette ronde d'invitation sans précédent": unprecedented, not the previous round.
  [/\bsans\s(?:aucun\s)?précédent\b/gi, ' unprecedented '],
  // "Avant aujourd'hui, l'exigence … la plus basse jamais atteinte était de 199 points lors du tirage du 16 mai 2017".
  [/(?<![\wÀ-ÿ])(?:Avant\saujourd['’]hui|Auparavant|Précédemment|Jusqu['’]à\sprésent|Jusqu['’]ici)(?![\wÀ-ÿ])\s*,?/g, ' Previously, '],
  // "le tirage précédent", "lors de la ronde précédente", "les sélections précédentes".
  [
    /\b(?:le|la|les|du|de\sla|des|au|aux|lors\sdu|lors\sde\sla|lors\sdes)\s(?:tirage|ronde|sélection)s?(?:\sd['’]invitations?)?(?:\sd['’]Entrée\sexpress)?(?:\s(?!de\b|du\b|des\b)[\wÀ-ÿ-]{2,20})?\sprécédente?s?\b/gi,
    ' the previous draw ',
  ],
  // "Le précédent record pour cette catégorie datait du 12 juillet 2023 : 3 800 invitations": the adjective first.
  [/\b(?:le|la)\sprécédente?\s(?=(?:record|sommet|plancher|seuil)\b)/gi, ' the previous '],
  [/\b(?:le|la|du|de\sla|lors\sdu|lors\sde\sla)\sprécédente?\s(?:tirage|ronde)\b/gi, ' the previous draw '],
  // "Le tirage d'aujourd'hui était presque six fois plus important…".
  [/\b(?:le|la)\s(?:tirage|ronde|sélection)(?:\sau\ssort)?\sd['’]aujourd['’]hui\b/gi, " today's draw "],
  [/\baujourd['’]hui\b/gi, ' today '],
  // "Ottawa a envoyé hier 5 500 invitations": yesterday (not "avant-hier", two days before).
  [/(?<![\wÀ-ÿ-])hier(?![\wÀ-ÿ-])/gi, (m: string) => (m.startsWith('H') ? 'Yesterday' : ' yesterday ')],
  // "La veille, 264 candidats … avaient été invités": the day before the one just told.
  [/(?<![\wÀ-ÿ])la\sveille(?![\wÀ-ÿ])(?!\sd[eu'’])/gi, (m: string) => (m.startsWith('L') ? 'The day before' : ' the day before ')],
  // "Le 5 mars, IRCC avait invité 2 000 candidats", "… avaient été invités": an earlier round, as "had invited" tells (the
  // passive, "le 19 février, 6 500 invitations avaient été émises", as "had earlier been issued").
  [
    /(?<!\bqu['’](?:il|elle|ils|elles)\s)\b(avai(?:t|ent))\s(été\s)?(invité|émis|envoyé|sélectionné|tenu)(e?s?)(?![\wÀ-ÿ])/gi,
    (_m: string, _aux: string, passive: string | undefined, verb: string) =>
      ` had ${passive ? 'earlier been ' : ''}${({ invité: 'invited', émis: 'issued', envoyé: 'sent', sélectionné: 'selected', tenu: 'held' } as Record<string, string>)[verb.toLowerCase()] ?? verb} `,
  ],
  // "Le candidat le moins bien classé parmi les invités avait 438 points", "… classé à avoir été invité totalisait 673 points": the lowest-ranked candidate had.
  [
    /\b(?:le|la)\scandidate?\s(?:invitée?\s)?(?:le|la)\smoins\sbien\sclassée?(?:\s(?:parmi\sles\sinvités|invitée?|à\savoir\sété\sinvitée?))?\s(?:avait|a\sobtenu|comptait|totalisait|cumulait|affichait)(?![\wÀ-ÿ])/gi,
    ' the lowest-ranked candidate invited had ',
  ],
  // "IRCC vient d'inviter 7 000 candidats": has just invited.
  [
    /(?<![\wÀ-ÿ])vien(?:t|nent)\sd['’](inviter|émettre|envoyer|sélectionner|tenir)(?![\wÀ-ÿ])/gi,
    (_m: string, verb: string) =>
      ` has just ${({ inviter: 'invited', émettre: 'issued', envoyer: 'sent', sélectionner: 'selected', tenir: 'held' } as Record<string, string>)[verb.toLowerCase()] ?? verb} `,
  ],
  // "À ce moment, le seuil s'établissait à 478 points", "À l'époque, …": at that time, an earlier round's.
  [/(?<![\wÀ-ÿ])(?:à|a)\s(?:ce\smoment(?:-là)?|cette\sépoque|l['’]époque)(?![\wÀ-ÿ])/gi, ' at that time '],
  // News words: "IRCC a effectué un nouveau tirage hier. Voici les résultats :", "IRCC a tenu trois tirages cette semaine".
  [/\b(?:un|le)\snouveau\s(?:tirage|ronde)\b/gi, ' a new draw '],
  [/(?<![\wÀ-ÿ])voici\sles\s(?:derniers\s)?résultats(?![\wÀ-ÿ])/gi, ' here are the results '],
  [/\bcette\ssemaine\b/gi, ' this week '],
  // "5 103 invitations ont été envoyées en deux jours": over two days, a total.
  [
    /\ben\s(deux|trois|quatre|cinq)\sjours\b/gi,
    (_m: string, n: string) => ` in ${({ deux: 'two', trois: 'three', quatre: 'four', cinq: 'five' } as Record<string, string>)[n.toLowerCase()] ?? n} days `,
  ],
  // "IRCC a sélectionné 1 900 candidats": selected.
  [/\b(?:a|ont)\ssélectionné(?![\wÀ-ÿ])/gi, ' selected '],
  [/\bsélectionne(?:nt)?(?![\wÀ-ÿ])/gi, ' selects '],
  // "un niveau nettement inférieur à celui des rondes ouvertes à tous les programmes": lower than those rounds.
  [
    /\b(inférieure?s?|supérieure?s?)\sà\s(?:celui|celle|ceux|celles)(?:\s(?:du|de\sla|des))?(?![\wÀ-ÿ])/gi,
    (_m: string, cmp: string) => (/^inf/i.test(cmp) ? ' lower than that of ' : ' higher than that of '),
  ],
  // "la première ronde de ce type depuis septembre 2018 (400 invitations, 284 points)": since that month, whose round the brackets
  // tell (not "le 22e depuis janvier", a count of the year's rounds).
  [/\bdepuis(?=\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\s(?:19|20)\d\d\s\()/gi, ' since'],
  // "IRCC n'a tenu aucune ronde d'invitations", "le dernier tirage (de ce type) remonte/remontait au 10 juin": no draw, and an earlier one.
  [/\bn['’](?:a|ont)\s(?:tenu|effectué|organisé|lancé)\saucun(?:e)?\s(?:tirage|ronde)/gi, ' held no draw'],
  [/\b(?:le|la)\sderni(?:er|ère)\s(?:tirage|ronde)(?:\sde\sce\stype|\stous\sprogrammes)?\sremont(?:e|ait)\s(?:au|à|a)(?=\s\d)/gi, ' the last draw dates back to'],
  // "Au total, 7 225 invitations ont été envoyées cette semaine": a total (not "la 254e au total", a round's number).
  [/(?<![\wÀ-ÿ])(?<!\d(?:e|ème|eme)\s(?:(?:tirage|ronde|série\sd['’]invitations)\s)?)au\stotal(?![\wÀ-ÿ])/gi, ' in total '],
  // A forecast: "on s'attend à un pointage requis d'environ 530" (not "pourrait", "devrait", "prévoient": a forecast beside
  // the news, "et il pourrait en tenir un autre", took the news's program and cut-off with it).
  [/\b(?:on\s)?s['’]attend(?:ent)?\sà(?![\wÀ-ÿ])/gi, ' it is expected '],
  // "Prenons un exemple. Si IRCC décide d'inviter 3 000 candidats…": an example and its condition, no draw (not "Par
  // exemple, lors de la dernière sélection … le score minimum était de 462": a real round given as an example).
  [/(?<![\wÀ-ÿ])prenons\sun\sexemple(?![\wÀ-ÿ])/gi, ' for example '],
  [/(?<![\wÀ-ÿ])s['’]il(?![\wÀ-ÿ])/gi, ' if it '],
  [/(?<![\wÀ-ÿ])si(?=\s(?:IRCC|Ottawa|vous|votre|le\sCanada|le\sministère|le\sgouvernement)\b)/gi, ' if '],
  // "Il a permis d'inviter 5 500 candidats": it invited them.
  [/\b(a|ont|avait|avaient)\spermis\sd['’]inviter\b/gi, (_m: string, aux: string) => (/^avai/i.test(aux) ? ' had invited ' : ' invited ')],
  // "lors de son dernier tirage Entrée express": the latest, as "dernier" after a possessive always is.
  [/\b(?:son|sa|leur)\s(?:tout\s)?(?:dernier|dernière)\s(?:tirage|ronde|sélection)(?:\sau\ssort)?\b/gi, ' its latest draw '],
  // "exigeait … une note d'au moins 75 dans le Système de classement global".
  [/\b(?:une\s)?note\s(?:minimale\s)?d['’]au\smoins\s(?=\d)/gi, ' a minimum score of '],
  // Programs named by their candidates or in a looser wording.
  [/\b(?:les\s)?professionnels\sayant\s(?:une\s)?expérience\s(?:professionnelle\s)?canadienne\b/gi, ' Canadian Experience Class candidates '],
  [/\b(?:le\s)?programme\sde\sl['’]expérience\scanadienne\b/gi, ' Canadian Experience Class '],
  [/\b(?:la\sfilière\sdes\s)?participants\sà\sl['’]immigration\sprovinciale\b/gi, ' Provincial Nominee Program candidates '],
  // "à des candidats de l'expérience canadienne" (not "des candidats ayant de l'expérience canadienne": any work in Canada).
  [/\bcandidats\sde\sl['’]expérience\scanadienne\b/gi, ' Canadian Experience Class candidates '],
  // "Le gouvernement fédéral a émis lundi 2 500 invitations", "lundi dernier": a weekday without its date is the last one, as
  // "on Monday" is. Not one with its date ("le lundi 23 novembre": the date tells), nor a habit ("le mercredi", "chaque lundi").
  [
    /(?<![\wÀ-ÿ])(?<!\b(?:le|les|chaque|du|au|entre)\s)(?<!\bentre\s(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\set\s)(?:ce\s)?(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?:\sdernier)?(?![\wÀ-ÿ])(?!\s(?:\d{1,2}(?:er)?\s(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)|prochain))/gi,
    // A weekday opening a sentence ("Lundi, IRCC avait invité…") keeps its capital, so the sentence still starts there.
    (m: string, day: string) => ` ${/^[A-ZÀ-Þ]/.test(m) ? 'On' : 'on'} ${WEEKDAYS_EN[day.toLowerCase()] ?? day} `,
  ],
  // "Ce tirage a eu lieu le 21 mars 2025", "La ronde s'est tenue lundi": the draw just told, given its day. Only with the
  // verb and the day: "Ce tirage traduit aussi la volonté d'Ottawa…" is comment, and stays French.
  [
    /\b(?:ce|cet|cette|le|la)\s(?:tirage|ronde)(?:\sau\ssort)?(?:\sd['’]invitations?)?\s(?:a\seu\slieu|s['’]est\s(?:tenue?|déroulée?)|a\sété\s(?:tenue?|effectuée?))(?=\s(?:le\s\d|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche))/gi,
    (m: string) => (/^[CL]/.test(m) ? ' This draw took place ' : ' this draw took place '),
  ],
  // "Ce tirage concernait les candidats…", "Cette ronde visait…": the draw just told, and whom it invited. Only with such a
  // verb: "Ce tirage traduit aussi la volonté d'Ottawa…" is comment, and stays French.
  [
    /\b(?:ce|cette)\s(?:tirage|ronde)(?:\sd['’]invitations?)?(?=\s(?:concernait|visait|ciblait|s['’]adressait|invitait|était\s(?:réservée?|destinée?|ouverte?|limitée?|axée?)|a\s(?:invité|permis|visé|ciblé)(?![\wÀ-ÿ]))|,\s(?:la|le)\s\d)/gi,
    (m: string) => (m.startsWith('C') ? 'This draw' : 'this draw'),
  ],
  // Cut-offs in other words: "un pointage requis de 395", "une note de passage de 395", "un score de 395 ou plus", "le score
  // du dernier candidat invité était de 395".
  [/\b(?:pointage|score|note)\srequise?\b/gi, ' required score '],
  [/\bnote\sde\spassage\b/gi, ' passing score '],
  // "Le score plancher se situait à 463", "le score exigé", "la note (le score) de coupure".
  [/\b(?:score|pointage|note)\splancher\b/gi, ' minimum score '],
  // A forum's shorthand: "score mini 775".
  [/\b(?:score|pointage|note)\smini\b/gi, ' minimum score '],
  [/\b(?:score|pointage|note)\sexigée?(?![\wÀ-ÿ])/gi, ' required score '],
  [/\b(?:note|score|pointage)\sde\scoupure\b/gi, ' cut-off score '],
  [/\bse\ssituait\sà(?=\s\d)/gi, ' stood at'],
  // "avec un score d'au moins 552", "un pointage SCG d'au moins 552".
  [/\b(?:un|le)\s(?:score|pointage)\s(?:(?:SCG|CRS)\s)?d['’]au\smoins\s(?=\d)/gi, ' a score of at least '],
  // "ont été invités, à partir de 515 points": starting from.
  [/(?<![\wÀ-ÿ])à\spartir\sde\s(?=\d{3}\s(?:points|pts)\b)/gi, ' starting from '],
  [/\b(?:un|le)\s(?:score|pointage)\sde\s(?=\d{3}\s(?:points\s)?ou\splus\b)/gi, ' a score of '],
  [/(?<=\d)(\s(?:points\s)?)ou\splus\b/gi, (_m: string, gap: string) => `${gap}or more`],
  [/\b((?:score|pointage|note)(?:\s(?:SCG|CRS))?)\s(?:du|de\sle)\sdernier\scandidat\sinvité(?![\wÀ-ÿ])/gi, (_m: string, score: string) => `${score} of the last candidate invited`],
  // "le score le plus bas était de 379", "la note la plus basse": the lowest score invited, as in English.
  [
    /\b(?:le\s(?:score|pointage)\sle\splus\sbas|la\snote\sla\splus\sbasse)\b(?!\sjamais|\sdepuis|\sde\sl['’]année|\sdu\smois)/gi,
    (m: string) => (/^[LC]/.test(m) ? ' The lowest score ' : ' the lowest score '),
  ],
  // Comparisons with an earlier round, which the reader knows in English ("compared to", "than", "from … to", "after a",
  // "follows"): "en baisse de 17 points par rapport au tirage du 28 novembre", "comparativement à 416 lors du tirage du…".
  // (After "le tirage précédent" took its article: "par rapport the previous draw".) "contre 379 lors du tirage précédent".
  [/(?<=\d[^.;]{0,50})\b(?:par\srapport|comparativement|comparée?s?)(?:\s(?:à|au|aux|avec)(?![\wÀ-ÿ]))?(?=\s)/gi, ' compared to '],
  [/\bcontre\s(?=\d)/gi, ' compared with '],
  // "avec un seuil de 395 points, identique à celui du tirage précédent".
  [/\bidentiques?\sà\s(?:celui|celle|ceux|celles)(?:\s(?:du|de\sla|des))?(?![\wÀ-ÿ])/gi, ' identical to that of '],
  // "soit 9 points de moins que lors du tirage…", "1 000 de plus que…": less or more than the round named next.
  [/\bde\s(moins|plus)\sque\b/gi, (_m: string, more: string) => (more.toLowerCase() === 'plus' ? ' more than ' : ' less than ')],
  // "Le seuil est passé de 416 à 399 points": from the earlier figure to the new one.
  [/\b(?:est\s|sont\s|a\s|ont\s)?passée?s?\sde\s(\d{1,3}(?:[\s\u202f]\d{3})*)(?:\spoints)?\sà\s(?=\d)/gi, (_m: string, from: string) => ` went from ${from} to `],
  // "Après un tirage pour l'expérience canadienne le 9 décembre, IRCC a invité…": after an earlier draw.
  [/(?<![\wÀ-ÿ])après\s(un|une|le|la|les|l['’])(?=\s|(?<=['’])[\wÀ-ÿ])/gi, (m: string, article: string) => `${m.startsWith('A') ? 'After' : ' after'} ${/^une?$/i.test(article) ? 'a' : 'the'} `],
  // "Le seuil est passé de 416 à 399 depuis le dernier tirage de cette catégorie": since that draw (not "depuis le début de
  // l'année", a period's total the reader knows in French).
  [/\bdepuis\s(?:le|la|l['’])\s?(?=(?:dernier|dernière|tirage|ronde|précédent|précédente)\b)/gi, ' since the '],
  // "Ce tirage fait suite à celui du 9 décembre", "à la suite du tirage du…": the draw it follows.
  [/\b(?:fait|faisait|font)\ssuite\s(?:à|au|aux)(?![\wÀ-ÿ])|\bsuit\s(?=(?:celui|celle|le|la)\b)/gi, ' follows '],
  [/(?<![\wÀ-ÿ])à\sla\ssuite\s(?:du|de\sla|des)\b/gi, (m: string) => (m.startsWith('À') ? 'Following the ' : ' following the ')],
  // "seulement si leur profil avait été créé avant le 9 février 2026 à 13:05:44 UTC": the tie-break.
  [/\b(?:leur|son|sa|les|des|le|du)\sprofils?\s(?:avait|avaient|a|ont)\sété\s(?:créée?s?|soumise?s?|déposée?s?|enregistrée?s?)\savant(?=\sle\s\d)/gi, ' who submitted their profiles before '],
  // "04/03/2026" is the 4th of March in French ("le 4 mars 2026"), as the reader reads it.
  [
    /(?<![\d/])(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?![\d/])/g,
    (m: string, day: string, month: string, year: string) => {
      const name = FRENCH_MONTHS[Number(month) - 1];
      return name && Number(day) >= 1 && Number(day) <= 31 ? `${Number(day)} ${name} ${year}` : m;
    },
  ],
  // "13 h 05 min 44 s", "18 h 18": a time of day.
  [/\b([01]?\d|2[0-3])\s?h\s?([0-5]\d)(?:\s?min\s?([0-5]\d)\s?s)?(?![\wÀ-ÿ])/g, (_m: string, h: string, min: string, sec: string | undefined) => `${h}:${min}${sec ? `:${sec}` : ''}`],
  // "…un tirage francophone tenu la veille, qui avait permis d'inviter 4 000 personnes": the clause goes on about that draw.
  [/,\squi(?![\wÀ-ÿ'’])/g, ', which'],
  // "un tirage francophone tenu la veille", "tenu le 28 novembre": held (after "la veille" and the weekdays are glossed).
  [/\btenue?s?(?=\s+(?:the\sday\sbefore|yesterday|on\s(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|le\s\d))/g, ' held'],
  // "1 500 personnes inscrites dans Express Entry au plus tôt le 13 novembre 2021": the tie-break's day, not the draw's.
  [/\b(?:inscrit|enregistré)e?s?\s(?:dans|à|sur)\s(?:le\ssystème\s)?(?:Express\sEntry|Entrée\sexpress)\s(?:au\splus\stôt|au\splus\stard|avant)\s(?=le\s\d)/gi, ' who submitted their profiles before '],
]);

/** Words only French writes often: enough of them, and the page is French. */
const FRENCH_WORD = /\b(?:les|des|du|une|est|aux|dans|pour|qui|sont|avec|ont|candidats|tirage|ronde|invitations?\sà|cette|selon|depuis|lors|ainsi|mais|leurs?|par|sur|entre)\b/gi;
/** A cheap first test: a page with none of these is not French. */
export const FRENCH_HINT = compiledNow(/\b(?:les|des|candidats|tirage)\b/i);

export const isFrench = (text: string): boolean => (text.match(FRENCH_WORD) ?? []).length >= 12;

/** A French page with the glossary's phrases in English. */
export function glossFrench(text: string): string {
  const glossed = applyGloss(text, FRENCH);
  // Untouched, a page stays exactly as it was written.
  return glossed === text ? text : tidyGloss(glossed);
}
