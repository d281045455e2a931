import { articleText } from '../news/article-page.ts';
import { parseFeed, type FeedItem } from '../news/feed-items.ts';
import { hasCompletePrimary, looksLikeDraw, parseItem, reportsFrom } from '../news/item-reports.ts';
import { withSafeLink } from '../news/links.ts';
import type { NewsReport } from '../domain/news-report.ts';
import type { SourceConfig } from '../config/sources.ts';
import { fetchConditional } from './http-fetch.ts';
import { fetchIfChanged } from './fetch-if-changed.ts';
import type { SourceContext, SourceReader } from './types.ts';

/** At most this many article pages are fetched per poll of one feed. */
const MAX_PAGE_FETCHES = 4;

async function fetchArticle(url: string, source: SourceConfig, ctx: SourceContext): Promise<string> {
  const res = await fetchConditional({ url, userAgent: ctx.userAgent, timeoutMs: source.timeoutMs, maxBytes: source.maxBytes, maxRedirects: 5, accept: 'text/html', http: ctx.http });
  return res.status === 'ok' ? articleText(res.body) : '';
}

/** An item's reports; when it looks like a draw but the feed gave only a summary, the page is read too. */
async function readItem(item: FeedItem, source: SourceConfig, ctx: SourceContext, budget: { pages: number }): Promise<NewsReport[]> {
  const fromFeed = parseItem(item, item.html, ctx.programs);
  const url = item.link ?? source.url;
  const needPage = looksLikeDraw(item) && item.link !== null && (item.summaryOnly || !hasCompletePrimary(fromFeed));
  if (!needPage || budget.pages <= 0) return reportsFrom(item, fromFeed, source.id, url);
  budget.pages--;
  try {
    const page = parseItem(item, await fetchArticle(url, source, ctx), ctx.programs);
    return reportsFrom(item, hasCompletePrimary(page) || !hasCompletePrimary(fromFeed) ? page : fromFeed, source.id, url);
  } catch (err) {
    ctx.logger.warn({ source: source.id, url }, `cannot read the article page: ${(err as Error).message}`);
    return reportsFrom(item, fromFeed, source.id, url);
  }
}

/** A news feed (RSS 2.0, Atom, RDF): new items only, each read into draw reports. */
export const readRssSource: SourceReader = async (source, state, ctx) => {
  const read = await fetchIfChanged(source, state, ctx, 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.8');
  if (!read.changed) return { kind: 'unchanged', state: read.state };
  const items = await parseFeed(read.body);
  const seen = ctx.seen ? await ctx.seen(source.id) : new Set<string>();
  const fresh = items.filter((i) => !seen.has(i.key) && !i.altKeys.some((k) => seen.has(k)));
  const budget = { pages: MAX_PAGE_FETCHES };
  const news: NewsReport[] = [];
  for (const item of fresh) news.push(...(await readItem(withSafeLink(item, source, ctx.logger), source, ctx, budget)));
  return {
    kind: 'reports',
    state: read.state,
    official: [],
    pool: null,
    news,
    seenKeys: fresh.flatMap((i) => [i.key, ...i.altKeys]),
  };
};
