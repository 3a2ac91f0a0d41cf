// Extracts the text of a Word file in a worker thread (see docx-text.ts). First every part is inflated with a hard
// output cap, so a ZIP whose directory lies about its sizes is stopped at the cap; then mammoth reads it. Plain
// JavaScript: it needs no TypeScript loader, in development or from dist/.

import { parentPort, workerData } from "node:worker_threads";
import { inflateRawSync } from "node:zlib";
import mammoth from "mammoth";

const { bytes, entries, maxEntryBytes, maxTotalBytes } = workerData;
const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

function checkRealSizes() {
  let total = 0;
  for (const entry of entries) {
    const at = entry.localHeaderOffset;
    if (at + 30 > buffer.length || buffer.readUInt32LE(at) !== 0x04034b50) return "corrupt";
    const start = at + 30 + buffer.readUInt16LE(at + 26) + buffer.readUInt16LE(at + 28);
    const data = buffer.subarray(start, start + entry.compressedSize);
    let size = data.length;
    if (entry.method === 8) {
      try {
        size = inflateRawSync(data, { maxOutputLength: maxEntryBytes }).length;
      } catch (error) {
        return error.code === "ERR_BUFFER_TOO_LARGE" ? "too-large" : "corrupt";
      }
    } else if (entry.method !== 0) return "corrupt";
    total += size;
    if (total > maxTotalBytes) return "too-large";
  }
  return null;
}

const problem = checkRealSizes();
if (problem) parentPort.postMessage({ ok: false, reason: problem });
else {
  try {
    const { value } = await mammoth.extractRawText({ buffer });
    parentPort.postMessage({ ok: true, text: value });
  } catch {
    parentPort.postMessage({ ok: false, reason: "corrupt" });
  }
}
