/**
 * How many pieces the TeX hyphenation patterns cut a word into, worked out from the `hyphen` package's pattern data
 * the way its hyphenator does (Liang's algorithm: its `hyphenateWord`, exceptions first), but without its caches.
 * The package keeps every word it has hyphenated, for the life of the process, in two objects that are never
 * emptied: for words read from letters (names among them) that is a memory the word memos (word-memo.ts) do not
 * allow, and it grows without end. tests/analysis/hyphen-count.test.ts compares the counts with the package's own
 * output word by word.
 */

/** A node of the package's pattern trie: more letters, a pattern (its place in the levels table), or both. */
type TrieNode = Trie | number | [Trie, number];
interface Trie {
  [letter: string]: TrieNode;
}
/** The package's pattern data: the levels of each pattern, the trie of patterns, and exceptions (word → marks). */
export type HyphenPatterns = [number[][], Trie, Record<string, number[]>?];

/**
 * How a reading of the dotted word steps through the pattern trie: from a node to its child for the next character
 * (null when there is none), and the pattern a node ends (its place in the levels table, or -1).
 */
interface Walker<N = unknown> {
  root: N;
  next(node: N, code: number): N | null;
  pattern(node: N): number;
}

/**
 * The package's trie as it is: a node is the value found under a letter (more letters, a pattern, or both). Property
 * look-ups on thousands of differently shaped objects are slow, so a process that counts many words gets the same
 * trie in typed arrays (FlatTrie) once WORDS_BEFORE_FLAT words have been read with this one; a command that reads one
 * letter never pays for making it (it takes some 10-50 ms for a language: tens of thousands of objects to read).
 */
class ObjectTrie implements Walker<TrieNode> {
  constructor(readonly root: Trie) {}

  next(node: TrieNode, code: number): TrieNode | null {
    const trie = Array.isArray(node) ? node[0] : node;
    if (typeof trie !== "object" || trie === null) return null;
    return trie[String.fromCharCode(code)] ?? null;
  }

  pattern(node: TrieNode): number {
    return patternOf(node);
  }
}

/** The pattern a value of the package's trie ends: a number alone, or the second of a pair; else none (-1). */
const patternOf = (node: TrieNode): number => (Array.isArray(node) ? node[1] : typeof node === "number" ? node : -1);

const WORDS_BEFORE_FLAT = 300;
/** Characters below this have a slot in the root's table; the rest are looked for in its list of letters. */
const ROOT_CODES = 0x250;
const DOT = 46;

/**
 * The trie in typed arrays: node 0 is the root; the letters of node n are codes[first[n]] … codes[first[n + 1] - 1],
 * and the letter at e leads to node e + 1 (nodes are numbered in the order their letters are listed).
 */
class FlatTrie implements Walker<number> {
  readonly root = 0;
  private readonly rootTable = new Int32Array(ROOT_CODES).fill(-1);
  constructor(
    private readonly first: Int32Array,
    private readonly codes: Uint16Array,
    private readonly patterns: Int32Array,
  ) {
    for (let e = (first[1] as number) - 1; e >= 0; e--) {
      const code = codes[e] as number;
      if (code < ROOT_CODES) this.rootTable[code] = e + 1;
    }
  }

  next(node: number, code: number): number | null {
    if (node === 0 && code < ROOT_CODES) {
      const child = this.rootTable[code] as number;
      return child < 0 ? null : child;
    }
    const end = this.first[node + 1] as number;
    for (let e = this.first[node] as number; e < end; e++) if (this.codes[e] === code) return e + 1;
    return null;
  }

  pattern(node: number): number {
    return this.patterns[node] as number;
  }

  static fromLists(flat: FlatPatterns): FlatTrie {
    return new FlatTrie(Int32Array.from(flat.first), Uint16Array.from(flat.codes), Int32Array.from(flat.ends));
  }
}

/**
 * The package's pattern data with its trie in flat lists, as the build stores it (syllables.ts): JSON.parse makes
 * three arrays of numbers far sooner than the tens of thousands of differently shaped objects of the package's trie
 * (some 10-15 ms for English in a cold process). `first`, `codes` and `ends` are FlatTrie's lists.
 */
export interface FlatPatterns {
  levels: number[][];
  exceptions?: Record<string, number[]>;
  first: number[];
  codes: number[];
  ends: number[];
}

/** Pattern data as the package gives it or as the build stores it. */
export type AnyPatterns = HyphenPatterns | FlatPatterns;

/** The package's data with the trie in flat lists, or null when the trie holds something they cannot. */
export function flatPatterns([levels, trie, exceptions]: HyphenPatterns): FlatPatterns | null {
  const tries: (Trie | null)[] = [trie];
  const ends: number[] = [-1];
  const first: number[] = [];
  const codes: number[] = [];
  for (let n = 0; n < tries.length; n++) {
    first.push(codes.length);
    const node = tries[n];
    if (!node) continue;
    for (const key of Object.keys(node)) {
      // A key of more than one unit is never looked up: the trie is read one unit at a time.
      if (key.length !== 1) continue;
      const value = node[key] as TrieNode;
      const child = Array.isArray(value) ? value[0] : value;
      const pattern = patternOf(value);
      if (!Number.isInteger(pattern) || pattern < -1 || pattern >= levels.length) return null;
      codes.push(key.charCodeAt(0));
      tries.push(typeof child === "object" && child !== null && !Array.isArray(child) ? child : null);
      ends.push(pattern);
    }
  }
  first.push(codes.length);
  return exceptions ? { levels, exceptions, first, codes, ends } : { levels, first, codes, ends };
}

