/** The admin page /admin/users: the same actions as `klaar user …`, with CSRF, refusals and the audit log. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { CookieClient, csrfOf } from "./cookie-client.ts";

let server: RunningServer;
let dataDir: string;
const ADMIN = { username: "adam", password: "admin password!" };
const BOB = { username: "bob", password: "long enough pw" };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-admin-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
  await server.services.accounts.createUser({ ...ADMIN, role: "admin", displayName: "Adam Admin" });
  await server.services.accounts.createUser({
    ...BOB,
    role: "counter",
    siteId: "stadhuis",
    displayName: "Bob Peeters",
  });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function loggedIn(user: { username: string; password: string }) {
  const client = new CookieClient(server.url);
  expect((await client.login(user.username, user.password)).status).toBe(303);
  return client;
}

describe("/admin/users", () => {
  it("is for admins only", async () => {
    expect((await new CookieClient(server.url).get("/admin/users")).headers.get("location")).toBe(
      "/login?next=%2Fadmin%2Fusers",
    );
    const bob = await loggedIn(BOB);
    expect((await bob.get("/admin/users")).status).toBe(403);
  });

  it("lists the users and disables, unlocks, resets and deletes, each in the audit log", {
    timeout: 60_000,
  }, async () => {
    const admin = await loggedIn(ADMIN);
    const page = await admin.get("/admin/users");
    expect(page.status).toBe(200);
    expect(page.headers.get("cache-control")).toBe("no-store");
    const html = await page.text();
    expect(html).toContain("<h1>Gebruikers</h1>");
    expect(html).toContain("Bob Peeters");
    const csrf = csrfOf(html);
    const bobId = server.services.accounts.userByUsername("bob")?.id;
    const adamId = server.services.accounts.userByUsername("adam")?.id;

    expect((await admin.post(`/admin/users/${bobId}/disable`, {})).status).toBe(403);
    const disabled = await admin.post(`/admin/users/${bobId}/disable`, { _csrf: csrf });
    expect(disabled.status).toBe(303);
    const after = await (await admin.get(disabled.headers.get("location") ?? "")).text();
    expect(after).toContain("Gedaan voor bob: Uitschakelen.");
    expect(after).toMatch(/<th scope="row">bob<\/th>.*Uitgeschakeld/s);
    expect((await new CookieClient(server.url).login(BOB.username, BOB.password)).status).toBe(401);

    expect((await admin.post(`/admin/users/${bobId}/enable`, { _csrf: csrf })).status).toBe(303);
    for (let i = 0; i < 5; i++) await new CookieClient(server.url).login("bob", "wrong password");
    expect(await (await admin.get("/admin/users")).text()).toContain("Geblokkeerd");
    expect((await admin.post(`/admin/users/${bobId}/unlock`, { _csrf: csrf })).status).toBe(303);

    const short = await admin.post(`/admin/users/${bobId}/reset-password`, { _csrf: csrf, password: "kort" });
    expect(short.status).toBe(400);
    expect(await short.text()).toContain("minstens 10 tekens");
    const reset = await admin.post(`/admin/users/${bobId}/reset-password`, {
      _csrf: csrf,
      password: "a new long password",
    });
    expect(reset.status).toBe(303);
    expect((await new CookieClient(server.url).login("bob", "a new long password")).status).toBe(303);

    const self = await admin.post(`/admin/users/${adamId}/delete`, { _csrf: csrf });
    expect(self.status).toBe(409);
    expect(await self.text()).toContain("uw eigen account");
    expect((await admin.post(`/admin/users/${bobId}/delete`, { _csrf: csrf })).status).toBe(303);
    expect(server.services.accounts.userByUsername("bob")).toBeUndefined();

    const log = server.services.accounts.auditLog().map((r) => [r.actor, r.action, r.subject]);
    expect(log.reverse()).toEqual([
      ["adam", "disable", "bob"],
      ["adam", "enable", "bob"],
      ["adam", "unlock", "bob"],
      ["adam", "reset-password", "bob"],
      ["adam", "delete", "bob"],
    ]);
    expect(await (await admin.get("/admin/users")).text()).toContain("Wat er veranderde");
  });
});
