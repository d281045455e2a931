import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The little of the DOM we read (the project compiles without lib.dom). */
interface PageDocument {
  body: { textContent: string | null } | null;
}

/**
 * An article page's main text (Readability over a linkedom document): the story without
 * navigation, sidebars and footers, which are full of numbers that are not draw facts.
 * Falls back to the body's text when Readability finds no article.
 */
export function articleText(html: string): string {
  const { document } = parseHTML(html) as unknown as { document: PageDocument };
  const article = new Readability(document, { charThreshold: 200 }).parse();
  const text = article?.textContent ?? document.body?.textContent ?? '';
  const title = article?.title ? `${article.title}\n\n` : '';
  return `${title}${text}`
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
