/** What the rest of Klaar needs from a speech engine. espeak-ng is the first; others can follow. */

/** Slower than everyday speech (about 160–180), for listeners who read with difficulty. */
export const DEFAULT_WORDS_PER_MINUTE = 145;

export interface SynthesisOptions {
  /** A visitor language code (src/languages.ts): its espeak-ng voice is used. */
  lang: string;
  wordsPerMinute?: number;
  /** The text is SSML (see ssml.ts), not plain text. */
  ssml?: boolean;
}

export interface TtsEngine {
  name: string;
  /** Returns a PCM WAV file with correct header sizes. */
  synthesize(text: string, opts: SynthesisOptions): Promise<Buffer>;
}

export type TtsErrorCode = "TTS_UNAVAILABLE" | "TTS_TIMEOUT" | "TTS_FAILED";

export class TtsError extends Error {
  override name = "TtsError";
  constructor(
    message: string,
    readonly code: TtsErrorCode,
  ) {
    super(message);
  }
}
