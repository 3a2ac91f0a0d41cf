/**
 * The rules, in the order their findings are reported for one position: read from the records in meta.ts, so that a
 * new rule is not listed here. Each rules/<module>.ts exports `rule`; a file that is missing or exports no rule with
 * an id of its records stops the start with its name.
 */
import type { Rule } from "./context.ts";
import { RULE_META, RULE_MODULES } from "./meta.ts";

// The sources (.ts, under tsx and vitest) or the compiled dist/ (.js): the rule files sit next to this one.
const EXTENSION = new URL(import.meta.url).pathname.endsWith(".js") ? ".js" : ".ts";

async function load(module: string): Promise<Rule> {
  const file = `src/analysis/rules/${module}${EXTENSION}`;
  const exported = (await import(new URL(`./${module}${EXTENSION}`, import.meta.url).href)) as { rule?: Rule };
  const rule = exported.rule;
  const ids = RULE_META.filter((r) => ("module" in r ? r.module : r.id) === module).map((r) => r.id as string);
  if (!rule || typeof rule.run !== "function") throw new Error(`${file} must export \`rule\` (see rules/meta.ts)`);
  if (!ids.includes(rule.id)) throw new Error(`${file}: rule.id is "${rule.id}"; meta.ts expects ${ids.join(" or ")}`);
  return rule;
}

export const RULES: readonly Rule[] = await Promise.all(RULE_MODULES.map(load));
export type { Rule, RuleContext } from "./context.ts";
