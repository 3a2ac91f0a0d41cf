/**
 * Staff accounts and their sessions, in SQLite (accounts.sqlite in KLAAR_DATA_DIR; WAL; migrations on open; the
 * schema and the User type live in schema.ts).
 *
 * - Passwords: scrypt hashes (password.ts). Never logged, never in argv.
 * - Lockout: after MAX_FAILURES wrong passwords for a username, it is locked for LOCK_MINUTES. Unknown usernames are
 *   counted the same way (in their own table), so the answers never tell whether an account exists.
 * - Per address: after IP_MAX_FAILURES failed logins from one address within IP_WINDOW_MINUTES, that address must wait.
 * - Sessions: a random 32-byte token goes to the browser; only its SHA-256 is stored. They expire after
 *   SESSION_HOURS without use (sliding). Each session has its own CSRF token.
 *
 * The clock is injectable (`now`), so the tests can move time forward.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { loadConfig } from "../config.ts";
import { migrate } from "../util/sqlite.ts";
import {
  DEFAULT_SCRYPT,
  dummyHash,
  hashPassword,
  MIN_PASSWORD_LENGTH,
  needsRehash,
  type ScryptParams,
  verifyPassword,
} from "./password.ts";
import { MIGRATIONS, ROLES, type Role, type ThrottleRow, toUser, type User, type UserRow } from "./schema.ts";

export { ROLES, type Role, type User } from "./schema.ts";

export const ACCOUNTS_FILE_NAME = "accounts.sqlite";

export interface NewUser {
  username: string;
  displayName?: string;
  role: Role;
  siteId?: string | null;
  counters?: string[];
  password: string;
}

export type LoginResult =
  | { ok: true; user: User }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "locked" | "rate-limited"; retryAfterSeconds: number };

export interface Session {
  user: User;
  csrfToken: string;
  expiresAt: Date;
}

export interface AccountStoreOptions {
  now?: () => Date;
  maxFailures?: number;
  lockMinutes?: number;
  ipMaxFailures?: number;
  ipWindowMinutes?: number;
  sessionHours?: number;
  /** The scrypt cost for new hashes; tests use a cheaper one. Existing hashes keep their own. */
  passwordParams?: ScryptParams;
}

export class AccountError extends Error {
  override name = "AccountError";
}

const BUSY_TIMEOUT_MS = 5000;

/** What an administrator did to an account (never a password). */
export type AccountAction = "reset-password" | "unlock" | "disable" | "enable" | "delete";
export interface AccountAuditRow {
  at: Date;
  actor: string;
  action: AccountAction;
  subject: string;
}

/** Usernames are compared without case and surrounding spaces. */
export function normalizeUsername(username: string): string {
  return username.trim().toLowerCase();
}

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{1,63}$/;

const tokenHash = (token: string): string => createHash("sha256").update(token).digest("hex");

export class AccountStore {
  readonly #now: () => Date;
  readonly maxFailures: number;
  readonly lockMinutes: number;
  readonly ipMaxFailures: number;
  readonly ipWindowMinutes: number;
  readonly sessionHours: number;
  readonly #passwordParams: ScryptParams;

  constructor(
    private readonly db: Database.Database,
    options: AccountStoreOptions = {},
  ) {
    this.#now = options.now ?? (() => new Date());
    this.maxFailures = options.maxFailures ?? 5;
    this.lockMinutes = options.lockMinutes ?? 15;
    this.ipMaxFailures = options.ipMaxFailures ?? 20;
    this.ipWindowMinutes = options.ipWindowMinutes ?? 15;
    this.sessionHours = options.sessionHours ?? 8;
    this.#passwordParams = options.passwordParams ?? DEFAULT_SCRYPT;
  }

  close(): void {
    this.db.close();
  }

  private nowMs(): number {
    return this.#now().getTime();
  }

