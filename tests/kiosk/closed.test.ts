/** A closed service gives no ticket; the kiosk says when it opens next (hours from the site JSON). */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nextOpening } from "../../src/kiosk/opening-hours.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

const HOURS = [
  { days: ["mon", "tue", "wed", "thu", "fri"] as const, from: "08:30", to: "12:30" },
  { days: ["tue"] as const, from: "16:00", to: "19:00" },
].map((r) => ({ ...r, days: [...r.days] }));

describe("nextOpening", () => {
  it("finds the next opening later today, tomorrow or after the weekend (Brussels time)", () => {
    expect(nextOpening(HOURS, new Date("2026-03-03T13:00:00+01:00"))).toEqual({
      daysAhead: 0,
      weekday: "tue",
      from: "16:00",
    });
    expect(nextOpening(HOURS, new Date("2026-03-02T13:00:00+01:00"))).toMatchObject({ daysAhead: 1, from: "08:30" });
    expect(nextOpening(HOURS, new Date("2026-03-06T13:00:00+01:00"))).toMatchObject({ daysAhead: 3, weekday: "mon" });
    // 07:45 UTC is 08:45 in Brussels: the morning opening has passed, the next one is in the afternoon.
    expect(nextOpening(HOURS, new Date("2026-03-03T07:45:00Z"))).toMatchObject({ daysAhead: 0, from: "16:00" });
    expect(nextOpening([], new Date())).toBeUndefined();
  });
});

describe("a closed service at the kiosk", () => {
  let server: RunningServer;
  let dataDir: string;
  let clock = new Date("2026-03-06T13:00:00+01:00"); // a Friday afternoon
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), "klaar-closed-"));
    server = await startServer({ KLAAR_DATA_DIR: dataDir }, { kioskHoursClock: () => clock });
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const post = (path: string) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      body: "",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
      redirect: "manual",
    });

  it("shows no ticket button and says when it opens", async () => {
    const page = await (await fetch(`${server.url}/kiosk/stadhuis/nl/service/eid-paspoort`)).text();
    expect(page).toContain("Nu gesloten");
    expect(page).not.toContain('action="/kiosk/stadhuis/nl/service/eid-paspoort/ticket"');
    expect(page).toContain("Open op maandag om 8:30.");
    const fr = await (await fetch(`${server.url}/kiosk/stadhuis/fr/service/eid-paspoort`)).text();
    expect(fr).toContain("Ouvert le lundi à 8:30.");
  });

  it("refuses a ticket while closed (409) and gives one once open", async () => {
    clock = new Date("2026-03-03T13:00:00+01:00"); // Tuesday between the morning and the evening opening
    const refused = await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket");
    expect(refused.status).toBe(409);
    const html = await refused.text();
    expect(html).toContain("Deze dienst is nu gesloten. U kunt nu geen nummer nemen.");
    expect(html).toContain("Vandaag weer open om 16:00.");
    expect(server.services.queue.waiting("stadhuis")).toHaveLength(0);

    clock = new Date("2026-03-03T16:30:00+01:00");
    const taken = await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket");
    expect(taken.status).toBe(303);
  });
});
