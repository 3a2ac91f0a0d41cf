/**
 * `uncommon-word` (Dutch): content words with a SUBTLEX-NL Zipf value below 3 that the lexicon does not explain.
 * Names are skipped (a capital inside a sentence), and so are compounds of two common words ("huurprijs").
 */
import type { FindingData, Token } from "../types.ts";
import { finding, type Rule, type RuleContext } from "./context.ts";

const LINKS = ["", "s", "e", "en"];

function isTransparentCompound(lower: string, common: ReadonlySet<string>): boolean {
  for (let i = 3; i <= lower.length - 3; i++) {
    if (!common.has(lower.slice(0, i))) continue;
    for (const link of LINKS) {
      const rest = lower.slice(i + link.length);
      if (lower.startsWith(link, i) && rest.length >= 3 && common.has(rest)) return true;
    }
  }
  return false;
}

export const uncommonWord: Rule = {
  id: "uncommon-word",
  run(ctx: RuleContext): FindingData[] {
    const common = ctx.commonWords;
    if (!common) return [];
    const covered = new Set<number>();
    for (const m of ctx.terms) for (let t = m.first; t <= m.last; t++) covered.add(t);
    const findings: FindingData[] = [];
    let sentenceStart = true;
    ctx.tokens.forEach((token: Token, t) => {
      const atStart = sentenceStart;
      sentenceStart = token.kind === "punct" && /[.!?:]/.test(token.text);
      if (token.kind !== "word" || covered.has(t) || token.text.length < 4) return;
      const lower = token.text.toLowerCase();
      if (common.has(lower) || ctx.grammar.functionWords.has(lower)) return;
      if (!atStart && token.text[0] !== lower[0]) return; // a name
      if (/[\d.]/.test(lower) || token.text === token.text.toUpperCase()) return; // codes and acronyms
      if (lower.includes("-") ? lower.split("-").every((p) => common.has(p)) : isTransparentCompound(lower, common))
        return;
      findings.push(finding(ctx, "uncommon-word", "info", token, "uncommon-word", { text: token.text }));
    });
    return findings;
  },
};
