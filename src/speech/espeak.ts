/** The espeak-ng speech engine: local, free, and fast enough to run on the counter PC. */
import { visitorLanguage } from "../languages.ts";
import { CommandError, pipeThroughCommand } from "../util/pipe.ts";
import { DEFAULT_WORDS_PER_MINUTE, type SynthesisOptions, type TtsEngine, TtsError } from "./tts.ts";
import { withExactSizes } from "./wav.ts";

/** espeak-ng accepts 80 to 450 words per minute. */
const MIN_WPM = 80;
const MAX_WPM = 450;

export interface EspeakOptions {
  /** The espeak-ng binary; tests can point elsewhere to check the "not installed" error. */
  command?: string;
  /** espeak-ng needs about 1 s per 2 minutes of speech; a hung process must not block a pool slot. */
  timeoutMs?: number;
}

export function createEspeakEngine(options: EspeakOptions = {}): TtsEngine {
  const command = options.command ?? "espeak-ng";
  const timeoutMs = options.timeoutMs ?? 20_000;
  return {
    name: "espeak-ng",
    async synthesize(text: string, opts: SynthesisOptions): Promise<Buffer> {
      const wpm = opts.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE;
      if (!Number.isInteger(wpm) || wpm < MIN_WPM || wpm > MAX_WPM) {
        throw new RangeError(`words per minute must be a whole number from ${MIN_WPM} to ${MAX_WPM}`);
      }
      if (text.trim() === "") throw new RangeError("there is no text to read");
      // -b 1: the input is UTF-8. -m: interpret SSML. The text goes on stdin, never in argv.
      const args = ["-v", visitorLanguage(opts.lang).voice, "-s", String(wpm), "-b", "1", ...(opts.ssml ? ["-m"] : [])];
      try {
        const wav = await pipeThroughCommand(command, [...args, "--stdout"], text, { timeoutMs });
        return withExactSizes(wav);
      } catch (error) {
        if (!(error instanceof CommandError)) throw error;
        if (error.code === "MISSING") {
          throw new TtsError(
            "espeak-ng is not installed. Install it with: apt-get install espeak-ng",
            "TTS_UNAVAILABLE",
          );
        }
        throw new TtsError(error.message, error.code === "TIMEOUT" ? "TTS_TIMEOUT" : "TTS_FAILED");
      }
    },
  };
}
