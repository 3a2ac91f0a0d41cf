/** The terminal report of `klaar analyze`: scores, facts, checklist, then the letter with each finding marked. */
import { ruleMeta } from "../analysis/rules/meta.ts";
import type { Analysis, Finding } from "../analysis/types.ts";

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

export function formatReport(text: string, a: Analysis, style: Style): string {
  const lines: string[] = [];
  const r = a.readability;
  lines.push(style.bold(`Klaar — ${a.language.toUpperCase()} (${a.languageSource})`));
  lines.push(
    `${r.words} words, ${r.sentences} sentences, ${r.meanSentenceLength} words per sentence; ` +
      r.scores.map((s) => `${s.name} ${s.value}`).join(", "),
  );
  lines.push(`CEFR estimate: ${style.bold(r.cefr.band)}`);
  for (const reason of r.cefr.reasons) lines.push(`  - ${reason}`);
  lines.push("");
  lines.push(style.bold("Facts"));
  const f = a.facts;
  if (f.sender) lines.push(`  From: ${f.sender.text}`);
  if (f.subject) lines.push(`  Subject: ${f.subject.text}`);
  lines.push(`  Letter date: ${f.letterDate ?? "unknown"}`);
  for (const d of f.deadlines)
    lines.push(`  Deadline: ${d.date ?? "?"}${d.estimated ? " (estimated)" : ""} — “${d.text}” — ${d.basis}`);
  for (const m of f.amounts) lines.push(`  Amount: € ${m.value.toFixed(2)} (${m.direction}) — “${m.text}”`);
  for (const x of [...f.ibans, ...f.paymentReferences, ...f.references, ...f.phones, ...f.emails, ...f.urls])
    lines.push(`  ${x.value}`);
  lines.push("");
  lines.push(style.bold(`Checklist (${a.isDecision ? "decision letter" : a.letterKind.kind})`));
  for (const item of a.checklist) {
    const icon = item.status === "present" ? "✔" : item.status === "missing" ? "✘" : "–";
    lines.push(`  ${icon} ${item.id}${item.note ? ` — ${item.note}` : ""}`);
  }
  lines.push("");
  lines.push(style.bold(`Findings (${a.findings.length})`));
  a.findings.forEach((finding, i) => {
    const suggestion = finding.suggestion ? ` → ${finding.suggestion}` : "";
    lines.push(`  ${i + 1}. [${finding.rule}] ${finding.message}${suggestion}`);
  });
  lines.push("");
  lines.push(style.bold("Text"));
  lines.push(markText(text, a.findings, style));
  return lines.join("\n");
}
