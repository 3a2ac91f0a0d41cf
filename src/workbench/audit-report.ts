/** The audit report as one self-contained HTML file (sortable table; in file order and complete without JavaScript). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../analysis/types.ts";
import { PUBLIC_DIR, renderView } from "../render/views.ts";
import type { AuditReport } from "./audit.ts";
import { RULE_IDS } from "./compare.ts";
import { workbenchTexts } from "./texts.ts";

const CEFR_RANK = { A2: 0, B1: 1, B2: 2, "C1+": 3 } as const;

const REPORT_CSS = `
:root { font-family: "Atkinson Hyperlegible", "DejaVu Sans", "Noto Sans", sans-serif; color: #111111; background: #ffffff; line-height: 1.5; }
body { margin: 0; }
main { padding: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; }
h3 { font-size: 1.1rem; margin: 0.5rem 0; }
.lead { font-size: 1.1rem; }
.totals { display: flex; flex-wrap: wrap; gap: 1rem 3rem; align-items: flex-start; }
.totals dl { display: grid; grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr)); gap: 0.5rem; min-width: 20rem; max-width: 40rem; margin: 0; }
.totals dl div { border: 1px solid #505a5f; padding: 0.25rem 0.5rem; }
.totals dd { margin: 0; font-weight: 700; font-size: 1.2rem; }
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible, button:focus-visible { outline: 4px solid #111111; outline-offset: 2px; box-shadow: 0 0 0 8px #ffbf47; }
table { border-collapse: collapse; font-size: 0.95rem; }
th, td { border: 1px solid #505a5f; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
thead th { background: #f3f2f1; position: sticky; top: 0; }
tfoot th, tfoot td { font-weight: 700; background: #f3f2f1; }
th button { font: inherit; font-weight: 700; color: #0b3d91; background: none; border: 0; padding: 0; cursor: pointer; text-align: left; text-decoration: underline; }
th[aria-sort="ascending"] button::after { content: " ▲"; }
th[aria-sort="descending"] button::after { content: " ▼"; }
ul.plain { margin: 0; padding-left: 1rem; }
.hint { color: #333333; }
`;

let sortScript: string | undefined;

export function renderAuditHtml(report: AuditReport, lang: Language): string {
  const t = workbenchTexts(lang);
  sortScript ??= readFileSync(join(PUBLIC_DIR, "js", "audit-report.js"), "utf8");
  const columns = [
    { label: t.reportFile, type: "text" },
    { label: t.reportLanguage, type: "text" },
    { label: t.words, type: "number" },
    { label: t.readabilityTitle, type: "number" },
    { label: t.reportCefr, type: "number" },
    ...RULE_IDS.map((rule) => ({ label: t.kinds[rule], type: "number" })),
    { label: t.findingsTotal, type: "number" },
    { label: t.reportMissing, type: "number" },
    { label: t.reportTopJargon, type: "text" },
  ];
  const rows = report.letters.map((l) => ({
    file: l.file,
    cells: [
      { text: l.language, value: l.language },
      { text: String(l.words), value: l.words },
      {
        text: l.mainScore ? `${l.mainScore.value} (${l.mainScore.name})` : "",
        value: l.mainScore?.value ?? "",
      },
      { text: l.cefr, value: CEFR_RANK[l.cefr] },
      ...RULE_IDS.map((rule) => ({ text: String(l.counts[rule]), value: l.counts[rule] })),
      { text: String(l.findings), value: l.findings },
    ],
    missing: l.missing.map((id) => t.checklist[id]),
    topJargon: l.topJargon.map((j) => `${j.term} (${j.count})`).join(", "),
  }));
  const totals = report.totals;
  const footer = [
    "",
    String(totals.words),
    "",
    Object.entries(totals.cefr)
      .filter(([, n]) => n > 0)
      .map(([band, n]) => `${band}: ${n}`)
      .join(", "),
    ...RULE_IDS.map((rule) => String(totals.counts[rule])),
    String(totals.findings),
  ];
  return renderView("workbench/audit-report", {
    t,
    title: t.reportTitle,
    css: REPORT_CSS,
    script: sortScript,
    lettersText: t.reportLetters({ count: totals.letters }),
    generatedText: t.reportGenerated({ date: report.generatedAt.slice(0, 16).replace("T", " ") }),
    totals: [
      { label: t.lettersLabel, value: totals.letters },
      { label: `${t.words} (${t.reportMeanScore})`, value: totals.meanWords },
      { label: t.findingsTotal, value: totals.findings },
      ...totals.meanScores.map((s) => ({ label: `${s.name} (${t.reportMeanScore})`, value: s.value })),
      { label: t.reportUnreadable, value: totals.failures },
    ],
    missing: Object.entries(totals.missing).map(([id, count]) => ({
      label: t.checklist[id as keyof typeof t.checklist],
      count,
    })),
    topJargon: totals.topJargon,
    columns,
    rows,
    footer,
    failures: report.failures,
  });
}
