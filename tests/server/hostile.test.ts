/**
 * Hostile uploads, made by code: each gets a clear 4xx within seconds, and /healthz keeps answering meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { warmViews } from "../../src/render/views.ts";
import { docxFile, pdfWithPages } from "../helpers/hostile-files.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
/** The server's memory once it is warm, before the first hostile request. */
let rssStart = 0;
beforeAll(async () => {
  server = await startServer();
  // The analysis workers start on first use; start them now, so the times below are the uploads' own.
  await server.services.letters.explain({ text: "Beste mevrouw, hierbij uw brief.", uiLang: "nl" });
  // As `npm start` does right after the start: no page is compiled while a hostile request is timed.
  await warmViews();
  rssStart = process.memoryUsage().rss;
}, 120_000);
afterAll(() => server.close());

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/**
 * Runs one request while /healthz is asked every 50 ms; returns the answer, how long it took and the slowest /healthz
 * answer meanwhile.
 */
async function timed(send: () => Promise<Response>) {
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
  try {
    const start = performance.now();
    const res = await send();
    const text = await res.text();
    const seconds = (performance.now() - start) / 1000;
    return { res, status: res.status, text, seconds, slowestHealthMs: slowest };
  } finally {
    probing = false;
    await probe;
  }
}

/** Every hostile request: a 4xx (never a 500) within 5 s, and /healthz answered within a second meanwhile. */
function expectCalm4xx(r: Awaited<ReturnType<typeof timed>>, status: number) {
  expect(r.status).toBe(status);
  expect(r.seconds).toBeLessThan(5);
  expect(r.slowestHealthMs).toBeLessThan(1000);
  expect(r.text).not.toMatch(/at .*\.ts:\d+/);
}

/**
 * Sends a file to /api/explain (multipart), timed. A bomb is built in this same process and blocks its event loop
 * for seconds; the short wait lets the server's keep-alive timers close idle sockets first, so the client does not
 * pick a socket that is being closed (ECONNRESET, a race of the test's making, not the server's).
 */
async function upload(bytes: Buffer, name: string, type: string) {
  await new Promise((resolve) => setTimeout(resolve, 100));
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
  form.set("uiLang", "nl");
  const r = await timed(() =>
    fetch(`${server.url}/api/explain`, { method: "POST", body: form, headers: { "accept-language": "nl" } }),
  );
  return { ...r, body: JSON.parse(r.text) };
}

const api = (path: string, init: RequestInit & { headers?: Record<string, string> }) =>
  timed(() => fetch(`${server.url}${path}`, { ...init, headers: { "accept-language": "nl", ...init.headers } }));

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
    expect(r.slowestHealthMs).toBeLessThan(1000);
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
    const r = await api("/api/explain", {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nhallo\r\n--x--\r\n',
      headers: { "content-type": "multipart/form-data" },
    });
    expectCalm4xx(r, 400);
    expect(JSON.parse(r.text).title).toBeTruthy();
  });

  it("multipart cut off in the middle of a part", async () => {
    const r = await api("/api/explain", {
      method: "POST",
      body: '--x\r\nContent-Disposition: form-data; name="text"\r\n\r\nBeste mevrouw, uw aan',
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expectCalm4xx(r, 400);
  });

  it("multipart with thousands of fields", async () => {
    const part = (i: number) => `--x\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\n${i}\r\n`;
    const r = await api("/api/explain", {
      method: "POST",
      body: `${Array.from({ length: 5000 }, (_, i) => part(i)).join("")}--x--\r\n`,
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expectCalm4xx(r, 400);
  });

  it("JSON nested 100,000 levels deep", async () => {
    const r = await api("/api/explain", {
      method: "POST",
      body: `{"text":${"[".repeat(100_000)}${"]".repeat(100_000)}}`,
      headers: { "content-type": "application/json" },
    });
    expectCalm4xx(r, 400);
  });

  it("JSON over the size limit", async () => {
    const r = await api("/api/analyze", {
      method: "POST",
      body: JSON.stringify({ text: "woord ".repeat(200_000) }),
      headers: { "content-type": "application/json" },
    });
    expectCalm4xx(r, 413);
    expect(JSON.parse(r.text).title).toBeTruthy();
  });

  it("a bad percent escape in a path, on kiosk pages and letter pages", async () => {
    for (const path of ["/kiosk/stadhuis/nl/letter/%ZZ", "/letters/%E0%A4%A/print.pdf", "/kiosk/%C0%AF"]) {
      const r = await timed(() => fetch(`${server.url}${path}`, { headers: { accept: "text/html" } }));
      expectCalm4xx(r, 400);
    }
  });
});

describe("oversize kiosk forms", () => {
  const postForm = (path: string, fields: Record<string, string>) =>
    timed(() =>
      fetch(`${server.url}${path}`, {
        method: "POST",
        body: new URLSearchParams(fields).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", accept: "text/html" },
        redirect: "manual",
      }),
    );

  it("a letter form of 900 kB gets 413 and the letter screen says the text is too long", async () => {
    const r = await postForm("/kiosk/stadhuis/nl/letter", { text: "woord ".repeat(150_000) });
    expectCalm4xx(r, 413);
    expect(r.text).toContain("De tekst is te lang");
  });

  it("a help form of 100 kB gets 413", async () => {
    const r = await postForm("/kiosk/stadhuis/nl/help", { note: "x".repeat(100_000) });
    expectCalm4xx(r, 413);
  });
});

describe("afterwards", () => {
  it("the server's memory is back within 1.5 times where it started", async () => {
    global.gc?.();
    await new Promise((r) => setTimeout(r, 500));
    const rss = process.memoryUsage().rss;
    console.log(`hostile: RSS ${Math.round(rssStart / 2 ** 20)} MB before, ${Math.round(rss / 2 ** 20)} MB after`);
    expect(rss).toBeLessThan(rssStart * 1.5);
    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
  });
});
