/**
 * Runs a command line tool as a filter: input on stdin, result from stdout, with a time limit (run-command.ts).
 * On the main thread the process is started from the command thread (command-worker.ts): starting a process blocks
 * its thread for tens of milliseconds on a busy machine, and the main thread must keep answering (/healthz, kiosks).
 * Inside a worker thread it runs there directly.
 */
import { isMainThread, type Worker } from "node:worker_threads";
import type { CommandAnswer, CommandJob } from "./command-worker.ts";
import { CommandError, type PipeOptions, runCommand } from "./run-command.ts";
import { startWorker } from "./worker-entry.ts";

export { CommandError, type CommandErrorCode, type PipeOptions } from "./run-command.ts";

const WORKER_ENTRY = new URL("./command-worker.ts", import.meta.url);

interface Pending {
  resolve(out: Buffer): void;
  reject(error: Error): void;
}

let thread: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 1;

function commandThread() {
  if (thread) return thread;
  const worker = startWorker(WORKER_ENTRY);
  const pending = new Map<number, Pending>();
  const current = { worker, pending };
  const fail = (error: Error) => {
    if (thread === current) thread = undefined;
    for (const p of pending.values()) p.reject(error);
    pending.clear();
  };
  worker.on("message", (answer: CommandAnswer) => {
    const p = pending.get(answer.id);
    if (!p) return;
    pending.delete(answer.id);
    if (pending.size === 0) worker.unref();
    if ("error" in answer) p.reject(new CommandError(answer.error.message, answer.error.code));
    else p.resolve(Buffer.from(answer.output, 0, answer.length));
  });
  worker.on("error", (error: Error) => fail(new CommandError(`the command thread failed: ${error.name}`, "FAILED")));
  worker.on("exit", () => fail(new CommandError("the command thread stopped", "FAILED")));
  worker.unref();
  thread = current;
  return current;
}

export function pipeThroughCommand(
  command: string,
  args: string[],
  input: Uint8Array | string,
  options: PipeOptions,
): Promise<Buffer> {
  if (!isMainThread) return runCommand(command, args, input, options);
  const { worker, pending } = commandThread();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    // A view into a larger buffer is sent as its own bytes only (a message copies a view's whole buffer).
    const own =
      typeof input === "string" || input.byteLength === input.buffer.byteLength ? input : new Uint8Array(input);
    worker.postMessage({ id, command, args, input: own, options } satisfies CommandJob);
  });
}
