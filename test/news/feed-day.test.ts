import { describe, expect, it } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseFeed } from '../../src/news/feed-items.ts';
import { parseItem } from '../../src/news/item-reports.ts';

/**
 * "Today" in an article is the writer's day. A feed stamps an item in its own time zone ("Mon, 23 Nov 2026 21:30:00 -0500":
 * an evening in Toronto, already November 24 in UTC): the day the feed wrote is the one "today" counts from.
 */

const programs = loadPrograms();
const story = '<p>IRCC held a Canadian Experience Class draw today, inviting 2,500 candidates with a minimum CRS score of 503.</p>';

const rss = (pubDate: string) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>News</title><link>https://news.example/</link><description>news</description>
<item><title>CEC draw: 2,500 invitations</title><link>https://news.example/cec</link><guid>cec-1</guid><pubDate>${pubDate}</pubDate><content:encoded><![CDATA[${story}]]></content:encoded></item>
</channel></rss>`;

const atom = (published: string) => `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>News</title><id>urn:x</id><updated>2026-11-24T00:00:00Z</updated>
<entry><title>CEC draw: 2,500 invitations</title><link href="https://news.example/cec"/><id>cec-1</id><published>${published}</published><updated>2026-11-25T09:00:00Z</updated><content type="html">${story.replace(/</g, '&lt;').replace(/>/g, '&gt;')}</content></entry>
</feed>`;

async function drawDay(feed: string): Promise<[string | null, string | null | undefined]> {
  const [item] = await parseFeed(feed);
  if (!item) throw new Error('no item');
  const draw = parseItem(item, item.html, programs).draws.find((d) => d.primary);
  return [item.publishedDay, draw?.date];
}

describe("the day a feed item was written, in the feed's own time zone", () => {
  it('an RSS evening in Toronto ("-0500", "EST") is that day, not the next UTC day', async () => {
    expect(await drawDay(rss('Mon, 23 Nov 2026 21:30:00 -0500'))).toEqual(['2026-11-23', '2026-11-23']);
    expect(await drawDay(rss('Mon, 23 Nov 2026 21:30:00 EST'))).toEqual(['2026-11-23', '2026-11-23']);
  });

  it('an Atom <published> with its offset is the day it writes (not <updated>)', async () => {
    expect(await drawDay(atom('2026-11-23T21:30:00-05:00'))).toEqual(['2026-11-23', '2026-11-23']);
  });

  it('a morning in India ("+0530") is that day too, though UTC is still the day before', async () => {
    const [day] = await drawDay(rss('Tue, 24 Nov 2026 04:00:00 +0530'));
    expect(day).toBe('2026-11-24');
  });

  it('a UTC stamp is its UTC day; a date that is no date gives none, and the item is kept', async () => {
    expect(await drawDay(rss('Mon, 23 Nov 2026 20:00:00 GMT'))).toEqual(['2026-11-23', '2026-11-23']);
    const [item] = await parseFeed(rss('sometime last week'));
    expect(item?.publishedDay).toBeNull();
    expect(item?.publishedAt).toBeNull();
  });
});
