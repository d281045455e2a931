/**
 * One counted message. It counts from the instant its send starts until one window after its
 * answer came back (`open` until then): the platform judges arrival times, which the sender
 * cannot see, and an arrival is always between the start and the answer. Counting to the answer
 * keeps the platform's windows safe even when the sender's event loop delays a request.
 */
export interface Mark {
  t: number;
  cancelled: boolean;
  open: boolean;
}

/** A send that never answers stops holding its slot after this long. */
export const MAX_OPEN_MS = 60_000;

/**
 * The messages of the last `spanMs`, to tell when one more fits under `size`. Sliding, not fixed:
 * no two bursts at a window's edge add up to more than `size`.
 */
export class SlidingWindow {
  private marks: Mark[] = [];
  private dirty = false;

  /** `untilAnswer` false: a mark counts one span from its start only (a smoothing window, not a limit). */
  constructor(
    readonly size: number,
    readonly spanMs: number,
    private readonly untilAnswer = true,
  ) {}

  /** When a mark stops counting: one span after its answer (or, still open, only after MAX_OPEN_MS). */
  private expiry(m: Mark, t: number): number {
    if (!m.open || !this.untilAnswer) return m.t + this.spanMs;
    return t - m.t >= MAX_OPEN_MS ? m.t + MAX_OPEN_MS : Number.POSITIVE_INFINITY;
  }

  /** Milliseconds until one more message fits at `t`; 0 when it fits now; Infinity while only an answer can free a slot. */
  wait(t: number): number {
    this.tidy(t);
    if (this.marks.length < this.size) return 0;
    const expiries = this.marks.map((m) => this.expiry(m, t)).sort((a, b) => a - b);
    return Math.max(0, (expiries[this.marks.length - this.size] as number) - t);
  }

  /** Messages counted at `t`. */
  count(t: number): number {
    this.tidy(t);
    return this.marks.length;
  }

  add(mark: Mark): void {
    this.marks.push(mark);
  }

  /** A mark in this window moved, closed or was given back. */
  touch(): void {
    this.dirty = true;
  }

  /** Whether nothing counted here could still matter at `t`. */
  idle(t: number): boolean {
    this.tidy(t);
    return this.marks.length === 0;
  }

  private tidy(t: number): void {
    if (this.dirty) {
      this.marks = this.marks.filter((m) => !m.cancelled).sort((a, b) => a.t - b.t);
      this.dirty = false;
    }
    // Expired marks are dropped from the front; an open one keeps those after it (briefly, harmlessly).
    let expired = 0;
    while (expired < this.marks.length && this.expiry(this.marks[expired] as Mark, t) <= t) expired++;
    if (expired > 0) this.marks.splice(0, expired);
  }
}