  async createUser(input: NewUser): Promise<User> {
    const username = normalizeUsername(input.username);
    if (!USERNAME_PATTERN.test(username)) {
      throw new AccountError("a username is 2 to 64 letters, digits, dots, dashes or underscores");
    }
    if (!(ROLES as readonly string[]).includes(input.role))
      throw new AccountError(`the role is one of ${ROLES.join(", ")}`);
    if (input.role === "counter" && !input.siteId) throw new AccountError("counter staff need a site (--site)");
    if ([...input.password].length < MIN_PASSWORD_LENGTH) {
      throw new AccountError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    if (this.userByUsername(username)) throw new AccountError(`there is already a user "${username}"`);
    const hash = await hashPassword(input.password, this.#passwordParams);
    const at = this.nowMs();
    const { lastInsertRowid } = this.db
      .prepare(
        `INSERT INTO users (username, display_name, role, site_id, counters, password_hash, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        username,
        input.displayName?.trim() || username,
        input.role,
        input.siteId ?? null,
        JSON.stringify(input.counters ?? []),
        hash,
        at,
        at,
      );
    return this.user(Number(lastInsertRowid));
  }

  user(id: number): User {
    const row = this.db.prepare<[number], UserRow>("SELECT * FROM users WHERE id = ?").get(id);
    if (!row) throw new AccountError(`there is no user ${id}`);
    return toUser(row);
  }

  userByUsername(username: string): User | undefined {
    const row = this.db
      .prepare<[string], UserRow>("SELECT * FROM users WHERE username = ?")
      .get(normalizeUsername(username));
    return row ? toUser(row) : undefined;
  }

  listUsers(): User[] {
    return this.db.prepare<[], UserRow>("SELECT * FROM users ORDER BY username").all().map(toUser);
  }

  async setPassword(userId: number, password: string): Promise<void> {
    if ([...password].length < MIN_PASSWORD_LENGTH) {
      throw new AccountError(`the password needs at least ${MIN_PASSWORD_LENGTH} characters`);
    }
    const hash = await hashPassword(password, this.#passwordParams);
    this.db
      .prepare(
        "UPDATE users SET password_hash = ?, updated_at = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?",
      )
      .run(hash, this.nowMs(), userId);
    // A new password ends every open session of that person.
    this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId);
  }

  /** Checks a login. Wrong username and wrong password give the same answer, in about the same time. */
  async authenticate(usernameInput: string, password: string, ip: string): Promise<LoginResult> {
    const now = this.nowMs();
    const windowStart = now - this.ipWindowMinutes * 60_000;
    this.db.prepare("DELETE FROM ip_failures WHERE at <= ?").run(windowStart);
    const byIp = this.db
      .prepare<[string], { n: number; oldest: number | null }>(
        "SELECT COUNT(*) AS n, MIN(at) AS oldest FROM ip_failures WHERE ip = ?",
      )
      .get(ip);
    if (byIp && byIp.n >= this.ipMaxFailures) {
      const until = (byIp.oldest ?? now) + this.ipWindowMinutes * 60_000;
      return { ok: false, reason: "rate-limited", retryAfterSeconds: Math.max(1, Math.ceil((until - now) / 1000)) };
    }

    const username = normalizeUsername(usernameInput).slice(0, 200);
    const row = this.db.prepare<[string], UserRow>("SELECT * FROM users WHERE username = ?").get(username);
    const throttle: ThrottleRow = row ??
      this.db
        .prepare<[string], ThrottleRow>("SELECT failed_attempts, locked_until FROM unknown_logins WHERE username = ?")
        .get(username) ?? { failed_attempts: 0, locked_until: null };

    if (throttle.locked_until !== null && throttle.locked_until > now) {
      this.recordIpFailure(ip, now);
      return { ok: false, reason: "locked", retryAfterSeconds: Math.ceil((throttle.locked_until - now) / 1000) };
    }

    const matches = await verifyPassword(password, row?.password_hash ?? (await dummyHash(this.#passwordParams)));
    if (row && matches && row.disabled_at === null) {
      this.db.prepare("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?").run(row.id);
      // A hash from before the cost went up is made again now that we have the password (sessions stay).
      if (needsRehash(row.password_hash, this.#passwordParams)) {
        const hash = await hashPassword(password, this.#passwordParams);
        this.db
          .prepare("UPDATE users SET password_hash = ? WHERE id = ? AND password_hash = ?")
          .run(hash, row.id, row.password_hash);
      }
      return { ok: true, user: this.user(row.id) };
    }

    this.recordIpFailure(ip, now);
    const failed = (throttle.locked_until !== null ? 0 : throttle.failed_attempts) + 1;
    const locked = failed >= this.maxFailures;
    const lockedUntil = locked ? now + this.lockMinutes * 60_000 : null;
    // After a lock the count starts again, so the next try after the wait is not locked at once.
    const stored = locked ? 0 : failed;
    if (row) {
      this.db
        .prepare("UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?")
        .run(stored, lockedUntil, row.id);
    } else {
      this.db
        .prepare(
          `INSERT INTO unknown_logins (username, failed_attempts, locked_until, updated_at) VALUES (?, ?, ?, ?)
           ON CONFLICT (username) DO UPDATE SET failed_attempts = excluded.failed_attempts,
           locked_until = excluded.locked_until, updated_at = excluded.updated_at`,
        )
        .run(username, stored, lockedUntil, now);
      this.db.prepare("DELETE FROM unknown_logins WHERE updated_at < ?").run(now - 24 * 3600_000);
    }
    if (lockedUntil !== null) return { ok: false, reason: "locked", retryAfterSeconds: this.lockMinutes * 60 };
    return { ok: false, reason: "invalid" };
  }

  private recordIpFailure(ip: string, at: number): void {
    this.db.prepare("INSERT INTO ip_failures (ip, at) VALUES (?, ?)").run(ip, at);
  }

  /** A new session; the token is returned once and only its hash is kept. */
  createSession(userId: number): { token: string; csrfToken: string; expiresAt: Date } {
    const token = randomBytes(32).toString("base64url");
    const csrfToken = randomBytes(32).toString("base64url");
    const now = this.nowMs();
    const expiresAt = now + this.sessionHours * 3600_000;
    this.db.prepare("DELETE FROM sessions WHERE expires_at <= ?").run(now);
    this.db
      .prepare("INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?, ?, ?, ?, ?)")
      .run(tokenHash(token), userId, csrfToken, now, expiresAt);
    return { token, csrfToken, expiresAt: new Date(expiresAt) };
  }

  /** The session for a browser's token, with its expiry moved forward; undefined when unknown or expired. */
  session(token: string): Session | undefined {
    if (!token) return undefined;
    const hash = tokenHash(token);
    const row = this.db
      .prepare<[string], { user_id: number; csrf_token: string; expires_at: number }>(
        "SELECT user_id, csrf_token, expires_at FROM sessions WHERE token_hash = ?",
      )
      .get(hash);
    if (!row) return undefined;
    const now = this.nowMs();
    if (row.expires_at <= now) {
      this.db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(hash);
      return undefined;
    }
    const expiresAt = now + this.sessionHours * 3600_000;
    // Sliding expiry; one write a minute at most per session.
    if (expiresAt - row.expires_at > 60_000) {
      this.db.prepare("UPDATE sessions SET expires_at = ? WHERE token_hash = ?").run(expiresAt, hash);
    }
    return {
      user: this.user(row.user_id),
      csrfToken: row.csrf_token,
      expiresAt: new Date(Math.max(expiresAt, row.expires_at)),
    };
  }

  deleteSession(token: string): void {
    this.db.prepare("DELETE FROM sessions WHERE token_hash = ?").run(tokenHash(token));
  }

  // ---- administration (klaar user …, /admin/users); every action goes to the audit log -------------------

  /** A new password set by an administrator: the lock is lifted and every session of that person ends. */
  async resetPassword(userId: number, password: string, actor: string): Promise<void> {
    const user = this.user(userId);
    await this.setPassword(userId, password);
    this.logAction(actor, "reset-password", user.username);
  }

  unlock(userId: number, actor: string): void {
    const user = this.user(userId);
    this.db.prepare("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?").run(userId);
    this.logAction(actor, "unlock", user.username);
  }

  /** No more logins; open sessions end at once. */
  disable(userId: number, actor: string): void {
    const user = this.user(userId);
    this.db
      .prepare("UPDATE users SET disabled_at = ?, updated_at = ? WHERE id = ?")
      .run(this.nowMs(), this.nowMs(), userId);
    this.db.prepare("DELETE FROM sessions WHERE user_id = ?").run(userId);
    this.logAction(actor, "disable", user.username);
  }

  enable(userId: number, actor: string): void {
    const user = this.user(userId);
    this.db.prepare("UPDATE users SET disabled_at = NULL, updated_at = ? WHERE id = ?").run(this.nowMs(), userId);
    this.logAction(actor, "enable", user.username);
  }

  /** Removes the account and its sessions. The last admin who can log in cannot be removed or disabled. */
  deleteUser(userId: number, actor: string): void {
    const user = this.user(userId);
    this.db.prepare("DELETE FROM users WHERE id = ?").run(userId);
    this.logAction(actor, "delete", user.username);
  }

  /** True when this account is the only admin that can still log in. */
  isLastAdmin(userId: number): boolean {
    const user = this.user(userId);
    if (user.role !== "admin" || user.disabled) return false;
    const { n } = this.db
      .prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL")
      .get() ?? { n: 0 };
    return n <= 1;
  }

  auditLog(limit = 200): AccountAuditRow[] {
    return this.db
      .prepare<[number], { at: number; actor: string; action: AccountAction; subject: string }>(
        "SELECT at, actor, action, subject FROM account_audit ORDER BY id DESC LIMIT ?",
      )
      .all(limit)
      .map((r) => ({ ...r, at: new Date(r.at) }));
  }

  private logAction(actor: string, action: AccountAction, subject: string): void {
    this.db
      .prepare("INSERT INTO account_audit (at, actor, action, subject) VALUES (?, ?, ?, ?)")
      .run(this.nowMs(), actor, action, subject);
  }
}

export function openAccountStore(file: string, options: AccountStoreOptions = {}): AccountStore {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: BUSY_TIMEOUT_MS });
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  migrate(db, MIGRATIONS, "accounts");
  return new AccountStore(db, options);
}

/** The accounts file in KLAAR_DATA_DIR (default ./data). */
export function defaultAccountsFile(dataDir: string = loadConfig().KLAAR_DATA_DIR): string {
  return join(dataDir, ACCOUNTS_FILE_NAME);
}
