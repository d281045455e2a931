/**
 * One counted message. It counts from its grant until one window after its answer came back
 * (`open` until then): the platform judges arrival times, which the sender cannot see, and an
 * arrival is always before the answer. Counting to the answer keeps the platform's windows safe
 * even when the sender's event loop delays a request.
 */
export interface Mark {
  /** When the answer came (closed marks); the grant, while open. */
  t: number;
  open: boolean;
}

/** A send that never answers stops holding its slot after this long. */
export const MAX_OPEN_MS = 60_000;

/** A window of one limit: when one more message fits under `size`. */
export interface Window {
  readonly size: number;
  /** Milliseconds until one more message fits at `t`; 0 when it fits now; Infinity while only an answer can free a slot. */
  wait(t: number): number;
  /** Messages counted at `t`. */
  count(t: number): number;
  add(mark: Mark): void;
  /** The answer came at `mark.t` (already set). */
  close(mark: Mark): void;
  /** The slot was not used. */
  cancel(mark: Mark): void;
  /** Whether nothing counted here could still matter at `t`. */
  idle(t: number): boolean;
}

/**
 * A platform limit over a sliding span: messages still out, plus those answered within the last
 * `spanMs`. Answers come in time order, so closed marks form a queue and every question is a
 * look at its front — constant time whatever the rate (1,000 a second for paid broadcasts).
 */
export class SlidingWindow implements Window {
  private readonly out = new Set<Mark>();
  private closed: Mark[] = [];
  private head = 0;

  constructor(
    readonly size: number,
    readonly spanMs: number,
  ) {}

  wait(t: number): number {
    const n = this.count(t);
    if (n < this.size) return 0;
    // The (n − size)-th oldest answered mark is the one whose expiry makes room.
    const k = n - this.size;
    const closedCount = this.closed.length - this.head;
    if (k < closedCount) return Math.max(0, (this.closed[this.head + k] as Mark).t + this.spanMs - t);
    return Number.POSITIVE_INFINITY;
  }

  count(t: number): number {
    this.tidy(t);
    return this.out.size + this.closed.length - this.head;
  }

  add(mark: Mark): void {
    this.out.add(mark);
  }

  close(mark: Mark): void {
    if (this.out.delete(mark)) this.closed.push(mark);
  }

  cancel(mark: Mark): void {
    this.out.delete(mark);
  }

  idle(t: number): boolean {
    return this.count(t) === 0;
  }

  private tidy(t: number): void {
    while (this.head < this.closed.length && (this.closed[this.head] as Mark).t + this.spanMs <= t) this.head++;
    if (this.head > 1024 && this.head * 2 > this.closed.length) {
      this.closed = this.closed.slice(this.head);
      this.head = 0;
    }
    // A request that never answered (a hung socket) stops holding its slot after MAX_OPEN_MS.
    for (const m of this.out) if (t - m.t >= MAX_OPEN_MS) this.out.delete(m);
  }
}

/**
 * A smoothing window: grants within the last `spanMs`, counted from the grant whatever the
 * answer, so a second's messages are spread over it instead of leaving in one burst.
 */
export class SpreadWindow implements Window {
  private times: number[] = [];
  private head = 0;
  private readonly marks = new Map<Mark, number>();

  constructor(
    readonly size: number,
    readonly spanMs: number,
  ) {}

  wait(t: number): number {
    const n = this.count(t);
    if (n < this.size) return 0;
    return Math.max(0, (this.times[this.head + n - this.size] as number) + this.spanMs - t);
  }

  count(t: number): number {
    while (this.head < this.times.length && (this.times[this.head] as number) + this.spanMs <= t) this.head++;
    if (this.head > 1024 && this.head * 2 > this.times.length) {
      this.times = this.times.slice(this.head);
      this.head = 0;
    }
    return this.times.length - this.head;
  }

  add(mark: Mark): void {
    this.times.push(mark.t);
    this.marks.set(mark, mark.t);
  }

  close(mark: Mark): void {
    this.marks.delete(mark);
  }

  cancel(mark: Mark): void {
    const at = this.marks.get(mark);
    this.marks.delete(mark);
    if (at === undefined) return;
    const i = this.times.lastIndexOf(at);
    if (i >= this.head) this.times.splice(i, 1);
  }

  idle(t: number): boolean {
    return this.count(t) === 0;
  }
}
