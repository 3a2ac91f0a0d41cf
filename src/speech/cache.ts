/**
 * Synthesised audio, kept in memory only: the audio says what is in a citizen's letter, so it never goes
 * to disk. Least recently used entries go first; the cache is bounded by entries and bytes, and each entry
 * expires after a time (a visitor who presses "listen again" gets it at once, the next visitor does not
 * inherit it for long).
 */
import { createHash } from "node:crypto";
import { DEFAULT_WORDS_PER_MINUTE, type SynthesisOptions, type TtsEngine } from "./tts.ts";

export interface AudioCacheOptions {
  maxEntries: number;
  maxBytes: number;
  ttlMs: number;
  /** The clock, in ms; tests pass their own to check expiry. */
  now?: () => number;
}

export class AudioCache {
  readonly #entries = new Map<string, { audio: Buffer; expires: number }>();
  readonly #options: AudioCacheOptions;
  readonly #now: () => number;
  #bytes = 0;

  constructor(options: AudioCacheOptions) {
    this.#options = options;
    this.#now = options.now ?? Date.now;
  }

  get size(): number {
    return this.#entries.size;
  }

  get bytes(): number {
    return this.#bytes;
  }

  get(key: string): Buffer | undefined {
    const entry = this.#entries.get(key);
    if (!entry) return undefined;
    this.#entries.delete(key);
    if (entry.expires <= this.#now()) {
      this.#bytes -= entry.audio.length;
      return undefined;
    }
    // Insert again: a Map keeps insertion order, so the first key is the least recently used.
    this.#entries.set(key, entry);
    return entry.audio;
  }

  set(key: string, audio: Buffer): void {
    this.delete(key);
    // One entry larger than the whole budget would only push everything else out.
    if (audio.length > this.#options.maxBytes) return;
    this.#entries.set(key, { audio, expires: this.#now() + this.#options.ttlMs });
    this.#bytes += audio.length;
    for (const oldest of this.#entries.keys()) {
      if (this.#entries.size <= this.#options.maxEntries && this.#bytes <= this.#options.maxBytes) break;
      this.delete(oldest);
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#entries.delete(key);
    this.#bytes -= entry.audio.length;
  }

  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
  }
}

/** A hash, so the cache holds no letter text in its keys. */
export function speechCacheKey(engine: string, text: string, opts: SynthesisOptions): string {
  const wpm = opts.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
  const parts = [engine, opts.lang, String(wpm), opts.ssml ? "ssml" : "text", text];
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

/**
 * The engine with the cache in front. Requests for the same audio that arrive while it is being made
 * share one synthesis (two kiosk taps, a page that asks twice).
 */
export function withCache(engine: TtsEngine, cache: AudioCache): TtsEngine {
  const pending = new Map<string, Promise<Buffer>>();
  return {
    name: engine.name,
    synthesize(text, opts) {
      const key = speechCacheKey(engine.name, text, opts);
      const cached = cache.get(key);
      if (cached) return Promise.resolve(cached);
      let job = pending.get(key);
      if (!job) {
        job = engine
          .synthesize(text, opts)
          .then((audio) => {
            cache.set(key, audio);
            return audio;
          })
          .finally(() => pending.delete(key));
        pending.set(key, job);
      }
      return job;
    },
  };
}
