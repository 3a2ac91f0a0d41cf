/**
 * `npm run bench -- quality`: recall and precision of the letter model per field and per language on the annotated
 * corpus, for the development part and the held-out third apart. "unsupported dates/amounts" counts written dates
 * and amounts that the letter does not contain (lower is better; calculated dates are left out).
 */
import { loadCorpus } from "./corpus.ts";
import { FIELDS, precision, type QualityReport, recall, scoreCorpus } from "./quality-score.ts";

const pct = (v: number) => `${(v * 100).toFixed(0)}%`.padStart(5);

function table(title: string, report: QualityReport): string[] {
  const langs = (["all", "nl", "fr", "de", "en"] as const).filter((l) => report.byLanguage[l]["kind"].expected > 0);
  const lines = [`-- ${title}: ${report.letters} letters (recall / precision)`];
  lines.push(`${"field".padEnd(28)}${langs.map((l) => l.padStart(16)).join("")}`);
  for (const field of FIELDS) {
    const cells = langs.map((l) => {
      const c = report.byLanguage[l][field];
      if (field === "unsupported dates/amounts") return `${c.right}/${c.predicted}`.padStart(16);
      return `${pct(recall(c))} /${pct(precision(c))} ${String(c.expected).padStart(3)}`.padStart(16);
    });
    lines.push(`${field.padEnd(28)}${cells.join("")}`);
  }
  return lines;
}

export async function benchQuality(): Promise<Record<string, number>> {
  const letters = loadCorpus();
  const split = process.env.QUALITY_SPLIT;
  const dev = letters.filter((l) => !l.heldOut);
  const held = letters.filter((l) => l.heldOut);
  const out: string[] = [];
  if (split !== "held-out") out.push(...table("development", scoreCorpus(dev)));
  if (split !== "dev") out.push("", ...table("held-out", scoreCorpus(held)));
  if (split === "dev" && process.env.QUALITY_FAILURES) {
    for (const f of scoreCorpus(dev).failures) out.push(`  ${f.id}: ${f.field}`);
  }
  console.log(out.join("\n"));
  const all = scoreCorpus(letters).byLanguage.all;
  return {
    "quality letters": letters.length,
    "quality dated deadlines recall %": Math.round(recall(all["dated deadlines"]) * 100),
    "quality amounts with role recall %": Math.round(recall(all["amounts with role"]) * 100),
    "quality appeal part %": Math.round(recall(all["appeal part"]) * 100),
  };
}
