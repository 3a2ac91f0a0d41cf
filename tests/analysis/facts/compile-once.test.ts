/**
 * compileOnce (src/analysis/facts/pattern.ts) only changes how V8 compiles a pattern: what the pattern finds, and
 * where a global pattern goes on from, stay the same.
 */
import { describe, expect, it } from "vitest";
import { findOpeningHours } from "../../../src/analysis/facts/opening-hours.ts";
import { compileOnce } from "../../../src/analysis/facts/pattern.ts";

describe("compileOnce", () => {
  it("keeps the place a global pattern goes on from, and what it finds", () => {
    const pattern = /ma(?:andag)?/gi;
    pattern.lastIndex = 7;
    compileOnce(pattern, "open op maandag van 9 tot 12 uur’");
    expect(pattern.lastIndex).toBe(7);
    pattern.lastIndex = 0;
    expect([..."Maandag en ma".matchAll(pattern)].map((m) => [m.index, m[0]])).toEqual([
      [0, "Maandag"],
      [11, "ma"],
    ]);
  });

  it("leaves the opening hours of a letter as they were", () => {
    const text = "Loket: van maandag tot vrijdag van 9 tot 12 uur.\nTel. 02 515 67 40 – ma-vr 9u-12u";
    expect(findOpeningHours(text).map((h) => h.text)).toEqual([
      "van maandag tot vrijdag van 9 tot 12 uur",
      "ma-vr 9u-12u",
    ]);
  });
});
