/**
 * `passive`: an auxiliary and a past participle close together in one sentence, in either order
 * ("wordt … geweigerd", "dat … geweigerd werd", "is beslist"). With "is/zijn" the participle must not be one of the
 * verbs whose active perfect takes "zijn" ("is gekomen").
 */
import type { FindingData, Token } from "../types.ts";
import { clauseWords, finding, type Rule, type RuleContext, testWord, tokensBySentence } from "./context.ts";

const WINDOW = 7;

export const rule: Rule = {
  id: "passive",
  run(ctx: RuleContext): FindingData[] {
    const g = ctx.grammar;
    const findings: FindingData[] = [];
    for (const tokens of tokensBySentence(ctx)) {
      const words = clauseWords(tokens);
      for (let i = 0; i < words.length; i++) {
        const aux = words[i] as Token;
        const auxLower = aux.text.toLowerCase();
        const strong = g.passiveAux.has(auxLower);
        if (!strong && !g.perfectAux.has(auxLower)) continue;
        const participle = findParticiple(words, i, strong, ctx);
        if (!participle) continue;
        const span =
          aux.start < participle.start
            ? { start: aux.start, end: participle.end }
            : { start: participle.start, end: aux.end };
        findings.push(finding(ctx, "passive", "suggestion", span, "passive"));
        break; // one finding per sentence is enough to act on
      }
    }
    return findings;
  },
};

function findParticiple(words: Token[], i: number, strong: boolean, ctx: RuleContext): Token | null {
  const g = ctx.grammar;
  const isParticiple = (t: Token | undefined) => {
    if (t?.kind !== "word") return false;
    const lower = t.text.toLowerCase();
    return (
      testWord(g.participle, lower) && !g.functionWords.has(lower) && (strong || !g.activePerfectParticiples.has(lower))
    );
  };
  for (let d = 1; d <= WINDOW; d++) {
    const after = words[i + d];
    if (!after || after.kind === "punct") break;
    if (isParticiple(after)) return after;
  }
  // Subordinate clauses put the participle first: "dat uw aanvraag geweigerd werd".
  const before = words[i - 1];
  return isParticiple(before) ? (before as Token) : null;
}
