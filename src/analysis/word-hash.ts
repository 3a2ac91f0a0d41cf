/**
 * The lines of a word table (word-table.ts: `word TAB syllables TAB stem`) in a hash table of typed arrays, for a
 * process that looks up many words. A Map of tens of thousands of words costs several memory reads per look-up that
 * are rarely in the processor's caches (its buckets, its entries, the key strings); here a look-up reads one slot of
 * four numbers and the word's line in the table's text, and making it allocates no string per word.
 */

/** Numbers per slot: the word's hash (0: an empty slot), its line start, its syllables, and its stem field (below). */
const SLOT = 4;
/** The stem field of a slot: how many characters to cut from the word (0: the stem is the word), or STEM_WRITTEN. */
const STEM_WRITTEN = -1;
const TAB = 9;
const NEWLINE = 10;

/** FNV-1a over the UTF-16 code units of `text` from `from` to `to` (also the lexicon's keys: lexicon-keys.ts). */
export function fnv1a(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash;
}

/** fnv1a, never 0 (0 marks an empty slot). */
function hashOf(text: string, from: number, to: number): number {
  return fnv1a(text, from, to) || 1;
}

export class WordHash {
  private readonly slots: Int32Array;
  private readonly mask: number;

  /** The lines of `text` from `body` on, each `word TAB syllables TAB stem`, in sorted order without repeats. */
  constructor(
    private readonly text: string,
    body: number,
  ) {
    let lines = 0;
    for (let at = text.indexOf("\n", body); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
    let size = 16;
    while (size < lines * 2 + 2) size *= 2;
    this.mask = size - 1;
    const slots = new Int32Array(size * SLOT);
    for (let at = body; at < text.length; ) {
      const tab = text.indexOf("\t", at);
      if (tab < 0) break;
      const second = text.indexOf("\t", tab + 1);
      let end = text.indexOf("\n", second);
      if (end < 0) end = text.length;
      const hash = hashOf(text, at, tab);
      let s = hash & this.mask;
      while (slots[s * SLOT] !== 0) s = (s + 1) & this.mask;
      slots[s * SLOT] = hash;
      slots[s * SLOT + 1] = at;
      slots[s * SLOT + 2] = second > tab + 1 ? Number(text.slice(tab + 1, second)) : 0;
      const stemCode = text.charCodeAt(second + 1);
      slots[s * SLOT + 3] =
        second + 1 === end ? 0 : stemCode >= 48 && stemCode <= 57 ? Number(text.slice(second + 1, end)) : STEM_WRITTEN;
      at = end + 1;
    }
    this.slots = slots;
  }

  /** The slot of `word` (times SLOT), or -1 when the table does not hold it. */
  find(word: string): number {
    const { slots, text } = this;
    const hash = hashOf(word, 0, word.length);
    for (let s = hash & this.mask; ; s = (s + 1) & this.mask) {
      const at = s * SLOT;
      const found = slots[at] as number;
      if (found === 0) return -1;
      if (found !== hash) continue;
      const start = slots[at + 1] as number;
      if (text.charCodeAt(start + word.length) !== TAB) continue;
      let same = true;
      for (let i = 0; i < word.length && same; i++) same = text.charCodeAt(start + i) === word.charCodeAt(i);
      if (same) return at;
    }
  }

  /** The syllables of the word in slot `at` (0: a form that is only stemmed). */
  syllablesAt(at: number): number {
    return this.slots[at + 2] as number;
  }

  /** The stem of `word`, which is in slot `at`. */
  stemAt(at: number, word: string): string {
    const cut = this.slots[at + 3] as number;
    if (cut === 0) return word;
    if (cut !== STEM_WRITTEN) return word.slice(0, word.length - cut);
    const text = this.text;
    const from = text.indexOf("\t", (this.slots[at + 1] as number) + word.length + 1) + 1;
    let end = from;
    while (end < text.length && text.charCodeAt(end) !== NEWLINE) end++;
    return text.slice(from, end);
  }
}
