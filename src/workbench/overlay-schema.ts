/**
 * The workbench file's shape: the OverlayEntry a caller sees, the SQL schema (MIGRATIONS) and how an entries row
 * becomes an OverlayEntry. OverlayStore (overlay-store.ts) reads and writes it.
 */
import type { Language } from "../analysis/types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";

export type EntryStatus = "proposed" | "approved" | "rejected";

export interface OverlayEntry {
  /** Row id. */
  id: number;
  lang: Language;
  entry: LexiconEntry;
  status: EntryStatus;
  proposedBy: string;
  decidedBy: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export const MIGRATIONS = [
  `CREATE TABLE entries (
     id INTEGER PRIMARY KEY,
     lang TEXT NOT NULL CHECK (lang IN ('nl', 'fr', 'de', 'en')),
     entry_id TEXT NOT NULL,
     entry TEXT NOT NULL,
     status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'rejected')),
     proposed_by TEXT NOT NULL,
     decided_by TEXT,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX entries_approved ON entries (lang, entry_id) WHERE status = 'approved';
   CREATE TABLE keep_terms (
     id INTEGER PRIMARY KEY,
     text TEXT NOT NULL,
     term_id TEXT,
     added_by TEXT NOT NULL,
     added_at INTEGER NOT NULL
   );
   CREATE UNIQUE INDEX keep_terms_text ON keep_terms (lower(text));
   CREATE TABLE audit_log (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     subject TEXT NOT NULL,
     before TEXT,
     after TEXT
   );
   CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL);
   INSERT INTO meta (key, value) VALUES ('approved_version', 0);`,
];

export interface EntryRow {
  id: number;
  lang: Language;
  entry_id: string;
  entry: string;
  status: EntryStatus;
  proposed_by: string;
  decided_by: string | null;
  created_at: number;
  updated_at: number;
}

export const toEntry = (row: EntryRow): OverlayEntry => ({
  id: row.id,
  lang: row.lang,
  entry: JSON.parse(row.entry) as LexiconEntry,
  status: row.status,
  proposedBy: row.proposed_by,
  decidedBy: row.decided_by,
  createdAt: new Date(row.created_at),
  updatedAt: new Date(row.updated_at),
});
