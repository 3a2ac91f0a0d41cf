import { describe, expect, it } from "vitest";
import { encodeAudio, encoderAvailable } from "../../src/speech/encode.ts";
import { createEspeakEngine } from "../../src/speech/espeak.ts";

const wav = await createEspeakEngine().synthesize("Dit is een testzin zonder persoonlijke gegevens.", { lang: "nl" });

describe("encodeAudio", () => {
  it("makes an MP3 that is much smaller than the WAV", async () => {
    expect(await encoderAvailable("mp3")).toBe(true);
    const mp3 = await encodeAudio(wav, "mp3");
    // An MPEG frame sync (lame writes no ID3 tag to a pipe) or an ID3 tag.
    expect(mp3[0] === 0xff || mp3.toString("ascii", 0, 3) === "ID3").toBe(true);
    expect(mp3.length).toBeLessThan(wav.length / 4);
  });

  it("makes an Ogg Opus file", async () => {
    expect(await encoderAvailable("opus")).toBe(true);
    const opus = await encodeAudio(wav, "opus");
    expect(opus.toString("ascii", 0, 4)).toBe("OggS");
    expect(opus.includes(Buffer.from("OpusHead"))).toBe(true);
    expect(opus.length).toBeLessThan(wav.length / 8);
  });
});
