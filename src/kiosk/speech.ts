/**
 * The spoken version of kiosk screens: a short script per screen and language, synthesised with the TTS engine
 * (espeak-ng) through a bounded pool and kept in an in-memory cache, so a screen is synthesised once and every
 * later "read aloud" starts at once. A script may mix languages (the language screen says "choose your language"
 * in each language); the parts are synthesised one by one and joined into one WAV.
 */
import { createHash } from "node:crypto";
import type { AudioCache } from "../speech/cache.ts";
import type { TtsEngine } from "../speech/tts.ts";
import { readWavInfo, wavFile } from "../speech/wav.ts";
import type { Pool } from "../util/pool.ts";

export interface SpeechPart {
  /** A visitor language code: its espeak-ng voice speaks the text. */
  lang: string;
  text: string;
}

export interface KioskSpeechDeps {
  engine: TtsEngine;
  cache: AudioCache;
  pool: Pool;
  wordsPerMinute: number;
}

export interface SpokenScreen {
  wav: Buffer;
  /** True when the audio came from the cache, false when it was synthesised for this request. */
  cached: boolean;
}

/** Half a second of silence between parts in different languages. */
const PAUSE_SECONDS = 0.5;

export class KioskSpeech {
  readonly #pending = new Map<string, Promise<Buffer>>();

  constructor(private readonly deps: KioskSpeechDeps) {}

  key(parts: readonly SpeechPart[]): string {
    const hash = createHash("sha256").update(`${this.deps.engine.name}\u0000${this.deps.wordsPerMinute}`);
    for (const part of parts) hash.update(`\u0000${part.lang}\u0000${part.text}`);
    return hash.digest("hex");
  }

  async speak(parts: readonly SpeechPart[]): Promise<SpokenScreen> {
    if (parts.length === 0) throw new RangeError("there is nothing to say");
    const key = this.key(parts);
    const cached = this.deps.cache.get(key);
    if (cached) return { wav: cached, cached: true };
    let job = this.#pending.get(key);
    if (!job) {
      job = this.deps.pool
        .run(async () => {
          const wavs: Buffer[] = [];
          for (const part of parts) {
            wavs.push(
              await this.deps.engine.synthesize(part.text, {
                lang: part.lang,
                wordsPerMinute: this.deps.wordsPerMinute,
              }),
            );
          }
          return joinWavs(wavs);
        })
        .then((wav) => {
          this.deps.cache.set(key, wav);
          return wav;
        })
        .finally(() => this.#pending.delete(key));
      this.#pending.set(key, job);
    }
    return { wav: await job, cached: false };
  }
}

/** One WAV from several of the same format, with a short pause between them. */
export function joinWavs(wavs: readonly Buffer[]): Buffer {
  const [first] = wavs;
  if (!first) throw new RangeError("no audio to join");
  if (wavs.length === 1) return first;
  const infos = wavs.map(readWavInfo);
  const format = infos[0] as ReturnType<typeof readWavInfo>;
  for (const info of infos) {
    if (
      info.sampleRate !== format.sampleRate ||
      info.channels !== format.channels ||
      info.bitsPerSample !== format.bitsPerSample
    ) {
      throw new Error("the audio parts have different formats");
    }
  }
  const blockAlign = (format.channels * format.bitsPerSample) / 8;
  const pause = Buffer.alloc(Math.round(format.sampleRate * PAUSE_SECONDS) * blockAlign);
  const chunks: Buffer[] = [];
  wavs.forEach((wav, i) => {
    const info = infos[i] as ReturnType<typeof readWavInfo>;
    if (i > 0) chunks.push(pause);
    chunks.push(wav.subarray(info.dataOffset, info.dataOffset + info.dataBytes));
  });
  const data = Buffer.concat(chunks);
  return wavFile(data, format);
}
