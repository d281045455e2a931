import type { ProgramCode } from './draw.ts';

/** One draw a news item states, before reconciliation. Facts the text does not state are null. */
export interface NewsReport {
  sourceId: string;
  /** The item it came from (guid, else link, else content hash). */
  itemKey: string;
  url: string;
  title: string;
  /** When the item was published (ISO), when the feed says. */
  publishedAt: string | null;
  /** Whether the article announces this draw (not a past draw it mentions for context). */
  primary: boolean;
  drawNumber: string | null;
  date: string | null;
  /** Null when the article does not say (a report without it never alerts). */
  program: ProgramCode | null;
  invitations: number | null;
  minCrs: number | null;
  tieBreak: string | null;
}
