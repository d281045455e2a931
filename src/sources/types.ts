import type { Programs } from '../config/programs.ts';
import type { SourceConfig } from '../config/sources.ts';
import type { DrawReport } from '../domain/draw.ts';
import type { NewsReport } from '../domain/news-report.ts';
import type { PoolSnapshot } from '../domain/pool.ts';
import type { Logger } from '../log.ts';
import type { HttpClient } from '../net/http-client.ts';
import type { SourceState } from '../store/source-state-store.ts';

export interface SourceContext {
  userAgent: string;
  programs: Programs;
  logger: Logger;
  now: () => Date;
  /** The app's HTTP client, closed when the app stops (absent: the process-wide one). */
  http?: HttpClient;
  /** Item keys a news source has already read (absent: none). */
  seen?: (sourceId: string) => Promise<Set<string>>;
}

/** What one fetch of one source produced; `unchanged` when the body did not change since last time. */
export type SourceReading =
  | { kind: 'unchanged'; state: Partial<SourceState> }
  | {
      kind: 'reports';
      state: Partial<SourceState>;
      official: DrawReport[];
      pool: PoolSnapshot | null;
      news?: NewsReport[];
      /** Item keys to remember as read once the reports are stored. */
      seenKeys?: string[];
    };

/** Reads one kind of source. Throws (with a plain-words message) when the source cannot be read. */
export type SourceReader = (source: SourceConfig, state: SourceState, ctx: SourceContext) => Promise<SourceReading>;