/** Per pattern data: how its trie is read, and how many words were read so far. */
const readings = new WeakMap<AnyPatterns, { walker: Walker; words: number }>();

/**
 * How to read the trie of `patterns`: flat lists at once; the package's objects at first, typed arrays after
 * WORDS_BEFORE_FLAT words.
 */
function walkerOf(patterns: AnyPatterns): Walker {
  let reading = readings.get(patterns);
  if (!reading) {
    reading = Array.isArray(patterns)
      ? { walker: new ObjectTrie(patterns[1]) as Walker, words: 0 }
      : { walker: FlatTrie.fromLists(patterns) as Walker, words: WORDS_BEFORE_FLAT + 1 };
    readings.set(patterns, reading);
  }
  if (reading.words <= WORDS_BEFORE_FLAT && ++reading.words > WORDS_BEFORE_FLAT) {
    const flat = flatPatterns(patterns as HyphenPatterns);
    if (flat) reading.walker = FlatTrie.fromLists(flat);
  }
  return reading.walker;
}

/** The levels table and the exceptions of either form of pattern data. */
function partsOf(patterns: AnyPatterns): [number[][], Record<string, number[]> | undefined] {
  return Array.isArray(patterns) ? [patterns[0], patterns[2]] : [patterns.levels, patterns.exceptions];
}

/** A word the package reads as one word: Latin letters only (most words); other words are left to the package. */
export function countableWord(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 0xc0 || c > 0x24f || c === 0xd7 || c === 0xf7) return false;
  }
  return true;
}

/**
 * The pieces of a word of Latin letters (countableWord) as the package's hyphenator gives them with minWordLength 2:
 * one more than its hyphenation points.
 */
export function hyphenPieces(word: string, patterns: AnyPatterns): number {
  if (word.length < 2) return 1;
  const [levelsTable, exceptions] = partsOf(patterns);
  const lowered = word.toLocaleLowerCase();
  const marks = exceptions && Object.hasOwn(exceptions, lowered) ? exceptions[lowered] : undefined;
  if (marks) return marks.length + 1;
  const places = levelsAt(word, lowered, levelsTable, walkerOf(patterns));
  let count = 1;
  for (let i = 0; i < places; i++) count += (scratch[i] as number) & 1;
  return count;
}

/**
 * The word with `hyphen` at every hyphenation point, as the package's hyphenator writes a word of Latin letters
 * (countableWord) of at least `minWordLength` letters; a shorter word as it is.
 */
export function insertHyphens(word: string, patterns: AnyPatterns, hyphen: string, minWordLength: number): string {
  if (word.length < minWordLength || word.length === 0) return word;
  const marks = hyphenMarks(word, patterns);
  if (marks.length === 0) return word;
  const pieces = [word.slice(0, marks[0])];
  for (let i = 1; i < marks.length; i++) pieces.push(word.slice(marks[i - 1], marks[i]));
  pieces.push(word.slice(marks[marks.length - 1]));
  return pieces.join(hyphen);
}

/** Where the package puts hyphens in a word: the exceptions of the patterns first, else the patterns. */
function hyphenMarks(word: string, patterns: AnyPatterns): readonly number[] {
  const [levelsTable, exceptions] = partsOf(patterns);
  const lowered = word.toLocaleLowerCase();
  const marks = exceptions && Object.hasOwn(exceptions, lowered) ? exceptions[lowered] : undefined;
  if (marks) return marks;
  const places = levelsAt(word, lowered, levelsTable, walkerOf(patterns));
  const found: number[] = [];
  for (let i = 0; i < places; i++) if (((scratch[i] as number) & 1) === 1) found.push(i);
  return found;
}

/** The levels of the places of the word being read (levelsAt), kept from word to word: no array per word. */
let scratch = new Uint8Array(64);

/**
 * The package's hyphenateWord: the level of each place of the word (word length + 1) in `scratch`; returns how many
 * places there are. A pattern that reaches past the end makes the package's list longer with NaN levels, which are
 * never marks but move the two places it clears at the end: here only the length of that longer list is kept.
 */
function levelsAt(word: string, lowered: string, levelsTable: number[][], walk: Walker): number {
  const places = word.length + 1;
  if (scratch.length < places) scratch = new Uint8Array(places * 2);
  const levels = scratch;
  levels.fill(0, 0, places);
  let length = places;
  // The word between dots, as the patterns read it: `.${lowered}.`, read unit by unit without making it.
  const dottedLength = lowered.length + 2;
  let entity = -1;
  // Every slice of the dotted word from `from` on, while it has three characters or more; the first two slices
  // write their levels from the same place.
  for (let from = 0; dottedLength - from >= 3; from++) {
    entity++;
    if (from === 1) entity--;
    let node: unknown = walk.root;
    for (let j = from; j < dottedLength; j++) {
      const code = j === 0 || j === dottedLength - 1 ? DOT : lowered.charCodeAt(j - 1);
      node = walk.next(node, code);
      if (node === null) break;
      const pattern = walk.pattern(node);
      if (pattern < 0) continue;
      const levelsOf = levelsTable[pattern] as number[];
      for (let k = 0; k < levelsOf.length; k++) {
        const at = entity + k;
        if (at < places) {
          const level = levelsOf[k] as number;
          if (level > (levels[at] as number)) levels[at] = level;
        } else if (at >= length) length = at + 1;
      }
    }
  }
  // The first two places and the last two of the (perhaps longer) list are never marks.
  levels[0] = 0;
  levels[1] = 0;
  if (length - 1 < places) levels[length - 1] = 0;
  if (length - 2 < places) levels[length - 2] = 0;
  return places;
}
