/**
 * Letters are never cached (no-store on every letter response, at the counter and at the kiosk); QR links use the
 * configured public URL only; live connections are capped per client and in all.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { CookieClient } from "../staff/cookie-client.ts";

let server: RunningServer;
let dataDir: string;
beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-privacy-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir, KLAAR_LIVE_PER_CLIENT: "2", KLAAR_LIVE_TOTAL: "3" });
}, 60_000);
afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const LETTER = "Beste mevrouw,\n\nHet OCMW geeft u een leefloon vanaf 1 januari 2027.\n\nMet vriendelijke groeten,";

describe("no-store on every letter response", () => {
  it("the API, the screen and every sub-resource", { timeout: 120_000 }, async () => {
    const explained = await fetch(`${server.url}/api/explain`, {
      method: "POST",
      body: JSON.stringify({ text: LETTER, uiLang: "nl" }),
      headers: { "content-type": "application/json" },
    });
    expect(explained.status).toBe(201);
    expect(explained.headers.get("cache-control")).toBe("no-store");
    const { links } = (await explained.json()) as { links: Record<string, string> };
    const analyzed = await fetch(`${server.url}/api/analyze`, {
      method: "POST",
      body: JSON.stringify({ text: LETTER }),
      headers: { "content-type": "application/json" },
    });
    expect(analyzed.status).toBe(200);
    expect(analyzed.headers.get("cache-control")).toBe("no-store");
    for (const path of Object.values(links)) {
      const res = await fetch(`${server.url}${path}`, { redirect: "manual" });
      expect(res.status, path).toBeLessThan(400);
      expect(res.headers.get("cache-control"), path).toBe("no-store");
      await res.arrayBuffer();
    }
    // Gone: the 404 is not cached either.
    const id = links.screen?.split("/").pop();
    await fetch(`${server.url}/letters/${id}`, { method: "DELETE" });
    const gone = await fetch(`${server.url}/letters/${id}`);
    expect(gone.status).toBe(404);
    expect(gone.headers.get("cache-control")).toBe("no-store");
  });

  it("the kiosk's letter form and its explanation", { timeout: 60_000 }, async () => {
    const kiosk = new CookieClient(server.url);
    const form = await kiosk.get("/kiosk/stadhuis/nl/letter");
    expect(form.headers.get("cache-control")).toBe("no-store");
    const sent = await kiosk.post("/kiosk/stadhuis/nl/letter", { text: LETTER });
    expect(sent.status).toBe(303);
    const screen = await kiosk.get(sent.headers.get("location") ?? "");
    expect(screen.status).toBe(200);
    expect(screen.headers.get("cache-control")).toBe("no-store");
  });
});

describe("QR links", () => {
  it("without KLAAR_PUBLIC_URL the printout has no QR code, whatever the Host header says", async () => {
    const { id } = await server.services.letters.explain({ text: LETTER, uiLang: "en" });
    const res = await fetch(`${server.url}/letters/${id}/print.pdf?qr=1`, { headers: { host: "evil.example" } });
    expect(res.status).toBe(200);
    const text = execFileSync("pdftotext", ["-", "-"], {
      input: Buffer.from(await res.arrayBuffer()),
      encoding: "utf8",
    });
    expect(text).not.toContain("Scan this code");
  });
});

describe("live connections", () => {
  it("are capped per client (429) and in all (503)", async () => {
    const open: AbortController[] = [];
    const connect = async (forwardedFor?: string) => {
      const controller = new AbortController();
      const res = await fetch(`${server.url}/display/stadhuis/events`, {
        signal: controller.signal,
        headers: forwardedFor ? { "x-forwarded-for": forwardedFor } : {},
      });
      if (res.status === 200) open.push(controller);
      else await res.arrayBuffer();
      return res.status;
    };
    try {
      expect(await connect("10.0.0.5")).toBe(200);
      expect(await connect("10.0.0.5")).toBe(200);
      expect(await connect("10.0.0.5")).toBe(429);
      expect(await connect("10.0.0.6")).toBe(200);
      expect(await connect("10.0.0.7")).toBe(503);
    } finally {
      for (const c of open) c.abort();
    }
    // Closed streams give their place back, as soon as the server has seen them close (on a busy machine that can
    // take a moment: it is asked again for up to 10 seconds).
    let status = 0;
    for (let i = 0; i < 50 && status !== 200; i++) {
      await new Promise((r) => setTimeout(r, 200));
      status = await connect("10.0.0.7");
    }
    expect(status).toBe(200);
    for (const c of open) c.abort();
  });
});

describe("kiosk posts from another site", () => {
  const post = (path: string, headers: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      body: "",
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html", ...headers },
      redirect: "manual",
    });

  it("are refused with 403; the kiosk's own pages are not", async () => {
    for (const headers of [
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example" },
    ] as Record<string, string>[]) {
      expect(
        (await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket", headers)).status,
        JSON.stringify(headers),
      ).toBe(403);
      expect((await post("/kiosk/stadhuis/nl/help", headers)).status).toBe(403);
    }
    expect(server.services.queue.waiting("stadhuis")).toHaveLength(0);
    expect(
      (await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket", { "sec-fetch-site": "same-origin" })).status,
    ).toBe(303);
    expect((await post("/kiosk/stadhuis/nl/help", { origin: server.url })).status).toBe(303);
  });
});
