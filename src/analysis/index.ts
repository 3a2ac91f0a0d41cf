/**
 * The analysis core: text in, a typed analysis out. Pure: the lexicon and word lists are handed in by the caller
 * (see src/lexicon/load.ts), so the same code runs in the CLI, the server, the workbench and the tests.
 */
import type { LexiconEntry } from "../lexicon/schema.ts";
import { evaluateChecklist } from "./checklist.ts";
import { extractFacts } from "./facts/index.ts";
import { GRAMMARS } from "./grammar.ts";
import { detectLanguage } from "./language.ts";
import { buildLetterModel } from "./letter/index.ts";
import { LexiconIndex } from "./lexicon-index.ts";
import { measureReadability } from "./readability.ts";
import { RULES, type RuleContext } from "./rules/index.ts";
import { splitSentences, tokenize } from "./tokenize.ts";
import { type AnalysisData, type AnalyzeOptions, type FindingData, LANGUAGES, type Language } from "./types.ts";

export interface AnalyzerResources {
  lexicons: Partial<Record<Language, readonly LexiconEntry[]>>;
  /** Lower-case words that are common (Zipf ≥ 3), per language where a frequency list exists. */
  commonWords?: Partial<Record<Language, ReadonlySet<string>>>;
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
  const byId = new Map<string, LexiconEntry>();
  for (const lang of LANGUAGES) {
    const entries = resources.lexicons[lang] ?? [];
    for (const e of entries) byId.set(`${lang}:${e.id}`, e);
  }
  const indexFor = (lang: Language) => {
    let index = indexes.get(lang);
    if (!index) {
      index = new LexiconIndex(resources.lexicons[lang] ?? [], lang, GRAMMARS[lang], resources.commonWords?.[lang]);
      indexes.set(lang, index);
    }
    return index;
  };

  return {
    entry: (lang, id) => byId.get(`${lang}:${id}`),
    analyze(rawText, options = {}) {
      // Offsets refer to the text as given; only invisible noise that breaks matching is neutralised, length-preserving.
      // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point here
      const text = String(rawText ?? "").replace(/[\u0000-\u0008\u000B\u000E-\u001F\u200B\uFEFF]/g, " ");
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
        messageLang,
        tokens,
        sentences,
        grammar,
        lexicon,
        terms: lexicon.match(tokens, sentences),
        commonWords,
        longSentenceWords: options.longSentenceWords ?? DEFAULT_LONG_SENTENCE_WORDS,
      };
      const findings: FindingData[] = RULES.flatMap((rule) => rule.run(ctx)).sort(
        (a, b) => a.start - b.start || b.end - a.end,
      );
      const today = options.today ?? new Date().toISOString().slice(0, 10);
      const facts = extractFacts(text, lang, { letterDate: options.letterDate, today, messageLang });
      const checklist = evaluateChecklist({ text, lang, sentences, facts });
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
          ...(options.letterDate ? { givenLetterDate: options.letterDate } : {}),
        }),
      };
    },
  };
}

export type * from "./types.ts";
