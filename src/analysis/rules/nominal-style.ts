/**
 * `nominal-style`: noun-heavy phrases where a verb says it better ("overgaan tot terugvordering" → "terugvragen"),
 * and chains of two nouns made from verbs ("de toekenning van de verhoging").
 */
import type { FindingData, Span, Token } from "../types.ts";
import { finding, type Rule, type RuleContext, testWord, tokensBySentence } from "./context.ts";

/** Global copies of the grammar's patterns, compiled once; without the u flag when they need none (it is slower). */
const scanners = new WeakMap<RegExp, RegExp>();
function scanner(pattern: RegExp): RegExp {
  let re = scanners.get(pattern);
  if (!re) {
    const unicode = /\\[pPu]\{/.test(pattern.source);
    re = new RegExp(pattern.source, `g${pattern.ignoreCase ? "i" : ""}${unicode ? "u" : ""}`);
    scanners.set(pattern, re);
  }
  return re;
}

export const rule: Rule = {
  id: "nominal-style",
  run(ctx: RuleContext): FindingData[] {
    const findings: FindingData[] = [];
    const add = (span: Span, suggestion?: string) => {
      if (findings.some((f) => span.start < f.end && f.start < span.end)) return false;
      const text = ctx.text.slice(span.start, span.end);
      const data = suggestion ? { text, suggestion } : { text };
      findings.push(
        finding(ctx, "nominal-style", "suggestion", span, "nominal-style", data, suggestion ? { suggestion } : {}),
      );
      return true;
    };
    for (const { pattern, suggestion } of ctx.grammar.nominal) {
      for (const m of ctx.text.matchAll(scanner(pattern)))
        add({ start: m.index, end: m.index + m[0].length }, suggestion);
    }
    const g = ctx.grammar;
    const isNominalisation = (w: Token | undefined) =>
      w !== undefined && testWord(g.nominalisation, w.text.toLowerCase());
    for (const tokens of tokensBySentence(ctx)) {
      const words = tokens.filter((t) => t.kind === "word");
      for (let i = 0; i + 2 < words.length; i++) {
        const a = words[i] as Token;
        if (!isNominalisation(a) || !g.nominalLink.has((words[i + 1] as Token).text.toLowerCase())) continue;
        // One article may stand between the link and the second noun.
        const next = words[i + 2] as Token;
        const b = isNominalisation(next)
          ? next
          : g.functionWords.has(next.text.toLowerCase()) && isNominalisation(words[i + 3])
            ? words[i + 3]
            : undefined;
        if (b && add({ start: a.start, end: b.end })) i += 2;
      }
    }
    return findings.sort((x, y) => x.start - y.start);
  },
};
