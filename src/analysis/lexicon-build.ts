/**
 * The lexicon index as data: what src/analysis/lexicon-index.ts looks words up in, made from the entries. The build
 * makes it once and writes it (src/lexicon/compile.ts); without a compiled index the analyzer makes it here at start.
 * Entries are their places in the entry list. Made as lists, then packed in typed arrays (lexicon-keys.ts).
 */
import type { LexiconEntry } from "../lexicon/schema.ts";
import { usesStemming } from "../lexicon/stemming.ts";
import { MIN_COMPOUND_PART } from "./lexicon-compounds.ts";
import { type IndexLists, type PackedIndex, packIndex, wordsCompared } from "./lexicon-keys.ts";
import { tokenize } from "./tokenize.ts";
import type { Language } from "./types.ts";

/** The index of a lexicon as the analyzer takes it (and the build writes it). */
export type CompiledIndex = PackedIndex;

function addTo(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** The index of these entries; `stem` gives the stem of a word in lower case. */
export function buildIndexData(
  entries: readonly LexiconEntry[],
  lang: Language,
  stem: (lower: string) => string,
): CompiledIndex {
  return packIndex(indexLists(entries, lang, stem));
}

/**
 * The index of these entries as lists: a one-word form → its entries (as written for case-sensitive entries, else in
 * lower case); the stem of a one-word form → the entries that match its inflected forms; the key of a phrase's first
 * word → the phrases it starts (their entries, the keys of all their words, and how words are compared); a one-word form that is also found
 * inside a compound → its entries; per entry with context words, their stems.
 */
export function indexLists(
  entries: readonly LexiconEntry[],
  lang: Language,
  stem: (lower: string) => string,
): IndexLists {
  const ids = new Map(entries.map((e, i) => [e, i]));
  const exact = new Map<string, number[]>();
  const stems = new Map<string, number[]>();
  const compoundParts = new Map<string, number[]>();
  const phrases = new Map<string, { ids: number[]; keys: string[] }[]>();
  const contextKeys = new Map<number, string[]>();

  /** How a word of a phrase is compared: as written (acronyms), in lower case, or by stem. */
  const key = (word: string, entry: LexiconEntry) => {
    if (entry.caseSensitive) return word;
    return usesStemming(entry) ? stem(word.toLowerCase()) : word.toLowerCase();
  };
  const add = (entry: LexiconEntry, id: number, form: string) => {
    // The same tokenizer as the letter, so "d'intégration" or "art." split the same way on both sides.
    const words = tokenize(form, lang)
      .filter((t) => t.kind !== "punct")
      .map((t) => t.text);
    if (words.length === 0) return;
    if (words.length === 1) {
      const word = words[0] as string;
      if (entry.caseSensitive) {
        addTo(exact, word, id);
        return;
      }
      const lower = word.toLowerCase();
      addTo(exact, lower, id);
      const stemming = usesStemming(entry);
      if (stemming && lower.length > 3) addTo(stems, stem(lower), id);
      const compoundable = entry.inCompounds ?? (stemming && lower.length >= 6 && entry.category !== "tone");
      if (compoundable && lower.length >= MIN_COMPOUND_PART && /^\p{L}+$/u.test(lower)) addTo(compoundParts, lower, id);
      return;
    }
    const keys = words.map((w) => key(w, entry));
    const first = keys[0] as string;
    const list = phrases.get(first) ?? [];
    // Two senses of one phrase share a slot, when they compare words the same way.
    const same = list.find((p) => {
      const other = entries[p.ids[0] as number] as LexiconEntry;
      return (
        p.keys.join(" ") === keys.join(" ") &&
        other.caseSensitive === entry.caseSensitive &&
        usesStemming(other) === usesStemming(entry)
      );
    });
    if (same) {
      if (!same.ids.includes(id)) same.ids.push(id);
    } else list.push({ ids: [id], keys });
    phrases.set(first, list);
  };

  for (const entry of entries) {
    const id = ids.get(entry) as number;
    for (const form of [entry.term, ...entry.variants]) add(entry, id, form);
    if (entry.contextWords?.length)
      contextKeys.set(
        id,
        entry.contextWords.map((w) => stem(w.toLowerCase())),
      );
  }
  return {
    exact: [...exact],
    stems: [...stems],
    phrases: [...phrases].map(([first, list]) => [
      first,
      list.map((p) => [p.ids, p.keys, wordsCompared(entries[p.ids[0] as number] as LexiconEntry)]),
    ]),
    compoundParts: [...compoundParts],
    contextKeys: [...contextKeys],
  };
}
