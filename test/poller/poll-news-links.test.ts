import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAlert } from '../../src/alerts/format-alert.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import { sourceSchema, type SourceConfig } from '../../src/config/sources.ts';
import type { DrawEvent } from '../../src/domain/draw.ts';
import { pollOnce } from '../../src/poller/poll-once.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import { startFeedServer, type FeedServer } from '../fakes/feed-server.ts';
import { freshCecArticle, rssFeed } from '../helpers/feeds.ts';
import { programs, seededDeps } from '../helpers/stores.ts';
import { captureLogger } from '../helpers/capture-logger.ts';

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(async () => server.close());

const NOW = new Date('2026-11-20T18:00:00Z');
const t = createLocalizer().forLang('en');
let paths = 0;

function feedWithLink(link: string, extra: Partial<SourceConfig> = {}): SourceConfig {
  const path = `/links-${++paths}.xml`;
  server.route(path, { body: rssFeed([{ ...freshCecArticle('2026-11-20', link), guid: `item-${paths}` }]) });
  return sourceSchema.parse({ id: 'site', kind: 'rss', url: server.url(path), timeoutMs: 3000, ...extra });
}

async function alertFor(source: SourceConfig): Promise<{ event: DrawEvent | undefined; text: string; warnings: string[] }> {
  const { deps } = await seededDeps(() => NOW);
  const { logger, warnings } = captureLogger();
  const { events } = await pollOnce([source], { ...deps, logger });
  const event = events[0];
  const text = event ? renderPlain(formatAlert(event, null, { programs, lang: 'en', t })) : '';
  return { event, text, warnings: warnings().map((w) => `${String(w['source'])}: ${w.msg}`) };
}

describe('links in news alerts', () => {
  it.each([
    ['javascript:', 'javascript:alert(document.cookie)'],
    ['a Telegram deep link', 'tg://user?id=123456'],
    ['a Telegram invite', 'https://t.me/joinchat/AAAAAE-secret'],
    ['another host', 'https://phishing.example/ee-draw'],
    ['a malformed address', 'https://news example/draw'],
    ['credentials in the address', `http://user:pass@127.0.0.1/x`],
  ])('alerts an item whose link is %s, without that link, and says why in the log', async (_what, link) => {
    const { event, text, warnings } = await alertFor(feedWithLink(link));
    expect(event?.kind).toBe('new');
    expect(event?.draw.sources.map((s) => s.url).join(' ')).not.toContain(link);
    expect(text).toMatch(/Minimum CRS|503/);
    expect(text).not.toContain(link);
    expect(text).not.toMatch(/javascript:|tg:|t\.me|phishing|user:pass/);
    expect(warnings).toEqual([expect.stringMatching(/^site: .*link/)]);
  });

  it('keeps a link on the feed’s own site', async () => {
    const link = server.url('/2026/11/cec-draw.html');
    const { text, warnings } = await alertFor(feedWithLink(link));
    expect(text).toContain(link);
    expect(warnings).toEqual([]);
  });

  it('keeps a link on a host listed for that source, and its subdomains', async () => {
    for (const link of ['https://www.news.example/cec', 'https://news.example/cec']) {
      const { text, warnings } = await alertFor(feedWithLink(link, { linkHosts: ['news.example'] }));
      expect(text).toContain(link);
      expect(warnings).toEqual([]);
    }
  });
});
