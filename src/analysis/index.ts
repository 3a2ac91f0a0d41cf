/**
 * The analysis core: text in, a typed analysis out. Pure: the lexicon and word lists are handed in by the caller
 * (see src/lexicon/load.ts), so the same code runs in the CLI, the server, the workbench and the tests.
 */
import type { LexiconEntry } from "../lexicon/schema.ts";
import { evaluateChecklist } from "./checklist.ts";
import { findDateMatches } from "./facts/dates.ts";
import { extractFacts } from "./facts/index.ts";
import { GRAMMARS } from "./grammar.ts";
import { detectLanguage } from "./language.ts";
import { buildLetterModel } from "./letter/index.ts";
import { type CompiledIndex, LexiconIndex } from "./lexicon-index.ts";
import { measureReadability } from "./readability.ts";
import { RULES, type RuleContext } from "./rules/index.ts";
import { splitSentences, tokenize } from "./tokenize.ts";
import type { AnalysisData, AnalyzeOptions, FindingData, Language } from "./types.ts";
import { forgetOldWords } from "./word-memo.ts";
import { WordStarts } from "./word-starts.ts";

export interface AnalyzerResources {
  lexicons: Partial<Record<Language, readonly LexiconEntry[]>>;
  /** Lower-case words that are common (Zipf ≥ 3), per language where a frequency list exists. */
  commonWords?: Partial<Record<Language, ReadonlySet<string>>>;
  /** Lexicon indexes built at build time from exactly these lexicons (src/lexicon/compiled.ts); else built here. */
  indexes?: Partial<Record<Language, CompiledIndex>>;
}

export interface Analyzer {
  /** The analysis as data; src/i18n/analysis.ts puts it in words. */
  analyze(text: string, options?: AnalyzeOptions): AnalysisData;
  /** The lexicon entry for an id, for explanations and speech. */
  entry(lang: Language, id: string): LexiconEntry | undefined;
}

export const DEFAULT_LONG_SENTENCE_WORDS = 20;

export function createAnalyzer(resources: AnalyzerResources): Analyzer {
  const indexes = new Map<Language, LexiconIndex>();
  // Per language, made on first use: a CLI run on one letter reads only that letter's language.
  const byId = new Map<Language, Map<string, LexiconEntry>>();
  const entriesById = (lang: Language) => {
    let ids = byId.get(lang);
    if (!ids) {
      ids = new Map((resources.lexicons[lang] ?? []).map((e) => [e.id, e]));
      byId.set(lang, ids);
    }
    return ids;
  };
  const indexFor = (lang: Language) => {
    let index = indexes.get(lang);
    if (!index) {
      index = new LexiconIndex(
        resources.lexicons[lang] ?? [],
        lang,
        GRAMMARS[lang],
        resources.commonWords?.[lang],
        resources.indexes?.[lang],
      );
      indexes.set(lang, index);
    }
    return index;
  };

  return {
    entry: (lang, id) => entriesById(lang).get(id),
    analyze(rawText, options = {}) {
      try {
        return analyzeText(rawText, options);
      } finally {
        // The words of a letter stay in the memos for minutes at most (word-memo.ts).
        forgetOldWords();
      }
    },
  };

  function analyzeText(rawText: string, options: AnalyzeOptions): AnalysisData {
    {
      // Offsets refer to the text as given; only invisible noise that breaks matching is neutralised, length-preserving.
      const given = String(rawText ?? "");
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
      const text = given.replace(/[\u0000-\u0008\u000B\u000E-\u001F\u200B\uFEFF]/g, " ");
      const detected = options.lang ? null : detectLanguage(text);
      const lang: Language = options.lang ?? detected ?? "nl";
      const messageLang = options.messageLang ?? lang;
      const grammar = GRAMMARS[lang];
      const lexicon = indexFor(lang);
      const tokens = tokenize(text, lang);
      const sentences = splitSentences(text, tokens);
      const commonWords = resources.commonWords?.[lang];
      const ctx: RuleContext = {
        text,
        lang,
        tokens,
        sentences,
        grammar,
        lexicon,
        terms: lexicon.match(tokens, sentences),
        commonWords,
        longSentenceWords: options.longSentenceWords ?? DEFAULT_LONG_SENTENCE_WORDS,
      };
      const findings: FindingData[] = exactSpans(
        given,
        text,
        RULES.flatMap((rule) => rule.run(ctx)).sort((a, b) => a.start - b.start || b.end - a.end),
      );
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      // One scan for dates serves the facts, the letter date and the bottom line.
      // Where the words start, for the word patterns of the dates, facts, checklist and letter kind.
      const words = new WordStarts(text);
      const dateMatches = findDateMatches(text, words);
      const read = extractFacts(text, lang, { letterDate: options.letterDate, today, dateMatches, words });
      const facts = exactFactSpans(given, text, read);
      const checklist = evaluateChecklist({ text, lang, sentences, facts, words });
      return {
        version: 1,
        language: lang,
        languageSource: options.lang ? "given" : detected ? "detected" : "default",
        messageLanguage: messageLang,
        sentences,
        readability: measureReadability({
          lang,
          tokens,
          sentences,
          commonWords,
          functionWords: grammar.functionWords,
        }),
        findings,
        facts,
        isDecision: checklist.isDecision,
        letterKind: { kind: checklist.kind, confidence: checklist.kindConfidence },
        checklist: checklist.checklist,
        letter: buildLetterModel(text, lang, facts, {
          today,
          dateMatches,
          words,
          amounts: read.amounts,
          ...(options.letterDate ? { givenLetterDate: options.letterDate } : {}),
        }),
      };
    }
  }
}

/**
 * The analysis reads a copy of the text with invisible noise (NUL, zero-width space, BOM) turned into spaces, of the
 * same length; every `text` of a span is then taken again from the text as given, so it is exactly
 * `given.slice(start, end)`.
 */
function exactSpans<T extends { start: number; end: number; text: string }>(
  given: string,
  read: string,
  spans: T[],
): T[] {
  if (given === read) return spans;
  return spans.map((s) => ({ ...s, text: given.slice(s.start, s.end) }));
}

function isSpan(value: unknown): value is { start: number; end: number; text: string } {
  const v = value as { start?: unknown; end?: unknown; text?: unknown } | null;
  return typeof v?.start === "number" && typeof v.end === "number" && typeof v.text === "string";
}

function exactFactSpans(given: string, read: string, facts: AnalysisData["facts"]): AnalysisData["facts"] {
  if (given === read) return facts;
  const out: Record<string, unknown> = { ...facts };
  for (const [key, value] of Object.entries(facts)) {
    if (Array.isArray(value))
      out[key] = value.map((v) => (isSpan(v) ? { ...v, text: given.slice(v.start, v.end) } : v));
    else if (isSpan(value)) out[key] = { ...value, text: given.slice(value.start, value.end) };
  }
  return out as unknown as AnalysisData["facts"];
}

export type * from "./types.ts";
