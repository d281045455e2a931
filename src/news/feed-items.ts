import Parser from 'rss-parser';
import { sha256 } from '../sources/http-fetch.ts';
import { writtenDay } from './written-day.ts';

/** One entry of an RSS 2.0, Atom or RDF feed, as our own type. */
export interface FeedItem {
  /** guid, else link, else a hash of title and text: stable across polls. */
  key: string;
  /** Other keys the same article may come back under (its link, a hash of its text). */
  altKeys: string[];
  link: string | null;
  title: string;
  publishedAt: string | null;
  /** The day the feed wrote, in its own time zone (`written-day.ts`): the day an article's "today" is. */
  publishedDay: string | null;
  /** The fullest text the feed carries: content:encoded, content, or description/summary. */
  html: string;
  /** True when the feed carried only a summary (description) for this item. */
  summaryOnly: boolean;
}

export class FeedFormatError extends Error {
  override name = 'FeedFormatError';
}

type RawItem = Parser.Item & { 'content:encoded'?: string; description?: string; id?: string; published?: string; updated?: string };

// Atom's <published> and <updated> as written: rss-parser turns them into UTC, which loses the feed's own day.
const parser = new Parser<Record<string, unknown>, { 'content:encoded'?: string; description?: string; id?: string; published?: string; updated?: string }>({
  customFields: { item: ['content:encoded', 'description', 'id', 'published', 'updated'] },
});

function isoOrNull(value: string | undefined): string | null {
  if (!value) return null;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : new Date(t).toISOString();
}

function toItem(raw: RawItem): FeedItem | null {
  // rss-parser copies an RSS <description> into `content`: only content:encoded or a real Atom <content> is full text.
  const full = raw['content:encoded'] ?? (raw.content && raw.content !== raw.description ? raw.content : undefined);
  const summary = raw.summary ?? raw.description ?? raw.contentSnippet ?? raw.content ?? '';
  const html = (full ?? summary).trim();
  const title = (raw.title ?? '').trim();
  if (!title && !html) return null;
  const link = raw.link?.trim() || null;
  const contentKey = `h:${sha256(`${title}\n${html}`).slice(0, 32)}`;
  const guid = (raw.guid ?? raw.id)?.toString().trim();
  const key = guid ? `g:${guid}` : link ? `l:${link}` : contentKey;
  const altKeys = [link ? `l:${link}` : null, contentKey].filter((k): k is string => k !== null && k !== key);
  const publishedAt = isoOrNull(raw.isoDate ?? raw.pubDate);
  // Atom's <published>, else its <updated>, else RSS's <pubDate>: the first the feed wrote as text.
  const stamp = [raw.published, raw.updated, raw.pubDate].find((s): s is string => typeof s === 'string');
  const publishedDay = publishedAt === null ? null : (writtenDay(stamp) ?? publishedAt.slice(0, 10));
  return { key, altKeys, link, title, publishedAt, publishedDay, html, summaryOnly: full === undefined };
}

/** Feed XML → items. Throws FeedFormatError, in plain words, for anything that is not a feed. */
export async function parseFeed(body: string): Promise<FeedItem[]> {
  const text = body.replace(/^\uFEFF/, '').trim();
  if (!text) throw new FeedFormatError('the feed is empty');
  if (/^<!doctype html|^<html[\s>]/i.test(text)) throw new FeedFormatError('the answer is an HTML page, not a feed (a challenge or error page?)');
  if (!text.startsWith('<')) throw new FeedFormatError(`the answer is not XML (it starts with "${text.slice(0, 30).replace(/\s+/g, ' ')}")`);
  let feed: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    feed = await parser.parseString(text);
  } catch (err) {
    throw new FeedFormatError(`the feed is not valid RSS/Atom: ${(err as Error).message.split('\n')[0] ?? ''}`, { cause: err });
  }
  return feed.items.map((i) => toItem(i)).filter((i): i is FeedItem => i !== null);
}
