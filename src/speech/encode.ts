/**
 * WAV → compressed audio for the browser. One minute of espeak-ng speech is 2.6 MB as WAV, 360 kB as MP3
 * and 180 kB as Opus, which matters on the kiosk network. We use the Debian tools lame and opusenc.
 */
import { CommandError, pipeThroughCommand } from "../util/pipe.ts";

export type AudioFormat = "mp3" | "opus";

export const AUDIO_CONTENT_TYPES: Record<AudioFormat | "wav", string> = {
  wav: "audio/wav",
  mp3: "audio/mpeg",
  opus: "audio/ogg; codecs=opus",
};

// Mono speech sounds clear at 48 kbit/s MP3 and 24 kbit/s Opus. Opus complexity 5 encodes in about 60% of
// the time of the default 10, at the same size.
const ENCODERS: Record<AudioFormat, { command: string; args: string[] }> = {
  mp3: { command: "lame", args: ["--quiet", "-m", "m", "-b", "48", "-", "-"] },
  opus: { command: "opusenc", args: ["--quiet", "--speech", "--bitrate", "24", "--comp", "5", "-", "-"] },
};

export class EncoderUnavailableError extends Error {
  override name = "EncoderUnavailableError";
  readonly code = "ENCODER_UNAVAILABLE";
  constructor(format: AudioFormat) {
    super(`${ENCODERS[format].command} is not installed, so ${format} audio is not available`);
  }
}

const available = new Map<AudioFormat, Promise<boolean>>();

/** Whether the encoder binary runs. Checked once per process. */
export function encoderAvailable(format: AudioFormat): Promise<boolean> {
  let check = available.get(format);
  if (!check) {
    check = pipeThroughCommand(ENCODERS[format].command, ["--version"], "", { timeoutMs: 5_000 }).then(
      () => true,
      () => false,
    );
    available.set(format, check);
  }
  return check;
}

export async function encodeAudio(
  wav: Buffer,
  format: AudioFormat,
  options: { timeoutMs?: number } = {},
): Promise<Buffer> {
  if (!(await encoderAvailable(format))) throw new EncoderUnavailableError(format);
  const { command, args } = ENCODERS[format];
  try {
    return await pipeThroughCommand(command, args, wav, { timeoutMs: options.timeoutMs ?? 20_000 });
  } catch (error) {
    if (error instanceof CommandError && error.code === "MISSING") throw new EncoderUnavailableError(format);
    throw error;
  }
}
