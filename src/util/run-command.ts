/**
 * Runs a command line tool as a filter, in the calling thread: input on stdin, result from stdout, with a time limit.
 * Input never goes into argv or a file: it may be a citizen's letter, and argv is visible to every user of the machine
 * (ps). The server calls it through pipe.ts, which runs it in the command thread (command-worker.ts).
 */
import { spawn } from "node:child_process";

export type CommandErrorCode = "MISSING" | "TIMEOUT" | "TOO_LARGE" | "FAILED";

export class CommandError extends Error {
  override name = "CommandError";
  constructor(
    message: string,
    readonly code: CommandErrorCode,
  ) {
    super(message);
  }
}

export interface PipeOptions {
  /** Kill the process after this many milliseconds. */
  timeoutMs: number;
  /** Kill the process when its output grows past this, to protect memory. */
  maxOutputBytes?: number;
  /** Extra environment variables for the command (added to this process's environment). */
  env?: Record<string, string>;
}

const DEFAULT_MAX_OUTPUT = 64 * 1024 * 1024;

export function runCommand(
  command: string,
  args: string[],
  input: Uint8Array | string,
  options: PipeOptions,
): Promise<Buffer> {
  const maxOutput = options.maxOutputBytes ?? DEFAULT_MAX_OUTPUT;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["pipe", "pipe", "pipe"],
      ...(options.env ? { env: { ...process.env, ...options.env } } : {}),
    });
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = "";
    let failure: CommandError | undefined;

    const stop = (error: CommandError) => {
      failure ??= error;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(
      () => stop(new CommandError(`${command} took longer than ${options.timeoutMs} ms`, "TIMEOUT")),
      options.timeoutMs,
    );

    child.stdout.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) stop(new CommandError(`${command} gave more than ${maxOutput} bytes`, "TOO_LARGE"));
      else chunks.push(chunk);
    });
    child.stderr.on("data", (chunk: Buffer) => {
      // Enough for a diagnosis; these tools do not echo their input.
      if (stderr.length < 300) stderr += chunk.toString("utf8");
    });
    child.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === "ENOENT"
          ? new CommandError(`${command} is not installed`, "MISSING")
          : new CommandError(`${command} could not start: ${error.message}`, "FAILED"),
      );
    });
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      if (failure) reject(failure);
      else if (code !== 0) {
        const detail = stderr.trim().slice(0, 300);
        reject(new CommandError(`${command} stopped with ${signal ?? `exit code ${code}`}: ${detail}`, "FAILED"));
      } else resolve(Buffer.concat(chunks));
    });
    // The process may exit before it reads all input (a bad option); "close" reports that, not EPIPE.
    child.stdin.on("error", () => {});
    child.stdin.end(input);
  });
}
