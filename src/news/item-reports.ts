import type { Programs } from '../config/programs.ts';
import type { NewsReport } from '../domain/news-report.ts';
import { parseArticle, type ParseResult } from '../parse/parse-article.ts';
import type { FeedItem } from './feed-items.ts';

const escapeHtmlText = (t: string): string => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const DRAWISH = /\b(draws?|round of invitations|rounds of invitations|invitations? to apply|ITAs?|CRS|cut-?off)\b/i;

/** Whether an item's title or text talks about a draw at all. */
export const looksLikeDraw = (item: FeedItem): boolean => DRAWISH.test(item.title) || DRAWISH.test(item.html.slice(0, 4000));

/** Whether a parse found a draw it announces with every figure an alert needs. */
export const hasCompletePrimary = (r: ParseResult): boolean => r.draws.some((d) => d.primary && d.date !== null && d.invitations !== null && d.minCrs !== null);

/** Reads an item's text (title first: headlines often carry the figures). */
export function parseItem(item: FeedItem, text: string, programs: Programs): ParseResult {
  const published = item.publishedDay ?? undefined;
  // The headline must stay a line of its own: wrap it in a block element when the text is HTML.
  const title = /<[a-z][\s\S]*>/i.test(text) ? `<h1>${escapeHtmlText(item.title)}</h1>` : item.title;
  return parseArticle(`${title}\n\n${text}`, { programs, ...(published ? { published } : {}) });
}

export function reportsFrom(item: FeedItem, result: ParseResult, sourceId: string, url: string): NewsReport[] {
  return result.draws.map((d) => ({
    sourceId,
    itemKey: item.key,
    url,
    title: item.title,
    publishedAt: item.publishedAt,
    primary: d.primary,
    drawNumber: d.drawNumber,
    date: d.date,
    program: d.program,
    invitations: d.invitations,
    minCrs: d.minCrs,
    tieBreak: d.tieBreak,
  }));
}
