/**
 * The queue file's shape: the Ticket, TakenTicket and HelpRequest a caller sees, the SQL schema (MIGRATIONS), how a row
 * becomes one of them and how a ticket number is written. QueueStore (queue.ts) reads and writes it.
 */

export type TicketStatus = "waiting" | "called" | "done" | "no-show";

export interface Ticket {
  id: number;
  siteId: string;
  serviceId: string;
  /** "A 042" */
  number: string;
  prefix: string;
  sequence: number;
  /** Local date (Europe/Brussels) the ticket was taken: numbers restart each day. */
  day: string;
  status: TicketStatus;
  counter: string | null;
  takenAt: Date;
  /** The last time the ticket was called (a recall moves it). */
  calledAt: Date | null;
  finishedAt: Date | null;
}

export interface TakenTicket {
  id: number;
  number: string;
  sequence: number;
  peopleBefore: number;
  estimatedWaitMinutes: number;
}

export interface HelpRequest {
  id: number;
  siteId: string;
  kioskId: string;
  language: string;
  requestedAt: Date;
  resolvedAt: Date | null;
}

/** Each entry moves the schema one version up; PRAGMA user_version says how far a file is. Append, never edit. */
export const MIGRATIONS = [
  `CREATE TABLE tickets (
     id INTEGER PRIMARY KEY,
     site_id TEXT NOT NULL,
     service_id TEXT NOT NULL,
     prefix TEXT NOT NULL,
     day TEXT NOT NULL,
     sequence INTEGER NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('waiting', 'called', 'done', 'no-show')),
     counter TEXT,
     queued_at INTEGER NOT NULL,
     taken_at INTEGER NOT NULL,
     called_at INTEGER,
     finished_at INTEGER,
     UNIQUE (site_id, day, prefix, sequence)
   );
   CREATE INDEX tickets_queue ON tickets (site_id, day, status, queued_at);
   CREATE TABLE help_requests (
     id INTEGER PRIMARY KEY,
     site_id TEXT NOT NULL,
     kiosk_id TEXT NOT NULL,
     language TEXT NOT NULL,
     requested_at INTEGER NOT NULL,
     resolved_at INTEGER
   );
   CREATE INDEX help_open ON help_requests (site_id, resolved_at);`,
];

export interface TicketRow {
  id: number;
  site_id: string;
  service_id: string;
  prefix: string;
  day: string;
  sequence: number;
  status: TicketStatus;
  counter: string | null;
  taken_at: number;
  called_at: number | null;
  finished_at: number | null;
}

export interface HelpRow {
  id: number;
  site_id: string;
  kiosk_id: string;
  language: string;
  requested_at: number;
  resolved_at: number | null;
}

/** 42 → "A 042": three digits read easily from afar; after 999 the number simply grows. */
export function formatTicketNumber(prefix: string, sequence: number): string {
  return `${prefix} ${String(sequence).padStart(3, "0")}`;
}

const toDate = (ms: number | null): Date | null => (ms === null ? null : new Date(ms));

export function toTicket(row: TicketRow): Ticket {
  return {
    id: row.id,
    siteId: row.site_id,
    serviceId: row.service_id,
    number: formatTicketNumber(row.prefix, row.sequence),
    prefix: row.prefix,
    sequence: row.sequence,
    day: row.day,
    status: row.status,
    counter: row.counter,
    takenAt: new Date(row.taken_at),
    calledAt: toDate(row.called_at),
    finishedAt: toDate(row.finished_at),
  };
}

export function toHelpRequest(row: HelpRow): HelpRequest {
  return {
    id: row.id,
    siteId: row.site_id,
    kioskId: row.kiosk_id,
    language: row.language,
    requestedAt: new Date(row.requested_at),
    resolvedAt: toDate(row.resolved_at),
  };
}
