/** The messages between the server and its analysis worker threads (analysis-pool.ts ↔ analysis-worker.ts). */
import type { AnalyzeOptions, Language } from "../analysis/types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import type { OcrSummary } from "../ocr/read.ts";
import type { ExplainedJson, ExplainInput } from "./explain.ts";

/** What every worker loads once at start. */
export interface AnalysisWorkerData {
  /** Set by src/util/worker-entry.ts when the worker starts from the .ts sources. */
  entry?: string;
  /** KLAAR_LEXICON_DIR: the organisation's lexicon files. */
  overlayDir: string;
  longSentenceWords: number;
}

export type AnalysisJob =
  | { kind: "explain"; input: ExplainInput; today: string }
  /** The analysis as JSON text (made in the worker, so the main thread only sends it). */
  | { kind: "analyze"; text: string; options: Omit<AnalyzeOptions, "longSentenceWords">; ocr?: OcrSummary };

export type AnalysisResult<J extends AnalysisJob> = J extends { kind: "explain" } ? ExplainedJson : string;

export type ToWorker =
  /** The approved entries of the workbench (all of them, each time they change). */
  | { type: "overlay"; version: number; entries: Record<Language, LexiconEntry[]> }
  | { type: "job"; id: number; job: AnalysisJob };

export type FromWorker =
  | { type: "ready" }
  | { type: "done"; id: number; result: ExplainedJson | string }
  | { type: "failed"; id: number; name: string };
