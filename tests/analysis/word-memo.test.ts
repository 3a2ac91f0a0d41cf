import { afterEach, describe, expect, it, vi } from "vitest";
import { createAnalyzer } from "../../src/analysis/index.ts";
import { forgetOldWords, forgetWords, WORD_MEMO_MINUTES, wordMemo } from "../../src/analysis/word-memo.ts";

afterEach(() => {
  vi.useRealTimers();
});

describe("word memos", () => {
  it("keep the words of a letter for minutes at most", () => {
    forgetWords();
    const memo = wordMemo<string, number>();
    memo.set("Vanhoutte", 3);
    forgetOldWords(Date.now() + 60_000);
    expect(memo.get("Vanhoutte")).toBe(3);
    forgetOldWords(Date.now() + WORD_MEMO_MINUTES * 60_000 + 1000);
    expect(memo.size).toBe(0);
  });

  it("are emptied by a timer when no analysis ends in time (an idle worker keeps no words)", () => {
    vi.useFakeTimers();
    forgetWords();
    const memo = wordMemo<string, number>();
    memo.set("Vanhoutte", 3);
    forgetOldWords();
    vi.advanceTimersByTime((WORD_MEMO_MINUTES - 1) * 60_000);
    expect(memo.size).toBe(1);
    vi.advanceTimersByTime(2 * 60_000);
    expect(memo.size).toBe(0);
  });

  it("give the same analysis with the words remembered or forgotten", () => {
    const analyzer = createAnalyzer({ lexicons: { nl: [], fr: [], de: [], en: [] } });
    const text = "Uw aanvraag wordt geweigerd. U kunt binnen dertig dagen beroep aantekenen bij de arbeidsrechtbank.";
    forgetWords();
    const fresh = analyzer.analyze(text, { today: "2026-03-10" });
    const again = analyzer.analyze(text, { today: "2026-03-10" });
    expect(again).toEqual(fresh);
  });
});
