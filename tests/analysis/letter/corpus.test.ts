/**
 * The letter model on the annotated corpus (tests/corpus, see its README): recall and precision per field may not
 * fall below what the model reaches now, minus a small margin. `npm run bench -- quality` prints the full table.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../bench/corpus.ts";
import { type Field, precision, recall, scoreCorpus } from "../../../bench/quality-score.ts";

// [recall, precision] floors over the whole corpus (84 letters when set, 2026-12-07), a few points under the measured values.
const FLOORS: Partial<Record<Field, [number, number]>> = {
  "letter date": [0.97, 0.97],
  kind: [0.94, 0.94],
  "decision type": [0.93, 0.95],
  "bottom line actor": [0.92, 0.92],
  "bottom line action": [0.94, 0.94],
  "bottom line object": [0.84, 0.84],
  "bottom line amount": [0.88, 0.92],
  "amounts (value)": [0.97, 0.97],
  "amounts with role": [0.95, 0.95],
  "to-pay total": [0.96, 0.96],
  "dated deadlines": [0.97, 0.97],
  "deadline anchors": [0.97, 0.97],
  "appeal present": [0.97, 0.97],
  "appeal route": [0.96, 0.96],
  "appeal deadline": [0.96, 0.96],
  "appeal part": [0.96, 0.96],
  appointments: [0.95, 0.95],
  ibans: [0.97, 0.97],
  "payment references": [0.97, 0.97],
};

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
