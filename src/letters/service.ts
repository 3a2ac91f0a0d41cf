/**
 * Explaining letters for citizens: analyse, explain, keep the result in memory for a while, and make the printout and
 * the spoken summary on demand through bounded pools. Routes call this; it holds no HTTP.
 */
import type { Explanation } from "../explanation/build.ts";
import type { SpeechScript, SpeechScripts } from "../explanation/speech.ts";
import type { ReceiptAnswer } from "../explanation/when.ts";
import type { OcrSummary } from "../ocr/read.ts";
import type { BrowserPool } from "../render/browser-pool.ts";
import { printPdf } from "../render/letter-print.ts";
import { encodeAudio } from "../speech/encode.ts";
import type { TtsEngine } from "../speech/tts.ts";
import type { Pool } from "../util/pool.ts";
import type { AnalysisPool } from "./analysis-pool.ts";
import type { ExplainInput } from "./explain.ts";
import { MemoryStore } from "./store.ts";
import type { Track } from "./tracks.ts";

export type { ExplainInput } from "./explain.ts";

/**
 * An explained letter as the server keeps it. The explanation arrives from the worker as JSON text: /api/explain
 * sends that text as it is, and the object is parsed once, the first time a page, printout or answer needs it.
 */
export class ExplainedLetter {
  #explanation: Explanation | undefined;
  /** The default printout (essentials only, no QR code), once made. */
  pdf?: Buffer;
  /** The spoken tracks made so far (essentials first, made in the background as soon as the letter is explained). */
  wavs: Partial<Record<Track, Buffer>> = {};

  constructor(
    /** What was explained, kept to explain it again when the visitor says when the letter came. */
    readonly input: ExplainInput,
    /** The explanation as JSON text. */
    readonly explanationJson: string,
    /** The three spoken tracks: essentials, the hard words, the whole explanation. */
    readonly speeches: SpeechScripts,
  ) {}

  get explanation(): Explanation {
    this.#explanation ??= JSON.parse(this.explanationJson) as Explanation;
    return this.#explanation;
  }
  get text(): string {
    return this.input.text;
  }
  /** The essentials script (audio.wav); the same as `speeches.essentials`. */
  get speech(): SpeechScript {
    return this.speeches.essentials;
  }
  /** Present when the text was read from a scan or photo. */
  get ocr(): OcrSummary | undefined {
    return this.input.ocr;
  }
}

export interface LetterServiceDeps {
  /** Analysis and explanation run in these worker threads: full → BUSY (503). */
  analysis: AnalysisPool;
  ttlMinutes: number;
  tts: TtsEngine;
  /** Bounds speech synthesis: full → BUSY (503). */
  speechPool: Pool;
  browserPool: BrowserPool;
  wordsPerMinute: number;
  /** Today as ISO date (Europe/Brussels); injectable for tests. */
  today?: () => string;
}

// Making a DateTimeFormat costs about a millisecond: one for every call.
const BRUSSELS_DATE = new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Brussels" });

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
  return BRUSSELS_DATE.format(new Date());
}

export class LetterService {
  readonly store: MemoryStore<ExplainedLetter>;

  constructor(private readonly deps: LetterServiceDeps) {
    this.store = new MemoryStore({ ttlMs: deps.ttlMinutes * 60_000, maxEntries: 500 });
  }

  /** Analyses and explains a letter in an analysis worker, then keeps it in memory for a while. */
  async explain(input: ExplainInput): Promise<{ id: string; letter: ExplainedLetter }> {
    const today = (this.deps.today ?? brusselsToday)();
    const { explanationJson, speeches } = await this.deps.analysis.run({ kind: "explain", input, today });
    const letter = new ExplainedLetter(input, explanationJson, speeches);
    const id = this.store.put(letter);
    this.prepareAudio(id);
    return { id, letter };
  }

  /**
   * The visitor answered "Wanneer kreeg u deze brief?": the letter is explained again (in a worker) with the counted
   * dates marked as calculated; the printout and audio made before are dropped. Undefined when the letter is gone.
   */
  async answerReceipt(id: string, answer: ReceiptAnswer): Promise<ExplainedLetter | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    const today = (this.deps.today ?? brusselsToday)();
    const input = { ...letter.input, received: answer };
    const { explanationJson, speeches } = await this.deps.analysis.run({ kind: "explain", input, today });
    const updated = new ExplainedLetter(input, explanationJson, speeches);
    this.store.update(id, updated);
    return updated;
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
    // Kept only while this very letter is still there (not wiped, not explained again meanwhile).
    if (plain && this.store.get(id) === letter) letter.pdf = pdf;
    return pdf;
  }

  /**
   * A spoken track as WAV, synthesised through the bounded speech pool (and the engine's cache): the essentials
   * (default), the hard words or the whole explanation. Kept with the letter until it expires.
   */
  async audio(id: string, track: Track = "essentials"): Promise<Buffer | undefined> {
    const letter = this.store.get(id);
    if (!letter) return undefined;
    const made = letter.wavs[track];
    if (made) return made;
    const script = letter.speeches[track];
    const wav = await this.deps.speechPool.run(() =>
      this.deps.tts.synthesize(script.ssml, {
        lang: script.lang,
        wordsPerMinute: this.deps.wordsPerMinute,
        ssml: true,
      }),
    );
    // The letter may have been wiped or explained again meanwhile: then the audio is not kept.
    if (this.store.get(id) === letter) letter.wavs[track] = wav;
    return wav;
  }

  /** The text of a spoken track (for summary.txt and the tests). */
  script(id: string, track: Track = "essentials") {
    const letter = this.store.get(id);
    return letter?.speeches[track];
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
}
