import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLIST_PATTERNS } from "../../src/analysis/checklist-patterns.ts";
import { LETTER } from "../../src/analysis/facts/pattern.ts";
import { quickPattern, quickSource } from "../../src/analysis/facts/quick-pattern.ts";
import { APPEAL_DEADLINE_PATTERNS, KIND_PATTERNS } from "../../src/analysis/letter-kind-patterns.ts";
import { blockedAt, ODD_LETTER } from "../../src/analysis/word-start-plan.ts";
import { planOf, WordStarts } from "../../src/analysis/word-starts.ts";

const PATTERNS: RegExp[] = [
  ...CHECKLIST_PATTERNS.flatMap((set) => [...set.patterns, ...(set.weak ?? [])]),
  ...Object.values(KIND_PATTERNS).flatMap((byLang) => Object.values(byLang).flat()),
  ...Object.values(APPEAL_DEADLINE_PATTERNS).flat(),
  new RegExp(`(?<![${LETTER}])(?:ab|(?:c|de)f|(?<!x )gh?)(?![${LETTER}])`, "gi"),
  new RegExp(String.raw`(?<![0-9${LETTER}])(?:x+y|EUR\b)`, "g"),
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])(?:(ab|(?:de)?f)|(überweis|ÉCH)|((?:g|h)?ij|(?<!x )kl))/gi,
  /(?<![A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F])(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*ij|(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+\s){0,2}ab|[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]{0,2}f)/gi,
];
// The same patterns as quickPattern writes them for a quick compile ("[Pp][Aa]…" instead of the i flag).
const QUICK: RegExp[] = PATTERNS.filter((re) => re.ignoreCase && !re.unicode).map((re) =>
  quickPattern(re.source, re.flags),
);
PATTERNS.push(...QUICK);
const scan = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))].map((m) => [m.index, m[0]]);
const found = (words: WordStarts, re: RegExp) => words.allMatches(re).map((m) => [m.index, m[0]]);

const LETTERS = ["tests/fixtures/letters", "tests/corpus/nl", "tests/corpus/fr", "tests/corpus/de", "tests/corpus/en"]
  .flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => join(dir, f)),
  )
  .slice(0, 40);

/** Pieces of texts for the property tests. */
const PIECES = [
  "ab",
  "AB",
  "c",
  "def",
  "gh",
  "x ",
  "xy",
  "EUR",
  "é",
  "É",
  "ɓ",
  // Characters beside the letters of a word edge: "ⱥ" (in it with the i flag), "K" (Kelvin, "k" by its lower case),
  // "ſ" (a letter of LETTER), "µ", "×", a letter outside the BMP, digits.
  "ⱥ",
  "\u212A",
  "ſ",
  "µ",
  "×",
  "𝐀",
  "7",
  " ",
  "-",
  "1",
  "\n",
  "beslissing",
  "u ",
  "wij",
];

