/**
 * The text of an uploaded letter: plain text, a PDF's text layer (pdfjs-dist), a Word file (mammoth), or — when an OCR
 * reader is given — a scan or photo (JPEG, PNG, WebP, TIFF, HEIC) or a PDF without text layer, read on this machine
 * (src/ocr/). Everything happens in memory. Without an OCR reader a scan is refused with reason "scan".
 */
import mammoth from "mammoth";
import type { OcrLang } from "../ocr/engine.ts";
import { imageFormat } from "../ocr/preprocess.ts";
import { type OcrDocument, ScanError, type ScanReader } from "../ocr/read.ts";
import { decodeText } from "./decode.ts";

export type ExtractFailure =
  | "unsupported-type"
  | "scan"
  | "encrypted"
  | "corrupt"
  | "binary"
  | "too-many-pages"
  | "image-too-large"
  | "unreadable-image";

export class ExtractError extends Error {
  constructor(readonly reason: ExtractFailure) {
    super(reason);
    this.name = "ExtractError";
  }
}

export type UploadKind = "txt" | "pdf" | "docx" | "image";

/** Decides the kind from the bytes first (magic numbers), then the name: a renamed file is still what it is. */
export function uploadKind(bytes: Uint8Array, fileName = "", mimeType = ""): UploadKind {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (imageFormat(bytes)) return "image";
  if (head.startsWith("PK\u0003\u0004")) {
    if (/\.docx$/i.test(fileName) || mimeType.includes("wordprocessingml")) return "docx";
    throw new ExtractError("unsupported-type");
  }
  if (/\.(txt|text)$/i.test(fileName) || mimeType.startsWith("text/plain") || (!fileName && !mimeType)) return "txt";
  throw new ExtractError("unsupported-type");
}

export interface ExtractOptions {
  /** Reads scans and photos; without it they are refused with reason "scan". */
  ocr?: ScanReader;
  /** The letter's language when the person said it, for the OCR model (default: all four). */
  lang?: OcrLang;
}

export interface ExtractedLetter {
  text: string;
  /** Present when the text was read by OCR: per-word confidence and the words read unsure. */
  ocr?: OcrDocument;
}

export async function extractText(
  bytes: Uint8Array,
  fileName = "",
  mimeType = "",
  options: ExtractOptions = {},
): Promise<string> {
  return (await extractLetter(bytes, fileName, mimeType, options)).text;
}

export async function extractLetter(
  bytes: Uint8Array,
  fileName = "",
  mimeType = "",
  options: ExtractOptions = {},
): Promise<ExtractedLetter> {
  const kind = uploadKind(bytes, fileName, mimeType);
  if (kind === "image") {
    if (!options.ocr) throw new ExtractError("scan");
    return ocrText(options.ocr.readImage(Buffer.from(bytes), options.lang ?? "auto"));
  }
  if (kind === "pdf") {
    const pdf = await pdfText(bytes);
    if (/\p{L}{2,}/u.test(pdf.text)) return { text: pdf.text };
    if (!options.ocr) throw new ExtractError("scan");
    return ocrText(options.ocr.readPdf(Buffer.from(bytes), pdf.pages, options.lang ?? "auto"));
  }
  if (kind === "docx") return { text: await docxText(bytes) };
  try {
    return { text: decodeText(bytes) };
  } catch {
    throw new ExtractError("binary");
  }
}

const SCAN_FAILURES: Record<ScanError["reason"], ExtractFailure> = {
  "too-many-pages": "too-many-pages",
  "too-large": "image-too-large",
  corrupt: "corrupt",
  unsupported: "unsupported-type",
  unreadable: "unreadable-image",
  // tesseract is not installed: the same answer as before OCR existed.
  unavailable: "scan",
};

async function ocrText(reading: Promise<OcrDocument>): Promise<ExtractedLetter> {
  try {
    const ocr = await reading;
    return { text: ocr.text, ocr };
  } catch (error) {
    if (error instanceof ScanError) throw new ExtractError(SCAN_FAILURES[error.reason]);
    throw error;
  }
}

/** The text layer of a PDF (empty for a scan) and its number of pages. */
async function pdfText(bytes: Uint8Array): Promise<{ text: string; pages: number }> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let doc: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    // A copy: pdf.js transfers (detaches) the buffer it is given.
    doc = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new ExtractError((error as Error).name === "PasswordException" ? "encrypted" : "corrupt");
  }
  try {
    const pages: string[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      const page = await doc.getPage(p);
      const content = await page.getTextContent();
      let line = "";
      const lines: string[] = [];
      for (const item of content.items) {
        if (!("str" in item)) continue;
        line += item.str;
        if (item.hasEOL) {
          lines.push(line);
          line = "";
        }
      }
      if (line) lines.push(line);
      pages.push(lines.join("\n"));
    }
    const text = pages
      .join("\n\n")
      .replace(/[ \t]+\n/g, "\n")
      .trim();
    return { text, pages: doc.numPages };
  } finally {
    await doc.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return value.replace(/\n{3,}/g, "\n\n").trim();
  } catch {
    throw new ExtractError("corrupt");
  }
}
