import type { ProgramCode } from '../../domain/draw.ts';
import type { ChatTarget, ThresholdTarget } from '../subscription-store.ts';
import { atOrAbove, matchTags, mergeByScore } from './records.ts';

/** Scope of a version counter: chats or thresholds of one program tag. */
export const chatScope = (tag: string): string => `c:${tag}`;
export const thresholdScope = (tag: string): string => `t:${tag}`;

/** What an engine gives the cache: version counters (bumped in the same transaction as a change) and the rows of one tag. */
export interface MatchSource {
  /** The counters of `scopes`, in order; a scope never changed reads "0". */
  versions(scopes: string[]): Promise<string[]>;
  /** Active chats filed under `tag`. */
  chats(tag: string): Promise<ChatTarget[]>;
  /** Thresholds filed under `tag` with a score at or above `minScore`, highest first. */
  thresholds(tag: string, minScore: number): Promise<ThresholdTarget[]>;
}

/** Matching a draw through the cache: what the stores' `chatsFor` and `thresholdsFor` return. */
export interface MatchCache {
  chatsFor(program: ProgramCode): Promise<ChatTarget[]>;
  thresholdsFor(program: ProgramCode, minScore: number): Promise<ThresholdTarget[]>;
}

/**
 * A process's matches, kept per program tag while the tag's counter is unchanged: a warm match
 * costs one read of two counters. Each tag is held once (the "all programs" list is not copied
 * into every program's). Thresholds are kept from the lowest cut-off asked so far, so a match
 * with a higher cut-off is a slice of it and a lower one reads again — only what it needs.
 * The counter is read before the rows: a change committed in between makes the entry look stale
 * at the next call, never fresh when it is not.
 */
export function createMatchCache(source: MatchSource): MatchCache {
  const chats = new Map<string, { version: string; list: ChatTarget[] }>();
  const thresholds = new Map<string, { version: string; floor: number; list: ThresholdTarget[] }>();
  return {
    async chatsFor(program) {
      const tags = matchTags(program);
      const versions = await source.versions(tags.map(chatScope));
      const lists = await Promise.all(
        tags.map(async (tag, i) => {
          const version = versions[i] ?? '0';
          const hit = chats.get(tag);
          if (hit?.version === version) return hit.list;
          const list = await source.chats(tag);
          chats.set(tag, { version, list });
          return list;
        }),
      );
      return lists.flat();
    },
    async thresholdsFor(program, minScore) {
      const tags = matchTags(program);
      const versions = await source.versions(tags.map(thresholdScope));
      const lists = await Promise.all(
        tags.map(async (tag, i) => {
          const version = versions[i] ?? '0';
          const hit = thresholds.get(tag);
          if (hit?.version === version && hit.floor <= minScore) return atOrAbove(hit.list, minScore);
          const list = await source.thresholds(tag, minScore);
          thresholds.set(tag, { version, floor: minScore, list });
          return list;
        }),
      );
      return mergeByScore(lists);
    },
  };
}
