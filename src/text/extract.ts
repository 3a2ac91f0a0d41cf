/**
 * The text of an uploaded letter: plain text, a PDF's text layer (poppler, in a capped child process: pdf-text.ts), a
 * Word file (mammoth in a capped worker, after a zip-bomb check: docx-text.ts), or — when an OCR
 * reader is given — a scan or photo (JPEG, PNG, WebP, TIFF, HEIC) or a PDF without text layer, read on this machine
 * (src/ocr/). Everything happens in memory. Without an OCR reader a scan is refused with reason "scan".
 */
import type { OcrLang } from "../ocr/engine.ts";
import { imageFormat } from "../ocr/preprocess.ts";
import { type OcrDocument, ScanError, type ScanReader } from "../ocr/read.ts";
import { decodeText } from "./decode.ts";
import { DOCX_LIMITS, DocxError, docxText } from "./docx-text.ts";
import { PdfError, pdfText } from "./pdf-text.ts";

export type ExtractFailure =
  | "unsupported-type"
  | "scan"
  | "encrypted"
  | "corrupt"
  | "binary"
  | "too-many-pages"
  | "too-large"
  | "image-too-large"
  | "unreadable-image";

export class ExtractError extends Error {
  constructor(
    readonly reason: ExtractFailure,
    /** For "too-large": the limit, in words a person reads ("20 MB"). */
    readonly limit?: string,
  ) {
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
    const pdf = await sandboxed(() => pdfText(bytes));
    if (/\p{L}{2,}/u.test(pdf.text)) return { text: pdf.text };
    if (!options.ocr) throw new ExtractError("scan");
    return ocrText(options.ocr.readPdf(Buffer.from(bytes), pdf.pages, options.lang ?? "auto"));
  }
  if (kind === "docx") return { text: await sandboxed(() => docxText(bytes)) };
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

/** Poppler and worker failures as the reasons a person is told. */
async function sandboxed<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    if (error instanceof PdfError || error instanceof DocxError)
      throw new ExtractError(
        error.reason,
        error.reason === "too-large" ? `${DOCX_LIMITS.maxEntryBytes >> 20} MB` : undefined,
      );
    throw error;
  }
}
