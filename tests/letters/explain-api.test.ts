/** Explaining letters end to end through HTTP: JSON, uploads, screen, printout, audio, wiping, and bad input. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Document, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../../src/render/pdf.ts";
import { readWavInfo } from "../../src/speech/wav.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
const dir = mkdtempSync(join(tmpdir(), "klaar-explain-"));
const recovery = fixtureLetters().find((l) => l.name === "ocmw-terugvordering") as { text: string };

beforeAll(async () => {
  server = await startServer(
    { KLAAR_MAX_UPLOAD_BYTES: String(2 * 1024 * 1024), KLAAR_PUBLIC_URL: "https://klaar.example.be/" },
    { today: () => "2026-03-20" },
  );
}, 60_000);
afterAll(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

async function explainJson(body: Record<string, unknown>) {
  const res = await fetch(`${server.url}/api/explain`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { res, json: await res.json() };
}

function upload(bytes: Uint8Array | string, name: string, type: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.append("file", new Blob([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], { type }), name);
  for (const [k, v] of Object.entries(fields)) form.append(k, v);
  return fetch(`${server.url}/api/explain`, { method: "POST", body: form, headers: { "accept-language": "nl-BE" } });
}

/** pdfinfo and pdftotext need a file; a test sample (not a real letter) in the temp folder. */
function pdfTool(tool: string, pdf: Buffer, args: string[] = []): string {
  const file = join(dir, `${tool}-${Math.random().toString(36).slice(2)}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync(tool, [...args, file, ...(tool === "pdftotext" ? ["-"] : [])], { encoding: "utf8" });
}

describe("a Dutch letter explained in a visitor language", () => {
  it("in Turkish: the page, the summary, the spoken WAV and the printout are Turkish", async () => {
    const { res, json } = await explainJson({ text: recovery.text, uiLang: "tr", letterDate: "2026-03-12" });
    expect(res.status).toBe(201);
    expect(json.explanation.sections.map((s: { heading: string }) => s.heading)).toContain("Katılmıyor musunuz?");
    const html = await (await fetch(`${server.url}${json.links.screen}`)).text();
    expect(html).toMatch(/<html lang="tr" dir="ltr">/);
    expect(html).toContain('<p class="kicker">Mektubunuzun açıklaması</p>');
    // The bottom line, in Turkish, is the page's heading.
    expect(html).toMatch(/<h1 class="bottom-line">OCMW sizden [^<]*1\.245,60 geri istiyor\.<\/h1>/);
    const ssml = await (await fetch(`${server.url}${json.links.ssml}`)).text();
    expect(ssml).toMatch(/^<speak [^>]*xml:lang="tr"/);
    // The spoken essentials say the bottom line and the date, in Turkish.
    expect(ssml).toContain("geri istiyor");
    expect(ssml).toContain("Nisan");
    const wav = readWavInfo(Buffer.from(await (await fetch(`${server.url}${json.links.audio}`)).arrayBuffer()));
    expect(wav.durationSeconds).toBeGreaterThan(5);
    const pdf = Buffer.from(await (await fetch(`${server.url}${json.links.pdf}`)).arrayBuffer());
    expect(pdfTool("pdftotext", pdf)).toContain("Ne yapmalısınız?");
    expect(pdfTool("pdftotext", pdf)).toContain("15 Nisan 2026");
  });

  it("in Arabic: right to left, in Arabic; in Ukrainian: in Ukrainian", async () => {
    const ar = await explainJson({ text: recovery.text, uiLang: "ar", letterDate: "2026-03-12" });
    const arHtml = await (await fetch(`${server.url}${ar.json.links.screen}`)).text();
    expect(arHtml).toMatch(/<html lang="ar" dir="rtl">/);
    expect(arHtml).toContain('<p class="kicker">شرح رسالتك</p>');
    const uk = await explainJson({ text: recovery.text, uiLang: "uk", letterDate: "2026-03-12" });
    const ukText = await (await fetch(`${server.url}${uk.json.links.text}`)).text();
    expect(ukText).toContain("просить вас");
  });
});

describe("POST /api/explain with JSON", () => {
  it("explains a letter and links to every version", async () => {
    const { res, json } = await explainJson({ text: recovery.text, uiLang: "nl", letterDate: "2026-03-12" });
    expect(res.status).toBe(201);
    expect(json.explanation.sections.map((s: { heading: string }) => s.heading)).toContain("Niet akkoord?");
    const page = await fetch(`${server.url}${json.links.screen}`);
    expect(page.status).toBe(200);
    const html = await page.text();
    // The bottom line is the page's heading; the letter's own sentence stands below it.
    const bottom: string = json.explanation.bottomLine.statement.text;
    expect(html).toContain(`<h1 class="bottom-line">${bottom}</h1>`);
    expect(html).toContain("Wat moet u doen?");
    expect(html).toContain("Wis alles");
    for (const track of ["audio.wav", "audio-words.wav", "audio-full.wav"])
      expect(html).toContain(`${json.id}/${track}`);
    expect(html).toContain(`action="/letters/${json.id}/print.pdf"`);
    const txt = await (await fetch(`${server.url}${json.links.text}`)).text();
    // The spoken summary starts with the bottom line, the amount in words and said once more.
    expect(txt).toMatch(/^Het O C M W vraagt duizend tweehonderdvijfenveertig euro en zestig cent/);
    const ssml = await (await fetch(`${server.url}${json.links.ssml}`)).text();
    expect(ssml).toMatch(/^<speak [^>]*xml:lang="nl-BE"/);
  });

  it("asks when the letter came, and shows the counted date marked as calculated after a plain form post", async () => {
    const text = [
      "OCMW Gent",
      "Gent, 2 maart 2026",
      "Betreft: uw aanvraag leefloon",
      "Het OCMW heeft beslist u geen leefloon toe te kennen.",
      "Bent u het niet eens met deze beslissing? U kunt beroep instellen bij de arbeidsrechtbank binnen drie maanden na de kennisgeving van deze beslissing.",
    ].join("\n\n");
    const { json } = await explainJson({ text, uiLang: "nl" });
    expect(json.explanation.receipt.asked).toBe(true);
    const before = await (await fetch(`${server.url}/letters/${json.id}`)).text();
    expect(before).toContain("Wanneer kreeg u deze brief?");
    expect(before).toContain("binnen 3 maanden nadat u de brief kreeg");
    const posted = await fetch(`${server.url}/letters/${json.id}/received`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "received=date&date=2026-03-04",
      redirect: "manual",
    });
    expect(posted.status).toBe(303);
    const after = await (await fetch(`${server.url}/letters/${json.id}`)).text();
    // 4 March + 3 months = 4 June 2026, a Thursday; the date is marked as counted.
    expect(after).toContain("donderdag 4 juni 2026");
    expect(after).toContain('class="calc-badge">berekend');
    expect(after).toContain("u kreeg de brief op woensdag 4 maart 2026");
    const unknown = await fetch(`${server.url}/letters/${json.id}/received`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "received=unknown",
      redirect: "manual",
    });
    expect(unknown.status).toBe(303);
    const asked = await (await fetch(`${server.url}/letters/${json.id}`)).text();
    expect(asked).toContain("Vraag aan het loket tot wanneer u tijd hebt.");
    expect(asked).not.toContain("donderdag 4 juni 2026");
  });

  it("prints a tagged A4 PDF with the explanation in large print", async () => {
    const { json } = await explainJson({ text: recovery.text, uiLang: "nl", letterDate: "2026-03-12" });
    const res = await fetch(`${server.url}${json.links.pdf}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    const info = pdfTool("pdfinfo", pdf);
    expect(info).toMatch(/Title:\s+Uitleg bij uw brief/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Page size:\s+59\d\.\d+ x 841\.\d+ pts \(A4\)/);
    const text = pdfTool("pdftotext", pdf).replace(/\u00AD/g, "");
    // Page 1 holds the essentials: what to do, with the date and the payment details.
    expect(text).toContain("Wat moet u doen?");
    expect(text).toContain("woensdag 15 april 2026");
    expect(pdfTool("pdffonts", pdf)).toContain("AtkinsonHyperlegible");
  });

  it("adds a QR code to the audio when asked", async () => {
    const { json } = await explainJson({ text: recovery.text, uiLang: "en" });
    const pdf = Buffer.from(await (await fetch(`${server.url}${json.links.pdf}?qr=1`)).arrayBuffer());
    expect(pdfTool("pdftotext", pdf)).toContain("Scan this code to listen to the explanation.");
  });

  it("speaks the summary as a WAV file", async () => {
    const { json } = await explainJson({ text: recovery.text, uiLang: "fr", letterDate: "2026-03-12" });
    const res = await fetch(`${server.url}${json.links.audio}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/wav");
    const wav = Buffer.from(await res.arrayBuffer());
    const info = readWavInfo(wav);
    expect(info.channels).toBe(1);
    expect(info.durationSeconds).toBeGreaterThan(20);
    expect(info.durationSeconds).toBeLessThan(600);
  });

  it("wipes everything on DELETE and then answers 404 with a way back", async () => {
    const { json } = await explainJson({ text: recovery.text });
    expect((await fetch(`${server.url}/letters/${json.id}`, { method: "DELETE" })).status).toBe(204);
    const page = await fetch(`${server.url}/letters/${json.id}`, { headers: { accept: "text/html" } });
    expect(page.status).toBe(404);
    expect(await page.text()).toContain('href="/letters/new"');
    expect((await fetch(`${server.url}/letters/${json.id}/print.pdf`)).status).toBe(404);
  });

  it("wipes everything with the 'Wis alles' button (a form post)", async () => {
    const { json } = await explainJson({ text: recovery.text });
    const res = await fetch(`${server.url}/letters/${json.id}/delete`, { method: "POST" });
    expect(await res.text()).toContain("Alles is gewist.");
    expect((await fetch(`${server.url}/letters/${json.id}/summary.txt`)).status).toBe(404);
  });
});

describe("uploads", () => {
  it("reads a Word file", async () => {
    const doc = new Document({
      sections: [{ children: recovery.text.split("\n").map((line) => new Paragraph(line)) }],
    });
    const res = await upload(
      await Packer.toBuffer(doc),
      "brief.docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.explanation.letterLang).toBe("nl");
    expect(JSON.stringify(json.explanation)).toContain("1.245,60");
  });

  it("reads the text layer of a PDF", async () => {
    const pdf = await renderPdf(
      `<html lang="nl"><body><pre>${recovery.text.replace(/</g, "&lt;")}</pre></body></html>`,
      {
        title: "Brief",
        lang: "nl-BE",
        pool: server.services.browserPool,
      },
    );
    const res = await upload(pdf, "brief.pdf", "application/pdf", { uiLang: "de" });
    expect(res.status).toBe(201);
    const json = await res.json();
    expect(json.explanation.title).toBe("Erklärung zu Ihrem Brief");
  });

  it("reads a PDF without text by OCR, and says so with tips when there is no text on it (422)", async () => {
    const scan = await renderPdf(
      '<html lang="nl"><body><svg width="400" height="300"><rect width="300" height="200" fill="#888"/></svg></body></html>',
      {
        title: "Scan",
        lang: "nl-BE",
        pool: server.services.browserPool,
      },
    );
    const res = await upload(scan, "scan.pdf", "application/pdf");
    expect(res.status).toBe(422);
    expect((await res.json()).detail).toContain("probeer een scherpere foto");
  });

  it("refuses a broken PDF with 422, an unknown type with 415 and a too large file with 413", async () => {
    expect((await upload("%PDF-1.7\nthis is not a pdf", "kapot.pdf", "application/pdf")).status).toBe(422);
    // A broken photo is unreadable (422); a file that is no letter, photo or PDF is an unknown type (415).
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect((await upload(png, "foto.png", "image/png")).status).toBe(422);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await upload(zip, "brief.zip", "application/zip")).status).toBe(415);
    const big = await upload(new Uint8Array(3 * 1024 * 1024).fill(65), "groot.txt", "text/plain");
    expect(big.status).toBe(413);
    expect((await big.json()).detail).toContain("2 MB");
  });

  it("keeps what the person typed when the form has a problem", async () => {
    const form = new FormData();
    form.append("text", "12345 !!!");
    form.append("uiLang", "en");
    const res = await fetch(`${server.url}/letters`, { method: "POST", body: form, headers: { accept: "text/html" } });
    expect(res.status).toBe(422);
    const html = await res.text();
    expect(html).toContain("There are no words");
    expect(html).toContain("12345 !!!");
  });
});
