import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CHECKLIST_PATTERNS } from "../../src/analysis/checklist-patterns.ts";
import { LETTER } from "../../src/analysis/facts/pattern.ts";
import { quickPattern } from "../../src/analysis/facts/quick-pattern.ts";
import { APPEAL_DEADLINE_PATTERNS, KIND_PATTERNS } from "../../src/analysis/letter-kind-patterns.ts";
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
    const pieces = [
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
      " ",
      "-",
      "1",
      "\n",
      "beslissing",
      "u ",
      "wij",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join("");
        const words = new WordStarts(text);
        for (const re of PATTERNS) expect(found(words, re)).toEqual(scan(re, text));
      }),
      { numRuns: 300 },
    );
  });
});
