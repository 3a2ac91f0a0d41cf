/**
 * One record per rule: the workbench legend and filters, the CSS colours, the terminal colours, the order of the
 * lists and the rule documentation (docs/rules.md) are all derived from it. The rule's names and messages are in
 * the catalogue (locales/<lang>/findings.json). A leaf module: it imports nothing.
 *
 * This list is also the list of rules: rules/index.ts runs, in this order, the `rule` exported by rules/<id>.ts (or
 * rules/<module>.ts when one file finds several ids). A new rule is three things: a record here, its file
 * rules/<id>.ts, and its name and message in locales/<lang>/findings.json (see CONTRIBUTING.md).
 */
export const RULE_META = [
  {
    id: "jargon",
    module: "lexicon-terms",
    severity: "warning",
    colour: { ink: "#8a4500", mark: "#fde3c0" },
    terminal: 33,
  },
  {
    id: "tone",
    module: "lexicon-terms",
    severity: "warning",
    colour: { ink: "#9b1c1c", mark: "#fbd5d5" },
    terminal: 31,
  },
  { id: "uncommon-word", severity: "info", colour: { ink: "#0b5577", mark: "#d6ebf7" }, terminal: 36 },
  { id: "long-sentence", severity: "warning", colour: { ink: "#5b2c86", mark: "#efe8f8" }, terminal: 35 },
  { id: "passive", severity: "suggestion", colour: { ink: "#1d4e9e", mark: "#e1ebff" }, terminal: 34 },
  { id: "nominal-style", severity: "suggestion", colour: { ink: "#1f6b35", mark: "#dcf2e2" }, terminal: 32 },
  { id: "double-negation", severity: "warning", colour: { ink: "#8a1d63", mark: "#f9dcef" }, terminal: 31 },
  { id: "legal-reference", severity: "suggestion", colour: { ink: "#3d3d3d", mark: "#e8e8e8" }, terminal: 90 },
] as const satisfies readonly RuleMeta[];

export interface RuleMeta {
  id: string;
  /** The file in rules/ that finds it, when that is not rules/<id>.ts (lexicon-terms finds jargon and tone). */
  module?: string;
  /** The usual severity; a rule may give one finding another (a fixed term is only "info"). */
  severity: "info" | "suggestion" | "warning";
  /** Text and border colour (contrast ≥ 7:1 on white and on `mark`) and the background of a marked span. */
  colour: { ink: string; mark: string };
  /** ANSI colour of the CLI report. */
  terminal: number;
}

export type RuleId = (typeof RULE_META)[number]["id"];

/** The rule ids in list order. */
export const RULE_IDS: readonly RuleId[] = RULE_META.map((r) => r.id);

export function ruleMeta(id: RuleId): RuleMeta {
  return RULE_META.find((r) => r.id === id) as RuleMeta;
}

/** The files in rules/ that hold the rules, in list order, each once. */
export const RULE_MODULES: readonly string[] = [...new Set(RULE_META.map((r) => ("module" in r ? r.module : r.id)))];
