/**
 * Photos and scans through HTTP with real tesseract: /api/explain, /api/analyze and the form take images and image-only
 * PDFs; bad input gets a clear problem (415, 422 with tips, 413 for bombs and too many pages) and never an OOM; the
 * server keeps answering while OCR runs.
 */
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createScanReader, OcrBusyError } from "../../src/ocr/read.ts";
import { renderPdf } from "../../src/render/pdf.ts";
import { createPool } from "../../src/util/pool.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { letterPdf, rasterise } from "../helpers/scans.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
let scan: Buffer;
const letter = fixtureLetters().find((l) => l.name === "ocmw-terugvordering") as { text: string };
/** Enough of the letter for one page: the heading, the decision, the amount and the account number. */
const shortLetter = letter.text.split(/\n\n/).slice(0, 9).join("\n\n");

beforeAll(async () => {
  server = await startServer({ KLAAR_MAX_UPLOAD_BYTES: String(8 * 1024 * 1024) }, { today: () => "2026-03-20" });
  const pages = await rasterise(await letterPdf(shortLetter, { pool: server.services.browserPool }));
  scan = pages[0] as Buffer;
}, 120_000);
afterAll(() => server.close());

function post(path: string, bytes: Uint8Array, name: string, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(bytes)], { type }), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return fetch(`${server.url}${path}`, { method: "POST", body: form, headers: { "accept-language": "nl-BE" } });
}

const white = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#ffffff" } })
    .png()
    .toBuffer();

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small PNG whose header claims 30 000 × 30 000 pixels (with a correct checksum): a decompression bomb. */
async function bomb(): Promise<Buffer> {
  const png = Buffer.from(await white(8, 8));
  // IHDR data starts at byte 16 (8 signature + 4 length + 4 type); its CRC covers type and data (bytes 12..29).
  png.writeUInt32BE(30_000, 16);
  png.writeUInt32BE(30_000, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe("photos and scans through HTTP", () => {
  it("explains a scanned letter, says what was read unsure, and /healthz answers meanwhile", async () => {
    const pending = post("/api/explain", scan, "brief.png", "image/png", { uiLang: "nl" });
    let done = false;
    void pending.then(() => {
      done = true;
    });
    const latencies: number[] = [];
    await new Promise((r) => setTimeout(r, 500));
    for (let i = 0; i < 4 && !done; i++) {
      const t0 = performance.now();
      const health = await fetch(`${server.url}/healthz`);
      latencies.push(performance.now() - t0);
      expect(health.status).toBe(200);
      await new Promise((r) => setTimeout(r, 300));
    }
    // The OCR job was still running while the server answered.
    expect(latencies.length).toBeGreaterThan(0);
    expect(Math.max(...latencies)).toBeLessThan(1500);
    const res = await pending;
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.ocr.pages).toBe(1);
    expect(json.ocr.meanConfidence).toBeGreaterThan(80);
    expect(Array.isArray(json.ocr.uncertain)).toBe(true);
    const amounts = json.explanation.sections.find((s: { id: string }) => s.id === "amounts");
    expect(JSON.stringify(amounts)).toContain("1.245,60");
    const page = await fetch(`${server.url}${json.links.screen}`);
    expect(await page.text()).toContain("Uitleg bij uw brief");
  }, 120_000);

  it("analyzes an image-only PDF sent as multipart to /api/analyze", async () => {
    const html = `<!doctype html><html><head><style>@page { size: A4; margin: 0 }</style></head><body style="margin:0"><img style="width:200mm" src="data:image/png;base64,${scan.toString("base64")}"></body></html>`;
    const pdf = await renderPdf(html, { title: "scan", lang: "nl", pool: server.services.browserPool });
    const res = await post("/api/analyze", pdf, "scan.pdf", "application/pdf");
    expect(res.status).toBe(200);
    const a = await res.json();
    expect(a.language).toBe("nl");
    expect(a.ocr.pages).toBe(1);
    expect(a.facts.dates.map((d: { iso: string }) => d.iso)).toContain("2026-03-05");
    expect(a.facts.amounts.map((m: { value: number }) => m.value)).toContain(1245.6);
    for (const u of a.ocr.uncertain) expect(u.confidence).toBeLessThan(60);
  }, 240_000);

  it("reads each page of a multi-page TIFF and skips a blank back side", async () => {
    const blank = await sharp(await white(2480, 3508))
      .grayscale()
      .png()
      .toBuffer();
    const tiff = await sharp([scan, blank], { join: { animated: true } })
      .tiff({ compression: "lzw" })
      .toBuffer();
    expect((await sharp(tiff).metadata()).pages).toBe(2);
    const res = await post("/api/explain", tiff, "scan.tif", "image/tiff");
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.ocr.pages).toBe(2);
  }, 120_000);
});

