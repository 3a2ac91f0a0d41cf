/**
 * The lexicon index as typed arrays and one string (what lexicon-index.ts looks words up in): every key (a form as
 * written, in lower case, or a stem) in a hash table, per key where its lists of entries are, and the phrases in a
 * token trie two words deep: a second hash table finds the phrases that start with one key and go on with another.
 * Keys are numbered, so a word of a letter is looked up once per form and then compared with a phrase's words as
 * numbers. The build writes these arrays to a file as they are (src/lexicon/compiled.ts), and `klaar analyze` reads
 * them back without parsing anything: JSON.parse of the same index made some 10,000 small objects at every start,
 * and their garbage collections cost more than the look-ups of one letter. Big typed arrays and strings also go
 * straight to the old space, where the scavenger never copies them.
 */
import type { LexiconEntry } from "../lexicon/schema.ts";
import { usesStemming } from "../lexicon/stemming.ts";
import { fnv1a } from "./word-hash.ts";

/** How a phrase compares a word of the letter with its own: as written (acronyms), in lower case, or by stem. */
export const AS_WRITTEN = 0;
export const LOWER_CASE = 1;
export const BY_STEM = 2;

/** How the words of an entry's phrases are compared. */
export function wordsCompared(entry: LexiconEntry): number {
  if (entry.caseSensitive) return AS_WRITTEN;
  return usesStemming(entry) ? BY_STEM : LOWER_CASE;
}

/** Per key in `info`: where its exact, stem and compound-part lists start in `lists` (or -1), and its phrases. */
const EXACT = 0;
const STEMS = 1;
const PART = 2;
/** -1: the key starts no phrase; STARTS: it does; STARTS_STEMMED: one of them compares words by stem. */
const PHRASES = 3;
const STARTS = 0;
const STARTS_STEMMED = 1;
const FIELDS = 4;
/** Numbers per slot of the phrase table: first key + 1 (0: empty), second key, where its list is in `lists`. */
const PAIR = 3;

/** The index as data (see IndexLists for what it is made from). */
export interface PackedIndex {
  /** Every key, one after another: key k is text.slice(starts[k], starts[k + 1]). */
  text: string;
  starts: Int32Array;
  /** Open addressing: slot → key number + 1, 0 for an empty slot; a power of two long, at most half full. */
  slots: Int32Array;
  /** Per key, FIELDS numbers (see EXACT, STEMS, PART, PHRASES). */
  info: Int32Array;
  /** Open addressing by the first two keys of phrases, PAIR numbers per slot; at most half full. */
  pairs: Int32Array;
  /**
   * Lists, each its length and then its items: entry places for exact, stem and part lists; for a pair of keys, the
   * places of its phrases in `lists` (in the order of the lexicon). A phrase is how it compares words, then its
   * entry places and its keys, each a list. At `lists[0]` the key numbers of the compound parts, at `lists[1]` the
   * context keys (entry place, the number of its keys, its keys).
   */
  lists: Int32Array;
}

/** The index as lists (lexicon-build.ts makes it): keys as strings, entries as their places in the entry list. */
export interface IndexLists {
  exact: [string, number[]][];
  stems: [string, number[]][];
  /** First key → its phrases: their entry places, keys, and how they compare words. */
  phrases: [string, [number[], string[], number][]][];
  compoundParts: [string, number[]][];
  contextKeys: [number, string[]][];
}

/** FNV-1a over the UTF-16 code units of `key` (0 is fine here: a slot holds the key number + 1, 0 when empty). */
const hashOf = (key: string): number => fnv1a(key, 0, key.length);

const pairHash = (first: number, second: number) => Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 1, 0x85ebca6b);

/** A power of two at least twice `count`. */
function tableSize(count: number): number {
  let size = 16;
  while (size < count * 2) size *= 2;
  return size;
}

/** The packed form of these lists. */
export function packIndex(index: IndexLists): PackedIndex {
  const keys: string[] = [];
  const numbers = new Map<string, number>();
  const fields: number[] = [];
  const numberOf = (key: string): number => {
    let k = numbers.get(key);
    if (k === undefined) {
      k = keys.length;
      keys.push(key);
      numbers.set(key, k);
      fields.push(-1, -1, -1, -1);
    }
    return k;
  };
  const lists: number[] = [0, 0];
  const list = (items: readonly number[]): number => {
    lists.push(items.length, ...items);
    return lists.length - items.length - 1;
  };
  for (const [key, ids] of index.exact) fields[numberOf(key) * FIELDS + EXACT] = list(ids);
  for (const [key, ids] of index.stems) fields[numberOf(key) * FIELDS + STEMS] = list(ids);
  const byPair = new Map<string, [number, number, number[]]>();
  for (const [key, phrases] of index.phrases) {
    const first = numberOf(key);
    fields[first * FIELDS + PHRASES] = phrases.some(([, , mode]) => mode === BY_STEM) ? STARTS_STEMMED : STARTS;
    for (const [ids, words, mode] of phrases) {
      const at = lists.length;
      lists.push(mode);
      list(ids);
      const numbered = words.map(numberOf);
      list(numbered);
      const second = numbered[1] as number;
      const pair = byPair.get(`${first} ${second}`);
      if (pair) pair[2].push(at);
      else byPair.set(`${first} ${second}`, [first, second, [at]]);
    }
  }
  const parts = index.compoundParts.map(([key, ids]) => {
    const k = numberOf(key);
    fields[k * FIELDS + PART] = list(ids);
    return k;
  });
  lists[0] = list(parts);
  const context: number[] = [];
  for (const [id, words] of index.contextKeys) context.push(id, words.length, ...words.map(numberOf));
  lists[1] = list(context);

  const starts = new Int32Array(keys.length + 1);
  let text = "";
  keys.forEach((key, k) => {
    text += key;
    starts[k + 1] = text.length;
  });
  const slots = new Int32Array(tableSize(keys.length));
  keys.forEach((key, k) => {
    let slot = hashOf(key) & (slots.length - 1);
    while (slots[slot] !== 0) slot = (slot + 1) & (slots.length - 1);
    slots[slot] = k + 1;
  });
  const pairSlots = tableSize(byPair.size);
  const pairs = new Int32Array(pairSlots * PAIR);
  for (const [first, second, at] of byPair.values()) {
    let slot = pairHash(first, second) & (pairSlots - 1);
    while (pairs[slot * PAIR] !== 0) slot = (slot + 1) & (pairSlots - 1);
    pairs.set([first + 1, second, list(at)], slot * PAIR);
  }
  return { text, starts, slots, info: Int32Array.from(fields), pairs, lists: Int32Array.from(lists) };
}

