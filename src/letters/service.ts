/**
 * Explaining letters for citizens: analyse, explain, keep the result in memory for a while, and make the printout and
 * the spoken summary on demand through bounded pools. Routes call this; it holds no HTTP.
 */
import type { Analyzer } from "../analysis/index.ts";
import type { AnalysisData, Language } from "../analysis/types.ts";
import { buildExplanation, type Explanation } from "../explanation/build.ts";
import type { CompoundSplits } from "../explanation/compounds.ts";
import { acronymReader, type SpeechScript, type SpeechScripts, speechScripts } from "../explanation/speech.ts";
import type { ReceiptAnswer } from "../explanation/when.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import type { OcrSummary } from "../ocr/read.ts";
import { markUncertainFacts } from "../ocr/uncertain.ts";
import type { BrowserPool } from "../render/browser-pool.ts";
import { printPdf } from "../render/letter-print.ts";
import { encodeAudio } from "../speech/encode.ts";
import type { TtsEngine } from "../speech/tts.ts";
import type { Pool } from "../util/pool.ts";
import { MemoryStore } from "./store.ts";

export interface ExplainedLetter {
  text: string;
  analysis: AnalysisData;
  explanation: Explanation;
  /** The essentials script (audio.wav); the same as `speeches.essentials`. */
  speech: SpeechScript;
  /** The three spoken tracks: essentials, the hard words, the whole explanation. */
  speeches: SpeechScripts;
  pdf?: Buffer;
  wav?: Buffer;
  /** Present when the text was read from a scan or photo. */
  ocr?: OcrSummary;
}

export interface LetterServiceDeps {
  analyzer: Analyzer;
  lexicons: Record<Language, readonly LexiconEntry[]>;
  compounds: CompoundSplits;
  ttlMinutes: number;
  longSentenceWords: number;
  tts: TtsEngine;
  /** Bounds speech synthesis: full → BUSY (503). */
  speechPool: Pool;
  browserPool: BrowserPool;
  wordsPerMinute: number;
  /** Today as ISO date (Europe/Brussels); injectable for tests. */
  today?: () => string;
}

export interface ExplainInput {
  text: string;
  lang?: Language;
  letterDate?: string;
  uiLang: Language;
  /** The text was read by OCR: facts on words read unsure are flagged for checking. */
  ocr?: OcrSummary;
}

export function brusselsToday(): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" }).format(new Date());
}

export class LetterService {
  readonly store: MemoryStore<ExplainedLetter>;
  private readonly readers = new Map<Language, (text: string) => string>();

  constructor(private readonly deps: LetterServiceDeps) {
    this.store = new MemoryStore({ ttlMs: deps.ttlMinutes * 60_000, maxEntries: 500 });
  }

  explain(input: ExplainInput): { id: string; letter: ExplainedLetter } {
    const today = (this.deps.today ?? brusselsToday)();
    const analyzed = this.deps.analyzer.analyze(input.text, {
      lang: input.lang,
      letterDate: input.letterDate,
      messageLang: input.uiLang,
      longSentenceWords: this.deps.longSentenceWords,
      today,
    });
    const analysis = input.ocr ? markUncertainFacts(analyzed, input.ocr.uncertain) : analyzed;
    const letter: ExplainedLetter = {
      text: input.text,
      analysis,
      ...this.explanationOf(input.text, analysis, input.uiLang, today, null),
      ...(input.ocr ? { ocr: input.ocr } : {}),
    };
    return { id: this.store.put(letter), letter };
  }

  /**
   * The visitor answered "Wanneer kreeg u deze brief?": the explanation is made again with the counted dates marked
   * as calculated; the printout and audio made before are dropped. Undefined when the letter is gone.
   */
  answerReceipt(id: string, answer: ReceiptAnswer): ExplainedLetter | undefined {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    const today = (this.deps.today ?? brusselsToday)();
    const { pdf: _pdf, wav: _wav, ...kept } = letter;
    const updated: ExplainedLetter = {
      ...kept,
      ...this.explanationOf(letter.text, letter.analysis, letter.explanation.uiLang, today, answer),
    };
    this.store.update(id, updated);
    return updated;
  }

  private explanationOf(
    text: string,
    analysis: AnalysisData,
    uiLang: Language,
    today: string,
    received: ReceiptAnswer | null,
  ): Pick<ExplainedLetter, "explanation" | "speech" | "speeches"> {
    const explanation = buildExplanation({
      text,
      analysis,
      uiLang,
      today,
      entry: (id) => this.deps.analyzer.entry(analysis.language, id),
      compounds: this.deps.compounds,
      received,
    });
    const speeches = speechScripts(explanation, this.acronyms(analysis.language));
    return { explanation, speech: speeches.essentials, speeches };
  }

  get(id: string): ExplainedLetter | undefined {
    return this.store.get(id);
  }

  delete(id: string): boolean {
    return this.store.delete(id);
  }

  /** The A4 printout; made once per letter (without QR code) and kept with it until it expires. */
  async pdf(id: string, audioUrl?: string): Promise<Buffer | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    if (!audioUrl && letter.pdf) return letter.pdf;
    const pdf = await printPdf(letter.explanation, {
      audioUrl,
      printedOn: (this.deps.today ?? brusselsToday)(),
      pool: this.deps.browserPool,
    });
    if (!audioUrl) this.store.update(id, { ...letter, pdf });
    return pdf;
  }

  /** The spoken summary as WAV, synthesised through the bounded speech pool. */
  async audio(id: string): Promise<Buffer | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    if (letter.wav) return letter.wav;
    const wav = await this.deps.speechPool.run(() =>
      this.deps.tts.synthesize(letter.speech.ssml, {
        lang: letter.speech.lang,
        wordsPerMinute: this.deps.wordsPerMinute,
        ssml: true,
      }),
    );
    this.store.update(id, { ...letter, wav });
    return wav;
  }

  /** The summary compressed (mp3 with lame), for phones and slow networks; undefined when the letter is gone. */
  async compressedAudio(id: string): Promise<Buffer | undefined> {
    const wav = await this.audio(id);
    if (!wav) return undefined;
    return this.deps.speechPool.run(() => encodeAudio(wav, "mp3"));
  }

  close(): void {
    this.store.close();
  }

  private acronyms(lang: Language): (text: string) => string {
    let reader = this.readers.get(lang);
    if (!reader) {
      reader = acronymReader(this.deps.lexicons[lang]);
      this.readers.set(lang, reader);
    }
    return reader;
  }
}
