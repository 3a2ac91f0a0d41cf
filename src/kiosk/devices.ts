/**
 * Kiosks as enrolled devices (KLAAR_DATA_DIR/kiosks.sqlite). An admin adds a kiosk (`klaar kiosk add --site …
 * --name "Hal links"`) and gets a one-time setup link; opening it on the kiosk leaves a device token in a cookie.
 * Only SHA-256 hashes of both tokens are stored. A setup link works once, for 24 hours.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import { migrate } from "../util/sqlite.ts";

export const KIOSK_DEVICE_COOKIE = "klaar_kiosk";
const SETUP_HOURS = 24;

const MIGRATIONS = [
  `CREATE TABLE kiosks (
     id INTEGER PRIMARY KEY,
     site_id TEXT NOT NULL,
     name TEXT NOT NULL,
     setup_hash TEXT UNIQUE,
     setup_expires INTEGER,
     token_hash TEXT UNIQUE,
     created_at INTEGER NOT NULL,
     enrolled_at INTEGER
   );`,
];

export interface KioskDevice {
  id: number;
  siteId: string;
  name: string;
  enrolled: boolean;
}

interface Row {
  id: number;
  site_id: string;
  name: string;
  token_hash: string | null;
}

const hash = (token: string) => createHash("sha256").update(token).digest("hex");
const toDevice = (r: Row): KioskDevice => ({
  id: r.id,
  siteId: r.site_id,
  name: r.name,
  enrolled: r.token_hash !== null,
});

export class KioskDevices {
  constructor(
    private readonly db: Database.Database,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** A new kiosk and its one-time setup token (shown once). */
  add(siteId: string, name: string): { device: KioskDevice; setupToken: string } {
    const setupToken = randomBytes(24).toString("base64url");
    const at = this.now().getTime();
    const { lastInsertRowid } = this.db
      .prepare("INSERT INTO kiosks (site_id, name, setup_hash, setup_expires, created_at) VALUES (?, ?, ?, ?, ?)")
      .run(siteId, name.trim(), hash(setupToken), at + SETUP_HOURS * 3600_000, at);
    return { device: this.device(Number(lastInsertRowid)) as KioskDevice, setupToken };
  }

  /** Uses a setup token: the kiosk gets its device token; the setup link stops working. */
  enrol(setupToken: string): { device: KioskDevice; token: string } | undefined {
    const row = this.db
      .prepare<[string, number], Row>("SELECT * FROM kiosks WHERE setup_hash = ? AND setup_expires > ?")
      .get(hash(setupToken), this.now().getTime());
    if (!row) return undefined;
    const token = randomBytes(32).toString("base64url");
    this.db
      .prepare(
        "UPDATE kiosks SET token_hash = ?, setup_hash = NULL, setup_expires = NULL, enrolled_at = ? WHERE id = ?",
      )
      .run(hash(token), this.now().getTime(), row.id);
    return { device: this.device(row.id) as KioskDevice, token };
  }

  /** The kiosk of a device token, or undefined. */
  byToken(token: string | undefined): KioskDevice | undefined {
    if (!token) return undefined;
    const row = this.db.prepare<[string], Row>("SELECT * FROM kiosks WHERE token_hash = ?").get(hash(token));
    return row && toDevice(row);
  }

  device(id: number): KioskDevice | undefined {
    const row = this.db.prepare<[number], Row>("SELECT * FROM kiosks WHERE id = ?").get(id);
    return row && toDevice(row);
  }

  list(): KioskDevice[] {
    return this.db.prepare<[], Row>("SELECT * FROM kiosks ORDER BY site_id, name").all().map(toDevice);
  }

  remove(id: number): boolean {
    return this.db.prepare("DELETE FROM kiosks WHERE id = ?").run(id).changes > 0;
  }

  close(): void {
    this.db.close();
  }
}

export function openKioskDevices(file: string, now?: () => Date): KioskDevices {
  mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file, { timeout: 5000 });
  db.pragma("journal_mode = WAL");
  migrate(db, MIGRATIONS, "kiosks");
  return new KioskDevices(db, now);
}

export function defaultKioskDevicesFile(dataDir: string): string {
  return join(dataDir, "kiosks.sqlite");
}

/** Whether tickets and help requests need an enrolled kiosk: `required`, `off`, or by default when Klaar listens
 * beyond loopback. */
export function enrolmentRequired(setting: "required" | "off" | undefined, host: string): boolean {
  if (setting) return setting === "required";
  return !["127.0.0.1", "::1", "localhost"].includes(host);
}
