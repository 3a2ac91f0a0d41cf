import { describe, expect, it } from "vitest";
import { AudioCache, speechCacheKey, withCache } from "../../src/speech/cache.ts";
import { createEspeakEngine } from "../../src/speech/espeak.ts";
import type { TtsEngine } from "../../src/speech/tts.ts";

/** The real engine, wrapped to count how often it really synthesises. */
function countingEspeak() {
  const real = createEspeakEngine();
  const counter = { calls: 0 };
  const engine: TtsEngine = {
    name: real.name,
    synthesize(text, opts) {
      counter.calls += 1;
      return real.synthesize(text, opts);
    },
  };
  return { engine, counter };
}

const TEXT = "Dit is een testzin zonder persoonlijke gegevens.";

describe("speech cache", () => {
  it("returns the same buffer without a second synthesis", async () => {
    const { engine, counter } = countingEspeak();
    const cached = withCache(engine, new AudioCache({ maxEntries: 10, maxBytes: 10_000_000, ttlMs: 60_000 }));
    const first = await cached.synthesize(TEXT, { lang: "nl" });
    const second = await cached.synthesize(TEXT, { lang: "nl" });
    expect(second).toBe(first);
    expect(counter.calls).toBe(1);
    // Another speed is other audio.
    await cached.synthesize(TEXT, { lang: "nl", wordsPerMinute: 120 });
    expect(counter.calls).toBe(2);
  });

  it("shares one synthesis between requests that arrive together", async () => {
    const { engine, counter } = countingEspeak();
    const cached = withCache(engine, new AudioCache({ maxEntries: 10, maxBytes: 10_000_000, ttlMs: 60_000 }));
    const [a, b] = await Promise.all([
      cached.synthesize(TEXT, { lang: "fr" }),
      cached.synthesize(TEXT, { lang: "fr" }),
    ]);
    expect(a).toBe(b);
    expect(counter.calls).toBe(1);
  });

  it("keys by engine, language, speed, kind and text, and keeps no text in the key", () => {
    const key = speechCacheKey("espeak-ng", TEXT, { lang: "nl" });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(speechCacheKey("espeak-ng", TEXT, { lang: "nl", wordsPerMinute: 145 })).toBe(key);
    expect(speechCacheKey("espeak-ng", TEXT, { lang: "fr" })).not.toBe(key);
    expect(speechCacheKey("espeak-ng", TEXT, { lang: "nl", wordsPerMinute: 120 })).not.toBe(key);
    expect(speechCacheKey("espeak-ng", TEXT, { lang: "nl", ssml: true })).not.toBe(key);
    expect(speechCacheKey("other", TEXT, { lang: "nl" })).not.toBe(key);
  });

  it("drops the least recently used entry when full (entries and bytes)", () => {
    const cache = new AudioCache({ maxEntries: 2, maxBytes: 100, ttlMs: 60_000 });
    cache.set("a", Buffer.alloc(10));
    cache.set("b", Buffer.alloc(10));
    cache.get("a");
    cache.set("c", Buffer.alloc(10));
    expect([cache.get("a") !== undefined, cache.get("b") !== undefined, cache.get("c") !== undefined]).toEqual([
      true,
      false,
      true,
    ]);
    cache.set("d", Buffer.alloc(95));
    expect(cache.size).toBe(1);
    expect(cache.bytes).toBe(95);
    cache.set("huge", Buffer.alloc(101));
    expect(cache.get("huge")).toBeUndefined();
  });

  it("forgets entries after the TTL", () => {
    let now = 0;
    const cache = new AudioCache({ maxEntries: 10, maxBytes: 1000, ttlMs: 1000, now: () => now });
    cache.set("a", Buffer.alloc(10));
    now = 999;
    expect(cache.get("a")).toBeDefined();
    now = 1000;
    expect(cache.get("a")).toBeUndefined();
    expect(cache.bytes).toBe(0);
  });
});
