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
});
