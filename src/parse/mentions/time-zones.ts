import type { DayRef } from '../types.ts';

/**
 * Time zones a tie-break time is written in (docs/parser.md "Tie-break times in other zones"). IRCC states the rule in
 * UTC, but pages convert it for their readers: "2025-03-05 21:53:27 (heure de l'Est / EST)", "25 août 2025 à 1h43 (heure de
 * Paris)", "18 Aug 2026, 02:09:00 GST", "01:49:59 AM (India time)". A time in another zone often falls on another UTC day,
 * so each zone gives the offsets it may mean on the day; where they disagree on the UTC day, the reader keeps no day.
 */

/** How a zone keeps summer time: Canada's and the US's (second Sunday of March to first Sunday of November) or Europe's. */
type Summer = 'north-america' | 'europe';

interface ZoneRule {
  /** Minutes east of UTC in winter. */
  readonly standard: number;
  /** Its summer offset, and the rule that starts it. */
  readonly summer?: { readonly offset: number; readonly rule: Summer };
  /** Other offsets the abbreviation also names ("PST" is Pacific and Philippine time; "EST" in summer is often meant as EDT). */
  readonly alsoMeant?: (summer: boolean) => readonly number[];
}

const ZONES = {
  utc: { standard: 0 },
  eastern: { standard: -300, summer: { offset: -240, rule: 'north-america' } },
  // "EST" or "HNE" in summer is often Eastern time as the clocks show it.
  est: { standard: -300, alsoMeant: (summer) => (summer ? [-240] : []) },
  edt: { standard: -240 },
  pacific: { standard: -480, summer: { offset: -420, rule: 'north-america' } },
  // "PST" is Pacific time to some, Philippine Standard Time to others.
  pst: { standard: -480, alsoMeant: (summer) => (summer ? [-420, 480] : [480]) },
  pdt: { standard: -420 },
  central: { standard: -360, summer: { offset: -300, rule: 'north-america' } },
  mountain: { standard: -420, summer: { offset: -360, rule: 'north-america' } },
  mst: { standard: -420, alsoMeant: (summer) => (summer ? [-360] : []) },
  mdt: { standard: -360 },
  cdt: { standard: -300 },
  // "CST" is Central, China or Cuba time: only the first two matter here.
  cst: { standard: -360, alsoMeant: (summer) => (summer ? [-300, 480] : [480]) },
  paris: { standard: 60, summer: { offset: 120, rule: 'europe' } },
  cet: { standard: 60, alsoMeant: (summer) => (summer ? [120] : []) },
  cest: { standard: 120 },
  london: { standard: 0, summer: { offset: 60, rule: 'europe' } },
  // "BST" is British Summer Time, and Bangladesh Standard Time.
  bst: { standard: 60, alsoMeant: () => [360] },
  ist: { standard: 330 },
  gulf: { standard: 240 },
  pakistan: { standard: 300 },
  nepal: { standard: 345 },
  bangladesh: { standard: 360 },
  indochina: { standard: 420 },
  china: { standard: 480 },
  philippines: { standard: 480 },
  singapore: { standard: 480 },
  korea: { standard: 540 },
  japan: { standard: 540 },
  aest: { standard: 600 },
  aedt: { standard: 660 },
  westAfrica: { standard: 60 },
  brasilia: { standard: -180 },
  // Mexico City has kept standard time all year since 2022; before, its summer time began in April and ended in October.
  mexico: { standard: -360, alsoMeant: (summer) => (summer ? [-300] : []) },
} satisfies Record<string, ZoneRule>;

export type ZoneName = keyof typeof ZONES | 'fixed';

