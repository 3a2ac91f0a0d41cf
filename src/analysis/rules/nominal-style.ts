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
      // exec on the compiled global copy, as matchAll would on a copy of it (none of these patterns matches "").
      const re = scanner(pattern);
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
        add({ start: m.index, end: m.index + m[0].length }, suggestion);
        if (m[0].length === 0) re.lastIndex++;
      }
    }
    const g = ctx.grammar;
    // The words of one sentence and their lower case, in two lists used again for every sentence.
    const words: Token[] = [];
    const lowers: string[] = [];
    const isNominalisation = (i: number) => i < words.length && testWord(g.nominalisation, lowers[i] as string);
    for (const tokens of tokensBySentence(ctx)) {
      words.length = 0;
      lowers.length = 0;
      for (let t = 0; t < tokens.length; t++) {
        const token = tokens[t] as Token;
        if (token.kind !== "word") continue;
        words.push(token);
        lowers.push(token.text.toLowerCase());
      }
      for (let i = 0; i + 2 < words.length; i++) {
        if (!isNominalisation(i) || !g.nominalLink.has(lowers[i + 1] as string)) continue;
        // One article may stand between the link and the second noun.
        const b = isNominalisation(i + 2)
          ? i + 2
          : g.functionWords.has(lowers[i + 2] as string) && isNominalisation(i + 3)
            ? i + 3
            : -1;
        if (b >= 0 && add({ start: (words[i] as Token).start, end: (words[b] as Token).end })) i += 2;
      }
    }
    return findings.sort((x, y) => x.start - y.start);
  },
};
