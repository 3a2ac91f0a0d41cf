/**
 * The text of an uploaded letter: plain text, a PDF's text layer (pdfjs-dist) or a Word file (mammoth).
 * Everything happens in memory. A PDF without a text layer is a scan: we say so instead of returning nothing.
 */
import mammoth from "mammoth";
import { decodeText } from "./decode.ts";

export type ExtractFailure = "unsupported-type" | "scan" | "encrypted" | "corrupt" | "binary";

export class ExtractError extends Error {
  constructor(readonly reason: ExtractFailure) {
    super(reason);
    this.name = "ExtractError";
  }
}

export type UploadKind = "txt" | "pdf" | "docx";

/** Decides the kind from the bytes first (magic numbers), then the name: a renamed file is still what it is. */
export function uploadKind(bytes: Uint8Array, fileName = "", mimeType = ""): UploadKind {
  const head = Buffer.from(bytes.subarray(0, 8)).toString("latin1");
  if (head.startsWith("%PDF-")) return "pdf";
  if (head.startsWith("PK\u0003\u0004")) {
    if (/\.docx$/i.test(fileName) || mimeType.includes("wordprocessingml")) return "docx";
    throw new ExtractError("unsupported-type");
  }
  if (/\.(txt|text)$/i.test(fileName) || mimeType.startsWith("text/plain") || (!fileName && !mimeType)) return "txt";
  throw new ExtractError("unsupported-type");
}

export async function extractText(bytes: Uint8Array, fileName = "", mimeType = ""): Promise<string> {
  const kind = uploadKind(bytes, fileName, mimeType);
  if (kind === "pdf") return pdfText(bytes);
  if (kind === "docx") return docxText(bytes);
  try {
    return decodeText(bytes);
  } catch {
    throw new ExtractError("binary");
  }
}

async function pdfText(bytes: Uint8Array): Promise<string> {
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
    if (!/\p{L}{2,}/u.test(text)) throw new ExtractError("scan");
    return text;
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
