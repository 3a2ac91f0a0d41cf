/**
 * Reads a ZIP file's central directory without inflating anything: the names and the declared sizes of its entries.
 * Used to refuse a Word file whose parts would inflate to hundreds of megabytes (a zip bomb) before any inflating.
 * Pure: bytes in, entries out. Declared sizes can lie; the extraction worker's memory cap and time limit catch that.
 */

export interface ZipEntry {
  name: string;
  compressedSize: number;
  uncompressedSize: number;
  /** 0 stored, 8 deflated; anything else is refused by the reader. */
  method: number;
  /** Where the entry's local header starts. */
  localHeaderOffset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
/** The end record is 22 bytes plus a comment of at most 65,535 bytes. */
const MAX_END_SEARCH = 22 + 0xffff;
const ZIP64_MARK = 0xffffffff;

export class ZipDirectoryError extends Error {
  override name = "ZipDirectoryError";
}

/** The entries of a ZIP file, or a ZipDirectoryError when it has no readable directory (or uses ZIP64). */
export function readZipDirectory(bytes: Uint8Array): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - MAX_END_SEARCH); i--) {
    if (view.getUint32(i, true) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipDirectoryError("no end of central directory");
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (offset === ZIP64_MARK || size === ZIP64_MARK || offset + size > end)
    throw new ZipDirectoryError("ZIP64 or a directory outside the file");
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== DIRECTORY_ENTRY) throw new ZipDirectoryError("broken directory");
    const method = view.getUint16(at + 10, true);
    const compressedSize = view.getUint32(at + 20, true);
    const uncompressedSize = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const localHeaderOffset = view.getUint32(at + 42, true);
    if (compressedSize === ZIP64_MARK || uncompressedSize === ZIP64_MARK) throw new ZipDirectoryError("ZIP64 entry");
    const name = Buffer.from(bytes.subarray(at + 46, at + 46 + nameLength)).toString("utf8");
    entries.push({ name, compressedSize, uncompressedSize, method, localHeaderOffset });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
