/**
 * The ticket queue and the "talk to a person" requests, in SQLite (better-sqlite3) so they survive a restart and
 * several kiosk processes can share one file.
 *
 * Privacy: we store the ticket number, the service, the status, the counter and times. No names, no national
 * number, nothing typed by the visitor. A help request keeps the kiosk id and the language the visitor chose,
 * so the person who comes knows where to go and which language to speak.
 *
 * Concurrency: numbers are allocated inside one `BEGIN IMMEDIATE` transaction (a write lock on the file), so two
 * kiosks in two processes never get the same number; the busy timeout makes the other one wait instead of fail.
 *
 * Events: `store.events` emits "change" (siteId, kind) after each committed change, for Server-Sent Events.
 * It only sees changes made through this store object in this process: a second process sharing the file (another
 * server) does not trigger it. Run one server per database file, or poll `waiting()` / `recentCalls()` as well.
 *
 * The schema, the Ticket and HelpRequest types and formatTicketNumber live in queue-schema.ts.
 */
import { EventEmitter } from "node:events";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { migrate } from "../util/sqlite.ts";
import { localTime } from "./local-time.ts";
import {
  formatTicketNumber,
  type HelpRequest,
  type HelpRow,
  MIGRATIONS,
  type TakenTicket,
  type Ticket,
  type TicketRow,
  type TicketStatus,
  toHelpRequest,
  toTicket,
} from "./queue-schema.ts";

export {
  formatTicketNumber,
  type HelpRequest,
  type TakenTicket,
  type Ticket,
  type TicketStatus,
} from "./queue-schema.ts";

export const QUEUE_FILE_NAME = "kiosk-queue.sqlite";

/** Wait when we know nothing yet about today's speed at this service. */
export const DEFAULT_SERVICE_MINUTES = 5;

/** How long a kiosk waits for another kiosk's write lock before it gives up. */
const BUSY_TIMEOUT_MS = 5000;

export type ChangeKind =
  | "ticket-taken"
  | "ticket-called"
  | "ticket-recalled"
  | "ticket-done"
  | "ticket-no-show"
  | "ticket-transferred"
  | "help-requested"
  | "help-resolved";

export class QueueError extends Error {
  override name = "QueueError";
  constructor(
    readonly code: "not-found" | "wrong-status",
    message: string,
  ) {
    super(message);
  }
}

export class QueueStore {
  readonly events = new EventEmitter<{ change: [siteId: string, kind: ChangeKind] }>();

  constructor(private readonly db: Database.Database) {}

  close(): void {
    this.db.close();
  }

  private emit(siteId: string, kind: ChangeKind): void {
    this.events.emit("change", siteId, kind);
  }

  private ticketRow(ticketId: number): TicketRow {
    const row = this.db.prepare<[number], TicketRow>("SELECT * FROM tickets WHERE id = ?").get(ticketId);
    if (!row) throw new QueueError("not-found", `there is no ticket ${ticketId}`);
    return row;
  }

  ticket(ticketId: number): Ticket {
    return toTicket(this.ticketRow(ticketId));
  }

  /** Next number for this site, prefix and local day. Call inside a write transaction. */
  private nextSequence(siteId: string, day: string, prefix: string): number {
    const row = this.db
      .prepare<[string, string, string], { last: number | null }>(
        "SELECT MAX(sequence) AS last FROM tickets WHERE site_id = ? AND day = ? AND prefix = ?",
      )
      .get(siteId, day, prefix);
    return (row?.last ?? 0) + 1;
  }

  /** Mean minutes from call to done for today's tickets of this service. */
  private averageServiceMinutes(siteId: string, serviceId: string, day: string): number {
    const row = this.db
      .prepare<[string, string, string], { average: number | null }>(
        `SELECT AVG(finished_at - called_at) / 60000.0 AS average FROM tickets
         WHERE site_id = ? AND service_id = ? AND day = ? AND status = 'done' AND called_at IS NOT NULL`,
      )
      .get(siteId, serviceId, day);
    return row?.average ?? DEFAULT_SERVICE_MINUTES;
  }

