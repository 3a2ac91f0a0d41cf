/**
 * The text of a Word file (.docx), read safely: the ZIP directory is checked before anything is inflated (no part over
 * 20 MB, no more than 60 MB in all, at most 2,000 parts); then, in a worker thread with a memory cap and a time limit,
 * every part is inflated with a hard output cap (a directory can lie) and mammoth reads the text. A zip bomb is refused
 * in milliseconds and never reaches the server's own memory.
 */
import { Worker } from "node:worker_threads";
import { readZipDirectory, ZipDirectoryError, type ZipEntry } from "./zip-directory.ts";

export const DOCX_LIMITS = {
  maxEntryBytes: 20 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
  maxEntries: 2_000,
  timeoutMs: 15_000,
  maxOldGenerationSizeMb: 256,
};

export type DocxFailure = "corrupt" | "too-large";

export class DocxError extends Error {
  override name = "DocxError";
  constructor(readonly reason: DocxFailure) {
    super(reason);
  }
}

const WORKER = new URL("./docx-worker.mjs", import.meta.url);

/** Refuses before inflating when the declared sizes are too large; the entries for the worker's real-size check. */
export function checkDocxDirectory(bytes: Uint8Array, limits = DOCX_LIMITS): ZipEntry[] {
  let entries: ReturnType<typeof readZipDirectory>;
  try {
    entries = readZipDirectory(bytes);
  } catch (error) {
    if (error instanceof ZipDirectoryError) throw new DocxError("corrupt");
    throw error;
  }
  if (entries.length > limits.maxEntries) throw new DocxError("too-large");
  let total = 0;
  for (const entry of entries) {
    if (entry.uncompressedSize > limits.maxEntryBytes) throw new DocxError("too-large");
    total += entry.uncompressedSize;
  }
  if (total > limits.maxTotalBytes) throw new DocxError("too-large");
  return entries;
}

export async function docxText(bytes: Uint8Array, limits = DOCX_LIMITS): Promise<string> {
  const entries = checkDocxDirectory(bytes, limits);
  const text = await new Promise<string>((resolve, reject) => {
    const worker = new Worker(WORKER, {
      workerData: { bytes, entries, maxEntryBytes: limits.maxEntryBytes, maxTotalBytes: limits.maxTotalBytes },
      resourceLimits: { maxOldGenerationSizeMb: limits.maxOldGenerationSizeMb, maxYoungGenerationSizeMb: 32 },
    });
    let settled = false;
    const finish = (error: DocxError | null, value = "") => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (error) reject(error);
      else resolve(value);
    };
    const timer = setTimeout(() => finish(new DocxError("too-large")), limits.timeoutMs);
    worker.on("message", (message: { ok: boolean; text?: string; reason?: DocxFailure }) =>
      message.ok ? finish(null, message.text ?? "") : finish(new DocxError(message.reason ?? "corrupt")),
    );
    // ERR_WORKER_OUT_OF_MEMORY: the content is far larger than its directory said.
    worker.on("error", (error: NodeJS.ErrnoException) =>
      finish(new DocxError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "too-large" : "corrupt")),
    );
    worker.on("exit", () => finish(new DocxError("corrupt")));
  });
  return text.replace(/\n{3,}/g, "\n\n").trim();
}
