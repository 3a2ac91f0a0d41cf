/**
 * A file of sections, each a list of 32-bit integers or a text, read back as typed arrays on the file's bytes and
 * strings: nothing to parse (src/lexicon/compiled.ts keeps a language's entries table and lexicon index so).
 *
 * Layout, in 32-bit integers of the machine's byte order (the build writes the file on the machine that reads it;
 * another order fails the MAGIC check): MAGIC, the number of sections, per section its kind (INTS or TEXT) and its
 * length in bytes; then the sections, each padded to a multiple of 4 bytes. A text is UTF-8.
 */
export type Section = Int32Array | string;

const MAGIC = 0x4b4c5031; // "KLP1"
const INTS = 0;
const TEXT = 1;

const padded = (bytes: number) => (bytes + 3) & ~3;

/** The bytes of a file of these sections. */
export function packSections(sections: readonly Section[]): Buffer {
  const bodies = sections.map((section) => {
    if (typeof section !== "string") return Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    const bytes = Buffer.from(section, "utf8");
    // A lone surrogate would not come back the same from UTF-8.
    if (bytes.toString("utf8") !== section) throw new Error("a text section does not survive UTF-8");
    return bytes;
  });
  const head = new Int32Array(2 + 2 * sections.length);
  head[0] = MAGIC;
  head[1] = sections.length;
  sections.forEach((section, i) => {
    head[2 + 2 * i] = typeof section === "string" ? TEXT : INTS;
    head[3 + 2 * i] = (bodies[i] as Buffer).length;
  });
  const out = Buffer.alloc(head.byteLength + bodies.reduce((sum, b) => sum + padded(b.length), 0));
  Buffer.from(head.buffer).copy(out, 0);
  let at = head.byteLength;
  for (const body of bodies) {
    body.copy(out, at);
    at += padded(body.length);
  }
  return out;
}

/** The sections of a file's bytes: integer sections are views on them (copied once if they are not aligned). */
export function readSections(file: Uint8Array): Section[] {
  const bytes = file.byteOffset % 4 === 0 ? file : new Uint8Array(file);
  const ints = (at: number, count: number) => new Int32Array(bytes.buffer, bytes.byteOffset + at, count);
  const [magic, count] = ints(0, 2) as unknown as [number, number];
  if (magic !== MAGIC) throw new Error("dist/lexicon-index was built elsewhere: run node scripts/build.mjs --force");
  const head = ints(8, 2 * count);
  const sections: Section[] = [];
  let at = 8 + head.byteLength;
  for (let i = 0; i < count; i++) {
    const length = head[2 * i + 1] as number;
    sections.push(
      head[2 * i] === TEXT
        ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8", at, at + length)
        : ints(at, length / 4),
    );
    at += padded(length);
  }
  return sections;
}
