/**
 * The letter model on the annotated corpus (tests/corpus, see its README): recall and precision per field may not
 * fall below what the model reaches now, minus a small margin. `npm run bench -- quality` prints the full table.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../bench/corpus.ts";
import { type Field, precision, recall, scoreCorpus } from "../../../bench/quality-score.ts";

// [recall, precision] floors over the whole corpus, a few points under the measured values.
const FLOORS: Partial<Record<Field, [number, number]>> = {};

const letters = loadCorpus();

describe.skipIf(letters.length === 0)("letter model on the annotated corpus", () => {
  const report = scoreCorpus(letters);
  const all = report.byLanguage.all;

  for (const [field, [minRecall, minPrecision]] of Object.entries(FLOORS) as [Field, [number, number]][]) {
    it(`${field}: recall ≥ ${minRecall}, precision ≥ ${minPrecision}`, () => {
      const count = all[field];
      expect(recall(count)).toBeGreaterThanOrEqual(minRecall);
      expect(precision(count)).toBeGreaterThanOrEqual(minPrecision);
    });
  }

  it("never states a written date or amount that the letter does not contain", () => {
    expect(all["unsupported dates/amounts"].right).toBe(0);
  });
});
