import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GRAMMARS } from "../../src/analysis/grammar.ts";
import { indexLists } from "../../src/analysis/lexicon-build.ts";
import { IndexKeys, packIndex } from "../../src/analysis/lexicon-keys.ts";
import type { Language } from "../../src/analysis/types.ts";
import { lazyList } from "../../src/lexicon/entry-text.ts";
import { lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";
import { packSections, readSections } from "../../src/lexicon/packed.ts";

const lexicon = loadLexicon({ overlayDir: "", fromSources: true });
const entries = lexiconEntries(lexicon);

/** The index of a language as lists (as the Maps of the index were) and packed, as the analysis reads it. */
function both(lang: Language) {
  const lists = indexLists(entries[lang], lang, (lower) => GRAMMARS[lang].stem(lower));
  return { lists, keys: new IndexKeys(packIndex(lists)) };
}

describe("the packed lexicon index gives what its lists hold", () => {
  for (const lang of ["nl", "fr", "de", "en"] as const) {
    it(`finds every key of ${lang} with its entries, and no other word`, () => {
      const { lists, keys } = both(lang);
      const items = (at: number) => (at < 0 ? undefined : keys.items(at));
      const all = new Set<string>();
      for (const [key, ids] of lists.exact) {
        all.add(key);
        expect(keys.keyAt(keys.find(key))).toBe(key);
        expect(items(keys.exactAt(keys.find(key)))).toEqual(ids);
      }
      const stems = new Map(lists.stems);
      for (const [key, ids] of lists.stems) {
        all.add(key);
        expect(items(keys.stemsAt(keys.find(key)))).toEqual(ids);
      }
      const parts = new Map(lists.compoundParts);
      for (const [key, ids] of lists.compoundParts) expect(items(keys.partAt(keys.find(key)))).toEqual(ids);
      expect(keys.partKeys()).toEqual(lists.compoundParts.map(([key]) => key));
      expect(keys.contextKeys()).toEqual(lists.contextKeys);
      const exact = new Map(lists.exact);
      const starts = new Map(lists.phrases);
      for (const key of starts.keys()) all.add(key);
      // Words that are no key (or a key without a list) find nothing.
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.constantFrom(...all).map((k) => `${k}x`),
          ),
          (word) => {
            const k = keys.find(word);
            expect(items(keys.exactAt(k))).toEqual(exact.get(word));
            expect(items(keys.stemsAt(k))).toEqual(stems.get(word));
            expect(items(keys.partAt(k))).toEqual(parts.get(word));
            expect(keys.startsPhrases(k)).toBe(starts.has(word));
          },
        ),
        { numRuns: 2000 },
      );
    });

    it(`finds the phrases of ${lang} by their first two words, in the order of the lexicon`, () => {
      const { lists, keys } = both(lang);
      for (const [first, phrases] of lists.phrases) {
        const k = keys.find(first);
        expect(keys.startsPhrases(k)).toBe(true);
        expect(keys.startsStemmed(k)).toBe(phrases.some(([, , mode]) => mode === 2));
        const seconds = [...new Set(phrases.map(([, words]) => words[1] as string))];
        for (const second of seconds) {
          const places = keys.items(keys.pairAt(k, keys.find(second)));
          const found = places.map((at) => [
            keys.phraseIds(at),
            keys.items(keys.phraseKeysAt(at)).map((w) => keys.keyAt(w)),
            keys.phraseMode(at),
          ]);
          expect(found).toEqual(phrases.filter(([, words]) => words[1] === second));
          expect(places).toEqual([...places].sort((a, b) => a - b));
        }
        // Keys that are no second word of this first word find no phrase.
        for (const [other] of lists.exact.slice(0, 50))
          if (!seconds.includes(other)) expect(keys.pairAt(k, keys.find(other))).toBe(-1);
      }
    });
  }
});

describe("the packed file", () => {
  it("gives back its texts and numbers", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.string({ unit: "grapheme" }),
            fc.array(fc.integer()).map((a) => Int32Array.from(a)),
          ),
        ),
        (sections) => {
          const back = readSections(packSections(sections));
          expect(back.map((s) => (typeof s === "string" ? s : [...s]))).toEqual(
            sections.map((s) => (typeof s === "string" ? s : [...s])),
          );
        },
      ),
    );
  });
});

describe("a list made as it is read", () => {
  it("makes only the items read, and is the whole list for any other use", () => {
    const made: number[] = [];
    const list = lazyList(5, (i) => {
      made.push(i);
      return { i };
    });
    expect(list.length).toBe(5);
    expect(list[3]).toEqual({ i: 3 });
    expect(list[3]).toBe(list[3]);
    expect(made).toEqual([3]);
    expect(list[7]).toBeUndefined();
    expect(Array.isArray(list)).toBe(true);
    expect(list.map((x) => x.i)).toEqual([0, 1, 2, 3, 4]);
    expect(made.sort()).toEqual([0, 1, 2, 3, 4]);
    expect(JSON.stringify(list)).toBe(JSON.stringify([0, 1, 2, 3, 4].map((i) => ({ i }))));
  });
});
