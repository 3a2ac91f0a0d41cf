/**
 * wordTree (src/analysis/facts/pattern.ts) writes a list of words as a tree of shared beginnings: it must find
 * what the list, longest word first, finds, also where the rest of a pattern makes it take a shorter word.
 */
import { describe, expect, it } from "vitest";
import { NUMBER_BY_WORD, NUMBER_WORD } from "../../../src/analysis/facts/deadlines.ts";
import { wordTree } from "../../../src/analysis/facts/pattern.ts";

const list = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, "[\\s-]"))
    .join("|");
const found = (pattern: string, text: string) =>
  [...text.matchAll(new RegExp(pattern, "gi"))].map((m) => [m.index, m[0]]);

describe("wordTree", () => {
  it("prefers the longest word and falls back to shorter ones, as the list does", () => {
    const words = ["drei", "dreizehn", "dreiundzwanzig", "dreißig", "vingt", "vingt et un", "un"];
    expect(wordTree(words, "[\\s-]")).toBe("(?:drei(?:zehn|undzwanzig|ßig)?|vingt(?:[\\s-]et[\\s-]un)?|un)");
    for (const text of ["dreiundzwanzig Tage", "Dreizehn Tage", "drei Tage", "vingt-et-un jours", "vingt et jours"])
      for (const around of [(x: string) => `(?:${x})`, (x: string) => `(?:${x})[\\s-]?(?:un|Tage)`])
        expect(found(around(wordTree(words, "[\\s-]")), text)).toEqual(found(around(list(words)), text));
  });

  it("finds the same number words as the list in periods of every language", () => {
    const flat = list([...NUMBER_BY_WORD.keys()]);
    const period = (words: string) => `(?:\\d{1,3}|${words})[\\s\\u00A0]{1,3}(?:dagen|jours|Tagen?|days|Monate?n?)`;
    const texts = [...NUMBER_BY_WORD.keys()].flatMap((w) => [`binnen ${w} dagen`, `${w.replace(/ /g, "-")} jours`]);
    for (const text of [...texts, "innerhalb von dreiundzwanzig Tagen", "within twenty one days"])
      expect(found(period(NUMBER_WORD), text)).toEqual(found(period(flat), text));
  });
});
