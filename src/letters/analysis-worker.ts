/**
 * One analysis worker thread: loads the lexicon once, then analyses and explains the letters the server sends, one at
 * a time. The organisation's approved entries arrive as messages whenever they change; the analyzer is rebuilt then.
 */
import { setPriority } from "node:os";
import { parentPort, workerData } from "node:worker_threads";
import { createAnalyzer } from "../analysis/index.ts";
import type { Language } from "../analysis/types.ts";
import { renderAnalysis } from "../i18n/analysis.ts";
import { lexiconEntries, loadLexicon } from "../lexicon/load.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { markUncertainFacts } from "../ocr/uncertain.ts";
import { mergeLexicons } from "../workbench/merge.ts";
import type { AnalysisWorkerData, FromWorker, ToWorker } from "./analysis-jobs.ts";
import { createExplainer, toExplainedJson } from "./explain.ts";

const data = workerData as AnalysisWorkerData;
const port = parentPort;
if (!port) throw new Error("analysis-worker.ts runs in a worker thread");

// On Linux the nice value belongs to the thread: this one yields to the event loop (/healthz, kiosks, display).
try {
  setPriority(10);
} catch {
  // Not allowed here: the pool's bounds still hold.
}

const lexicon = loadLexicon({ overlayDir: data.overlayDir });
const shared = lexiconEntries(lexicon);

function resourcesFor(own: Record<Language, LexiconEntry[]> | undefined) {
  const lexicons = own && Object.values(own).some((l) => l.length > 0) ? mergeLexicons(shared, own) : shared;
  const analyzer = createAnalyzer({ lexicons, commonWords: lexicon.commonWords });
  return {
    analyzer,
    explain: createExplainer({
      analyzer,
      lexicons,
      compounds: lexicon.compounds,
      longSentenceWords: data.longSentenceWords,
    }),
  };
}

let current = resourcesFor(undefined);
const send = (message: FromWorker) => port.postMessage(message);

port.on("message", (message: ToWorker) => {
  if (message.type === "overlay") {
    current = resourcesFor(message.entries);
    return;
  }
  const { id, job } = message;
  try {
    if (job.kind === "explain") {
      send({ type: "done", id, result: toExplainedJson(current.explain(job.input, job.today)) });
      return;
    }
    const analysis = current.analyzer.analyze(job.text, {
      ...job.options,
      longSentenceWords: data.longSentenceWords,
    });
    // Words are added here, at the edge: the analysis core returns ids and data.
    const body = job.ocr
      ? {
          ...renderAnalysis(markUncertainFacts(analysis, job.ocr.uncertain), undefined, current.analyzer),
          ocr: job.ocr,
        }
      : renderAnalysis(analysis, undefined, current.analyzer);
    send({ type: "done", id, result: JSON.stringify(body) });
  } catch (error) {
    // Only the name: a message may quote the letter.
    send({ type: "failed", id, name: (error as Error).name ?? "Error" });
  }
});
send({ type: "ready" });
