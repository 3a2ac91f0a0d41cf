/** The test letters in tests/fixtures/letters/ with what each must produce (see the README there). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../../src/analysis/types.ts";

export interface LetterExpectation {
  lang: Language;
  letterDate: string | null;
  isDecision: boolean;
  kind?: string;
  terms?: string[];
  deadlines?: { date: string | null; purpose?: string }[];
  amounts?: { value: number; direction?: string }[];
  ibans?: string[];
  paymentReferences?: string[];
  checklist?: Record<string, string>;
  minFindings?: Record<string, number>;
  maxCefr?: string;
  appealDeadlineMissing?: boolean;
}

export interface FixtureLetter {
  name: string;
  text: string;
  expect: LetterExpectation;
}

export const FIXTURE_DIR = new URL("../fixtures/letters/", import.meta.url).pathname;

export function fixtureLetters(): FixtureLetter[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => {
      const name = f.replace(/\.txt$/, "");
      return {
        name,
        text: readFileSync(join(FIXTURE_DIR, f), "utf8"),
        expect: JSON.parse(readFileSync(join(FIXTURE_DIR, `${name}.expect.json`), "utf8")) as LetterExpectation,
      };
    });
}

/** The text of every test letter and every corpus letter (tests/corpus/<lang>/), in a fixed order. */
export function allLetterTexts(): string[] {
  const dirs = [
    FIXTURE_DIR,
    ...["nl", "fr", "de", "en"].map((l) => new URL(`../corpus/${l}/`, import.meta.url).pathname),
  ];
  return dirs.flatMap((dir) =>
    readdirSync(dir)
      .filter((f) => f.endsWith(".txt"))
      .map((f) => readFileSync(join(dir, f), "utf8")),
  );
}
