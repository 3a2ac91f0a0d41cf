import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { openAccountStore } from "../../src/accounts/store.ts";

const BIN = fileURLToPath(new URL("../../bin/klaar.js", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "klaar-cli-"));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function klaar(args: string[], stdin: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      env: { ...process.env, KLAAR_DATA_DIR: dataDir },
      stdio: ["pipe", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout += d;
    });
    child.stderr.on("data", (d) => {
      stderr += d;
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("klaar user", () => {
  it("adds the first admin with the password from stdin", async () => {
    const result = await klaar(
      ["user", "add", "--username", "ann", "--role", "admin", "--name", "Ann Admin"],
      "correct horse battery\n",
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("ann");
    const store = openAccountStore(join(dataDir, "accounts.sqlite"));
    try {
      expect(store.userByUsername("ann")).toMatchObject({ role: "admin", displayName: "Ann Admin" });
      expect((await store.authenticate("ann", "correct horse battery", "127.0.0.1")).ok).toBe(true);
    } finally {
      store.close();
    }
  }, 90_000);

  it("adds counter staff for a site and a counter, and lists the users", async () => {
    const added = await klaar(
      ["user", "add", "--username", "bob", "--role", "counter", "--site", "stadhuis", "--counter", "3"],
      "long enough pw\n",
    );
    expect(added.code).toBe(0);
    const list = await klaar(["user", "list"], "");
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^ann\tadmin\tAnn Admin$/m);
    expect(list.stdout).toMatch(/^bob\tcounter stadhuis \(counter 3\)\tbob$/m);
    expect(list.stdout).not.toContain("long enough pw");
  }, 90_000);

  it("refuses a short password, an unknown site or counter, and a missing role (exit code 2)", async () => {
    const short = await klaar(["user", "add", "--username", "cas", "--role", "admin"], "short\n");
    expect(short.code).toBe(2);
    expect(short.stderr).toContain("at least 10 characters");
    const site = await klaar(
      ["user", "add", "--username", "cas", "--role", "counter", "--site", "nergens"],
      "long enough pw\n",
    );
    expect(site.code).toBe(2);
    expect(site.stderr).toContain("--site must be one of");
    const counter = await klaar(
      ["user", "add", "--username", "cas", "--role", "counter", "--site", "stadhuis", "--counter", "99"],
      "long enough pw\n",
    );
    expect(counter.code).toBe(2);
    const role = await klaar(["user", "add", "--username", "cas"], "long enough pw\n");
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("Usage");
  }, 120_000);

  it("resets a password, unlocks, disables and deletes a user, each in the audit log", async () => {
    const open = () => openAccountStore(join(dataDir, "accounts.sqlite"), { passwordParams: { N: 1024, r: 8, p: 1 } });
    let store = open();
    for (let i = 0; i < 5; i++) await store.authenticate("bob", "wrong password", "10.0.0.9");
    expect(store.userByUsername("bob")?.lockedUntil).not.toBeNull();
    store.close();

    const unlocked = await klaar(["user", "unlock", "--username", "bob"], "");
    expect(unlocked.code).toBe(0);
    expect(unlocked.stdout).toBe("bob is unlocked.\n");
    const reset = await klaar(["user", "reset-password", "--username", "bob"], "a brand new password\n");
    expect(reset.code).toBe(0);
    store = open();
    expect(store.userByUsername("bob")?.lockedUntil).toBeNull();
    expect((await store.authenticate("bob", "a brand new password", "10.0.0.9")).ok).toBe(true);
    store.close();

    expect((await klaar(["user", "disable", "--username", "bob"], "")).code).toBe(0);
    store = open();
    expect(await store.authenticate("bob", "a brand new password", "10.0.0.9")).toEqual({
      ok: false,
      reason: "invalid",
    });
    store.close();
    expect((await klaar(["user", "list"], "")).stdout).toMatch(/^bob\t.*\[disabled\]$/m);

    const lastAdmin = await klaar(["user", "delete", "--username", "ann"], "");
    expect(lastAdmin.code).toBe(2);
    expect(lastAdmin.stderr).toContain("last admin");
    expect((await klaar(["user", "delete", "--username", "bob"], "")).code).toBe(0);
    const nobody = await klaar(["user", "unlock", "--username", "bob"], "");
    expect(nobody.code).toBe(2);
    expect(nobody.stderr).toContain('There is no user "bob"');

    store = open();
    try {
      expect(store.userByUsername("bob")).toBeUndefined();
      expect(
        store
          .auditLog()
          .map((r) => [r.actor, r.action, r.subject])
          .reverse(),
      ).toEqual([
        ["cli", "unlock", "bob"],
        ["cli", "reset-password", "bob"],
        ["cli", "disable", "bob"],
        ["cli", "delete", "bob"],
      ]);
    } finally {
      store.close();
    }
  }, 240_000);
});
