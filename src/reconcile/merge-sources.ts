import type { DrawSource } from '../domain/draw.ts';

/** Adds a source to a draw's list; a source already listed keeps its first sighting. */
export function withSource(sources: DrawSource[], added: DrawSource): DrawSource[] {
  return sources.some((s) => s.id === added.id && s.url === added.url) ? sources : [...sources, added];
}
