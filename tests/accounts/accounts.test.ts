import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { safeNext, sameToken } from "../../src/accounts/http.ts";
import { hashPassword, verifyPassword } from "../../src/accounts/password.ts";
import { type AccountStore, openAccountStore } from "../../src/accounts/store.ts";

describe("password hashes", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const hash = await hashPassword("correct horse battery");
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(await verifyPassword("correct horse battery", hash)).toBe(true);
    expect(await verifyPassword("correct horse batterY", hash)).toBe(false);
  });

  it("uses a new salt every time and keeps the parameters with the hash", async () => {
    const a = await hashPassword("same password", { N: 1024, r: 8, p: 1 });
    const b = await hashPassword("same password", { N: 1024, r: 8, p: 1 });
    expect(a).not.toBe(b);
    expect(a.startsWith("scrypt$1024$8$1$")).toBe(true);
    expect(await verifyPassword("same password", a)).toBe(true);
  });

  it("says no to a damaged hash instead of throwing", async () => {
    expect(await verifyPassword("x", "")).toBe(false);
    expect(await verifyPassword("x", "scrypt$3$8$1$abc$def")).toBe(false);
    expect(await verifyPassword("x", "bcrypt$whatever")).toBe(false);
  });
});

describe("AccountStore", () => {
  let dir: string;
  let store: AccountStore;
  let now: Date;
  const advance = (minutes: number) => {
    now = new Date(now.getTime() + minutes * 60_000);
  };

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "klaar-accounts-"));
    now = new Date("2026-03-03T09:00:00Z");
    // A cheap scrypt cost keeps the test fast; the default is tested above.
    store = openAccountStore(join(dir, "accounts.sqlite"), { now: () => now, passwordParams: { N: 1024, r: 8, p: 1 } });
  });
  afterEach(() => {
    store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("re-hashes a password made with a lower cost at the next good login, and only then", async () => {
    const user = await store.createUser({ username: "ann", role: "admin", password: "long enough pw" });
    const db = new Database(join(dir, "accounts.sqlite"));
    const hashOf = () =>
      (db.prepare("SELECT password_hash AS h FROM users WHERE id = ?").get(user.id) as { h: string }).h;
    // A hash from the old default cost, as a store from before the change holds it.
    db.prepare("UPDATE users SET password_hash = ? WHERE id = ?").run(
      await hashPassword("long enough pw", { N: 512, r: 8, p: 1 }),
      user.id,
    );
    expect((await store.authenticate("ann", "wrong password", "10.0.0.1")).ok).toBe(false);
    expect(hashOf().startsWith("scrypt$512$")).toBe(true);
    expect((await store.authenticate("ann", "long enough pw", "10.0.0.1")).ok).toBe(true);
    expect(hashOf().startsWith("scrypt$1024$8$1$")).toBe(true);
    expect((await store.authenticate("ann", "long enough pw", "10.0.0.1")).ok).toBe(true);
    db.close();
  });

  it("creates users with a role, site and counters, and refuses bad input", async () => {
    const user = await store.createUser({
      username: " Bob ",
      role: "counter",
      siteId: "stadhuis",
      counters: ["3"],
      password: "long enough pw",
      displayName: "Bob Peeters",
    });
    expect(user).toMatchObject({ username: "bob", role: "counter", siteId: "stadhuis", counters: ["3"] });
    expect(store.listUsers().map((u) => u.username)).toEqual(["bob"]);
    await expect(store.createUser({ username: "bob", role: "admin", password: "long enough pw" })).rejects.toThrow(
      /already/,
    );
    await expect(store.createUser({ username: "ann", role: "admin", password: "short" })).rejects.toThrow(/10/);
    await expect(store.createUser({ username: "cas", role: "counter", password: "long enough pw" })).rejects.toThrow(
      /site/,
    );
  });

  it("locks a username after 5 wrong passwords and unlocks it after 15 minutes", async () => {
    await store.createUser({ username: "ann", role: "admin", password: "correct horse battery" });
    for (let i = 1; i <= 4; i++) {
      expect(await store.authenticate("ann", "wrong password", "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await store.authenticate("ann", "wrong password", "10.0.0.1")).toMatchObject({
      ok: false,
      reason: "locked",
      retryAfterSeconds: 900,
    });
    // Locked: even the right password does not work now.
    advance(14);
    expect(await store.authenticate("ann", "correct horse battery", "10.0.0.2")).toMatchObject({ reason: "locked" });
    advance(1);
    const result = await store.authenticate("ANN", "correct horse battery", "10.0.0.2");
    expect(result.ok).toBe(true);
    expect(store.userByUsername("ann")).toMatchObject({ failedAttempts: 0, lockedUntil: null });
  });

  it("answers the same for a username that does not exist", async () => {
    for (let i = 1; i <= 4; i++) {
      expect(await store.authenticate("nobody", "wrong password", "10.0.0.1")).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    expect(await store.authenticate("nobody", "wrong password", "10.0.0.1")).toMatchObject({ reason: "locked" });
  });

  it("limits the failed logins from one address (20 per 15 minutes)", async () => {
    await store.createUser({ username: "ann", role: "admin", password: "correct horse battery" });
    for (let i = 0; i < 20; i++) await store.authenticate(`user${i}`, "wrong password", "10.0.0.9");
    const limited = await store.authenticate("ann", "correct horse battery", "10.0.0.9");
    expect(limited).toMatchObject({ ok: false, reason: "rate-limited" });
    // Another address is not affected.
    expect((await store.authenticate("ann", "correct horse battery", "10.0.0.10")).ok).toBe(true);
    advance(15);
    expect((await store.authenticate("ann", "correct horse battery", "10.0.0.9")).ok).toBe(true);
  });

  it("keeps sessions hashed, slides their expiry and forgets them after 8 hours without use", async () => {
    const user = await store.createUser({ username: "ann", role: "admin", password: "correct horse battery" });
    const { token, csrfToken } = store.createSession(user.id);
    expect(token).toMatch(/^[\w-]{43}$/);
    expect(store.session(token)).toMatchObject({ user: { username: "ann" }, csrfToken });
    advance(7 * 60);
    expect(store.session(token)).toBeDefined(); // used: 8 more hours from now
    advance(7 * 60);
    expect(store.session(token)).toBeDefined();
    advance(8 * 60 + 1);
    expect(store.session(token)).toBeUndefined();
    expect(store.session("made-up")).toBeUndefined();
  });

  it("ends a session on logout and every session on a new password", async () => {
    const user = await store.createUser({ username: "ann", role: "admin", password: "correct horse battery" });
    const a = store.createSession(user.id);
    const b = store.createSession(user.id);
    store.deleteSession(a.token);
    expect(store.session(a.token)).toBeUndefined();
    expect(store.session(b.token)).toBeDefined();
    await store.setPassword(user.id, "another long password");
    expect(store.session(b.token)).toBeUndefined();
  });
});

describe("HTTP helpers", () => {
  it("allows only local paths after a login", () => {
    expect(safeNext("/staff/stadhuis?counter=3")).toBe("/staff/stadhuis?counter=3");
    for (const bad of ["//evil.example/", "/\\evil.example", "https://evil.example/", "staff", "/a\nb", 5, undefined]) {
      expect(safeNext(bad)).toBeUndefined();
    }
  });

  it("compares tokens", () => {
    expect(sameToken("abc", "abc")).toBe(true);
    expect(sameToken("abd", "abc")).toBe(false);
    expect(sameToken(undefined, "abc")).toBe(false);
    expect(sameToken("", "")).toBe(false);
  });
});
