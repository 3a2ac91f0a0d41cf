import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_DOCS_FILE, renderRuleDocs } from "../../scripts/gen-rule-docs.ts";
import { RULES } from "../../src/analysis/rules/index.ts";
import { RULE_IDS, RULE_META, RULE_MODULES, type RuleMeta } from "../../src/analysis/rules/meta.ts";
import { texts } from "../../src/i18n/catalogue.ts";
import { LETTER_LANGUAGES } from "../../src/languages.ts";
import { ruleCss } from "../../src/workbench/rule-css.ts";

/** Every file under a folder, as a path from the repository root. */
const filesIn = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesIn(path) : [path];
  });

describe("the rule records", () => {
  it("are the list of rules: each names its file in rules/, and no rule file is left out", () => {
    const moduleOf = (r: RuleMeta) => r.module ?? r.id;
    const ruleFiles = readdirSync("src/analysis/rules")
      .filter((f) => f.endsWith(".ts") && !["context.ts", "index.ts", "meta.ts"].includes(f))
      .map((f) => f.slice(0, -3));
    expect(ruleFiles.sort()).toEqual([...RULE_MODULES].sort());
    // The rules run in the records' order, one per file.
    expect(RULES.map((rule) => moduleOf(RULE_META.find((r) => r.id === rule.id) as RuleMeta))).toEqual(RULE_MODULES);
  });

  it("make a new rule three things: a record in meta.ts, its file rules/<id>.ts and its texts in the catalogue", () => {
    // Rules that nothing else treats apart are named in no other source, view or script (generated key types aside).
    const sources = ["src", "views", "public", "scripts", "bin"]
      .flatMap(filesIn)
      .filter((f) => /\.(ts|mjs|js|pug|css)$/.test(f) && !f.startsWith("src/i18n/keys/"));
    for (const id of ["uncommon-word", "nominal-style", "double-negation", "legal-reference"]) {
      const naming = sources.filter((f) => readFileSync(f, "utf8").includes(`"${id}"`)).sort();
      expect(naming, id).toEqual(["src/analysis/rules/meta.ts", `src/analysis/rules/${id}.ts`].sort());
      for (const lang of LETTER_LANGUAGES) {
        const findings = JSON.parse(readFileSync(`locales/${lang}/findings.json`, "utf8"));
        expect(findings.names[id], `${lang} name of ${id}`).toBeTruthy();
        expect(findings.messages[id], `${lang} message of ${id}`).toBeTruthy();
      }
    }
  });

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
