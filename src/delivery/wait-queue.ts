/** Who goes first when several messages wait for the same platform: what a user is waiting for, then alerts, then edits. */
export type Priority = 'reply' | 'alert' | 'edit';

const RANK: Record<Priority, number> = { reply: 0, alert: 1, edit: 2 };

/**
 * Waiters in the order they are served: by priority, then by arrival. Queues stay short (the
 * worker keeps at most its concurrency waiting; replies wait one per user), so an insertion
 * that walks back from the end is cheap and keeps the order stable.
 */
export class WaitQueue<T extends { priority: Priority }> {
  private items: T[] = [];

  get length(): number {
    return this.items.length;
  }

  push(item: T): void {
    let i = this.items.length;
    while (i > 0 && RANK[(this.items[i - 1] as T).priority] > RANK[item.priority]) i--;
    this.items.splice(i, 0, item);
  }

  remove(item: T): boolean {
    const i = this.items.indexOf(item);
    if (i >= 0) this.items.splice(i, 1);
    return i >= 0;
  }

  at(i: number): T | undefined {
    return this.items[i];
  }

  removeAt(i: number): void {
    this.items.splice(i, 1);
  }

  drain(): T[] {
    return this.items.splice(0);
  }

  has(pred: (item: T) => boolean): boolean {
    return this.items.some(pred);
  }
}
