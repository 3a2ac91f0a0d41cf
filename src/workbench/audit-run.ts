/**
 * Runs the batch audit over a folder of letter templates (.txt, .docx, .pdf, also in subfolders): reads and analyses
 * every file — in worker threads across the cores for a large folder, in this thread for a small one — and lists an
 * unreadable file with its reason instead of stopping.
 *
 * Each worker runs audit-worker.ts (or its compiled .js from dist/), started by src/util/worker-entry.ts.
 */
import { readdir, readFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative, sep } from "node:path";
import { type Analyzer, createAnalyzer } from "../analysis/index.ts";
import type { Language } from "../analysis/types.ts";
import { EXTRACT_PROBLEMS, problemText } from "../i18n/problems.ts";
import { lexiconEntries, loadLexicon } from "../lexicon/load.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { hasWords } from "../text/decode.ts";
import { ExtractError, extractText } from "../text/extract.ts";
import { startWorker } from "../util/worker-entry.ts";
import { type AuditFailure, type AuditLetter, type AuditReport, auditLetter, buildReport } from "./audit.ts";
import { filterFindings, type KeepTerm } from "./edit.ts";
import { mergeLexicons } from "./merge.ts";

export const AUDIT_EXTENSIONS = /\.(txt|docx|pdf)$/i;

/** Every letter file under `dir`, as relative paths with "/" separators, sorted. Hidden files and folders are skipped. */
export async function listAuditFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && AUDIT_EXTENSIONS.test(e.name))
    .map((e) => relative(dir, join(e.parentPath, e.name)))
    .filter((rel) => !rel.split(sep).some((part) => part.startsWith(".")))
    .map((rel) => rel.split(sep).join("/"))
    .sort();
}

/** What the audit needs besides the files: the organisation's entries and "do not simplify" list, the language. */
export interface AuditContext {
  /** The language of the notes, reasons and report. */
  lang: Language;
  /** The organisation's approved entries (workbench.sqlite), joined with the shared lexicon. */
  own?: Record<Language, LexiconEntry[]>;
  keep?: KeepTerm[];
  /** ISO date, for deadlines without a year. */
  today?: string;
}

export function createAuditAnalyzer(own?: Record<Language, LexiconEntry[]>): Analyzer {
  const lexicon = loadLexicon();
  const shared = lexiconEntries(lexicon);
  // The indexes compiled at build time fit the shared lexicon only; with the organisation's entries they are built.
  if (own) return createAnalyzer({ lexicons: mergeLexicons(shared, own), commonWords: lexicon.commonWords });
  return createAnalyzer({ lexicons: shared, commonWords: lexicon.commonWords, indexes: lexicon.indexes ?? {} });
}

export type AuditOutcome = { letter: AuditLetter } | { failure: AuditFailure };

/** Reads, extracts and analyses one file. Never throws for a bad file: it becomes a failure with its reason. */
export async function auditFile(
  dir: string,
  file: string,
  analyzer: Analyzer,
  ctx: AuditContext,
): Promise<AuditOutcome> {
  const fail = (reason: string, detail: string): AuditOutcome => ({ failure: { file, reason, detail } });
  let bytes: Buffer;
  try {
    bytes = await readFile(join(dir, file));
  } catch (error) {
    return fail("read-error", (error as NodeJS.ErrnoException).code ?? (error as Error).message);
  }
  let text: string;
  try {
    text = await extractText(bytes, file);
  } catch (error) {
    if (error instanceof ExtractError)
      return fail(error.reason, problemText(ctx.lang, EXTRACT_PROBLEMS[error.reason]).detail);
    return fail("unreadable", (error as Error).name);
  }
  if (!hasWords(text)) return fail("empty", problemText(ctx.lang, "missing-field", { field: "text" }).detail);
  try {
    const analysis = analyzer.analyze(text, { messageLang: ctx.lang, today: ctx.today });
    const { findings } = filterFindings(text, analysis.findings, { keep: ctx.keep ?? [] });
    return { letter: auditLetter(file, analysis, findings, (id) => analyzer.entry(analysis.language, id)?.term) };
  } catch (error) {
    return fail("analysis-error", (error as Error).name);
  }
}

export interface AuditRunOptions extends AuditContext {
  dir: string;
  /** Worker threads; 0 runs in this thread. Default: the cores, or 0 for a small folder. */
  workers?: number;
  onProgress?: (done: number, total: number) => void;
}

const SMALL_FOLDER = 40;

export async function runAudit(options: AuditRunOptions): Promise<AuditReport> {
  const started = performance.now();
  const files = await listAuditFiles(options.dir);
  const ctx: AuditContext = { lang: options.lang, own: options.own, keep: options.keep, today: options.today };
  const workers = Math.min(
    options.workers ?? (files.length <= SMALL_FOLDER ? 0 : availableParallelism()),
    files.length,
  );
  const outcomes =
    workers > 0
      ? await inWorkers(options.dir, files, ctx, workers, options.onProgress)
      : await inThisThread(options.dir, files, ctx, options.onProgress);
  const letters: AuditLetter[] = [];
  const failures: AuditFailure[] = [];
  for (const o of outcomes) {
    if ("letter" in o) letters.push(o.letter);
    else failures.push(o.failure);
  }
  return buildReport(letters, failures, { seconds: Math.round((performance.now() - started) / 100) / 10 });
}

async function inThisThread(
  dir: string,
  files: string[],
  ctx: AuditContext,
  onProgress?: (done: number, total: number) => void,
): Promise<AuditOutcome[]> {
  if (files.length === 0) return [];
  const analyzer = createAuditAnalyzer(ctx.own);
  const out: AuditOutcome[] = [];
  for (const file of files) {
    out.push(await auditFile(dir, file, analyzer, ctx));
    onProgress?.(out.length, files.length);
  }
  return out;
}

export type WorkerMessage = { type: "ready" } | { type: "done"; index: number; outcome: AuditOutcome };

const WORKER_ENTRY = new URL("./audit-worker.ts", import.meta.url);

function inWorkers(
  dir: string,
  files: string[],
  ctx: AuditContext,
  count: number,
  onProgress?: (done: number, total: number) => void,
): Promise<AuditOutcome[]> {
  const outcomes: AuditOutcome[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve) => {
    let alive = count;
    const finish = () => {
      alive -= 1;
      if (alive > 0) return;
      // Files no worker could take (every worker died) are listed, not lost.
      files.forEach((file, i) => {
        outcomes[i] ??= { failure: { file, reason: "worker-error", detail: "worker-error" } };
      });
      resolve(outcomes);
    };
    for (let w = 0; w < count; w++) {
      const worker = startWorker(WORKER_ENTRY, { workerData: { dir, ctx } });
      let current = -1;
      const feed = () => {
        if (next >= files.length) {
          current = -1;
          void worker.terminate();
          return;
        }
        current = next++;
        worker.postMessage({ index: current, file: files[current] });
      };
      worker.on("message", (message: WorkerMessage) => {
        if (message.type === "done") {
          outcomes[message.index] = message.outcome;
          done += 1;
          onProgress?.(done, files.length);
        }
        feed();
      });
      worker.on("error", (error: Error) => {
        if (current >= 0) {
          const file = files[current] ?? "";
          outcomes[current] = { failure: { file, reason: "worker-error", detail: error.name } };
          done += 1;
          onProgress?.(done, files.length);
          current = -1;
        }
      });
      worker.on("exit", finish);
    }
  });
}
