/**
 * The estimate of how long espeak-ng speaks a script (used to keep the spoken essentials under a minute before any
 * audio exists) against the real length of the real engine's audio.
 */
import { describe, expect, it } from "vitest";
import { estimateSeconds } from "../../src/speech/duration.ts";
import { createEspeakEngine } from "../../src/speech/espeak.ts";
import { readWavInfo } from "../../src/speech/wav.ts";

const speak = (locale: string, body: string) =>
  `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${locale}">${body}</speak>`;
const B = '<break time="400ms"/>';

const SCRIPTS = [
  speak(
    "nl-BE",
    `<p><s>De stad vraagt dat u ${B}<prosody rate="slow">honderdtien euro en acht cent</prosody>${B} betaalt voor de parkeerkaart.</s></p><break time="600ms"/><p><s>Zet deze code bij de betaling: ${B}<prosody rate="slow">drie vijf zeven${B}vier vijf zeven één${B}drie vijf vijf nul acht</prosody>${B}.</s><s>Niet akkoord? Reageer binnen 30 dagen nadat u de brief kreeg.</s></p>`,
  ),
  speak(
    "fr-BE",
    `<p><s>Le CPAS vous accorde le revenu d'intégration à partir du ${B}<prosody rate="slow">lundi premier mars deux mille vingt-sept</prosody>${B}.</s></p><break time="600ms"/><p><s>Vous n'êtes pas d'accord ? Vous pouvez faire appel au tribunal du travail dans les trois mois.</s></p>`,
  ),
];

describe("estimateSeconds", () => {
  it("is within a few seconds of what espeak-ng makes at the default rate", { timeout: 30_000 }, async () => {
    const engine = createEspeakEngine();
    for (const [ssml, lang] of [
      [SCRIPTS[0], "nl"],
      [SCRIPTS[1], "fr"],
    ] as const) {
      const wav = await engine.synthesize(ssml as string, { lang, ssml: true });
      const real = readWavInfo(wav).durationSeconds;
      expect(real).toBeGreaterThan(8);
      expect(Math.abs(estimateSeconds(ssml as string, lang) - real), `${lang}: ${real} s`).toBeLessThan(
        Math.max(3, real * 0.12),
      );
    }
  });

  it("counts slow values and breaks as longer than the same words said plainly", () => {
    const plain = speak("nl-BE", "<s>drie vijf zeven vier vijf zeven</s>");
    const slow = speak("nl-BE", `<s><prosody rate="slow">drie vijf zeven${B}vier vijf zeven</prosody></s>`);
    expect(estimateSeconds(slow, "nl")).toBeGreaterThan(estimateSeconds(plain, "nl") + 0.4);
  });
});
