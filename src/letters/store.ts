/**
 * Explained letters live here, in memory only, and expire (30 minutes by default). Letters are personal data:
 * nothing is written to disk. The oldest entries go first when the store is full.
 */
import { randomUUID } from "node:crypto";

export interface MemoryStoreOptions {
  ttlMs: number;
  maxEntries?: number;
  now?: () => number;
}

export class MemoryStore<T> {
  private readonly items = new Map<string, { value: T; expires: number }>();
  private readonly timer: NodeJS.Timeout;
  private readonly now: () => number;

  constructor(private readonly options: MemoryStoreOptions) {
    this.now = options.now ?? Date.now;
    this.timer = setInterval(() => this.sweep(), Math.min(options.ttlMs, 60_000));
    this.timer.unref();
  }

  put(value: T): string {
    const id = randomUUID();
    this.items.set(id, { value, expires: this.now() + this.options.ttlMs });
    const max = this.options.maxEntries ?? 1000;
    while (this.items.size > max) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    return id;
  }

  get(id: string): T | undefined {
    const item = this.items.get(id);
    if (!item) return undefined;
    if (item.expires <= this.now()) {
      this.items.delete(id);
      return undefined;
    }
    return item.value;
  }

  /** Replaces the value of a live entry (e.g. to add a rendered PDF); the expiry stays. */
  update(id: string, value: T): boolean {
    const item = this.items.get(id);
    if (!item || item.expires <= this.now()) return false;
    item.value = value;
    return true;
  }

  delete(id: string): boolean {
    return this.items.delete(id);
  }

  get size(): number {
    return this.items.size;
  }

  sweep(): void {
    const now = this.now();
    for (const [id, item] of this.items) if (item.expires <= now) this.items.delete(id);
  }

  close(): void {
    clearInterval(this.timer);
    this.items.clear();
  }
}
