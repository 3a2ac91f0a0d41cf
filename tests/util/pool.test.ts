import { describe, expect, it } from "vitest";
import { BusyError, createPool } from "../../src/util/pool.ts";

/** A job that finishes when the test says so. */
function gate<T>(value: T) {
  let open = () => {};
  const job = () =>
    new Promise<T>((resolve) => {
      open = () => resolve(value);
    });
  return { job, open: () => open() };
}

describe("createPool", () => {
  it("runs at most `concurrency` jobs and queues the rest", async () => {
    const pool = createPool({ concurrency: 2, maxQueue: 5 });
    const gates = [gate(1), gate(2), gate(3)];
    const results = gates.map((g) => pool.run(g.job));
    await Promise.resolve();
    expect([pool.running, pool.queued]).toEqual([2, 1]);
    for (const g of gates.slice(0, 2)) g.open();
    await Promise.all(results.slice(0, 2));
    await new Promise((resolve) => setImmediate(resolve));
    expect([pool.running, pool.queued]).toEqual([1, 0]);
    gates[2]?.open();
    expect(await Promise.all(results)).toEqual([1, 2, 3]);
    expect(pool.running).toBe(0);
  });

  it("rejects with code BUSY when the queue is full", async () => {
    const pool = createPool({ concurrency: 1, maxQueue: 1 });
    const running = gate("a");
    const waiting = gate("b");
    const first = pool.run(running.job);
    const second = pool.run(waiting.job);
    const third = pool.run(async () => "c");
    await expect(third).rejects.toBeInstanceOf(BusyError);
    await expect(third).rejects.toMatchObject({ code: "BUSY" });
    running.open();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    waiting.open();
    expect(await second).toBe("b");
    // There is room again.
    expect(await pool.run(async () => "d")).toBe("d");
  });

  it("frees the place of a job that fails", async () => {
    const pool = createPool({ concurrency: 1, maxQueue: 0 });
    await expect(
      pool.run(() => {
        throw new Error("broken");
      }),
    ).rejects.toThrow("broken");
    expect(await pool.run(async () => "ok")).toBe("ok");
  });
});
