/**
 * How a platform judges its limits, as the fakes apply them: arrival times within the last
 * `spanMs`, and how long until one more fits under `limit` (exact sliding windows, no tolerance).
 */
export class ArrivalWindow {
  private times: number[] = [];
  constructor(private readonly spanMs: number) {}
  /** The wait before one more fits under `limit` at `t`; 0 when it fits now. */
  waitFor(limit: number, t: number): number {
    while (this.times.length > 0 && (this.times[0] as number) <= t - this.spanMs) this.times.shift();
    if (this.times.length < limit) return 0;
    return (this.times[this.times.length - limit] as number) + this.spanMs - t;
  }
  add(t: number): void {
    this.times.push(t);
  }
}
