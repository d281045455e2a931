import { expect } from 'vitest';
import { loadPrograms } from '../../src/config/programs.ts';
import { parseArticle, type ParsedDraw } from '../../src/parse/parse-article.ts';

/** The bundled programs, loaded once for the reader's case files. */
export const programs = loadPrograms();

/** Every draw the reader reads on a page, announced or only mentioned. */
export const readDraws = (text: string, published?: string): ParsedDraw[] => parseArticle(text, { programs, ...(published ? { published } : {}) }).draws;

/** The draws a page announces. */
export const announcedDraws = (text: string, published?: string): ParsedDraw[] => readDraws(text, published).filter((d) => d.primary);

/** The draws a page announces, each as the fields most cases look at: day, round number, program, count, cut-off. */
export const rounds = (text: string, published: string) => announcedDraws(text, published).map((d) => [d.date, d.drawNumber, d.program, d.invitations, d.minCrs]);

/** Each page, read on its day, announces no draw (a guide, a forecast, a recap, a province's or another country's round). */
export function expectNothingAnnounced(pages: readonly (readonly [text: string, published: string])[]): void {
  for (const [text, published] of pages) expect(announcedDraws(text, published), text).toEqual([]);
}