  takeTicket(siteId: string, serviceId: string, prefix: string, now: Date = new Date()): TakenTicket {
    if (!/^[A-Z]$/.test(prefix)) throw new RangeError(`a ticket prefix is one capital letter, not "${prefix}"`);
    const day = localTime(now).date;
    const taken = this.db
      .transaction(() => {
        const sequence = this.nextSequence(siteId, day, prefix);
        const at = now.getTime();
        const { lastInsertRowid } = this.db
          .prepare(
            `INSERT INTO tickets (site_id, service_id, prefix, day, sequence, status, queued_at, taken_at)
             VALUES (?, ?, ?, ?, ?, 'waiting', ?, ?)`,
          )
          .run(siteId, serviceId, prefix, day, sequence, at, at);
        const id = Number(lastInsertRowid);
        const before =
          this.db
            .prepare<[string, string, string, number, number, number], { n: number }>(
              `SELECT COUNT(*) AS n FROM tickets WHERE site_id = ? AND service_id = ? AND day = ?
               AND status = 'waiting' AND (queued_at < ? OR (queued_at = ? AND id < ?))`,
            )
            .get(siteId, serviceId, day, at, at, id)?.n ?? 0;
        const minutes = this.averageServiceMinutes(siteId, serviceId, day);
        return {
          id,
          number: formatTicketNumber(prefix, sequence),
          sequence,
          peopleBefore: before,
          estimatedWaitMinutes: Math.ceil(minutes * before),
        };
      })
      .immediate();
    this.emit(siteId, "ticket-taken");
    return taken;
  }

  /** The counter calls the oldest waiting ticket of today among `serviceIds`; null when nobody waits. */
  callNext(siteId: string, serviceIds: readonly string[], counter: string, now: Date = new Date()): Ticket | null {
    if (serviceIds.length === 0) return null;
    const day = localTime(now).date;
    const called = this.db
      .transaction(() => {
        const marks = serviceIds.map(() => "?").join(", ");
        const row = this.db
          .prepare<unknown[], TicketRow>(
            `SELECT * FROM tickets WHERE site_id = ? AND day = ? AND status = 'waiting'
             AND service_id IN (${marks}) ORDER BY queued_at, id LIMIT 1`,
          )
          .get(siteId, day, ...serviceIds);
        if (!row) return null;
        this.db
          .prepare("UPDATE tickets SET status = 'called', counter = ?, called_at = ? WHERE id = ?")
          .run(counter, now.getTime(), row.id);
        return this.ticket(row.id);
      })
      .immediate();
    if (called) this.emit(siteId, "ticket-called");
    return called;
  }

  /** Change a ticket's status when it is in one of `from`; throws a QueueError otherwise. */
  private move(ticketId: number, from: TicketStatus[], set: string, values: unknown[], kind: ChangeKind): Ticket {
    const ticket = this.db
      .transaction(() => {
        const row = this.ticketRow(ticketId);
        if (!from.includes(row.status)) {
          throw new QueueError(
            "wrong-status",
            `ticket ${formatTicketNumber(row.prefix, row.sequence)} is ${row.status}`,
          );
        }
        this.db.prepare(`UPDATE tickets SET ${set} WHERE id = ?`).run(...values, ticketId);
        return this.ticket(ticketId);
      })
      .immediate();
    this.emit(ticket.siteId, kind);
    return ticket;
  }

  /**
   * Calls the same ticket again: the display shows it on top once more. Also works after a no-show, for the
   * visitor who comes back a little late. Service time counts from this last call.
   */
  recall(ticketId: number, now: Date = new Date()): Ticket {
    return this.move(
      ticketId,
      ["called", "no-show"],
      "status = 'called', called_at = ?, finished_at = NULL",
      [now.getTime()],
      "ticket-recalled",
    );
  }

  done(ticketId: number, now: Date = new Date()): Ticket {
    return this.move(ticketId, ["called"], "status = 'done', finished_at = ?", [now.getTime()], "ticket-done");
  }

  noShow(ticketId: number, now: Date = new Date()): Ticket {
    return this.move(ticketId, ["called"], "status = 'no-show', finished_at = ?", [now.getTime()], "ticket-no-show");
  }

  /**
   * Sends a ticket to another service. It keeps its place in time order: the visitor already waited and should
   * not start again at the end. It keeps its number too, unless `toPrefix` names another letter: then it gets
   * the next number of that letter (the counter tells the visitor, or prints it).
   */
  transfer(ticketId: number, toServiceId: string, toPrefix?: string, now: Date = new Date()): Ticket {
    if (toPrefix !== undefined && !/^[A-Z]$/.test(toPrefix)) {
      throw new RangeError(`a ticket prefix is one capital letter, not "${toPrefix}"`);
    }
    const ticket = this.db
      .transaction(() => {
        const row = this.ticketRow(ticketId);
        if (row.status === "done") {
          throw new QueueError("wrong-status", `ticket ${formatTicketNumber(row.prefix, row.sequence)} is done`);
        }
        let { prefix, sequence } = row;
        if (toPrefix !== undefined && toPrefix !== row.prefix) {
          prefix = toPrefix;
          sequence = this.nextSequence(row.site_id, localTime(now).date, toPrefix);
        }
        this.db
          .prepare(
            `UPDATE tickets SET service_id = ?, prefix = ?, sequence = ?, status = 'waiting', counter = NULL,
             called_at = NULL, finished_at = NULL WHERE id = ?`,
          )
          .run(toServiceId, prefix, sequence, ticketId);
        return this.ticket(ticketId);
      })
      .immediate();
    this.emit(ticket.siteId, "ticket-transferred");
    return ticket;
  }

