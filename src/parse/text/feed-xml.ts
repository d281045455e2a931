import { DOMParser } from 'linkedom';
import { monthName } from '../../ircc/datetime.ts';
import { decodeEntities } from './html-entities.ts';
import { htmlToText, looksLikeHtml } from './html-to-text.ts';

/**
 * A feed pasted as its file (RSS 2.0, RSS 1.0/RDF, Atom: "<rss version=\"2.0\"><channel>…<item><title>…", "<feed
 * xmlns=\"http://www.w3.org/2005/Atom\">…<entry>…"): the feed's title, then each item's title, its day ("February 3, 2023", a
 * line of its own, as a post is dated) and its text (a description in CDATA or escaped HTML, read as HTML); the rest of the file
 * (links, ids, enclosures, categories, authors) is no text of the page (docs/parser.md "Session 56"). Read with linkedom's XML
 * parser (already the project's DOM for article pages), which forgives broken markup; a text without a feed's root is returned as it is.
 */

const FEED = /<(?:rss|feed|rdf:RDF)\b[^>]*>[\s\S]*<(?:item|entry)\b/;
/** "Fri, 03 Feb 2023 11:30:00 GMT" (RFC 822) or "2025-11-26T13:05:00Z" (RFC 3339): the day as written, without its time. */
/** RFC 822's month abbreviations. */
const RFC_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');
const RFC822 = /^\s*(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{4})\b(?:\s+(\d{1,2}:\d{2})(?::\d{2})?\s*(GMT|UT|UTC|Z|[+-]0000)?)?/;
const RFC3339 = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]00:?00)?)?/;

/** The item's day, and its time when given in UTC ("13:05 UTC"): the stamp of an entry, as a live page stamps its posts. */
function stampOf(value: string | null | undefined): { day: string; time: string | null } | null {
  if (!value) return null;
  const iso = RFC3339.exec(value);
  const rfc = iso ? null : RFC822.exec(value);
  const month = monthName(iso ? Number(iso[2]) : RFC_MONTHS.indexOf(rfc?.[2]?.toLowerCase() ?? '') + 1);
  if (!month || (!iso && !rfc)) return null;
  const day = iso ? `${month} ${Number(iso[3])}, ${iso[1]}` : `${month} ${Number(rfc?.[1])}, ${rfc?.[3]}`;
  const [time, utc] = iso ? [iso[4], iso[5]] : [rfc?.[4], rfc?.[5]];
  return { day, time: time && utc ? `${time} UTC` : null };
}

/** A text field: HTML inside CDATA or escaped once ("&lt;p&gt;Today …") read as HTML, else its entities undone. */
const plain = (value: string | null | undefined): string => {
  const text = (value ?? '').trim();
  return looksLikeHtml(text) ? htmlToText(text).trim() : decodeEntities(text);
};

type Node = { querySelector(s: string): { textContent: string | null } | null };
type XmlDocument = Node & { querySelectorAll(s: string): Iterable<Node> };
const field = (node: Node, ...names: string[]): string | null => {
  for (const name of names) {
    const found = node.querySelector(name)?.textContent;
    if (found != null && found.trim() !== '') return found;
  }
  return null;
};

export function feedXml(text: string): string {
  if (!FEED.test(text.slice(0, 65_536))) return text;
  const doc = new DOMParser().parseFromString(text, 'text/xml') as unknown as XmlDocument;
  const items = [...doc.querySelectorAll('item, entry')];
  if (items.length === 0) return text;
  const channel = doc.querySelector('channel > title, feed > title')?.textContent;
  const out: string[] = channel ? [plain(channel), ''] : [];
  for (const item of items) {
    const title = plain(field(item, 'title'));
    const stamp = stampOf(field(item, 'pubDate', 'published', 'dc\\:date', 'updated'));
    // Several items stamped with their times read as a live page's entries ("November 25, 2025 12:31 UTC - PNP round 380: …"),
    // each its own post; a lone item's title is the page's headline, its day a line of its own.
    if (stamp?.time && items.length > 1) out.push(`${stamp.day} ${stamp.time} - ${title}`);
    else out.push(...[title, stamp?.day ?? ''].filter((t) => t !== ''));
    const body = field(item, 'content\\:encoded', 'content', 'description', 'summary');
    if (body) out.push(plain(body));
    out.push('');
  }
  return out.join('\n');
}
