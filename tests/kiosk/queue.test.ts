import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type ChangeKind, openQueueStore, QueueError, type QueueStore } from "../../src/kiosk/queue.ts";

const SITE = "stadhuis";
/** 9:00 in Brussels on a Tuesday (CET, UTC+1). */
const T0 = new Date("2026-03-03T09:00:00+01:00");
const at = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);

let dir: string;
let file: string;
let store: QueueStore;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "klaar-queue-"));
  file = join(dir, "queue.sqlite");
  store = openQueueStore(file);
});

afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("takeTicket", () => {
  it("numbers 1, 2, 3 per prefix and restarts the next day", () => {
    const a = [1, 2, 3].map(() => store.takeTicket(SITE, "eid-paspoort", "A", T0).number);
    const b = store.takeTicket(SITE, "afval", "C", T0).number;
    expect(a).toEqual(["A 001", "A 002", "A 003"]);
    expect(b).toBe("C 001");
    // Another site has its own numbers.
    expect(store.takeTicket("sociaal-huis", "voedselhulp", "A", T0).number).toBe("A 001");
    const nextDay = store.takeTicket(SITE, "eid-paspoort", "A", new Date("2026-03-04T08:30:00+01:00"));
    expect(nextDay).toMatchObject({ number: "A 001", sequence: 1 });
  });

  it("starts a new day at midnight in Brussels, not in UTC", () => {
    store.takeTicket(SITE, "eid-paspoort", "A", new Date("2026-03-03T22:30:00Z")); // 23:30 in Brussels
    const afterMidnight = store.takeTicket(SITE, "eid-paspoort", "A", new Date("2026-03-03T23:30:00Z")); // 00:30
    expect(afterMidnight.number).toBe("A 001");
  });

  it("counts people before and estimates the wait from today's service times", () => {
    const first = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    const second = store.takeTicket(SITE, "eid-paspoort", "A", at(1));
    const third = store.takeTicket(SITE, "eid-paspoort", "A", at(2));
    expect([first, second, third].map((t) => t.peopleBefore)).toEqual([0, 1, 2]);
    // Nobody served yet today: 5 minutes a person.
    expect([first, second, third].map((t) => t.estimatedWaitMinutes)).toEqual([0, 5, 10]);
    // Someone waiting for another service does not count.
    expect(store.takeTicket(SITE, "afval", "C", at(2)).peopleBefore).toBe(0);

    const called = store.callNext(SITE, ["eid-paspoort"], "1", at(3));
    expect(called?.id).toBe(first.id);
    store.done(first.id, at(11)); // served in 8 minutes
    const fourth = store.takeTicket(SITE, "eid-paspoort", "A", at(12));
    expect(fourth).toMatchObject({ peopleBefore: 2, estimatedWaitMinutes: 16 });
  });

  it("refuses a prefix that is not one capital letter", () => {
    expect(() => store.takeTicket(SITE, "eid-paspoort", "a1", T0)).toThrow(RangeError);
  });
});