  /**
   * Where a waiting ticket stands now: people before it at its service and the estimated wait, computed like
   * takeTicket does. For the kiosk's ticket screen, which must show the same after a reload.
   */
  standing(ticketId: number, now: Date = new Date()): { peopleBefore: number; estimatedWaitMinutes: number } {
    const row = this.ticketRow(ticketId);
    const peopleBefore =
      this.db
        .prepare<[number], { n: number }>(
          `SELECT COUNT(*) AS n FROM tickets t, tickets me WHERE me.id = ? AND t.site_id = me.site_id
           AND t.service_id = me.service_id AND t.day = me.day AND t.status = 'waiting'
           AND (t.queued_at < me.queued_at OR (t.queued_at = me.queued_at AND t.id < me.id))`,
        )
        .get(ticketId)?.n ?? 0;
    const minutes = this.averageServiceMinutes(row.site_id, row.service_id, localTime(now).date);
    return { peopleBefore, estimatedWaitMinutes: Math.ceil(minutes * peopleBefore) };
  }

  /** Today's waiting tickets of a site, first in line first. */
  waiting(siteId: string, now: Date = new Date()): Ticket[] {
    return this.db
      .prepare<[string, string], TicketRow>(
        "SELECT * FROM tickets WHERE site_id = ? AND day = ? AND status = 'waiting' ORDER BY queued_at, id",
      )
      .all(siteId, localTime(now).date)
      .map(toTicket);
  }

  /** Today's calls for the "now serving" display, newest first (any status after the call, so it can fade them). */
  recentCalls(siteId: string, limit = 5, now: Date = new Date()): Ticket[] {
    return this.db
      .prepare<[string, string, number], TicketRow>(
        `SELECT * FROM tickets WHERE site_id = ? AND day = ? AND called_at IS NOT NULL
         ORDER BY called_at DESC, id DESC LIMIT ?`,
      )
      .all(siteId, localTime(now).date, limit)
      .map(toTicket);
  }

  /** A visitor pressed "talk to a person". A second press on the same kiosk returns the open request. */
  requestHelp(siteId: string, kioskId: string, language: string, now: Date = new Date()): HelpRequest {
    const { request, created } = this.db
      .transaction(() => {
        const open = this.db
          .prepare<[string, string], HelpRow>(
            "SELECT * FROM help_requests WHERE site_id = ? AND kiosk_id = ? AND resolved_at IS NULL",
          )
          .get(siteId, kioskId);
        if (open) return { request: toHelpRequest(open), created: false };
        const { lastInsertRowid } = this.db
          .prepare("INSERT INTO help_requests (site_id, kiosk_id, language, requested_at) VALUES (?, ?, ?, ?)")
          .run(siteId, kioskId, language, now.getTime());
        return { request: this.helpRequest(Number(lastInsertRowid)), created: true };
      })
      .immediate();
    if (created) this.emit(siteId, "help-requested");
    return request;
  }

  private helpRequest(id: number): HelpRequest {
    const row = this.db.prepare<[number], HelpRow>("SELECT * FROM help_requests WHERE id = ?").get(id);
    if (!row) throw new QueueError("not-found", `there is no help request ${id}`);
    return toHelpRequest(row);
  }

  /** Open help requests, oldest first. */
  openHelpRequests(siteId: string): HelpRequest[] {
    return this.db
      .prepare<[string], HelpRow>(
        "SELECT * FROM help_requests WHERE site_id = ? AND resolved_at IS NULL ORDER BY requested_at, id",
      )
      .all(siteId)
      .map(toHelpRequest);
  }

  /** Someone went to the kiosk. Resolving twice keeps the first time. */
  resolveHelp(id: number, now: Date = new Date()): HelpRequest {
    const request = this.helpRequest(id);
    if (request.resolvedAt) return request;
    this.db.prepare("UPDATE help_requests SET resolved_at = ? WHERE id = ?").run(now.getTime(), id);
    this.emit(request.siteId, "help-resolved");
    return this.helpRequest(id);
  }
}

/** Opens (and creates or upgrades) the queue database at `file`. */
export function openQueueStore(file: string): QueueStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma("journal_mode = WAL");
  // Safe with WAL: a power cut may lose the last ticket, never corrupt the file.
  db.pragma("synchronous = NORMAL");
  migrate(db, MIGRATIONS, "queue");
  return new QueueStore(db);
}

/** The queue file in KLAAR_DATA_DIR (default ./data). */
export function defaultQueueFile(dataDir: string = loadConfig().KLAAR_DATA_DIR): string {
  return join(dataDir, QUEUE_FILE_NAME);
}
