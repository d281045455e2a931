import { decodeEntities } from './html-entities.ts';

/**
 * Article HTML → plain text with one line per block and tab-separated table cells.
 * A single forward scan (every search starts where the last one ended, and a closing tag that
 * is missing once is remembered as missing), so 5 MB of broken markup stays linear.
 * Navigation, sidebars and footers are dropped: their "latest draw" widgets are not the article.
 */

const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'canvas', 'iframe', 'object', 'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea']);

const BLOCKS = new Set([
  'p',
  'div',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'tr',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'caption',
  'section',
  'article',
  'header',
  'main',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'title',
  'address',
  'details',
  'summary',
  'body',
  'html',
  'head',
]);

const CELLS = new Set(['td', 'th']);

const HTML_HINT =
  /<(?:!doctype\b|!--|\/?(?:html|head|body|p|div|br|span|a|h[1-6]|table|tr|td|th|ul|ol|li|article|section|main|header|footer|nav|aside|strong|b|em|i|img|meta|title|script|style)\b[^<>]{0,300}>)/i;

/** True when the input reads as markup rather than prose that mentions a "<". */
export function looksLikeHtml(input: string): boolean {
  return HTML_HINT.test(input.slice(0, 65_536));
}

const TAG_START = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})/y;

/** Whitespace collapses, except that a blank line in the text between tags still ends a paragraph. */
function textChunk(raw: string): string {
  return decodeEntities(
    raw
      .split(/\n[^\S\n]*\n/)
      .map((part) => part.replace(/\s+/g, ' '))
      .join('\n'),
  );
}

/** Never throws; unbalanced or truncated markup gives whatever text it holds. */
export function htmlToText(html: string): string {
  const lower = html.toLowerCase();
  const missingClose = new Set<string>();
  const out: string[] = [];
  const n = html.length;
  let i = 0;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push(textChunk(html.slice(i)));
      break;
    }
    if (lt > i) out.push(textChunk(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    TAG_START.lastIndex = lt;
    const tag = TAG_START.exec(html);
    if (!tag && html[lt + 1] !== '!' && html[lt + 1] !== '?') {
      out.push('<');
      i = lt + 1;
      continue;
    }
    const gt = html.indexOf('>', lt + 1);
    if (gt < 0) break;
    i = gt + 1;
    if (!tag) continue;
    const closing = tag[1] === '/';
    const name = (tag[2] ?? '').toLowerCase();
    if (!closing && SKIPPED.has(name) && html[gt - 1] !== '/') {
      i = skipElement(lower, name, i, missingClose);
      out.push('\n');
      continue;
    }
    if (CELLS.has(name)) out.push(closing ? '' : '\t');
    else if (BLOCKS.has(name)) out.push('\n');
  }
  return out.join('');
}

/** Position after `</name…>`, or `from` itself when the element is never closed. */
function skipElement(lower: string, name: string, from: number, missingClose: Set<string>): number {
  if (missingClose.has(name)) return from;
  const close = lower.indexOf(`</${name}`, from);
  if (close < 0) {
    missingClose.add(name);
    return from;
  }
  const gt = lower.indexOf('>', close);
  return gt < 0 ? lower.length : gt + 1;
}
