/** `double-negation`: two negations close together ("niet zonder", "geen … niet") or a negation before a negative word ("niet onredelijk"). */
import type { FindingData, Token } from "../types.ts";
import { clauseWords, finding, type Rule, type RuleContext, testWord, tokensBySentence } from "./context.ts";

const WINDOW = 5;
const WITHOUT = new Set(["zonder", "sans", "ohne", "without"]);

export const rule: Rule = {
  id: "double-negation",
  run(ctx: RuleContext): FindingData[] {
    const g = ctx.grammar;
    const findings: FindingData[] = [];
    for (const tokens of tokensBySentence(ctx)) {
      const words = clauseWords(tokens);
      for (let i = 0; i < words.length; i++) {
        const first = words[i] as Token;
        const lower = first.text.toLowerCase();
        // French "ne … pas" is one negation.
        if (!g.negations.has(lower) || lower === "ne") continue;
        let partner: Token | undefined;
        for (let d = 1; d <= WINDOW && !partner; d++) {
          const next = words[i + d];
          if (!next || next.kind === "punct") break;
          const nl = next.text.toLowerCase();
          if (nl === "pas" && ctx.lang === "fr") continue;
          if ((g.negations.has(nl) && nl !== "ne") || WITHOUT.has(nl) || (d === 1 && testWord(g.negativePrefix, nl)))
            partner = next;
        }
        if (!partner) continue;
        findings.push(
          finding(ctx, "double-negation", "warning", { start: first.start, end: partner.end }, "double-negation"),
        );
        break;
      }
    }
    return findings;
  },
};
