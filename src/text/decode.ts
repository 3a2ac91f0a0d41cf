/**
 * Turns uploaded or piped bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252,
 * which is what older Windows tools save. Binary data (NUL bytes, many control characters) is refused.
 */
import { createRequire } from "node:module";

/**
 * iconv-lite (mostly code-page tables) is loaded only for a letter that is not UTF-8: `klaar analyze` on a UTF-8 file
 * starts without it.
 */
let iconvLite: typeof import("iconv-lite") | undefined;
function iconv(): typeof import("iconv-lite") {
  iconvLite ??= createRequire(import.meta.url)("iconv-lite") as typeof import("iconv-lite");
  return iconvLite;
}

export class BinaryInputError extends Error {
  constructor() {
    super("The input is binary data, not text.");
    this.name = "BinaryInputError";
  }
}

export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return sample.length > 0 && control / sample.length > 0.05;
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return iconv()
      .decode(Buffer.from(bytes), "utf16le")
      .replace(/^\uFEFF/, "");
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return iconv()
      .decode(Buffer.from(bytes), "utf16be")
      .replace(/^\uFEFF/, "");
  if (looksBinary(bytes)) throw new BinaryInputError();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\uFEFF/, "");
  } catch {
    return iconv().decode(Buffer.from(bytes), "win1252");
  }
}

/** Text that a person could have written: at least one letter, and not mostly control characters or U+FFFD. */
export function hasWords(text: string): boolean {
  return /\p{L}{2,}/u.test(text);
}

export function looksBinaryText(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes("\u0000")) return true;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
  const odd = sample.match(/[\u0001-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return sample.length > 0 && odd / sample.length > 0.05;
}
