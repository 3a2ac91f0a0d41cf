/**
 * `klaar audit DIR --out report.html [--csv report.csv] [--lang nl|fr|de|en] [--workers N]`: audits a folder of
 * letter templates. The organisation's approved word list and "do not simplify" list (workbench.sqlite in
 * KLAAR_DATA_DIR) are used when they exist. A progress bar goes to stderr when it is a terminal.
 */
import { existsSync, statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { isLetterLanguage } from "../languages.ts";
import { auditCsv } from "../workbench/audit.ts";
import { renderAuditHtml } from "../workbench/audit-report.ts";
import { type AuditContext, runAudit } from "../workbench/audit-run.ts";
import { defaultOverlayFile, openOverlayStore } from "../workbench/overlay-store.ts";
import { AUDIT_USAGE, UsageError } from "./usage.ts";

export { AUDIT_USAGE };

/** "[██████░░░░]  60 %  600/1000  about 12 s left" (time left once a few letters are done and `seconds` is given). */
export function progressBar(done: number, total: number, width = 30, seconds?: number): string {
  const share = total === 0 ? 1 : done / total;
  const filled = Math.round(share * width);
  const bar = `[${"█".repeat(filled)}${"░".repeat(width - filled)}] ${String(Math.round(share * 100)).padStart(3)} %  ${done}/${total}`;
  if (seconds === undefined || done < 5 || done >= total) return bar;
  return `${bar}  ${timeLeft((seconds / done) * (total - done))}`;
}

function timeLeft(seconds: number): string {
  if (seconds < 60) return `about ${Math.max(1, Math.round(seconds))} s left`;
  return `about ${Math.floor(seconds / 60)} min ${String(Math.round(seconds % 60)).padStart(2, "0")} s left`;
}

function organisationLists(): Pick<AuditContext, "own" | "keep"> {
  const file = defaultOverlayFile(loadConfig().KLAAR_DATA_DIR);
  if (!existsSync(file)) return {};
  const store = openOverlayStore(file);
  try {
    return { own: store.approvedEntries(), keep: store.keepList().map(({ text, termId }) => ({ text, termId })) };
  } finally {
    store.close();
  }
}

export async function auditCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: "string" },
      csv: { type: "string" },
      lang: { type: "string" },
      workers: { type: "string" },
    },
  });
  const dir = positionals[0];
  if (!dir || !values.out) throw new UsageError(`Usage:\n${AUDIT_USAGE}`);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${dir} is not a folder`);
  const lang = values.lang ?? "nl";
  if (!isLetterLanguage(lang)) throw new UsageError("--lang must be one of nl, fr, de, en");
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
    throw new UsageError("--workers must be a whole number from 0 to 64");
  const tty = Boolean(process.stderr.isTTY);
  const started = Date.now();
  let last = 0;
  const report = await runAudit({
    dir,
    lang,
    workers,
    ...organisationLists(),
    onProgress: tty
      ? (done, total) => {
          const now = Date.now();
          if (done < total && now - last < 100) return;
          last = now;
          // The line is cleared first: "about 1 min 05 s left" is longer than what follows it.
          process.stderr.write(`\r\x1b[K${progressBar(done, total, 30, (now - started) / 1000)}`);
          if (done === total) process.stderr.write("\n");
        }
      : undefined,
  });
  await writeFile(values.out, renderAuditHtml(report, lang));
  if (values.csv) await writeFile(values.csv, auditCsv(report));
  const t = report.totals;
  process.stdout.write(
    `${t.letters} letters audited, ${t.failures} unreadable, in ${report.seconds} s. Report: ${values.out}${values.csv ? `, ${values.csv}` : ""}\n`,
  );
  for (const f of report.failures) process.stdout.write(`  unreadable: ${f.file}: ${f.reason}\n`);
}
