/**
 * The workbench: checks a letter with the shared lexicon plus the organisation's approved entries, applies
 * suggestions, compares versions and exports. Routes call this; it holds no HTTP.
 *
 * The analyzer is rebuilt only when the approved overlay changes (one build per version; the language indexes inside
 * are built lazily on first use, and warmed in the background after a change).
 */
import { type Analyzer, createAnalyzer } from "../analysis/index.ts";
import type { Analysis, Language } from "../analysis/types.ts";
import { renderAnalysis } from "../i18n/analysis.ts";
import type { LetterService } from "../letters/service.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { type ComparisonRow, compareVersions, summarizeVersion, type VersionSummary } from "./compare.ts";
import { letterDocx } from "./docx.ts";
import { applySuggestion, EditError, filterFindings, type KeyedFinding } from "./edit.ts";
import { type MarkNode, markTree } from "./marks.ts";
import { mergeLexicons } from "./merge.ts";
import type { OverlayStore } from "./overlay-store.ts";

export interface WorkbenchDeps {
  /** The analyzer of the shared lexicon (already warm); used as is while the organisation has no approved entries. */
  analyzer: Analyzer;
  lexicons: Record<Language, readonly LexiconEntry[]>;
  commonWords?: Partial<Record<Language, ReadonlySet<string>>>;
  overlay: OverlayStore;
  letters?: LetterService;
  longSentenceWords?: number;
  today?: () => string;
}

export interface CheckInput {
  text: string;
  lang?: Language;
  /** Language of messages and notes. */
  uiLang: Language;
  /** Finding keys the officer ignores. */
  ignored?: readonly string[];
}

export interface CheckResult {
  text: string;
  analysis: Analysis;
  /** What the officer sees: without ignored and kept findings, in text order, with keys. */
  findings: KeyedFinding[];
  ignored: number;
  kept: number;
  tree: MarkNode[];
  summary: VersionSummary;
}

export interface Comparison {
  before: CheckResult;
  after: CheckResult;
  rows: ComparisonRow[];
}

export class Workbench {
  #cached: { version: number; analyzer: Analyzer } | undefined;

  constructor(private readonly deps: WorkbenchDeps) {}

  get overlay(): OverlayStore {
    return this.deps.overlay;
  }

  close(): void {
    this.deps.overlay.close();
  }

  /** The analyzer for the current approved set. */
  analyzer(): Analyzer {
    const version = this.deps.overlay.approvedVersion();
    if (this.#cached?.version === version) return this.#cached.analyzer;
    const own = this.deps.overlay.approvedEntries();
    const analyzer = Object.values(own).every((list) => list.length === 0)
      ? this.deps.analyzer
      : createAnalyzer({ lexicons: mergeLexicons(this.deps.lexicons, own), commonWords: this.deps.commonWords });
    this.#cached = { version, analyzer };
    return analyzer;
  }

  /** Builds the analyzer for a changed overlay now, off the request that changed it. */
  warmSoon(lang: Language): void {
    setImmediate(() => {
      try {
        this.analyzer().analyze("Warm.", { lang });
      } catch {
        // The next request builds it anyway.
      }
    });
  }

  check(input: CheckInput): CheckResult {
    const analysis = renderAnalysis(
      this.analyzer().analyze(input.text, {
        lang: input.lang,
        messageLang: input.uiLang,
        longSentenceWords: this.deps.longSentenceWords,
        today: this.deps.today?.(),
      }),
      undefined,
      this.analyzer(),
    );
    const filtered = filterFindings(input.text, analysis.findings, {
      ignored: input.ignored,
      keep: this.deps.overlay.keepList(),
    });
    return {
      text: input.text,
      analysis,
      findings: filtered.findings,
      ignored: filtered.ignored,
      kept: filtered.kept,
      tree: markTree(input.text, filtered.findings),
      summary: summarizeVersion(analysis, filtered.findings),
    };
  }

  /**
   * Applies the suggestion of the finding with this key, then checks the new text. Returns `applied: false` (and the
   * check of the unchanged text) when the key is not found or has no suggestion.
   */
  apply(input: CheckInput & { key: string }): { applied: boolean; shift: number; result: CheckResult } {
    const before = this.check(input);
    const finding = before.findings.find((f) => f.key === input.key);
    if (!finding?.suggestion) return { applied: false, shift: 0, result: before };
    try {
      const { text, shift } = applySuggestion(input.text, finding);
      return { applied: true, shift, result: this.check({ ...input, text }) };
    } catch (error) {
      if (error instanceof EditError) return { applied: false, shift: 0, result: before };
      throw error;
    }
  }

  compare(original: string, edited: string, input: Omit<CheckInput, "text">): Comparison {
    const before = this.check({ ...input, text: original });
    // The same language for both, so the numbers compare.
    const after = this.check({ ...input, lang: input.lang ?? before.analysis.language, text: edited });
    return { before, after, rows: compareVersions(before.summary, after.summary) };
  }

  docx(title: string, text: string, lang: Language): Promise<Buffer> {
    return letterDocx(title, text, lang);
  }

  /** The citizen printout of the edited letter (the same PDF the letter explanation makes). */
  async citizenPdf(text: string, lang: Language | undefined, uiLang: Language): Promise<Buffer> {
    const letters = this.deps.letters;
    if (!letters) throw new Error("the citizen printout needs the letter service");
    const { id } = await letters.explain({ text, lang, uiLang });
    try {
      const pdf = await letters.pdf(id);
      if (!pdf) throw new Error("the letter expired before its printout was made");
      return pdf;
    } finally {
      letters.delete(id);
    }
  }
}