describe("staff actions", () => {
  it("calls the oldest waiting ticket among the counter's services", () => {
    const a = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    const c = store.takeTicket(SITE, "afval", "C", at(1));
    const b = store.takeTicket(SITE, "burgerlijke-stand", "B", at(2));
    expect(store.callNext(SITE, ["afval", "burgerlijke-stand"], "4", at(3))).toMatchObject({
      id: c.id,
      status: "called",
      counter: "4",
      calledAt: at(3),
    });
    expect(store.callNext(SITE, ["afval", "burgerlijke-stand"], "4", at(4))?.id).toBe(b.id);
    expect(store.callNext(SITE, ["afval", "burgerlijke-stand"], "4", at(5))).toBeNull();
    expect(store.waiting(SITE, at(5)).map((t) => t.id)).toEqual([a.id]);
    expect(store.callNext(SITE, [], "4", at(5))).toBeNull();
  });

  it("does not call yesterday's tickets", () => {
    store.takeTicket(SITE, "eid-paspoort", "A", T0);
    expect(store.callNext(SITE, ["eid-paspoort"], "1", new Date("2026-03-04T09:00:00+01:00"))).toBeNull();
  });

  it("recalls, marks done and no-show, and refuses the wrong order", () => {
    const one = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    const two = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    expect(() => store.done(one.id, at(1))).toThrow(QueueError);
    store.callNext(SITE, ["eid-paspoort"], "1", at(1));
    expect(store.recall(one.id, at(2))).toMatchObject({ status: "called", calledAt: at(2) });
    expect(store.noShow(one.id, at(3))).toMatchObject({ status: "no-show", finishedAt: at(3) });
    // The visitor comes back a little late.
    expect(store.recall(one.id, at(4))).toMatchObject({ status: "called", finishedAt: null });
    expect(store.done(one.id, at(9))).toMatchObject({ status: "done", finishedAt: at(9) });
    expect(() => store.noShow(one.id, at(10))).toThrow(/is done/);
    expect(() => store.recall(two.id, at(10))).toThrow(/is waiting/);
    try {
      store.done(9999);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(QueueError);
      expect((error as QueueError).code).toBe("not-found");
    }
  });

  it("transfers a ticket: it keeps its place in time order and its number, or gets a new letter", () => {
    const early = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    const late = store.takeTicket(SITE, "burgerlijke-stand", "B", at(5));
    store.callNext(SITE, ["eid-paspoort"], "1", at(6));
    const moved = store.transfer(early.id, "burgerlijke-stand", undefined, at(7));
    expect(moved).toMatchObject({ number: "A 001", serviceId: "burgerlijke-stand", status: "waiting", counter: null });
    // It waited since 9:00, so it goes before the ticket taken at 9:05.
    expect(store.callNext(SITE, ["burgerlijke-stand"], "5", at(8))?.id).toBe(early.id);

    const relabelled = store.transfer(late.id, "afval", "C", at(9));
    expect(relabelled).toMatchObject({ number: "C 001", serviceId: "afval", status: "waiting" });
    expect(store.takeTicket(SITE, "afval", "C", at(10)).number).toBe("C 002");

    store.done(early.id, at(12));
    expect(() => store.transfer(early.id, "afval")).toThrow(QueueError);
  });

  it("lists recent calls for the display, newest first", () => {
    const tickets = [0, 1, 2].map((m) => store.takeTicket(SITE, "eid-paspoort", "A", at(m)));
    store.callNext(SITE, ["eid-paspoort"], "1", at(3));
    store.callNext(SITE, ["eid-paspoort"], "2", at(4));
    store.callNext(SITE, ["eid-paspoort"], "3", at(5));
    const ids = (t: { id: number }[]) => t.map((x) => x.id);
    expect(ids(store.recentCalls(SITE, 2, at(6)))).toEqual([tickets[2]?.id, tickets[1]?.id]);
    store.recall(tickets[0]?.id ?? 0, at(7));
    expect(store.recentCalls(SITE, 5, at(8)).map((t) => [t.number, t.counter])).toEqual([
      ["A 001", "1"],
      ["A 003", "3"],
      ["A 002", "2"],
    ]);
  });
});

describe("help requests", () => {
  it("opens one request per kiosk and resolves it", () => {
    const first = store.requestHelp(SITE, "kiosk-hal", "fr", T0);
    expect(store.requestHelp(SITE, "kiosk-hal", "fr", at(1)).id).toBe(first.id);
    const other = store.requestHelp(SITE, "kiosk-eerste-verdieping", "nl", at(2));
    expect(store.openHelpRequests(SITE).map((r) => [r.kioskId, r.language])).toEqual([
      ["kiosk-hal", "fr"],
      ["kiosk-eerste-verdieping", "nl"],
    ]);
    expect(store.resolveHelp(first.id, at(3)).resolvedAt).toEqual(at(3));
    expect(store.resolveHelp(first.id, at(4)).resolvedAt).toEqual(at(3));
    expect(store.openHelpRequests(SITE).map((r) => r.id)).toEqual([other.id]);
    expect(store.openHelpRequests("ziekenhuis")).toEqual([]);
    expect(() => store.resolveHelp(9999)).toThrow(QueueError);
  });
});