/** Look-ups in a packed index. Keys are numbers, -1 for a word the index does not have. */
export class IndexKeys {
  private readonly text: string;
  private readonly starts: Int32Array;
  private readonly slots: Int32Array;
  private readonly info: Int32Array;
  private readonly pairs: Int32Array;
  readonly lists: Int32Array;

  constructor(packed: PackedIndex) {
    ({ text: this.text, starts: this.starts, slots: this.slots, info: this.info, pairs: this.pairs } = packed);
    this.lists = packed.lists;
  }

  /** The number of a key, or -1 when the index does not have it. */
  find(key: string): number {
    const { slots, starts, text } = this;
    const mask = slots.length - 1;
    const length = key.length;
    for (let slot = hashOf(key) & mask; ; slot = (slot + 1) & mask) {
      const k = (slots[slot] as number) - 1;
      if (k < 0) return -1;
      const start = starts[k] as number;
      if ((starts[k + 1] as number) - start === length && text.startsWith(key, start)) return k;
    }
  }

  /** The key with this number. */
  keyAt(k: number): string {
    return this.text.slice(this.starts[k], this.starts[k + 1]);
  }

  /** Where the exact, stem or compound-part list of key k starts in `lists`, or -1 (also for k = -1). */
  exactAt(k: number): number {
    return k < 0 ? -1 : (this.info[k * FIELDS + EXACT] as number);
  }
  stemsAt(k: number): number {
    return k < 0 ? -1 : (this.info[k * FIELDS + STEMS] as number);
  }
  partAt(k: number): number {
    return k < 0 ? -1 : (this.info[k * FIELDS + PART] as number);
  }

  /** Whether key k starts a phrase. */
  startsPhrases(k: number): boolean {
    return k >= 0 && this.info[k * FIELDS + PHRASES] !== -1;
  }

  /** Whether one of the phrases that key k starts compares words by stem. */
  startsStemmed(k: number): boolean {
    return k >= 0 && this.info[k * FIELDS + PHRASES] === STARTS_STEMMED;
  }

  /** Where the list of the phrases that start with keys `first` and `second` is in `lists`, or -1. */
  pairAt(first: number, second: number): number {
    if (first < 0 || second < 0) return -1;
    const { pairs } = this;
    const mask = pairs.length / PAIR - 1;
    for (let slot = pairHash(first, second) & mask; ; slot = (slot + 1) & mask) {
      const at = slot * PAIR;
      const stored = (pairs[at] as number) - 1;
      if (stored < 0) return -1;
      if (stored === first && pairs[at + 1] === second) return pairs[at + 2] as number;
    }
  }

  /** The items of the list at `at` (a new array). */
  items(at: number): number[] {
    const { lists } = this;
    const out: number[] = [];
    for (let i = at + 1, end = at + 1 + (lists[at] as number); i < end; i++) out.push(lists[i] as number);
    return out;
  }

  /** How the phrase at `at` compares words, where its keys are (a list), and its entry places. */
  phraseMode(at: number): number {
    return this.lists[at] as number;
  }
  phraseKeysAt(at: number): number {
    return at + 2 + (this.lists[at + 1] as number);
  }
  phraseIds(at: number): number[] {
    return this.items(at + 1);
  }

  /** The keys of the compound parts. */
  partKeys(): string[] {
    return this.items(this.lists[0] as number).map((k) => this.keyAt(k));
  }

  /** Per entry with context words (as its place in the entry list): their keys. */
  contextKeys(): [number, string[]][] {
    const { lists } = this;
    const out: [number, string[]][] = [];
    const at = lists[1] as number;
    for (let i = at + 1, end = at + 1 + (lists[at] as number); i < end; ) {
      const count = lists[i + 1] as number;
      const keys: string[] = [];
      for (let w = 0; w < count; w++) keys.push(this.keyAt(lists[i + 2 + w] as number));
      out.push([lists[i] as number, keys]);
      i += 2 + count;
    }
    return out;
  }
}
