/**
 * Kiosks as enrolled devices: `klaar kiosk add` prints a one-time setup link; opening it leaves a device token; with
 * enrolment required, tickets and help requests come only from enrolled kiosks of that site, and staff see the name.
 */
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { CookieClient } from "../staff/cookie-client.ts";

const BIN = fileURLToPath(new URL("../../bin/klaar.js", import.meta.url));
let server: RunningServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-enrol-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir, KLAAR_KIOSK_ENROLMENT: "required" });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("enrolled kiosks", () => {
  it("only an enrolled kiosk of the site takes tickets and asks for help (limited per kiosk); staff see its name", {
    timeout: 120_000,
  }, async () => {
    const stranger = new CookieClient(server.url);
    const refused = await stranger.post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket", {});
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("Deze kiosk is nog niet ingesteld.");
    expect((await stranger.post("/kiosk/stadhuis/nl/help", {})).status).toBe(403);

    // Not spawnSync: the server runs in this process and must keep answering meanwhile.
    const cli = await promisify(execFile)(
      process.execPath,
      [BIN, "kiosk", "add", "--site", "stadhuis", "--name", "Hal links"],
      { env: { ...process.env, KLAAR_DATA_DIR: dataDir, KLAAR_PUBLIC_URL: "https://klaar.example.be/" } },
    );
    expect(cli.stderr).toBe("");
    const link = /https:\/\/klaar\.example\.be(\/kiosk\/setup\/[\w-]+)/.exec(cli.stdout);
    expect(link?.[1]).toBeDefined();
    const setupPath = link?.[1] ?? "";

    const kiosk = new CookieClient(server.url);
    const setup = await kiosk.get(setupPath);
    expect(setup.status).toBe(303);
    expect(setup.headers.get("location")).toBe("/kiosk/stadhuis");
    expect(kiosk.setCookieHeaders.find((c) => c.startsWith("klaar_kiosk="))).toMatch(/HttpOnly; SameSite=Strict/);
    // The link works once.
    expect((await new CookieClient(server.url).get(setupPath)).status).toBe(404);

    expect((await kiosk.post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket", {})).status).toBe(303);
    expect((await kiosk.post("/kiosk/stadhuis/nl/help", {})).status).toBe(303);
    const help = server.services.queue.openHelpRequests("stadhuis");
    expect(help.map((h) => h.kioskId)).toEqual(["Hal links"]);
    // Another site's kiosk cannot take tickets here.
    expect((await kiosk.post("/kiosk/sociaal-huis/nl/help", {})).status).toBe(403);

    // Asking again while help is coming changes nothing; new requests are limited per kiosk (3 in 10 minutes).
    expect((await kiosk.post("/kiosk/stadhuis/nl/help", {})).status).toBe(303);
    expect(server.services.queue.openHelpRequests("stadhuis")).toHaveLength(1);
    const resolveAll = () => {
      for (const h of server.services.queue.openHelpRequests("stadhuis")) server.services.queue.resolveHelp(h.id);
    };
    for (let i = 0; i < 2; i++) {
      resolveAll();
      expect((await kiosk.post("/kiosk/stadhuis/nl/help", {})).status).toBe(303);
    }
    resolveAll();
    const flooded = await kiosk.post("/kiosk/stadhuis/nl/help", {});
    expect(flooded.status).toBe(429);
    expect(Number(flooded.headers.get("retry-after"))).toBeGreaterThan(60);
    expect(await flooded.text()).toContain("Deze kiosk heeft net al een paar keer hulp gevraagd.");
    expect(server.services.queue.openHelpRequests("stadhuis")).toHaveLength(0);
  });
});
