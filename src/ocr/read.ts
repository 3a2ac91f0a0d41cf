/**
 * Reading a scanned letter: an image (JPEG, PNG, WebP, multi-page TIFF, HEIC where sharp reads it) or a PDF without a
 * text layer (each page rasterised by Debian's pdftoppm, stdin → stdout), at most 10 pages. Each page is prepared
 * (src/ocr/preprocess.ts) and read by the OCR engine; a page that reads badly is checked for orientation (tesseract's
 * OSD) and read again turned. Documents go through a bounded pool: when it is full the answer is BUSY (503 with
 * Retry-After), so a burst of photos cannot starve the server. Images and text stay in memory and are never logged.
 */
import { existsSync } from "node:fs";
import { CommandError, pipeThroughCommand } from "../util/pipe.ts";
import { BusyError, createPool, type Pool } from "../util/pool.ts";
import type { OcrEngine, OcrLang, OcrResult, OcrWord } from "./engine.ts";
import {
  DEFAULT_IMAGE_LIMITS,
  ImageError,
  type ImageLimits,
  preparePage,
  probeImage,
  rotatePng,
} from "./preprocess.ts";
import { createTesseractEngine, detectOrientation } from "./tesseract.ts";
import { type UncertainSpan, uncertainSpans } from "./uncertain.ts";

export type ScanFailure = "too-many-pages" | "too-large" | "corrupt" | "unsupported" | "unreadable" | "unavailable";

export class ScanError extends Error {
  override name = "ScanError";
  constructor(
    readonly reason: ScanFailure,
    options?: { cause?: unknown },
  ) {
    super(reason, options);
  }
}

