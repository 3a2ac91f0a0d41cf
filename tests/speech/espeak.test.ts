import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/analysis/types.ts";
import { createEspeakEngine } from "../../src/speech/espeak.ts";
import { toSsml } from "../../src/speech/ssml.ts";
import { readWavInfo } from "../../src/speech/wav.ts";

// Non-personal test sentences of 20 words each.
const SENTENCES = {
  nl: "Dit is een korte testzin voor de stem. Hij bevat geen gegevens van mensen. We meten hoe lang hij duurt.",
  fr: "Ceci est une courte phrase de test pour la voix. Elle ne contient aucune donnée personnelle. Nous mesurons sa durée.",
  de: "Dies ist ein kurzer Testsatz für die Stimme. Er enthält keine Daten von Menschen. Wir messen nur seine Länge hier.",
  en: "This is a short test for the voice. It holds no data about people. We measure how long it takes.",
} as const;

const engine = createEspeakEngine();

function soxiDuration(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const soxi = spawn("soxi", ["-D", file]);
    let out = "";
    soxi.stdout.on("data", (chunk: Buffer) => {
      out += chunk.toString();
    });
    soxi.on("error", reject);
    soxi.on("close", (code) => (code === 0 ? resolve(Number(out.trim())) : reject(new Error(`soxi exit ${code}`))));
  });
}

describe("espeak-ng engine", () => {
  it.each(LANGUAGES)("reads 20 words in %s as a RIFF/WAVE file of plausible length at 145 wpm", async (lang) => {
    const text = SENTENCES[lang];
    expect(text.split(/\s+/)).toHaveLength(20);
    const wav = await engine.synthesize(text, { lang });
    expect(wav.toString("ascii", 0, 4)).toBe("RIFF");
    expect(wav.toString("ascii", 8, 12)).toBe("WAVE");
    // The header sizes are the real ones (espeak-ng writes placeholders to a pipe).
    expect(wav.readUInt32LE(4)).toBe(wav.length - 8);
    const info = readWavInfo(wav);
    expect(info).toMatchObject({ channels: 1, bitsPerSample: 16, sampleRate: 22050 });
    // 20 words at 145 wpm is about 8 s, plus pauses at the full stops.
    expect(info.durationSeconds).toBeGreaterThan(5);
    expect(info.durationSeconds).toBeLessThan(15);
  });

  it("gives a file that soxi reads with the same duration", async () => {
    const wav = await engine.synthesize(SENTENCES.nl, { lang: "nl" });
    const file = join(tmpdir(), `klaar-test-${randomUUID()}.wav`);
    try {
      await writeFile(file, wav);
      expect(await soxiDuration(file)).toBeCloseTo(readWavInfo(wav).durationSeconds, 2);
    } finally {
      await rm(file, { force: true });
    }
  });

  it("reads slower at a lower speed", async () => {
    const normal = readWavInfo(await engine.synthesize(SENTENCES.en, { lang: "en" })).durationSeconds;
    const slow = readWavInfo(
      await engine.synthesize(SENTENCES.en, { lang: "en", wordsPerMinute: 100 }),
    ).durationSeconds;
    expect(slow).toBeGreaterThan(normal * 1.2);
  });

  it("reads SSML: tags are not spoken, the pause is there", async () => {
    const parts = [
      { heading: "Wat moet u doen?", sentences: ["U betaalt de rekening."] },
      { heading: "Vragen?", sentences: ["Bel ons."] },
    ];
    const ssml = toSsml(parts, "nl");
    const spoken = readWavInfo(await engine.synthesize(ssml, { lang: "nl", ssml: true })).durationSeconds;
    const plain = "Wat moet u doen? U betaalt de rekening. Vragen? Bel ons.";
    const plainSeconds = readWavInfo(await engine.synthesize(plain, { lang: "nl" })).durationSeconds;
    // Tags read aloud would take several times longer; the break and paragraphs add a little.
    expect(spoken).toBeGreaterThan(plainSeconds + 0.5);
    expect(spoken).toBeLessThan(plainSeconds * 2);
  });

  it("refuses an empty text and a speed espeak-ng cannot do", async () => {
    await expect(engine.synthesize("  ", { lang: "nl" })).rejects.toThrow(RangeError);
    await expect(engine.synthesize("Test.", { lang: "nl", wordsPerMinute: 20 })).rejects.toThrow(RangeError);
  });

  it("says clearly when espeak-ng is missing", async () => {
    const missing = createEspeakEngine({ command: "espeak-ng-not-installed" });
    await expect(missing.synthesize("Test.", { lang: "nl" })).rejects.toMatchObject({
      code: "TTS_UNAVAILABLE",
      message: expect.stringContaining("espeak-ng is not installed"),
    });
  });

  it("stops a synthesis that takes too long", async () => {
    const slow = createEspeakEngine({ timeoutMs: 5 });
    const longText = Array.from({ length: 200 }, () => SENTENCES.nl).join(" ");
    await expect(slow.synthesize(longText, { lang: "nl" })).rejects.toMatchObject({ code: "TTS_TIMEOUT" });
  });
});
