import type { ProgramCode } from '../src/domain/draw.ts';
import type { ProgramFilter } from '../src/domain/subscription.ts';

/** The programs benchmarks spread subscriptions over. */
export const BENCH_PROGRAMS: ProgramCode[] = ['general', 'cec', 'fsw', 'fst', 'pnp', 'french', 'healthcare', 'stem', 'trades', 'transport', 'agriculture', 'education'];

/** A small seeded generator (mulberry32), so every run builds the same subscriptions. */
export function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Every program with probability `allShare`, else one to three of them. */
export function randomFilter(random: () => number, allShare: number, programs: readonly ProgramCode[] = BENCH_PROGRAMS): ProgramFilter {
  if (random() < allShare) return 'all';
  const count = 1 + Math.floor(random() * 3);
  return [...new Set(Array.from({ length: count }, () => programs[Math.floor(random() * programs.length)] as ProgramCode))];
}
