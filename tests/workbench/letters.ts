/** A short decision letter for the workbench tests, and the sentence that adds the appeal route. */
export const SHORT_LETTER = `Betreft: uw aanvraag voor een leefloon

Beste mevrouw Peeters,

Wij hebben beslist dat u geen leefloon krijgt. U woont samen met uw partner. Uw partner verdient genoeg geld voor u allebei.

Heeft u vragen? Bel ons op 09 266 92 10, van maandag tot vrijdag van 9 tot 12 uur. Uw dossiernummer is LL/2026/0042.

Met vriendelijke groeten,
Pieter Vanhoutte, maatschappelijk werker`;

export const APPEAL_SENTENCE =
  "\n\nBent u het niet eens met deze beslissing? Dan kunt u binnen drie maanden beroep aantekenen bij de arbeidsrechtbank van Gent, Opgeëistenlaan 401, 9000 Gent.";

/** Reads one entry of a ZIP file (a .docx) through its central directory. */
export async function zipEntry(zip: Buffer, name: string): Promise<string | undefined> {
  const { inflateRawSync } = await import("node:zlib");
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (eocd < 0) return undefined;
  const entries = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  for (let i = 0; i < entries; i++) {
    const method = zip.readUInt16LE(at + 10);
    const compressed = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const extra = zip.readUInt16LE(at + 30);
    const comment = zip.readUInt16LE(at + 32);
    const local = zip.readUInt32LE(at + 42);
    const entryName = zip.toString("utf8", at + 46, at + 46 + nameLength);
    if (entryName === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + compressed);
      return (method === 8 ? inflateRawSync(data) : data).toString("utf8");
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}
