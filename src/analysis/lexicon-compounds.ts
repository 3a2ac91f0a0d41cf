/**
 * Lexicon terms inside compound words ("leefloonaanvraag", "arbeidsongeschiktheidsuitkering"): a term as the first or
 * last part of a longer word whose other part is a real word (lexicon-index.ts decides what a real word is).
 */
import type { LexiconEntry } from "../lexicon/schema.ts";

/** Linking letters between the parts of a Dutch or German compound ("arbeid-s-ongeschiktheid", "Arbeit-s-amt"). */
const LINKS = ["", "s", "e", "en", "es", "n"];
export const MIN_COMPOUND_PART = 5;
/** The other part of a compound is at least this long. */
export const MIN_REST = 4;

/** Adds a length to the list of a key, keeping the list longest first without repeats. */
function addLength(map: Map<string, number[]>, key: string, length: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [length]);
  else if (!list.includes(length)) {
    list.push(length);
    list.sort((a, b) => b - a);
  }
}

export class CompoundParts {
  private readonly parts = new Map<string, LexiconEntry[]>();
  /** The first and the last MIN_COMPOUND_PART letters of the parts → the lengths of those parts, longest first. */
  private readonly starts = new Map<string, number[]>();
  private readonly ends = new Map<string, number[]>();

  /** `data`: a part in lower case → its entries (as places in the entry list, read by `at`). */
  constructor(
    data: readonly [string, number[]][],
    at: (id: number) => LexiconEntry,
    private readonly commonWords?: ReadonlySet<string>,
  ) {
    for (const [part, ids] of data) {
      this.parts.set(part, ids.map(at));
      addLength(this.starts, part.slice(0, MIN_COMPOUND_PART), part.length);
      addLength(this.ends, part.slice(-MIN_COMPOUND_PART), part.length);
    }
  }

  /**
   * The entries of a part at the start of `lower` (longest first) whose rest, after linking letters, is a word; else
   * of a part at its end (longest first); else null. A common word is no compound of a term.
   */
  find(lower: string, isWord: (part: string) => boolean): LexiconEntry[] | null {
    const length = lower.length;
    if (length < MIN_COMPOUND_PART + MIN_REST) return null;
    // A part at the start has the word's first MIN_COMPOUND_PART letters, one at the end its last: only the lengths
    // of the parts that have them are tried (most words share them with none), not every length.
    const heads = this.starts.get(lower.slice(0, MIN_COMPOUND_PART));
    const tails = this.ends.get(lower.slice(-MIN_COMPOUND_PART));
    if ((!heads && !tails) || this.commonWords?.has(lower)) return null;
    for (const i of heads ?? []) {
      if (i > length - MIN_REST) continue;
      const head = this.parts.get(lower.slice(0, i));
      if (!head) continue;
      for (const link of LINKS) {
        if (lower.startsWith(link, i) && isWord(lower.slice(i + link.length))) return head;
      }
    }
    for (const tailLength of tails ?? []) {
      const i = length - tailLength;
      if (i < MIN_REST) continue;
      const tail = this.parts.get(lower.slice(i));
      if (!tail) continue;
      if (isWord(lower.slice(0, i))) return tail;
      for (const link of LINKS) {
        if (link && lower.slice(0, i).endsWith(link) && isWord(lower.slice(0, i - link.length))) return tail;
      }
    }
    return null;
  }
}
