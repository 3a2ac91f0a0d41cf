/**
 * HTML → PDF in the warm browser pool, with the page's scripts off and no network, in memory only (letters are
 * personal data: nothing is written to disk). Chromium makes the PDF tagged with an outline from the headings; the
 * document title and <html lang> become the PDF's title and language.
 */
import { createHash } from "node:crypto";
import type { CDPSession, Page } from "puppeteer-core";
import { type BrowserPool, sharedBrowserPool } from "./browser-pool.ts";

export interface PdfOptions {
  title: string;
  /** BCP 47 language of the document, e.g. "nl-BE". */
  lang: string;
  /** A4 for letters; receipt80 for kiosk tickets: 80 mm wide, as long as the content. */
  format?: "A4" | "receipt80";
  timeoutMs?: number;
  pool?: BrowserPool;
}

/** 80 mm in CSS pixels (96 per inch). */
const RECEIPT_WIDTH_PX = Math.round((80 / 25.4) * 96);

export async function renderPdf(html: string, opts: PdfOptions): Promise<Buffer> {
  const pool = opts.pool ?? sharedBrowserPool();
  const pdf = await pool.withPage(
    async (page) => {
      await page.setContent(html, { waitUntil: "load" });
      // Evaluation from the outside still works with the page's JavaScript disabled.
      await page.evaluate(
        (title, lang) => {
          document.title = title;
          document.documentElement.lang = lang;
        },
        opts.title,
        opts.lang,
      );
      return opts.format === "receipt80" ? receiptPdf(page) : a4Pdf(page);
    },
    { javascript: false, timeoutMs: opts.timeoutMs ?? 20_000 },
  );
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** A printout as a body to put into a document that holds only its styles (and fonts): see renderPdfBody. */
export interface PdfBody {
  /** The document's styles, fonts included; the same string for every printout of a kind. */
  css: string;
  /** The body's inner HTML. */
  body: string;
  bodyClass: string;
  dir: "ltr" | "rtl";
}

/** A short name for a set of styles, kept on the shell's root element: a warm page with that shell is reused. */
const shellIds = new Map<string, string>();
function shellId(css: string): string {
  let id = shellIds.get(css);
  if (id === undefined) {
    id = createHash("sha256").update(css).digest("hex").slice(0, 16);
    if (shellIds.size > 8) shellIds.clear();
    shellIds.set(css, id);
  }
  return id;
}

const shellHtml = (css: string, id: string) =>
  `<!DOCTYPE html><html data-shell="${id}"><head><meta charset="utf-8"><style>${css}</style></head><body></body></html>`;

/**
 * Like renderPdf, for printouts: a warm page keeps a document with the styles and fonts already parsed and decoded
 * (the shell), and only the body changes. That saves parsing some 60 KB of inlined fonts and styles and decoding the
 * fonts for every letter. Scripts stay off and the network cut (the pool's letter pages); the body is emptied after
 * the PDF, so the page keeps nothing of the letter.
 */
export async function renderPdfBody(doc: PdfBody, opts: Omit<PdfOptions, "format">): Promise<Buffer> {
  const pool = opts.pool ?? sharedBrowserPool();
  const id = shellId(doc.css);
  const pdf = await pool.withPage(
    async (page) => {
      const fill = () =>
        page.evaluate(
          async (id, body, bodyClass, dir, title, lang) => {
            const root = document.documentElement;
            if (root.dataset.shell !== id) return false;
            root.lang = lang;
            root.dir = dir;
            document.title = title;
            document.body.className = bodyClass;
            document.body.innerHTML = body;
            // A character of another font subset (latin-ext) loads that subset: wait here, not in a second call.
            await document.fonts.ready;
            return true;
          },
          id,
          doc.body,
          doc.bodyClass,
          doc.dir,
          opts.title,
          opts.lang,
        );
      if (!(await fill())) {
        await page.setContent(shellHtml(doc.css, id), { waitUntil: "load" });
        if (!(await fill())) throw new Error("The printout's styles did not load.");
      }
      try {
        return await a4Pdf(page, false);
      } finally {
        await page.evaluate(() => {
          document.body.replaceChildren();
          document.title = "";
        });
      }
    },
    { javascript: false, timeoutMs: opts.timeoutMs ?? 20_000, keepDocument: true, hidden: true },
  );
  return Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
}

/** A4 in inches, as Chromium's print settings take it. */
const A4_INCHES = { paperWidth: 8.27, paperHeight: 11.7 } as const;

/** One CDP session per page, kept with the page (warm pages are reused for many printouts). */
const sessions = new WeakMap<Page, Promise<CDPSession>>();

/**
 * Page.printToPDF asked directly, with the PDF returned in the answer: Puppeteer's page.pdf() asks for a stream and
 * reads it back in further round trips, which costs some 8 ms per printout. The settings are the ones page.pdf() sends
 * for these options (no margins of its own: print.css sets the page's margins).
 */
async function printToPdf(page: Page, paper: { paperWidth: number; paperHeight: number }): Promise<Uint8Array> {
  let session = sessions.get(page);
  if (!session) {
    session = page.createCDPSession();
    sessions.set(page, session);
  }
  const { data } = await (await session).send("Page.printToPDF", {
    ...paper,
    marginTop: 0,
    marginBottom: 0,
    marginLeft: 0,
    marginRight: 0,
    printBackground: true,
    preferCSSPageSize: true,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  });
  return Buffer.from(data, "base64");
}

async function a4Pdf(page: Page, waitForFonts = true): Promise<Uint8Array> {
  if (waitForFonts) await page.evaluate(() => document.fonts.ready.then(() => true));
  return printToPdf(page, A4_INCHES);
}

/** One page exactly as long as the ticket, so the printer cuts no blank paper and splits nothing. */
async function receiptPdf(page: Page): Promise<Uint8Array> {
  await page.emulateMediaType("print");
  await page.setViewport({ width: RECEIPT_WIDTH_PX, height: 800 });
  const heightPx = await page.evaluate(() => {
    // Margins belong in the ticket's body padding: page margins would make the measured height wrong.
    const style = document.createElement("style");
    style.textContent = "@page { margin: 0 }";
    document.head.append(style);
    // The root box, not scrollHeight, which never reports less than the viewport.
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  });
  return page.pdf({
    width: "80mm",
    height: `${heightPx + 1}px`,
    printBackground: true,
    tagged: true,
    outline: true,
    preferCSSPageSize: false,
    displayHeaderFooter: false,
  });
}
