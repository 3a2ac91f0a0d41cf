/**
 * Hostile uploads, made by code: each gets a clear 4xx within seconds, and /healthz keeps answering meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docxFile, pdfWithPages } from "../helpers/hostile-files.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer();
  // The analysis workers start on first use; start them now, so the times below are the uploads' own.
  await server.services.letters.explain({ text: "Beste mevrouw, hierbij uw brief.", uiLang: "nl" });
}, 60_000);
afterAll(() => server.close());

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** Sends a file to /api/explain while /healthz is asked every 50 ms; the slowest /healthz answer comes back too. */
async function upload(bytes: Buffer, name: string, type: string) {
  let slowest = 0;
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const start = performance.now();
      const res = await fetch(`${server.url}/healthz`);
      await res.arrayBuffer();
      slowest = Math.max(slowest, performance.now() - start);
      await new Promise((r) => setTimeout(r, 50));
    }
  })();
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
  form.set("uiLang", "nl");
  const start = performance.now();
  const res = await fetch(`${server.url}/api/explain`, {
    method: "POST",
    body: form,
    headers: { "accept-language": "nl" },
  });
  const body = await res.json();
  const seconds = (performance.now() - start) / 1000;
  probing = false;
  await probe;
  return { status: res.status, body, seconds, slowestHealthMs: slowest };
}

describe("hostile uploads", () => {
  it("refuses a PDF of 10,000 pages before reading them", async () => {
    const pdf = pdfWithPages(10_000);
    const r = await upload(pdf, "brief.pdf", "application/pdf");
    expect(r.status).toBe(413);
    expect(r.body.title).toBe("Te veel bladzijden");
    expect(r.seconds).toBeLessThan(5);
    expect(r.slowestHealthMs).toBeLessThan(1000);
  });

  it("reads a PDF with a huge page box quickly", async () => {
    const r = await upload(
      pdfWithPages(1, [14_400, 14_400], "Het OCMW geeft u een leefloon."),
      "brief.pdf",
      "application/pdf",
    );
    expect(r.status).toBe(201);
    expect(r.seconds).toBeLessThan(5);
  });

  it("refuses a Word zip bomb from its directory, without inflating it", async () => {
    const rssBefore = process.memoryUsage().rss;
    const r = await upload(docxFile("Beste mevrouw", { padding: 200 * 1024 * 1024 }), "brief.docx", DOCX);
    expect(r.status).toBe(413);
    expect(r.body.detail).toContain("20 MB");
    expect(r.seconds).toBeLessThan(5);
    expect(r.slowestHealthMs).toBeLessThan(1000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(300 * 1024 * 1024);
  });

  it("stops a zip bomb whose directory lies about its size", async () => {
    const lying = docxFile("Beste mevrouw", { padding: 100 * 1024 * 1024, declaredSize: 4096 });
    const r = await upload(lying, "brief.docx", DOCX);
    expect(r.status).toBe(413);
    expect(r.seconds).toBeLessThan(5);
    expect(r.slowestHealthMs).toBeLessThan(1000);
  });

  it("still reads an honest Word file", async () => {
    const r = await upload(docxFile("Het OCMW geeft u een leefloon vanaf 1 januari 2027."), "brief.docx", DOCX);
    expect(r.status).toBe(201);
    expect(JSON.stringify(r.body.explanation)).toContain("OCMW");
  });
});

describe("broken requests get a 4xx, never a 500", () => {
  it("multipart without a boundary", async () => {
    const res = await fetch(`${server.url}/api/explain`, {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhallo\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data", "accept-language": "nl" },
    });
    expect(res.status).toBe(400);
    expect((await res.json()).title).toBeTruthy();
  });

  it("a bad percent escape in a path", async () => {
    const res = await fetch(`${server.url}/kiosk/stadhuis/nl/letter/%ZZ`, { headers: { accept: "text/html" } });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("oversize kiosk forms", () => {
  const postForm = (path: string, fields: Record<string, string>) =>
    fetch(`${server.url}${path}`, {
      method: "POST",
      body: new URLSearchParams(fields).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
      redirect: "manual",
    });

  it("a letter form of 900 kB gets 413 and the letter screen says the text is too long", async () => {
    const res = await postForm("/kiosk/stadhuis/nl/letter", { text: "woord ".repeat(150_000) });
    expect(res.status).toBe(413);
    expect(await res.text()).toContain("De tekst is te lang");
  });

  it("a help form of 100 kB gets 413", async () => {
    const res = await postForm("/kiosk/stadhuis/nl/help", { note: "x".repeat(100_000) });
    expect(res.status).toBe(413);
  });
});