/** BUSY with a hint for Retry-After: about how long the documents ahead will take. */
export class OcrBusyError extends BusyError {
  override name = "OcrBusyError";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export interface OcrDocument {
  text: string;
  /** Pages read (blank pages included). */
  pages: number;
  /** Mean word confidence over the document (0..100). */
  meanConfidence: number;
  words: OcrWord[];
  /** Words read with a confidence under the threshold: offsets into `text`. */
  uncertain: UncertainSpan[];
}

/** What the API shows of a read: no word list, only what a person must check. */
export interface OcrSummary {
  pages: number;
  meanConfidence: number;
  uncertain: UncertainSpan[];
}

export function ocrSummary(doc: OcrDocument): OcrSummary {
  return { pages: doc.pages, meanConfidence: doc.meanConfidence, uncertain: doc.uncertain };
}

export interface ScanReader {
  readImage(bytes: Buffer, lang: OcrLang): Promise<OcrDocument>;
  /** A PDF without text layer, of which the caller already knows the page count. */
  readPdf(bytes: Buffer, pages: number, lang: OcrLang): Promise<OcrDocument>;
}

export interface ScanReaderOptions {
  engine?: OcrEngine;
  /** Documents read at once and documents that may wait (default 1 and 4: tesseract keeps one core busy per page). */
  pool?: Pool;
  limits?: ImageLimits;
  /** Words under this confidence are "read unsure" (default 60). */
  uncertainBelow?: number;
  /** Time limit per page for rasterising a PDF page. */
  pageTimeoutMs?: number;
}

/** Seconds one page takes on this kind of machine: used for Retry-After. */
const SECONDS_PER_PAGE = 6;
/** Below this share of dark pixels a page is blank: a few short words already have more (about 0.1 % of an A4). */
const BLANK_INK = 0.0002;
const OSD_MODEL = "/usr/share/tesseract-ocr/5/tessdata/osd.traineddata";

export function createScanReader(options: ScanReaderOptions = {}): ScanReader {
  const engine = options.engine ?? createTesseractEngine();
  const pool = options.pool ?? createPool({ concurrency: 1, maxQueue: 4 });
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  const threshold = options.uncertainBelow ?? 60;
  const pageTimeoutMs = options.pageTimeoutMs ?? 60_000;
  const osd = existsSync(OSD_MODEL);

  const inPool = async <T>(pages: number, job: () => Promise<T>): Promise<T> => {
    try {
      return await pool.run(job);
    } catch (error) {
      if (error instanceof BusyError && !(error instanceof OcrBusyError))
        throw new OcrBusyError(Math.ceil((pool.running + pool.queued) * pages * SECONDS_PER_PAGE) || 10);
      throw error;
    }
  };

  const readPage = async (bytes: Buffer, lang: OcrLang, page?: number): Promise<OcrResult> => {
    const prepared = await preparePage(bytes, { page, limits }).catch(toScanError);
    // A blank page (the back of a sheet, a white photo) has nothing to read: no OCR run for it.
    if (prepared.ink < BLANK_INK) return { text: "", words: [], meanConfidence: 0 };
    let result = await engine.recognize(prepared.png, { lang }).catch(toScanError);
    // A page upside down or sideways reads as noise: ask tesseract's orientation detection and try once more.
    if (osd && (result.meanConfidence < 70 || letters(result.text) < 100)) {
      const orientation = await detectOrientation(prepared.png).catch(() => ({ rotate: 0, confidence: 0 }));
      if (orientation.rotate !== 0 && orientation.confidence >= 1) {
        const turned = await engine
          .recognize(await rotatePng(prepared.png, orientation.rotate), { lang })
          .catch(toScanError);
        if (quality(turned) > quality(result)) result = turned;
      }
    }
    return result;
  };

  const finish = (results: OcrResult[]): OcrDocument => {
    let text = "";
    const words: OcrWord[] = [];
    for (const r of results) {
      // A blank page (the back of a sheet) adds nothing.
      if (letters(r.text) < 10) continue;
      if (text) text += "\n\n";
      const offset = text.length;
      text += r.text;
      for (const w of r.words) words.push({ ...w, start: w.start + offset, end: w.end + offset });
    }
    const meanConfidence = words.length
      ? Math.round((words.reduce((s, w) => s + w.confidence, 0) / words.length) * 10) / 10
      : 0;
    // Nothing to read, or only noise: a photo too dark, too blurred, or of something else.
    if (letters(text) < 20 || meanConfidence < 40) throw new ScanError("unreadable");
    return { text, pages: results.length, meanConfidence, words, uncertain: uncertainSpans(words, threshold) };
  };

  return {
    async readImage(bytes, lang) {
      const { pages } = await probeImage(bytes, limits).catch(toScanError);
      return inPool(pages, async () => {
        const results: OcrResult[] = [];
        for (let p = 0; p < pages; p++) results.push(await readPage(bytes, lang, p));
        return finish(results);
      });
    },
    async readPdf(bytes, pages, lang) {
      if (pages > limits.maxPages) throw new ScanError("too-many-pages");
      return inPool(pages, async () => {
        const results: OcrResult[] = [];
        for (let p = 1; p <= pages; p++) {
          // -scale-to bounds the pixels whatever the page size says: A4 comes out at 300 DPI (2480 × 3508).
          const png = await pipeThroughCommand(
            "pdftoppm",
            ["-scale-to", "3508", "-gray", "-png", "-f", String(p), "-l", String(p), "-"],
            bytes,
            { timeoutMs: pageTimeoutMs, maxOutputBytes: 64 << 20 },
          ).catch(toScanError);
          results.push(await readPage(png, lang));
        }
        return finish(results);
      });
    },
  };
}

function letters(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

function quality(r: OcrResult): number {
  return r.meanConfidence * Math.min(1, letters(r.text) / 500);
}

function toScanError(error: unknown): never {
  if (error instanceof ScanError) throw error;
  if (error instanceof ImageError) throw new ScanError(error.reason, { cause: error });
  // Out of time: the machine is overloaded (or the page is pathological): "try again in a moment", not "bad photo".
  if (error instanceof CommandError && error.code === "TIMEOUT") throw new OcrBusyError(30);
  if (error instanceof CommandError)
    throw new ScanError(error.code === "MISSING" ? "unavailable" : "unreadable", { cause: error });
  throw error;
}
