import { readFixture } from './fixtures.ts';

export interface FeedEntry {
  title: string;
  link: string;
  guid?: string;
  published: string;
  html: string;
  /** Put the text in <description> only (a summary feed) instead of content:encoded. */
  summaryOnly?: boolean;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function rssFeed(entries: FeedEntry[], title = 'Immigration news'): string {
  const items = entries
    .map(
      (e) => `<item><title>${esc(e.title)}</title><link>${esc(e.link)}</link><guid>${esc(e.guid ?? e.link)}</guid>
<pubDate>${new Date(e.published).toUTCString()}</pubDate>
${e.summaryOnly ? `<description>${esc(e.html)}</description>` : `<description>${esc(e.html.slice(0, 120))}</description><content:encoded><![CDATA[${e.html}]]></content:encoded>`}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(title)}</title><link>https://news.example/</link><description>news</description>
${items}
</channel></rss>`;
}

export function atomFeed(entries: FeedEntry[], title = 'Another site'): string {
  const items = entries
    .map(
      (e) =>
        `<entry><title>${esc(e.title)}</title><link href="${esc(e.link)}"/><id>${esc(e.guid ?? e.link)}</id><updated>${new Date(e.published).toISOString()}</updated><content type="html">${esc(e.html)}</content></entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>${esc(title)}</title><id>urn:x</id><updated>2026-01-01T00:00:00Z</updated>
${items}
</feed>`;
}

/** The five seed articles with their publication dates, as feed entries. */
export function seedEntries(): FeedEntry[] {
  const seeds: [string, string][] = [
    ['000_5e2b7f933c5638a2.txt', '2024-11-19T20:00:00Z'],
    ['001_e0a16a818b52d551.txt', '2024-05-31T18:00:00Z'],
    ['002_d9f12e1049d1b8b4.txt', '2025-11-29T12:00:00Z'],
    ['003_df902443f7b2ab2d.txt', '2025-03-25T12:00:00Z'],
    ['004_992d21e8172442b7.txt', '2026-01-22T12:00:00Z'],
  ];
  return seeds.map(([file, published], i) => {
    const text = readFixture(`seeds/${file}`);
    const title = text.trim().split('\n')[0]?.slice(0, 120) ?? `seed ${i}`;
    return {
      title,
      link: `https://news.example/seed-${i}`,
      published,
      html: text
        .split('\n')
        .map((l) => `<p>${esc(l)}</p>`)
        .join('\n'),
    };
  });
}

/** An article, in our own words, about a CEC round held on `date` (2,500 invitations, cutoff 503). */
export function freshCecArticle(date: string, link = 'https://news.example/cec-503'): FeedEntry {
  const long = new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' });
  return {
    title: 'Express Entry: 2,500 CEC candidates invited, cut-off falls to 503',
    link,
    published: `${date}T16:30:00Z`,
    html: `<p>Immigration, Refugees and Citizenship Canada held a new Express Entry round on ${long}.</p>
<p>The department issued 2,500 invitations to apply to candidates in the Canadian Experience Class. The lowest-ranked candidate invited had a CRS score of 503.</p>
<p>The tie-breaking rule for this round was November 3, 2026 at 21:15:42 UTC.</p>`,
  };
}