describe("patterns tried only where their words start", () => {
  it("find the same matches as a scan of the whole letter", () => {
    for (const file of LETTERS) {
      const text = readFileSync(file, "utf8");
      const words = new WordStarts(text);
      for (const re of PATTERNS) {
        expect(found(words, re), `${file}: ${re.source.slice(0, 60)}`).toEqual(scan(re, text));
        expect(words.test(re)).toBe(new RegExp(re.source, re.flags.replace("g", "")).test(text));
      }
    }
  });

  it("know where nearly every pattern can start (else the tests above would compare a scan with itself)", () => {
    const planned = PATTERNS.filter((re) => planOf(re).prefixes !== null);
    expect(planned.length).toBeGreaterThan(PATTERNS.length * 0.9);
    for (const re of PATTERNS.slice(-4)) expect(planOf(re).prefixes, re.source).not.toBeNull();
    // A quick pattern starts where the pattern it was written from starts.
    const original = PATTERNS.filter((re) => re.ignoreCase && !re.unicode);
    const plan = (re: RegExp) => [planOf(re).prefixes, planOf(re).needs];
    expect(QUICK.map(plan)).toEqual(original.map(plan));
  });

  it("find the same matches in any text", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const words = new WordStarts(text);
        for (const re of PATTERNS) expect(found(words, re)).toEqual(scan(re, text));
      }),
      { numRuns: 300 },
    );
  });

  it("find the matches of several patterns as their alternation finds them", () => {
    const L = `[${LETTER}]`;
    const edged = (words: string) => `(?<![${LETTER}])(?:${words})(?![${LETTER}])`;
    const lists = [
      ["ab", "(?:c|de)f", "(?<!x )gh?", `${L}*ij`, String.raw`(?:${L}+\s){0,2}ab`, "def", "ab\\s?x"],
      [
        String.raw`per\sjaar`,
        String.raw`(?<!in\s)totaal(?:bedrag)?`,
        `betaa?l${L}{0,4}`,
        `${L}*korting${L}{0,2}`,
        String.raw`(?:uw|zijn)\s(?:${L}{1,20}\s){0,2}inkomen`,
        String.raw`u\skrijgt`,
        "te\\sbetalen",
        "betalen",
      ],
    ];
    const check = (text: string) => {
      const words = new WordStarts(text);
      for (const list of lists) {
        const each = list.map((words) => quickPattern(edged(words), "gi"));
        const together = new RegExp(edged(list.map((words) => `(${words})`).join("|")), "gi");
        const expected = [...text.matchAll(together)].map((m) => [
          m.findIndex((g, i) => i > 0 && g !== undefined) - 1,
          m.index,
          m[0],
        ]);
        const got = words.firstOfMatches(each);
        // Null only for a text with a letter outside the index, where the caller scans.
        if (got === null) expect(text).toMatch(ODD_LETTER);
        else expect(got.map(({ index, match }) => [index, match.index, match[0]])).toEqual(expected);
      }
    };
    for (const file of LETTERS) check(readFileSync(file, "utf8"));
    const pieces = [
      ...PIECES,
      "ij",
      "krijgt",
      "per ",
      "jaar",
      "in ",
      "totaal",
      "Betaal",
      "korting",
      "uw ",
      "zijn ",
      "inkomen",
      "te ",
      "betalen",
      "s",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => check(parts.join(""))),
      {
        numRuns: 500,
      },
    );
  });

  it("find in a letter with its end blanked out the matches of a scan, from the letter's words", () => {
    for (const file of LETTERS.slice(0, 12)) {
      const text = readFileSync(file, "utf8");
      const words = new WordStarts(text);
      for (const end of [0, 1, Math.floor(text.length / 3), text.indexOf(" ", text.length >> 1) + 2, text.length - 1]) {
        const blanked = text.slice(0, end) + " ".repeat(text.length - end);
        const derived = words.blankedFrom(blanked, end);
        for (const re of PATTERNS) expect(found(derived, re), `${file} ${end}`).toEqual(scan(re, blanked));
      }
    }
  });

  it("check a pattern's leading lookbehind in code as the pattern does, for every character before a word", () => {
    const classes = [LETTER, `0-9${LETTER}`, `${LETTER}\\d`];
    const quick = classes.map((c) => quickSource(`[${c}]`, true).slice(1, -1));
    let checked = 0;
    for (const edge of [...classes, ...quick]) {
      for (const flags of ["g", "gi", "gu"]) {
        const re = new RegExp(`(?<![${edge}])(?:ab|cd)`, flags);
        const plan = planOf(re);
        expect(plan.edged, `${edge} ${flags}`).toBe(true);
        const lookbehind = new RegExp(`(?<![${edge}])`, `${flags.replace("g", "")}y`);
        const wrong: number[] = [];
        for (let c = 0; c < 0x10000; c++) {
          const text = `${String.fromCharCode(c)}ab`;
          lookbehind.lastIndex = 1;
          if (blockedAt(plan, text, 1) === lookbehind.test(text)) wrong.push(c);
        }
        expect(wrong, `${edge} ${flags}`).toEqual([]);
        expect(blockedAt(plan, "ab", 0)).toBe(false);
        checked++;
      }
    }
    expect(checked).toBe(18);
  });

  it("know where the numbers start, also in a letter with its end blanked out", () => {
    const numbers = (text: string) => [...text.matchAll(/(?<![0-9])[0-9]/g)].map((m) => m.index);
    for (const file of LETTERS.slice(0, 12)) {
      const text = readFileSync(file, "utf8");
      const words = new WordStarts(text);
      expect([...words.numberStarts()]).toEqual(numbers(text));
      const end = text.length >> 1;
      const blanked = text.slice(0, end) + " ".repeat(text.length - end);
      expect([...words.blankedFrom(blanked, end).numberStarts()]).toEqual(numbers(blanked));
    }
  });
});
