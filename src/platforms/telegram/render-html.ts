import type { Reply } from '../../reply/reply.ts';

/** Telegram's limits: a message's text, a photo's caption, a button's callback data (bytes). */
export const TEXT_LIMIT = 4096;
export const CAPTION_LIMIT = 1024;
export const CALLBACK_LIMIT = 64;

/** Escapes text for Telegram's HTML parse mode: every piece of feed or user text goes through here. */
export const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cuts escaped HTML at `limit` characters without splitting an entity or leaving a tag open. */
export function fitHtml(html: string, limit: number): string {
  if (html.length <= limit) return html;
  // Room for a closing tag ("</a>") and the ellipsis.
  let cut = html.slice(0, Math.max(0, limit - 5));
  cut = cut.replace(/&[a-z]*$/i, '');
  const open = cut.lastIndexOf('<');
  if (open > cut.lastIndexOf('>')) cut = cut.slice(0, open);
  // Close a <b> or <a> left open by the cut.
  const opened = (cut.match(/<(b|a)[\s>]/g) ?? []).length;
  const closed = (cut.match(/<\/(b|a)>/g) ?? []).length;
  if (opened > closed) cut += cut.lastIndexOf('<a') > cut.lastIndexOf('<b') ? '</a>' : '</b>';
  return `${cut}…`;
}

/** A reply as Telegram HTML: bold title, text, "name: value" lines, footer; a mention first when given. */
export function renderHtml(reply: Reply, opts: { mention?: { userId: string; name: string } | null; limit?: number } = {}): string {
  const parts: string[] = [];
  const mention = opts.mention ? `<a href="tg://user?id=${encodeURIComponent(opts.mention.userId)}">${escapeHtml(opts.mention.name)}</a> ` : '';
  if (reply.title) parts.push(`${mention}<b>${escapeHtml(reply.title)}</b>`);
  else if (mention) parts.push(mention.trim());
  if (reply.text) parts.push(escapeHtml(reply.text));
  if (reply.fields?.length) parts.push(reply.fields.map((f) => `<b>${escapeHtml(f.name)}:</b> ${escapeHtml(f.value)}`).join('\n'));
  if (reply.footer) parts.push(escapeHtml(reply.footer));
  return fitHtml(parts.join('\n\n'), opts.limit ?? TEXT_LIMIT);
}

/** Buttons as an inline keyboard, three to a row; a command too long for callback data is left out. */
export function inlineKeyboard(reply: Reply): { text: string; callback_data: string }[][] | null {
  const buttons = (reply.buttons ?? []).filter((b) => Buffer.byteLength(b.command, 'utf8') <= CALLBACK_LIMIT).map((b) => ({ text: b.label.slice(0, 60), callback_data: b.command }));
  if (buttons.length === 0) return null;
  const rows: { text: string; callback_data: string }[][] = [];
  for (let i = 0; i < buttons.length; i += 3) rows.push(buttons.slice(i, i + 3));
  return rows;
}
