/**
 * Explaining letters for citizens: analyse, explain, keep the result in memory for a while, and make the printout and
 * the spoken summary on demand through bounded pools. Routes call this; it holds no HTTP.
 */
import type { Analyzer } from "../analysis/index.ts";
import type { AnalysisData, Language } from "../analysis/types.ts";
import { buildExplanation, type Explanation } from "../explanation/build.ts";
import type { CompoundSplits } from "../explanation/compounds.ts";
import { acronymReader, type SpeechScript, speechScript } from "../explanation/speech.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import type { OcrSummary } from "../ocr/read.ts";
import { markUncertainFacts } from "../ocr/uncertain.ts";
import type { BrowserPool } from "../render/browser-pool.ts";
import { printPdf } from "../render/letter-print.ts";
import { encodeAudio } from "../speech/encode.ts";
import type { TtsEngine } from "../speech/tts.ts";
import type { Pool } from "../util/pool.ts";
import { MemoryStore } from "./store.ts";
import { speechTracks, type Track } from "./tracks.ts";

export interface ExplainedLetter {
  text: string;
  analysis: AnalysisData;
  explanation: Explanation;
  speech: SpeechScript;
  pdf?: Buffer;
  /** The spoken tracks made so far (essentials first, made in the background as soon as the letter is explained). */
  wavs?: Partial<Record<Track, Buffer>>;
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

/** What goes into a printout besides the essentials page. */
export interface PdfChoice {
  /** A QR code that leads to the spoken summary. */
  audioUrl?: string;
  /** The hard words, on a page of their own. */
  words?: boolean;
  /** The letter with explanations in place. */
  letter?: boolean;
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
    const explanation = buildExplanation({
      text: input.text,
      analysis,
      uiLang: input.uiLang,
      today,
      entry: (id) => this.deps.analyzer.entry(analysis.language, id),
      compounds: this.deps.compounds,
    });
    const speech = speechScript(explanation, this.acronyms(analysis.language));
    const letter: ExplainedLetter = {
      text: input.text,
      analysis,
      explanation,
      speech,
      ...(input.ocr ? { ocr: input.ocr } : {}),
    };
    const id = this.store.put(letter);
    this.prepareAudio(id);
    return { id, letter };
  }

  get(id: string): ExplainedLetter | undefined {
    return this.store.get(id);
  }

  delete(id: string): boolean {
    return this.store.delete(id);
  }

  /**
   * The A4 printout: the essentials page, plus the hard words and the letter with explanations when asked for. The
   * default one (essentials only, without QR code) is made once per letter and kept with it until it expires.
   */
  async pdf(id: string, options: PdfChoice = {}): Promise<Buffer | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    const plain = !options.audioUrl && !options.words && !options.letter;
    if (plain && letter.pdf) return letter.pdf;
    const pdf = await printPdf(letter.explanation, {
      ...options,
      printedOn: (this.deps.today ?? brusselsToday)(),
      pool: this.deps.browserPool,
    });
    if (plain) this.store.update(id, { ...(this.store.get(id) ?? letter), pdf });
    return pdf;
  }

  /**
   * A spoken track as WAV, synthesised through the bounded speech pool (and the engine's cache): the essentials
   * (default), the hard words or the whole explanation. Kept with the letter until it expires.
   */
  async audio(id: string, track: Track = "essentials"): Promise<Buffer | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    const made = letter.wavs?.[track];
    if (made) return made;
    const script = speechTracks(letter.explanation, this.acronyms(letter.analysis.language))[track];
    const wav = await this.deps.speechPool.run(() =>
      this.deps.tts.synthesize(script.ssml, {
        lang: script.lang,
        wordsPerMinute: this.deps.wordsPerMinute,
        ssml: true,
      }),
    );
    // The letter may have been wiped meanwhile: then the audio is not kept.
    const now = this.store.get(id);
    if (now) this.store.update(id, { ...now, wavs: { ...now.wavs, [track]: wav } });
    return wav;
  }

  /** The text of a spoken track (for summary.txt and the tests). */
  script(id: string, track: Track = "essentials") {
    const letter = this.store.get(id);
    return letter && speechTracks(letter.explanation, this.acronyms(letter.analysis.language))[track];
  }

  /**
   * Starts the essentials audio in the background, so "listen" plays at once; a full speech pool (BUSY) or a
   * failing engine only means it is made on demand later.
   */
  prepareAudio(id: string): void {
    this.audio(id, "essentials").catch(() => {});
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
