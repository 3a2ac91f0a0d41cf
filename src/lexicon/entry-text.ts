/**
 * The lexicon entries of a language as the build writes them (src/lexicon/compile.ts): the JSON of each entry on a
 * line of its own, `<lang>-entries.txt`, and per entry where its line is, the file it comes from, and the few fields
 * that matching reads (its head, see HEAD_FIELDS) as JSON of its own.
 *
 * `klaar analyze` reads one letter: it needs the few entries that letter holds, not the 900 of its language.
 * lazyEntries gives a list whose entries are made when first read, and objects that stand for the entries: each one
 * is made of its head until another field is read; then its line is parsed, once. A server, which uses every entry
 * sooner or later, reads them all at once (entriesOf) as before.
 */
import type { LexiconEntry } from "./schema.ts";

/**
 * The fields of an entry that the matching index reads for every entry it finds (src/analysis/lexicon-index.ts,
 * lexicon/stemming.ts) and the analyzer reads for every entry (its id): a lazy entry answers these without its line.
 */
export const HEAD_FIELDS = ["id", "caseSensitive", "category", "stemming", "inCompounds"] as const;

/** Numbers per entry in EntryTable.places. */
const PLACE = 5;

export interface EntryTable {
  /** The lexicon files the entries come from, relative to the lexicon folder. */
  files: string[];
  /**
   * Per entry, PLACE numbers: the index of its file in `files`, the start and end (in bytes) of its line, and the
   * start and end of its head in `heads`.
   */
  places: Int32Array;
  /** The head of every entry, as JSON, one after another. */
  heads: string;
}

/** How many entries a table has. */
const entryCount = (table: EntryTable): number => table.places.length / PLACE;

/** The file (relative to the lexicon folder) of entry i. */
export const entryFile = (table: EntryTable, i: number): string => table.files[table.places[i * PLACE] ?? 0] ?? "";

/** The entries file's text and its table, for these entries with the names of their files. */
export function entryText(entries: { entry: LexiconEntry; file: string }[]): { text: string; table: EntryTable } {
  const files: string[] = [];
  const places: number[] = [];
  const lines: string[] = [];
  let heads = "";
  let at = 0;
  for (const { entry, file } of entries) {
    if (!files.includes(file)) files.push(file);
    const line = JSON.stringify(entry);
    const length = Buffer.byteLength(line);
    const head: Partial<LexiconEntry> = {};
    for (const field of HEAD_FIELDS) if (field in entry) Object.assign(head, { [field]: entry[field] });
    const headStart = heads.length;
    heads += JSON.stringify(head);
    places.push(files.indexOf(file), at, at + length, headStart, heads.length);
    lines.push(line);
    at += length + 1;
  }
  return { text: lines.join("\n"), table: { files, places: Int32Array.from(places), heads } };
}

/** Every entry, parsed now. */
export function entriesOf(table: EntryTable, text: Buffer): LexiconEntry[] {
  const { places } = table;
  return Array.from(
    { length: entryCount(table) },
    (_, i) => JSON.parse(text.toString("utf8", places[i * PLACE + 1], places[i * PLACE + 2])) as LexiconEntry,
  );
}

const HEAD = new Set<PropertyKey>(HEAD_FIELDS);

/**
 * Entries whose lines are parsed when first needed: `text` reads the entries file (once, on the first such need).
 * The list itself is made when first read, entry by entry (lazyList): the index reads a few dozen of its entries.
 *
 * Each entry is a Proxy on its head. Reading a head field reads the head. Any other use (another field, its keys,
 * JSON.stringify, a spread, a change) first makes the head the whole entry: its fields are replaced by all the
 * fields of its line, in their order, so that from then on the object is the entry as JSON.parse makes it (the
 * Proxy then only passes things on). An entry keeps its identity (the index and the analysis compare entries by
 * identity).
 */
export function lazyEntries(table: EntryTable, text: () => Buffer): LexiconEntry[] {
  let buffer: Buffer | undefined;
  /** The number of each head whose line is not parsed yet. */
  const waiting = new Map<object, number>();
  const { places } = table;
  const whole = (head: object): void => {
    const i = waiting.get(head);
    if (i === undefined) return;
    waiting.delete(head);
    buffer ??= text();
    const entry = JSON.parse(buffer.toString("utf8", places[i * PLACE + 1], places[i * PLACE + 2])) as Record<
      string,
      unknown
    >;
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
  return lazyList(entryCount(table), (i) => {
    const head = JSON.parse(table.heads.slice(places[i * PLACE + 3], places[i * PLACE + 4])) as object;
    waiting.set(head, i);
    return new Proxy(head, handler) as LexiconEntry;
  });
}

/**
 * A list of `length` items, item i made by `make(i)` when it is first read. A Proxy on an array that fills in its
 * items as they are read: any other use of the list than reading an item or its length (its keys, a change, `in`)
 * first makes every item, so that from then on it is a plain array seen through the Proxy.
 */
export function lazyList<T>(length: number, make: (i: number) => T): T[] {
  const items: T[] = new Array(length);
  let made = 0;
  const item = (i: number): T => {
    if (!(i in items)) {
      items[i] = make(i);
      made++;
    }
    return items[i] as T;
  };
  const all = (): void => {
    for (let i = 0; made < length && i < length; i++) item(i);
  };
  const allFirst =
    <A extends unknown[], R>(act: (target: T[], ...rest: A) => R) =>
    (target: T[], ...rest: A): R => {
      all();
      return act(target, ...rest);
    };
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === "string") {
        const i = indexOf(key, length);
        if (i >= 0) return item(i);
      }
      return Reflect.get(target, key, receiver);
    },
    set: allFirst(Reflect.set),
    has: allFirst(Reflect.has),
    ownKeys: allFirst(Reflect.ownKeys),
    getOwnPropertyDescriptor: allFirst(Reflect.getOwnPropertyDescriptor),
    defineProperty: allFirst(Reflect.defineProperty),
    deleteProperty: allFirst(Reflect.deleteProperty),
    preventExtensions: allFirst(Reflect.preventExtensions),
  });
}

/** The array index a property key names, below `length`, or -1. */
function indexOf(key: string, length: number): number {
  const code = key.charCodeAt(0);
  if (code < 48 || code > 57) return -1;
  const i = Number(key);
  return Number.isInteger(i) && i < length && String(i) === key ? i : -1;
}
