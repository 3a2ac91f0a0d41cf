import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RULE_DOCS_FILE, renderRuleDocs } from "../../scripts/gen-rule-docs.ts";
import { RULES } from "../../src/analysis/rules/index.ts";
import { RULE_IDS, RULE_META } from "../../src/analysis/rules/meta.ts";
import { texts } from "../../src/i18n/catalogue.ts";
import { LETTER_LANGUAGES } from "../../src/languages.ts";
import { ruleCss } from "../../src/workbench/rule-css.ts";

describe("the rule records", () => {
  it("name every rule once, and every rule has a name in every letter language and a colour in the CSS", () => {
    expect(new Set(RULE_IDS).size).toBe(RULE_META.length);
    for (const rule of RULES) if (rule.id !== "jargon") expect(RULE_IDS).toContain(rule.id);
    for (const lang of LETTER_LANGUAGES) {
      expect(Object.keys(texts(lang, "findings").names).sort()).toEqual([...RULE_IDS].sort());
    }
    const css = ruleCss();
    for (const { id, colour } of RULE_META)
      expect(css).toContain(`.finding.k-${id} { border-inline-start-color: ${colour.ink}; }`);
  });

  it("have up-to-date documentation", () => {
    expect(readFileSync(RULE_DOCS_FILE, "utf8"), "run `npx tsx scripts/gen-rule-docs.ts`").toBe(renderRuleDocs());
  });
});
