/** The colours of the rules in the workbench, derived from the rule records (src/analysis/rules/meta.ts). */
import { RULE_META } from "../analysis/rules/meta.ts";

export function ruleCss(): string {
  const lines = ["/* Derived from src/analysis/rules/meta.ts: one colour pair per rule. */"];
  for (const { id, colour } of RULE_META) {
    const k = `.k-${id}`;
    lines.push(
      `${k}.hl-words, .region${k} { background: ${colour.mark}; border-color: ${colour.ink}; }`,
      `.tag${k}, ${k} .tag, ${k} > .finding-head .tag { background: ${colour.ink}; }`,
      `.finding${k} { border-inline-start-color: ${colour.ink}; }`,
    );
  }
  return `${lines.join("\n")}\n`;
}
