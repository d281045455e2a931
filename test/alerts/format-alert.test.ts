import { describe, expect, it } from 'vitest';
import { formatAlert } from '../../src/alerts/format-alert.ts';
import { createLocalizer } from '../../src/i18n/localizer.ts';
import type { Draw, DrawEvent } from '../../src/domain/draw.ts';
import { renderPlain } from '../../src/platforms/console/render.ts';
import { programs } from '../helpers/stores.ts';
import { cecDraw } from '../helpers/draws.ts';

const t = createLocalizer().forLang('en');
const reported: Draw = cecDraw({
  id: 'news-2026-11-20-cec',
  drawNumber: null,
  programText: 'CEC',
  status: 'reported',
  sources: [{ id: 'cicnews', url: 'https://www.cicnews.com/2026/11/cec.html', seenAt: '2026-11-20T16:00:00Z' }],
});

const footer = (draw: Draw): string => {
  const event: DrawEvent = { kind: 'new', draw, previous: null, changed: [] };
  return formatAlert(event, null, { programs, lang: 'en', t }).footer ?? '';
};
const withUrl = (url: string): Draw => ({ ...reported, sources: [{ ...reported.sources[0]!, url }] });

describe('links in formatted alerts (defence in depth)', () => {
  it('links a news article on a web address, naming its site', () => {
    expect(footer(reported)).toBe('reported by www.cicnews.com · https://www.cicnews.com/2026/11/cec.html');
  });

  it('links IRCC’s page for a confirmed round', () => {
    const confirmed: Draw = { ...reported, status: 'confirmed', sources: [...reported.sources, { id: 'ircc', url: 'https://www.canada.ca/en/x.html?q=438', seenAt: '2026-11-20T18:00:00Z' }] };
    expect(footer(confirmed)).toMatch(/· https:\/\/www\.canada\.ca\/en\/x\.html\?q=438$/);
  });

  it.each(['javascript:alert(1)', 'tg://user?id=1', 'https://t.me/joinchat/AAAA', 'https://www.cicnews.com@evil.example/', 'not a link'])(
    'shows no link for a stored %j, and names the source instead',
    (url) => {
      const text = footer(withUrl(url));
      expect(text).toBe('reported by cicnews');
      expect(renderPlain(formatAlert({ kind: 'new', draw: withUrl(url), previous: null, changed: [] }, null, { programs, lang: 'en', t }))).not.toContain(url);
    },
  );
});