describe("bad images", () => {
  it("refuses what is not a letter, an image or a PDF with 415", async () => {
    const zip = Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 1)]);
    const res = await post("/api/explain", zip, "brief.zip", "application/zip");
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ type: "urn:klaar:problem:unsupported-type" });
    const gif = await post("/api/analyze", Buffer.from("GIF89a......"), "x.gif", "image/gif");
    expect(gif.status).toBe(415);
  });

  it("refuses a corrupt image with 422", async () => {
    const broken = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(4000, 7)]);
    const res = await post("/api/explain", broken, "foto.jpg", "image/jpeg");
    expect(res.status).toBe(422);
    expect(await res.json()).toMatchObject({ type: "urn:klaar:problem:unreadable-file" });
  });

  it("refuses a decompression bomb from its header, at once", async () => {
    const t0 = performance.now();
    const res = await post("/api/explain", await bomb(), "bom.png", "image/png");
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: "urn:klaar:problem:image-too-large" });
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it("refuses more than 10 pages with 413 (TIFF and PDF)", async () => {
    const pages = await Promise.all(Array.from({ length: 11 }, () => white(64, 64)));
    const tiff = await sharp(pages, { join: { animated: true } })
      .tiff()
      .toBuffer();
    const res = await post("/api/explain", tiff, "scan.tiff", "image/tiff");
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ type: "urn:klaar:problem:too-many-pages" });
    const html = `<!doctype html><html><body>${'<div style="break-after:page;height:10mm;background:#ddd"></div>'.repeat(11)}</body></html>`;
    const pdf = await renderPdf(html, { title: "leeg", lang: "nl", pool: server.services.browserPool });
    const fromPdf = await post("/api/analyze", pdf, "scan.pdf", "application/pdf");
    expect(fromPdf.status).toBe(413);
  });

  it("answers a blank page with 422 and tips, on the form too", async () => {
    const blank = await white(1240, 1754);
    const res = await post("/api/explain", blank, "foto.png", "image/png");
    expect(res.status).toBe(422);
    const problem = await res.json();
    expect(problem.type).toBe("urn:klaar:problem:unreadable-image");
    expect(problem.detail).toContain("probeer een scherpere foto");
    expect(problem.detail).toMatch(/licht.*plat.*hele bladzijde.*schaduw/);
    const form = await post("/letters", blank, "foto.png", "image/png", { uiLang: "fr" });
    expect(form.status).toBe(422);
    const html = await form.text();
    expect(html).toContain("Nous n'avons pas pu lire de texte");
    expect(html).toContain('accept=".txt,.pdf,.docx,.jpg');
  }, 60_000);
});

describe("the OCR pool", () => {
  it("answers BUSY with a Retry-After hint when full", async () => {
    const reader = createScanReader({ pool: createPool({ concurrency: 1, maxQueue: 0 }) });
    const blank = await white(600, 800);
    const first = reader.readImage(blank, "nl").catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 200));
    const second = await reader.readImage(blank, "nl").catch((e: unknown) => e);
    expect(second).toBeInstanceOf(OcrBusyError);
    expect((second as OcrBusyError).code).toBe("BUSY");
    expect((second as OcrBusyError).retryAfterSeconds).toBeGreaterThan(0);
    await first;
  }, 60_000);
});
