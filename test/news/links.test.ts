import { describe, expect, it } from 'vitest';
import { sourceSchema } from '../../src/config/sources.ts';
import type { FeedItem } from '../../src/news/feed-items.ts';
import { linkProblem, linkSitesOf, onSite, safeLink, withSafeLink } from '../../src/news/links.ts';
import { captureLogger } from '../helpers/capture-logger.ts';

describe('safeLink: what an alert may show at all', () => {
  it.each(['https://www.cicnews.com/2026/11/cec-draw.html', 'http://127.0.0.1:8080/a', 'https://www.canada.ca/en/x.html?q=438'])('keeps %s', (link) => {
    expect(safeLink(link)?.href).toBe(link);
  });

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'tg://user?id=123',
    'tg://resolve?domain=scam',
    'https://t.me/joinchat/AAAA',
    'https://t.me/+AAAA',
    'https://telegram.me/scam',
    'https://discord.gg/abc',
    'https://chat.whatsapp.com/abc',
    'https://www.cicnews.com@evil.example/x',
    'mailto:a@b.example',
    'ftp://files.example/x',
    '//evil.example/x',
    'not a link',
    '',
    null,
    undefined,
  ])('drops %j', (link) => {
    expect(safeLink(link)).toBeNull();
  });
});

describe('links of a news source', () => {
  const source = sourceSchema.parse({ id: 'cicnews', kind: 'rss', url: 'https://www.cicnews.com/category/express-entry/feed', linkHosts: ['CDN.Example.net'] });

  it('takes the feed’s host and the hosts listed for it, lower-cased', () => {
    expect(linkSitesOf(source)).toEqual(['www.cicnews.com', 'cdn.example.net']);
    expect(() => sourceSchema.parse({ id: 'x', kind: 'rss', url: 'https://a.example/feed', linkHosts: ['https://a.example/'] })).toThrow(/host name/);
  });

  it('matches a site, its subdomains, and the site without "www."', () => {
    expect(['cicnews.com', 'www.cicnews.com', 'news.cicnews.com'].map((h) => onSite(h, 'www.cicnews.com'))).toEqual([true, true, true]);
    expect(['evilcicnews.com', 'cicnews.com.evil.example', 'example.net'].map((h) => onSite(h, 'www.cicnews.com'))).toEqual([false, false, false]);
  });

  it('says why a link may not go into an alert of that source', () => {
    const sites = linkSitesOf(source);
    expect(linkProblem('https://www.cicnews.com/2026/11/x.html', sites)).toBeNull();
    expect(linkProblem('https://img.cdn.example.net/x', sites)).toBeNull();
    expect(linkProblem('https://phishing.example/x', sites)).toMatch(/phishing\.example is not the source's own site \(www\.cicnews\.com, cdn\.example\.net\); list it in the source's linkHosts/);
    expect(linkProblem('javascript:alert(1)', sites)).toMatch(/scheme javascript: is not http/);
    expect(linkProblem('https://t.me/joinchat/x', sites)).toMatch(/leads to a chat \(t\.me\)/);
    expect(linkProblem('https://user:pw@www.cicnews.com/', sites)).toMatch(/user name or password/);
  });

  it('drops a bad link from an item, keeps its key, and names the source in a warning', () => {
    const item: FeedItem = {
      key: 'l:javascript:alert(1)',
      altKeys: ['h:abc'],
      link: 'javascript:alert(1)',
      title: 'CEC draw',
      publishedAt: null,
      publishedDay: null,
      html: '<p>x</p>',
      summaryOnly: false,
    };
    const { logger, warnings } = captureLogger();
    expect(withSafeLink(item, source, logger)).toEqual({ ...item, link: null });
    expect(warnings()).toMatchObject([{ source: 'cicnews', link: 'javascript:alert(1)', msg: expect.stringMatching(/dropped a feed item's link/) as string }]);
    const good = { ...item, link: 'https://www.cicnews.com/a' };
    expect(withSafeLink(good, source, logger)).toBe(good);
    expect(warnings()).toHaveLength(1);
  });
});
