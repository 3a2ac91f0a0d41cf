/**
 * Lexicon terms inside compound words ("leefloonaanvraag", "arbeidsongeschiktheidsuitkering"): a term as the first or
 * last part of a longer word whose other part is a real word (lexicon-index.ts decides what a real word is).
 */
import type { IndexKeys } from "./lexicon-keys.ts";

/** Linking letters between the parts of a Dutch or German compound ("arbeid-s-ongeschiktheid", "Arbeit-s-amt"). */
const LINKS = ["", "s", "e", "en", "es", "n"];
export const MIN_COMPOUND_PART = 5;
/** The other part of a compound is at least this long. */
export const MIN_REST = 4;

/** Adds a length to the list of a key, keeping the list longest first without repeats. */
function addLength(map: Map<string, number[]>, key: string, length: number): void {
  const list = map.get(key);
  if (!list) {
    map.set(key, [length]);
    return;
  }
  // Lists are short: a place found by walking, not a sort (this runs at start, before the code is optimised).
  let at = 0;
  while (at < list.length && (list[at] as number) > length) at++;
  if (list[at] !== length) list.splice(at, 0, length);
}

/** How many words are looked at by trying every length before the parts are indexed by their first and last letters. */
const FINDS_BEFORE_INDEX = 200;

export class CompoundParts {
  /** The first and the last MIN_COMPOUND_PART letters of the parts → the lengths of those parts, longest first. */
  private starts: Map<string, number[]> | undefined;
  private ends: Map<string, number[]> | undefined;
  private finds = 0;
  /** Per word length: every part length it can hold, longest first (the lengths tried before the index is made). */
  private readonly everyLength: number[][] = [];

  /** `keys`: the index, whose keys in lower case may be parts (their entries as places in the entry list). */
  constructor(
    private readonly keys: IndexKeys,
    private readonly commonWords?: ReadonlySet<string>,
  ) {}

  /** The entries of a part, or undefined when it is none. */
  private part(lower: string): number[] | undefined {
    const at = this.keys.partAt(this.keys.find(lower));
    return at < 0 ? undefined : this.keys.items(at);
  }

  /**
   * The entries of a part at the start of `lower` (longest first) whose rest, after linking letters, is a word; else
   * of a part at its end (longest first); else null. A common word is no compound of a term.
   */
  find(lower: string, isWord: (part: string) => boolean): number[] | null {
    const length = lower.length;
    if (length < MIN_COMPOUND_PART + MIN_REST) return null;
    let heads: number[] | undefined;
    let tails: number[] | undefined;
    if (this.indexed()) {
      // A part at the start has the word's first MIN_COMPOUND_PART letters, one at the end its last: only the
      // lengths of the parts that have them are tried (most words share them with none).
      heads = this.starts?.get(lower.slice(0, MIN_COMPOUND_PART));
      tails = this.ends?.get(lower.slice(-MIN_COMPOUND_PART));
      if (!heads && !tails) return null;
    } else heads = tails = this.lengthsIn(length);
    if (this.commonWords?.has(lower)) return null;
    for (const i of heads ?? []) {
      if (i > length - MIN_REST) continue;
      const head = this.part(lower.slice(0, i));
      if (!head) continue;
      for (const link of LINKS) {
        if (lower.startsWith(link, i) && isWord(lower.slice(i + link.length))) return head;
      }
    }
    for (const tailLength of tails ?? []) {
      const i = length - tailLength;
      if (i < MIN_REST) continue;
      const tail = this.part(lower.slice(i));
      if (!tail) continue;
      if (isWord(lower.slice(0, i))) return tail;
      for (const link of LINKS) {
        if (link && lower.slice(0, i).endsWith(link) && isWord(lower.slice(0, i - link.length))) return tail;
      }
    }
    return null;
  }

  /**
   * Whether the parts are indexed by their first and last letters. A command that reads one letter looks at a few
   * dozen words and tries every length; a process that looks at more (a server) makes the index once.
   */
  private indexed(): boolean {
    if (this.starts) return true;
    if (++this.finds <= FINDS_BEFORE_INDEX) return false;
    const starts = new Map<string, number[]>();
    const ends = new Map<string, number[]>();
    for (const part of this.keys.partKeys()) {
      addLength(starts, part.slice(0, MIN_COMPOUND_PART), part.length);
      addLength(ends, part.slice(-MIN_COMPOUND_PART), part.length);
    }
    this.starts = starts;
    this.ends = ends;
    return true;
  }

  /** Every part length from the longest a word of this length can hold down to MIN_COMPOUND_PART. */
  private lengthsIn(length: number): number[] {
    let lengths = this.everyLength[length];
    if (!lengths) {
      lengths = [];
      for (let l = length - MIN_REST; l >= MIN_COMPOUND_PART; l--) lengths.push(l);
      this.everyLength[length] = lengths;
    }
    return lengths;
  }
}
