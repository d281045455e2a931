import type { Reply } from '../../reply/reply.ts';

/** A reply as plain terminal text: title, text, "Name: value" lines, footer. */
export function renderPlain(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(reply.title);
  if (reply.text) lines.push(reply.text);
  for (const f of reply.fields ?? []) lines.push(`${f.name}: ${f.value}`);
  if (reply.buttons?.length) lines.push(reply.buttons.map((b) => `[${b.label}] ${b.command}`).join('  '));
  if (reply.footer) lines.push(reply.footer);
  return lines.join('\n');
}
