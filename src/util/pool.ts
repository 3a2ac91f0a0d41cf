/**
 * A bounded job pool: at most `concurrency` jobs run, at most `maxQueue` wait. When the queue is full we
 * refuse at once with a BUSY error, so the HTTP layer can answer 503 with Retry-After instead of letting
 * requests pile up (espeak-ng and the PDF renderer are CPU-bound).
 */

export class BusyError extends Error {
  override name = "BusyError";
  readonly code = "BUSY";
  constructor() {
    super("Too many requests are waiting. Try again in a moment.");
  }
}

export interface Pool {
  run<T>(job: () => Promise<T>): Promise<T>;
  /** Jobs running now. */
  readonly running: number;
  /** Jobs waiting for a free place. */
  readonly queued: number;
}

export function createPool(options: { concurrency: number; maxQueue: number }): Pool {
  const { concurrency, maxQueue } = options;
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError("concurrency must be 1 or more");
  if (!Number.isInteger(maxQueue) || maxQueue < 0) throw new RangeError("maxQueue must be 0 or more");

  let running = 0;
  const waiting: (() => void)[] = [];

  const next = () => {
    running -= 1;
    const start = waiting.shift();
    if (start) {
      running += 1;
      start();
    }
  };

  return {
    get running() {
      return running;
    },
    get queued() {
      return waiting.length;
    },
    run<T>(job: () => Promise<T>): Promise<T> {
      const execute = () => {
        // Promise.resolve().then() also turns a job that throws synchronously into a rejection.
        const result = Promise.resolve().then(job);
        result.then(next, next);
        return result;
      };
      if (running < concurrency) {
        running += 1;
        return execute();
      }
      if (waiting.length >= maxQueue) return Promise.reject(new BusyError());
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => execute().then(resolve, reject));
      });
    },
  };
}