/** Place names and zone words, each with its zone (longest first where one starts another). */
const NAMED: readonly (readonly [ZoneName, string])[] = [
  ['utc', String.raw`UTC|GMT|Z\b|(?:Universal Coordinated|Coordinated Universal) Time(?:,?\s?\(UTC\))?|Universal Time Coordinated|temps universel coordonn[ée](?:,?\s?\(UTC\))?`],
  ['edt', String.raw`EDT|HAE\b`],
  ['est', String.raw`EST|HNE\b`],
  [
    'eastern',
    String.raw`ET\b|Eastern(?: (?:standard |daylight )?time)?|(?:Ottawa|Toronto|Montr[ée]al) time|heure (?:de l['\u2019]Est|d['\u2019]Ottawa|de Toronto|de Montr[ée]al|du Qu[ée]bec)(?: du Canada)?|hora (?:del Este|de Toronto|de Ottawa)|hor[áa]rio (?:do Leste|de Toronto|de Ottawa)`,
  ],
  ['pdt', String.raw`PDT`],
  ['pst', String.raw`PST`],
  ['pacific', String.raw`PT\b|Pacific(?: (?:standard |daylight )?time)?|Vancouver time|heure (?:du Pacifique|de Vancouver)`],
  ['mdt', String.raw`MDT`],
  ['mst', String.raw`MST`],
  ['mountain', String.raw`Mountain(?: (?:standard |daylight )?time)|(?:Calgary|Edmonton) time`],
  ['cdt', String.raw`CDT`],
  ['cst', String.raw`CST(?!\s?\(China\))`],
  ['central', String.raw`Central(?: (?:standard |daylight )?time)(?! \(?China)|Winnipeg time`],
  ['cest', String.raw`CEST`],
  ['cet', String.raw`CET`],
  ['paris', String.raw`(?:Paris|French|France|Central European|Madrid|Brussels|Berlin) time|heure (?:de Paris|fran[çc]aise|de France|de Bruxelles)|hora (?:de Madrid|de Espa[ñn]a|peninsular)`],
  ['bst', String.raw`BST`],
  ['london', String.raw`(?:UK|London|British) time|heure de Londres`],
  ['ist', String.raw`IST\b|(?:India|Indian)(?: standard)? time|heure (?:de l['\u2019]Inde|indienne)|hora (?:de la India|da [ÍI]ndia|indiana)`],
  ['gulf', String.raw`GST|Gulf(?: standard)? time|(?:UAE|Dubai|Abu Dhabi|Qatar|Doha) time|(?:Dubai|Abu Dhabi|Doha)\b`],
  ['pakistan', String.raw`PKT|Pakistan(?: standard)? time|(?:Karachi|Lahore) time|(?:Karachi|Lahore|Islamabad)\b`],
  ['nepal', String.raw`NPT|(?:Nepal|Kathmandu) time|Kathmandu\b`],
  ['bangladesh', String.raw`(?:Bangladesh|Dhaka) time|Dhaka\b`],
  ['indochina', String.raw`ICT|(?:Vietnam|Hanoi|Ho Chi Minh City|Saigon|Thailand|Bangkok) time|gi[ờo] Vi[ệe]t Nam`],
  ['china', String.raw`CST \(China\)|(?:China|Chinese|Beijing) (?:standard )?time`],
  ['philippines', String.raw`PHT|PHST|(?:Philippine|Philippines|Manila)(?: standard)? time|Manila\b`],
  ['singapore', String.raw`SGT|(?:Singapore|Malaysia|Kuala Lumpur|Hong Kong) time|HKT`],
  ['korea', String.raw`KST|(?:Korea|Korean|Seoul) time`],
  ['japan', String.raw`JST|(?:Japan|Tokyo) time`],
  ['aedt', String.raw`AEDT`],
  ['aest', String.raw`AEST`],
  ['westAfrica', String.raw`WAT|(?:Nigeria|Nigerian|Lagos|West Africa) time|(?:Lagos|Abuja)\b`],
  ['mexico', String.raw`(?:Mexico City|Mexico|CDMX) time|hora (?:de (?:la )?Ciudad de M[ée]xico|del centro de M[ée]xico)|(?:Mexico City|CDMX)\b`],
  ['brasilia', String.raw`BRT|hor[áa](?:rio)? (?:de|oficial de) Bras[íi]lia|Bras[íi]lia time`],
];

/** A numeric offset: "UTC+4", "GMT+5:30", "UTC −03:00". */
const FIXED = String.raw`(?:UTC|GMT)\s?[+\u2212-]\s?\d{1,2}(?::?\d{2})?`;

/** The zone after a clock time: "UTC", "(heure de l'Est / EST)", "(India time)", "GST, UTC+4". One capture group. */
export const ZONE_AFTER = String.raw`(${FIXED}|${NAMED.map(([, re]) => re).join('|')})(?:\s?\/\s?[A-Z]{2,5}\b)?`;

const NAMED_RES = NAMED.map(([zone, re]) => [zone, new RegExp(String.raw`^(?:${re})$`, 'i')] as const);

/** The zone a written zone names, and its offset when it is a number. */
export function zoneOf(written: string): { zone: ZoneName; offset?: number } {
  const w = written.trim();
  // An abbreviation is written in capitals: "19h07 et 20h", "14:02 est la limite" name no zone.
  // A city is a capitalised word ("(Dhaka)", "(Lagos)"): the table of names below decides whether it is a zone.
  if (/^[a-z]{1,5}$/i.test(w) && w !== w.toUpperCase() && !/^[A-Z][a-z]{3,}$/.test(w)) return { zone: 'utc' };
  const fixed = /^(?:UTC|GMT)\s?([+\u2212-])\s?(\d{1,2})(?::?(\d{2}))?$/i.exec(w);
  if (fixed) return { zone: 'fixed', offset: (fixed[1] === '+' ? 1 : -1) * (Number(fixed[2]) * 60 + Number(fixed[3] ?? 0)) };
  return { zone: NAMED_RES.find(([, re]) => re.test(w))?.[0] ?? 'utc' };
}

/** Sunday `n` of a month (`n` = -1: its last). */
function nthSunday(year: number, month: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((7 - first) % 7) + (n - 1) * 7;
  }
  const lastDay = new Date(Date.UTC(year, month, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/** Summer time by the rule (the day of the change counts as summer from its start; the hour of the change is left aside). */
export function isSummer(day: DayRef & { year: number }, rule: Summer): boolean {
  const key = day.month * 100 + day.day;
  if (rule === 'north-america') return key >= 300 + nthSunday(day.year, 3, 2) && key < 1100 + nthSunday(day.year, 11, 1);
  return key >= 300 + nthSunday(day.year, 3, -1) && key < 1000 + nthSunday(day.year, 10, -1);
}

/** Every offset from UTC (minutes east) the zone may mean on the day, the likeliest first. */
export function offsetsOn(day: DayRef & { year: number }, zone: ZoneName, fixed?: number): readonly number[] {
  if (zone === 'fixed') return [fixed ?? 0];
  const rule: ZoneRule = ZONES[zone];
  const summer = isSummer(day, rule.summer?.rule ?? 'north-america');
  const first = rule.summer && summer ? rule.summer.offset : rule.standard;
  return [first, ...(rule.alsoMeant?.(summer) ?? [])];
}
