/**
 * The lexicon entries of a language as the build writes them (src/lexicon/compile.ts): the JSON of each entry on a
 * line of its own, `<lang>-entries.txt`, and per entry where its line is, the file it comes from, and the few fields
 * that matching reads (its head, see HEAD_FIELDS).
 *
 * `klaar analyze` reads one letter: it needs the few entries that letter holds, not the 900 of its language.
 * lazyEntries gives objects that stand for the entries: each one is made of its head until another field is read;
 * then its line is parsed, once. A server, which uses every entry sooner or later, reads them all at once
 * (entriesOf) as before.
 */
import type { LexiconEntry } from "./schema.ts";

/**
 * The fields of an entry that the matching index reads for every entry it finds (src/analysis/lexicon-index.ts,
 * lexicon/stemming.ts) and the analyzer reads for every entry (its id): a lazy entry answers these without its line.
 */
export const HEAD_FIELDS = ["id", "caseSensitive", "category", "stemming", "inCompounds"] as const;

/** Per entry: the index of its file in `files`, the start and end (in bytes) of its line, and its head. */
export type EntryPlace = [file: number, start: number, end: number, head: Partial<LexiconEntry>];

export interface EntryTable {
  /** The lexicon files the entries come from, relative to the lexicon folder. */
  files: string[];
  places: EntryPlace[];
}

/** The entries file's text and its table, for these entries with the names of their files. */
export function entryText(entries: { entry: LexiconEntry; file: string }[]): { text: string; table: EntryTable } {
  const files: string[] = [];
  const places: EntryPlace[] = [];
  const lines: string[] = [];
  let at = 0;
  for (const { entry, file } of entries) {
    if (!files.includes(file)) files.push(file);
    const line = JSON.stringify(entry);
    const length = Buffer.byteLength(line);
    const head: Partial<LexiconEntry> = {};
    for (const field of HEAD_FIELDS) if (field in entry) Object.assign(head, { [field]: entry[field] });
    places.push([files.indexOf(file), at, at + length, head]);
    lines.push(line);
    at += length + 1;
  }
  return { text: lines.join("\n"), table: { files, places } };
}

/** Every entry, parsed now. */
export function entriesOf(table: EntryTable, text: Buffer): LexiconEntry[] {
  return table.places.map(([, start, end]) => JSON.parse(text.toString("utf8", start, end)) as LexiconEntry);
}

const HEAD = new Set<PropertyKey>(HEAD_FIELDS);

/**
 * Entries whose lines are parsed when first needed: `text` reads the entries file (once, on the first such need).
 *
 * Each entry is a Proxy on its head. Reading a head field reads the head. Any other use (another field, its keys,
 * JSON.stringify, a spread, a change) first makes the head the whole entry: its fields are replaced by all the
 * fields of its line, in their order, so that from then on the object is the entry as JSON.parse makes it (the
 * Proxy then only passes things on). An entry keeps its identity (the index and the analysis compare entries by
 * identity).
 */
export function lazyEntries(table: EntryTable, text: () => Buffer): LexiconEntry[] {
  let buffer: Buffer | undefined;
  /** The place of each head whose line is not parsed yet. */
  const waiting = new Map<object, EntryPlace>();
  const whole = (head: object): void => {
    const place = waiting.get(head);
    if (!place) return;
    waiting.delete(head);
    buffer ??= text();
    const entry = JSON.parse(buffer.toString("utf8", place[1], place[2])) as Record<string, unknown>;
    for (const field of HEAD_FIELDS) delete (head as Record<string, unknown>)[field];
    Object.assign(head, entry);
  };
  /** A trap that makes the head the whole entry, then does what the object itself would do. */
  const wholeFirst =
    <A extends unknown[], R>(act: (head: object, ...rest: A) => R) =>
    (head: object, ...rest: A): R => {
      whole(head);
      return act(head, ...rest);
    };
  const handler: ProxyHandler<object> = {
    get(head, key, receiver) {
      if (!HEAD.has(key)) whole(head);
      return Reflect.get(head, key, receiver);
    },
    set: wholeFirst(Reflect.set),
    has: wholeFirst(Reflect.has),
    ownKeys: wholeFirst(Reflect.ownKeys),
    getOwnPropertyDescriptor: wholeFirst(Reflect.getOwnPropertyDescriptor),
    defineProperty: wholeFirst(Reflect.defineProperty),
    deleteProperty: wholeFirst(Reflect.deleteProperty),
    preventExtensions: wholeFirst(Reflect.preventExtensions),
  };
  return table.places.map((place) => {
    const head = place[3];
    waiting.set(head, place);
    return new Proxy(head, handler) as LexiconEntry;
  });
}