describe("events", () => {
  it("emits one change per committed action, with the site", () => {
    const seen: [string, ChangeKind][] = [];
    store.events.on("change", (siteId, kind) => seen.push([siteId, kind]));
    const t = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    store.callNext(SITE, ["eid-paspoort"], "1", at(1));
    store.callNext(SITE, ["eid-paspoort"], "1", at(1)); // nobody left: no event
    store.recall(t.id, at(2));
    store.noShow(t.id, at(3));
    expect(() => store.done(t.id, at(4))).toThrow(QueueError); // refused: no event
    const h = store.requestHelp("ziekenhuis", "k1", "de", at(5));
    store.resolveHelp(h.id, at(6));
    expect(seen).toEqual([
      [SITE, "ticket-taken"],
      [SITE, "ticket-called"],
      [SITE, "ticket-recalled"],
      [SITE, "ticket-no-show"],
      ["ziekenhuis", "help-requested"],
      ["ziekenhuis", "help-resolved"],
    ]);
  });
});

describe("storage", () => {
  it("survives a restart", () => {
    const kept = store.takeTicket(SITE, "eid-paspoort", "A", T0);
    store.takeTicket(SITE, "eid-paspoort", "A", T0);
    store.callNext(SITE, ["eid-paspoort"], "1", at(1));
    store.requestHelp(SITE, "k1", "en", at(1));
    store.close();

    store = openQueueStore(file);
    expect(store.ticket(kept.id)).toMatchObject({ number: "A 001", status: "called", counter: "1" });
    expect(store.waiting(SITE, at(2)).map((t) => t.number)).toEqual(["A 002"]);
    expect(store.takeTicket(SITE, "eid-paspoort", "A", at(2)).number).toBe("A 003");
    expect(store.openHelpRequests(SITE)).toHaveLength(1);
  });

  it("uses WAL and stores no more than number, service, status, counter and times", () => {
    store.takeTicket(SITE, "eid-paspoort", "A", T0);
    const db = new Database(file, { readonly: true });
    try {
      expect(db.pragma("journal_mode", { simple: true })).toBe("wal");
      const columns = (db.pragma("table_info(tickets)") as { name: string }[]).map((c) => c.name).sort();
      expect(columns).toEqual(
        [
          "id",
          "site_id",
          "service_id",
          "prefix",
          "day",
          "sequence",
          "status",
          "counter",
          "queued_at",
          "taken_at",
          "called_at",
          "finished_at",
        ].sort(),
      );
    } finally {
      db.close();
    }
  });

  it("gives 400 distinct numbers to two worker threads taking 200 tickets each at the same time", async () => {
    const start = new SharedArrayBuffer(4);
    const runWorker = () =>
      new Promise<{ worker: Worker; done: Promise<string[]> }>((resolveReady, rejectReady) => {
        const worker = new Worker(new URL("../helpers/ts-worker.mjs", import.meta.url), {
          workerData: { entry: new URL("./take-tickets.worker.ts", import.meta.url).href, file, count: 200, start },
        });
        let finish: (numbers: string[]) => void = () => {};
        const done = new Promise<string[]>((resolve, reject) => {
          finish = resolve;
          worker.on("error", reject);
        });
        worker.on("error", rejectReady);
        worker.on("message", (message: { ready?: boolean; numbers?: string[] }) => {
          if (message.ready) resolveReady({ worker, done });
          if (message.numbers) finish(message.numbers);
        });
      });
    const workers = await Promise.all([runWorker(), runWorker()]);
    Atomics.store(new Int32Array(start), 0, 1);
    Atomics.notify(new Int32Array(start), 0);
    const [first = [], second = []] = await Promise.all(workers.map((w) => w.done));
    await Promise.all(workers.map((w) => w.worker.terminate()));

    expect(first).toHaveLength(200);
    expect(second).toHaveLength(200);
    const all = new Set([...first, ...second]);
    expect(all.size).toBe(400);
    // No gaps either: exactly A 001 … A 400, and each worker saw its own numbers rise.
    const sequences = [...all].map((n) => Number(n.slice(2))).sort((x, y) => x - y);
    expect(sequences).toEqual(Array.from({ length: 400 }, (_, i) => i + 1));
    for (const list of [first, second]) {
      const seq = list.map((n) => Number(n.slice(2)));
      expect(seq).toEqual([...seq].sort((x, y) => x - y));
    }
  }, 60_000);
});
