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

export type { ExplainInput } from "./explain.ts";

export interface ExplainedLetter {
  text: string;
  /** What was explained, kept to explain it again when the visitor says when the letter came. */
  input: ExplainInput;
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
    const { explanation, speeches } = await this.deps.analysis.run({ kind: "explain", input, today });
    const letter: ExplainedLetter = {
      text: input.text,
      input,
      explanation,
      speech: speeches.essentials,
      speeches,
      ...(input.ocr ? { ocr: input.ocr } : {}),
    };
    return { id: this.store.put(letter), letter };
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
    const { explanation, speeches } = await this.deps.analysis.run({ kind: "explain", input, today });
    const { pdf: _pdf, wav: _wav, ...kept } = letter;
    const updated: ExplainedLetter = { ...kept, input, explanation, speech: speeches.essentials, speeches };
    this.store.update(id, updated);
    return updated;
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
}
