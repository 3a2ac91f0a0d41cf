/**
 * The command thread: starts the command line tools (espeak-ng, poppler, lame, tesseract, …) for pipe.ts. Starting a
 * process blocks the thread that starts it until the new program runs (tens of milliseconds on a busy machine with a
 * large server process), so the server's main thread never does it. Output goes back without a copy.
 */
import { parentPort } from "node:worker_threads";
import { CommandError, type PipeOptions, runCommand } from "./run-command.ts";

export interface CommandJob {
  id: number;
  command: string;
  args: string[];
  input: Uint8Array | string;
  options: PipeOptions;
}

export type CommandAnswer =
  | { id: number; output: ArrayBuffer; length: number }
  | { id: number; error: { message: string; code: CommandError["code"] } };

const port = parentPort;
if (!port) throw new Error("command-worker.ts runs in a worker thread");

port.on("message", async (job: CommandJob) => {
  try {
    const out = await runCommand(job.command, job.args, job.input, job.options);
    // A small Buffer may share its memory with others: only a buffer of its own can be handed over.
    const whole = out.byteOffset === 0 && out.byteLength === out.buffer.byteLength;
    const output = (
      whole ? out.buffer : out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength)
    ) as ArrayBuffer;
    port.postMessage({ id: job.id, output, length: out.byteLength } satisfies CommandAnswer, [output]);
  } catch (error) {
    const code = error instanceof CommandError ? error.code : "FAILED";
    port.postMessage({ id: job.id, error: { message: (error as Error).message, code } } satisfies CommandAnswer);
  }
});
