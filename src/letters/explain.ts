/**
 * One letter explained: analysis, the citizen explanation and the speech script. Pure and synchronous; it runs in an
 * analysis worker thread (analysis-worker.ts), never on the server's main thread.
 */
import type { Analyzer } from "../analysis/index.ts";
import type { Language } from "../analysis/types.ts";
import { buildExplanation, type Explanation } from "../explanation/build.ts";
import type { CompoundSplits } from "../explanation/compounds.ts";
import { acronymReader, type SpeechScripts, speechScripts } from "../explanation/speech.ts";
import type { ReceiptAnswer } from "../explanation/when.ts";
import { isLetterLanguage } from "../languages.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import type { OcrSummary } from "../ocr/read.ts";
import { markUncertainFacts } from "../ocr/uncertain.ts";

export interface ExplainInput {
  text: string;
  lang?: Language;
  letterDate?: string;
  /** The reader's language: any visitor language (src/languages.ts). */
  uiLang: string;
  /** The text was read by OCR: facts on words read unsure are flagged for checking. */
  ocr?: OcrSummary;
  /** The visitor's answer to "Wanneer kreeg u deze brief?", once given. */
  received?: ReceiptAnswer | null;
}

/** What the server keeps of an explained letter. The analysis itself stays in the worker: copying its findings back
 * to the main thread would cost more than making them (80 ms for a 200,000-character letter). */
export interface Explained {
  explanation: Explanation;
  speeches: SpeechScripts;
}

/**
 * An explanation as it leaves the worker: the explanation as JSON text (1.2 MB for a 200,000-character letter), so
 * the main thread neither copies an object graph (structured clone) nor writes JSON for /api/explain; it parses the
 * text only when a page or printout needs the object. The speech scripts are small and come as they are.
 */
export interface ExplainedJson {
  explanationJson: string;
  speeches: SpeechScripts;
}

export function toExplainedJson(explained: Explained): ExplainedJson {
  return { explanationJson: JSON.stringify(explained.explanation), speeches: explained.speeches };
}

export interface ExplainResources {
  analyzer: Analyzer;
  lexicons: Record<Language, readonly LexiconEntry[]>;
  compounds: CompoundSplits;
  longSentenceWords: number;
}

/** Explains letters with one set of resources; keeps an acronym reader per language. */
export function createExplainer(resources: ExplainResources): (input: ExplainInput, today: string) => Explained {
  const readers = new Map<Language, (text: string) => string>();
  const acronyms = (lang: Language) => {
    let reader = readers.get(lang);
    if (!reader) {
      reader = acronymReader(resources.lexicons[lang] ?? []);
      readers.set(lang, reader);
    }
    return reader;
  };
  return (input, today) => {
    const analyzed = resources.analyzer.analyze(input.text, {
      lang: input.lang,
      letterDate: input.letterDate,
      messageLang: isLetterLanguage(input.uiLang) ? input.uiLang : undefined,
      longSentenceWords: resources.longSentenceWords,
      today,
    });
    const analysis = input.ocr ? markUncertainFacts(analyzed, input.ocr.uncertain) : analyzed;
    const explanation = buildExplanation({
      text: input.text,
      analysis,
      uiLang: input.uiLang,
      today,
      entry: (id) => resources.analyzer.entry(analysis.language, id),
      compounds: resources.compounds,
      received: input.received ?? null,
    });
    return { explanation, speeches: speechScripts(explanation, acronyms(analysis.language)) };
  };
}
