/** The terminal report of `klaar analyze`: scores, facts, checklist, then the letter with each finding marked. */
import { ruleMeta } from "../analysis/rules/meta.ts";
import type { Analysis, Finding } from "../analysis/types.ts";
import { t } from "../i18n/catalogue.ts";

interface Style {
  bold(s: string): string;
  mark(s: string, rule: Finding["rule"]): string;
  dim(s: string): string;
}

export function terminalStyle(color: boolean): Style {
  if (!color) return { bold: (s) => s, mark: (s) => `[${s}]`, dim: (s) => s };
  return {
    bold: (s) => `\x1b[1m${s}\x1b[22m`,
    mark: (s, rule) => `\x1b[4;${ruleMeta(rule).terminal}m${s}\x1b[0m`,
    dim: (s) => `\x1b[2m${s}\x1b[22m`,
  };
}

/** Findings that do not span whole sentences are marked in the text; long sentences are listed only. */
function markText(text: string, findings: Finding[], style: Style): string {
  const marks = findings.filter((f) => f.rule !== "long-sentence" && f.rule !== "passive");
  let out = "";
  let pos = 0;
  marks.forEach((f) => {
    if (f.start < pos) return; // overlapping findings: the first one is marked
    out +=
      text.slice(pos, f.start) +
      style.mark(text.slice(f.start, f.end), f.rule) +
      style.dim(`⁽${findings.indexOf(f) + 1}⁾`);
    pos = f.end;
  });
  return out + text.slice(pos);
}

/** The report in the analysis's message language (`--ui-lang`), from the catalogue's "cli" area. */
export function formatReport(text: string, a: Analysis, style: Style): string {
  const lang = a.messageLanguage;
  const money = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const lines: string[] = [];
  const r = a.readability;
  lines.push(style.bold(t(lang, "cli.title", { lang: a.language.toUpperCase(), source: a.languageSource })));
  lines.push(
    t(lang, "cli.counts", {
      words: r.words,
      sentences: r.sentences,
      mean: r.meanSentenceLength,
      scores: r.scores.map((s) => `${s.name} ${s.value}`).join(", "),
    }),
  );
  lines.push(t(lang, "cli.cefr", { band: style.bold(r.cefr.band) }));
  for (const reason of r.cefr.reasons) lines.push(`  - ${reason}`);
  lines.push("");
  lines.push(style.bold(t(lang, "cli.facts")));
  const f = a.facts;
  if (f.sender) lines.push(`  ${t(lang, "cli.from", { text: f.sender.text })}`);
  if (f.subject) lines.push(`  ${t(lang, "cli.subject", { text: f.subject.text })}`);
  lines.push(`  ${t(lang, "cli.letterDate", { date: f.letterDate ?? t(lang, "cli.unknown") })}`);
  for (const d of f.deadlines) {
    const values = { date: d.date ?? "?", estimated: d.estimated ? "yes" : "no", text: d.text, basis: d.basis };
    lines.push(`  ${t(lang, "cli.deadline", values)}`);
  }
  for (const m of f.amounts) {
    const values = { value: money.format(m.value), direction: m.direction, text: m.text };
    lines.push(`  ${t(lang, "cli.amount", values)}`);
  }
  for (const x of [...f.ibans, ...f.paymentReferences, ...f.references, ...f.phones, ...f.emails, ...f.urls])
    lines.push(`  ${x.value}`);
  lines.push("");
  const kind = a.isDecision ? t(lang, "cli.decisionLetter") : a.letterKind.kind;
  lines.push(style.bold(t(lang, "cli.checklist", { kind })));
  for (const item of a.checklist) {
    const icon = item.status === "present" ? "✔" : item.status === "missing" ? "✘" : "–";
    lines.push(`  ${icon} ${item.id}${item.note ? ` — ${item.note}` : ""}`);
  }
  lines.push("");
  lines.push(style.bold(t(lang, "cli.findings", { count: a.findings.length })));
  a.findings.forEach((finding, i) => {
    const suggestion = finding.suggestion ? ` → ${finding.suggestion}` : "";
    lines.push(`  ${i + 1}. [${finding.rule}] ${finding.message}${suggestion}`);
  });
  lines.push("");
  lines.push(style.bold(t(lang, "cli.text")));
  lines.push(markText(text, a.findings, style));
  return lines.join("\n");
}
