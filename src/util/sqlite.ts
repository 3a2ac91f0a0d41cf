/** Schema upgrades for Klaar's SQLite files: numbered steps, the file's user_version says how far it is. */
import type Database from "better-sqlite3";

export function migrate(db: Database.Database, migrations: readonly string[], name: string): void {
  db.transaction(() => {
    const version = db.pragma("user_version", { simple: true }) as number;
    if (version > migrations.length) {
      throw new Error(`the ${name} database is version ${version}; this Klaar knows up to ${migrations.length}`);
    }
    for (const sql of migrations.slice(version)) db.exec(sql);
    db.pragma(`user_version = ${migrations.length}`);
  }).immediate();
}
