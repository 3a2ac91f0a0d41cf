/**
 * The accounts file's shape: the roles, the User a caller sees, the SQL schema (MIGRATIONS) and how a users row
 * becomes a User. AccountStore (store.ts) reads and writes it.
 */

export const ROLES = ["admin", "officer", "counter"] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** The site a counter worker belongs to; null for people who work for every site. */
  siteId: string | null;
  /** The counters this person works at ("3"); empty: any counter of the site. */
  counters: string[];
  createdAt: Date;
  updatedAt: Date;
  failedAttempts: number;
  lockedUntil: Date | null;
  /** A disabled account cannot log in (same answer as a wrong password); its sessions ended. */
  disabled: boolean;
}

/** Append, never edit: PRAGMA user_version says how far a file is. */
export const MIGRATIONS = [
  `CREATE TABLE users (
     id INTEGER PRIMARY KEY,
     username TEXT NOT NULL UNIQUE,
     display_name TEXT NOT NULL,
     role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'counter')),
     site_id TEXT,
     counters TEXT NOT NULL DEFAULT '[]',
     password_hash TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     failed_attempts INTEGER NOT NULL DEFAULT 0,
     locked_until INTEGER
   );
   CREATE TABLE unknown_logins (
     username TEXT PRIMARY KEY,
     failed_attempts INTEGER NOT NULL DEFAULT 0,
     locked_until INTEGER,
     updated_at INTEGER NOT NULL
   );
   CREATE TABLE ip_failures (ip TEXT NOT NULL, at INTEGER NOT NULL);
   CREATE INDEX ip_failures_ip ON ip_failures (ip, at);
   CREATE TABLE sessions (
     token_hash TEXT PRIMARY KEY,
     user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
     csrf_token TEXT NOT NULL,
     created_at INTEGER NOT NULL,
     expires_at INTEGER NOT NULL
   );
   CREATE INDEX sessions_expiry ON sessions (expires_at);`,
  `ALTER TABLE users ADD COLUMN disabled_at INTEGER;
   CREATE TABLE account_audit (
     id INTEGER PRIMARY KEY,
     at INTEGER NOT NULL,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     subject TEXT NOT NULL
   );`,
];

export interface UserRow {
  id: number;
  username: string;
  display_name: string;
  role: Role;
  site_id: string | null;
  counters: string;
  password_hash: string;
  created_at: number;
  updated_at: number;
  failed_attempts: number;
  locked_until: number | null;
  disabled_at: number | null;
}

export interface ThrottleRow {
  failed_attempts: number;
  locked_until: number | null;
}

export function toUser(row: UserRow): User {
  const counters: unknown = JSON.parse(row.counters);
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    siteId: row.site_id,
    counters: Array.isArray(counters) ? counters.map(String) : [],
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    failedAttempts: row.failed_attempts,
    lockedUntil: row.locked_until === null ? null : new Date(row.locked_until),
    disabled: row.disabled_at !== null,
  };
}
