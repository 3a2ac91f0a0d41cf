/**
 * The compiled common-word lists (src/lexicon/compiled.ts) are sorted text searched in place: they must answer
 * exactly as a Set of the same words would, for every word of a real list and for words that are not in it.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { SortedWordList, SortedWords, wordsOfFile } from "../../src/lexicon/compiled.ts";

const fromFile = (lang: string) =>
  readFileSync(new URL(`../../lexicon/data/${lang}-common-words.txt`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line && !line.startsWith("#"));

describe("SortedWords", () => {
  it("finds every word of the French list and nothing else", () => {
    const words = fromFile("fr");
    const set = new Set(words);
    const sorted = new SortedWords(SortedWords.textOf(words));
    expect(words.every((w) => sorted.has(w))).toBe(true);
    const others = ["", "zzzz", "a", "aa", "été", "Été", "étéx", "déménagez", "l'", "aujourd’hui", "école-"];
    for (const w of [...others, ...words.slice(0, 200).map((w) => `${w}x`), ...words.map((w) => w.slice(0, -1))])
      expect(sorted.has(w), w).toBe(set.has(w));
    expect(sorted.size).toBe(set.size);
    expect([...sorted].sort()).toEqual([...set].sort());
  });

  it("answers the same in place (its first look-ups) and from the set it makes after many", () => {
    const words = fromFile("en");
    const set = new Set(words);
    const sorted = new SortedWords(SortedWords.textOf(words));
    const asked = ["", "zzzz", "the", "thex", "th", ...words.filter((_, i) => i % 40 === 0)];
    const probe = () => asked.map((w) => sorted.has(w));
    const expected = asked.map((w) => set.has(w));
    expect(probe()).toEqual(expected);
    for (let i = 0; i < 6000; i++) sorted.has(words[i % words.length] as string);
    expect(probe()).toEqual(expected);
    expect(sorted.size).toBe(set.size);
  });

  it("works for lists of one word, none, and words that are prefixes of each other", () => {
    expect(new SortedWords("").has("a")).toBe(false);
    expect(new SortedWords("").size).toBe(0);
    const one = new SortedWords(SortedWords.textOf(["ok"]));
    expect([one.has("ok"), one.has("o"), one.has("oka")]).toEqual([true, false, false]);
    const prefixes = new SortedWords(SortedWords.textOf(["straat", "str", "straatje", "s", "ß", "Zoo", "ą"]));
    for (const w of ["straat", "str", "straatje", "s", "ß", "Zoo", "ą"]) expect(prefixes.has(w), w).toBe(true);
    for (const w of ["st", "stra", "straatj", "zoo", "ss", "a"]) expect(prefixes.has(w), w).toBe(false);
  });

  it("reads a words file as two lists (ASCII and the rest) that answer and list as one sorted list", () => {
    for (const lang of ["fr", "en"]) {
      const words = fromFile(lang);
      const set = new Set(words);
      const [ascii, other] = wordsOfFile(SortedWords.fileOf(words));
      expect(other).not.toBe("");
      const split = new SortedWords(ascii, other);
      const whole = new SortedWords(SortedWords.textOf(words));
      expect([...split]).toEqual([...whole]);
      expect(split.size).toBe(set.size);
      for (const w of [...words, ...words.slice(0, 300).map((w) => `${w}é`), "", "été", "zzzz", "ça", "Ça"])
        expect(split.has(w), w).toBe(set.has(w));
    }
    expect(wordsOfFile(SortedWords.fileOf([]))).toEqual(["", ""]);
    expect([...new SortedWordList(...wordsOfFile(SortedWords.fileOf(["strasse", "b", "é"])))]).toEqual([
      "b",
      "strasse",
      "é",
    ]);
  });

  it("finds folded forms in a word list, as the list read from its file does", () => {
    const list = new SortedWordList(SortedWords.textOf(["strasse", "aujourd'hui"]));
    expect(list.has("straße")).toBe(true);
    expect(list.has("aujourd’hui")).toBe(true);
    expect(list.has("strase")).toBe(false);
  });
});
