/**
 * `uncommon-word`: content words with a Zipf value below 3 (SUBTLEX-NL for Dutch, wordfreq for French, German and
 * English; an inflected form of a common word counts as common there) that the lexicon does not explain. Names are skipped (a capital inside a sentence; in German, where every
 * noun has one, only short capitalised words), and so are Dutch and German compounds of two common words ("huurprijs", "Mietpreis").
 */
import { commonWordTest, looksLikeGermanName } from "../common-words.ts";
import type { FindingData, Language, Token } from "../types.ts";
import { finding, type Rule, type RuleContext } from "./context.ts";

/** Linking letters of the languages that write compounds as one word. */
const LINKS: Partial<Record<Language, readonly string[]>> = {
  nl: ["", "s", "e", "en"],
  de: ["", "s", "e", "en", "es", "n", "er"],
};

function isTransparentCompound(lower: string, common: ReadonlySet<string>, links: readonly string[]): boolean {
  for (let i = 3; i <= lower.length - 3; i++) {
    if (!common.has(lower.slice(0, i))) continue;
    for (const link of links) {
      const rest = lower.slice(i + link.length);
      if (lower.startsWith(link, i) && rest.length >= 3 && common.has(rest)) return true;
    }
  }
  return false;
}

export const rule: Rule = {
  id: "uncommon-word",
  run(ctx: RuleContext): FindingData[] {
    const common = ctx.commonWords;
    if (!common) return [];
    const links = LINKS[ctx.lang];
    const isCommon = commonWordTest(ctx.lang, common);
    const covered = new Uint8Array(ctx.tokens.length);
    for (const m of ctx.terms) covered.fill(1, m.first, m.last + 1);
    const findings: FindingData[] = [];
    const seen = new Set<string>();
    let sentenceStart = true;
    ctx.tokens.forEach((token: Token, t) => {
      const atStart = sentenceStart;
      sentenceStart = token.kind === "punct" && /[.!?:]/.test(token.text);
      if (token.kind !== "word" || covered[t] === 1 || token.text.length < 4) return;
      const lower = token.text.toLowerCase();
      if (ctx.grammar.functionWords.has(lower) || isCommon(lower)) return;
      const capital = token.text[0] !== lower[0];
      if (!atStart && capital && (ctx.lang !== "de" || looksLikeGermanName(token.text))) return; // a name
      if (/[\d.]/.test(lower) || token.text === token.text.toUpperCase()) return; // codes and acronyms
      // Once per word: after the first time, the reader has met it (a story about an "egel" says it ten times). A
      // word reported before is no compound of common words, so it need not be split again.
      if (seen.has(lower)) return;
      if (
        lower.includes("-")
          ? lower.split("-").every((p) => common.has(p))
          : links !== undefined && isTransparentCompound(lower, common, links)
      )
        return;
      seen.add(lower);
      findings.push(finding(ctx, "uncommon-word", "info", token, "uncommon-word", { text: token.text }));
    });
    return findings;
  },
};
