/** `long-sentence`: sentences above the word limit (20 by default, B1 guides advise 15 on average). */
import type { FindingData } from "../types.ts";
import { finding, type Rule, type RuleContext } from "./context.ts";

export const rule: Rule = {
  id: "long-sentence",
  run(ctx: RuleContext): FindingData[] {
    return ctx.sentences
      .filter((s) => s.words > ctx.longSentenceWords)
      .map((s) =>
        finding(
          ctx,
          "long-sentence",
          s.words > ctx.longSentenceWords * 1.5 ? "warning" : "suggestion",
          s,
          "long-sentence",
          { words: s.words, max: ctx.longSentenceWords },
        ),
      );
  },
};
