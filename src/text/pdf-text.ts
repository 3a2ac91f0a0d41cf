/**
 * The text layer of a PDF, read by Debian's poppler tools in a child process: `pdfinfo` counts the pages first (a PDF
 * of more than 50 pages is refused before any text is read), then `pdftotext` reads them. Each process has a time
 * limit and a memory cap (prlimit), and the letter goes in on stdin, never in argv or a file.
 */
import { CommandError, pipeThroughCommand } from "../util/pipe.ts";

export const PDF_LIMITS = {
  maxPages: 50,
  timeoutMs: 10_000,
  /** Address-space cap of each poppler process. */
  memoryBytes: 512 * 1024 * 1024,
  /** Far more than the longest letter we analyse; more is refused. */
  maxTextBytes: 4 * 1024 * 1024,
};

export type PdfFailure = "corrupt" | "encrypted" | "too-many-pages" | "too-large";

export class PdfError extends Error {
  override name = "PdfError";
  constructor(readonly reason: PdfFailure) {
    super(reason);
  }
}

function capped(command: string, args: string[], bytes: Uint8Array, maxOutputBytes: number, limits: typeof PDF_LIMITS) {
  return pipeThroughCommand(
    "prlimit",
    [`--as=${limits.memoryBytes}`, `--cpu=${Math.ceil(limits.timeoutMs / 1000)}`, "--", command, ...args],
    Buffer.from(bytes),
    { timeoutMs: limits.timeoutMs, maxOutputBytes },
  );
}

function failure(error: unknown, tooLarge: PdfFailure): PdfError {
  if (!(error instanceof CommandError)) throw error;
  if (error.code === "MISSING") throw error;
  if (error.code === "TIMEOUT" || error.code === "TOO_LARGE") return new PdfError(tooLarge);
  return new PdfError(/password|encrypt/i.test(error.message) ? "encrypted" : "corrupt");
}

/** The number of pages, read from the document's page tree without reading the pages. */
export async function pdfPageCount(bytes: Uint8Array, limits = PDF_LIMITS): Promise<number> {
  let info: string;
  try {
    info = (await capped("pdfinfo", ["-"], bytes, 1 << 20, limits)).toString("utf8");
  } catch (error) {
    throw failure(error, "too-large");
  }
  const pages = /^Pages:\s+(\d+)/m.exec(info);
  if (!pages) throw new PdfError("corrupt");
  return Number(pages[1]);
}

/** The text layer (empty for a scan) and the number of pages. */
export async function pdfText(bytes: Uint8Array, limits = PDF_LIMITS): Promise<{ text: string; pages: number }> {
  const pages = await pdfPageCount(bytes, limits);
  if (pages > limits.maxPages) throw new PdfError("too-many-pages");
  let out: Buffer;
  try {
    out = await capped(
      "pdftotext",
      ["-l", String(pages), "-enc", "UTF-8", "-eol", "unix", "-", "-"],
      bytes,
      limits.maxTextBytes,
      limits,
    );
  } catch (error) {
    throw failure(error, "too-large");
  }
  const text = out
    .toString("utf8")
    .replace(/\f/g, "\n\n")
    .replace(/[ \t]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
  return { text, pages };
}
