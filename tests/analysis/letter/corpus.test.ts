/**
 * The letter model on the annotated corpus (tests/corpus, see its README): recall and precision per field may not
 * fall below what the model reaches now, minus a small margin. `npm run bench -- quality` prints the full table.
 */
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../../bench/corpus.ts";
import { type Field, precision, recall, scoreCorpus } from "../../../bench/quality-score.ts";

// [recall, precision] floors over the whole corpus (72 letters when set), a few points under the measured values.
const FLOORS: Partial<Record<Field, [number, number]>> = {
  "letter date": [0.97, 0.97],
  kind: [0.92, 0.92],
  "decision type": [0.84, 0.86],
  "bottom line actor": [0.9, 0.9],
  "bottom line action": [0.87, 0.87],
  "bottom line object": [0.8, 0.8],
  "bottom line amount": [0.75, 0.83],
  "amounts (value)": [0.97, 0.97],
  "amounts with role": [0.89, 0.87],
  "to-pay total": [0.93, 0.9],
  "dated deadlines": [0.95, 0.96],
  "deadline anchors": [0.95, 0.9],
  "appeal present": [0.94, 0.94],
  "appeal route": [0.84, 0.9],
  "appeal deadline": [0.92, 0.94],
  "appeal part": [0.85, 0.85],
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
