/** One counted message. Its instant moves later once, when the send really starts; a slot not used is given back. */
export interface Mark {
  t: number;
  cancelled: boolean;
}

/**
 * The messages of the last `spanMs`, to tell when one more fits under `size`. Sliding, not fixed:
 * no two bursts at a window's edge add up to more than `size`.
 */
export class SlidingWindow {
  private marks: Mark[] = [];
  private dirty = false;

  constructor(
    readonly size: number,
    readonly spanMs: number,
  ) {}

  /** Milliseconds until one more message fits at `t`; 0 when it fits now. */
  wait(t: number): number {
    this.tidy(t);
    if (this.marks.length < this.size) return 0;
    const oldest = this.marks[this.marks.length - this.size] as Mark;
    return Math.max(0, oldest.t + this.spanMs - t);
  }

  /** Messages counted at `t`. */
  count(t: number): number {
    this.tidy(t);
    return this.marks.length;
  }

  add(mark: Mark): void {
    this.marks.push(mark);
  }

  /** A mark in this window moved or was given back. */
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
    let expired = 0;
    while (expired < this.marks.length && (this.marks[expired] as Mark).t <= t - this.spanMs) expired++;
    if (expired > 0) this.marks.splice(0, expired);
  }
}
