/**
 * A bounded pool of analysis worker threads, so no letter — however long — holds up the server's event loop
 * (/healthz, the kiosks, the display). At most `workers` letters are analysed at once and `maxQueue` wait; more get
 * BUSY (503 with Retry-After) at once. A job over the time limit ends its worker (a new one starts for the next job).
 *
 * Workers start on first use (src/util/worker-entry.ts: from the .ts sources or from dist/). The organisation's approved lexicon entries
 * (the workbench overlay) are sent to a worker before its next job whenever their version changed.
 */
import type { Worker } from "node:worker_threads";
import type { Language } from "../analysis/types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { BusyError } from "../util/pool.ts";
import { startWorker } from "../util/worker-entry.ts";
import type { AnalysisJob, AnalysisResult, AnalysisWorkerData, FromWorker, ToWorker } from "./analysis-jobs.ts";

const WORKER_ENTRY = new URL("./analysis-worker.ts", import.meta.url);

/** The approved entries of the workbench; `version` changes whenever they do. */
export interface OverlaySource {
  version(): number;
  entries(): Record<Language, LexiconEntry[]>;
}

export interface AnalysisPoolOptions {
  workers: number;
  maxQueue: number;
  /** Time limit of one job, from the moment a worker takes it. */
  timeoutMs: number;
  overlayDir?: string;
  longSentenceWords: number;
  /** Heap cap of one worker, MB. */
  maxHeapMb?: number;
}

/** A letter took longer than the time limit: its worker was stopped. Answered like BUSY (503, try again later). */
export class AnalysisTimeoutError extends Error {
  override name = "AnalysisTimeoutError";
  readonly code = "BUSY";
  readonly retryAfterSeconds = 30;
  constructor() {
    super("The analysis took too long.");
  }
}

export class AnalysisWorkerError extends Error {
  override name = "AnalysisWorkerError";
}

interface Task {
  job: AnalysisJob;
  resolve(result: unknown): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** Overlay version this worker has. */
  version: number;
  task?: Task;
  taskId: number;
  timer?: NodeJS.Timeout;
}

export class AnalysisPool {
  #slots: Slot[] = [];
  #queue: Task[] = [];
  #overlay: OverlaySource | undefined;
  #closed = false;
  #nextId = 1;

  constructor(private readonly options: AnalysisPoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new RangeError("workers must be 1 or more");
  }

  /** Where the approved entries come from (set once the workbench exists). */
  useOverlay(source: OverlaySource): void {
    this.#overlay = source;
  }

  /** Jobs running now and waiting, for the bench and tests. */
  get running(): number {
    return this.#slots.filter((s) => s.task).length;
  }
  get queued(): number {
    return this.#queue.length;
  }
  get workers(): number {
    return this.#slots.length;
  }

  /** A new job would be refused now: callers can answer 503 before they even read a large request body. */
  get full(): boolean {
    if (this.#closed) return true;
    if (this.#slots.length < this.options.workers || this.#slots.some((s) => s.ready && !s.task)) return false;
    const starting = this.#slots.filter((s) => !s.ready).length;
    return this.#queue.length >= this.options.maxQueue + starting;
  }

  run<J extends AnalysisJob>(job: J): Promise<AnalysisResult<J>> {
    return new Promise((resolve, reject) => {
      if (this.#closed) return reject(new AnalysisWorkerError("the analysis pool is closed"));
      const task: Task = { job, resolve: resolve as (r: unknown) => void, reject };
      const idle = this.#slots.find((s) => s.ready && !s.task);
      if (idle) return this.#start(idle, task);
      const starting = this.#slots.filter((s) => !s.ready).length;
      if (this.#slots.length < this.options.workers) {
        this.#queue.push(task);
        this.#spawn();
        return;
      }
      if (this.#queue.length >= this.options.maxQueue + starting) return reject(new BusyError());
      this.#queue.push(task);
    });
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#queue.splice(0)) task.reject(new AnalysisWorkerError("the analysis pool is closed"));
    const slots = this.#slots.splice(0);
    await Promise.all(
      slots.map((s) => {
        clearTimeout(s.timer);
        s.task?.reject(new AnalysisWorkerError("the analysis pool is closed"));
        return s.worker.terminate();
      }),
    );
  }

  #spawn(): void {
    const version = this.#overlay?.version() ?? 0;
    const data: Omit<AnalysisWorkerData, "entry"> = {
      overlayDir: this.options.overlayDir ?? "",
      longSentenceWords: this.options.longSentenceWords,
    };
    const worker = startWorker(WORKER_ENTRY, {
      workerData: data,
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 768 },
    });
    worker.unref();
    const slot: Slot = { worker, ready: false, version: 0, taskId: 0 };
    this.#slots.push(slot);
    // A worker starts with the shared lexicon; the approved entries follow as its first message.
    if (this.#overlay && version !== 0) this.#sendOverlay(slot);
    worker.on("message", (message: FromWorker) => this.#onMessage(slot, message));
    worker.on("error", (error: Error) => this.#onGone(slot, new AnalysisWorkerError(error.name)));
    worker.on("exit", () => this.#onGone(slot, new AnalysisWorkerError("the analysis worker stopped")));
  }

  #sendOverlay(slot: Slot): void {
    if (!this.#overlay) return;
    const version = this.#overlay.version();
    slot.worker.postMessage({ type: "overlay", version, entries: this.#overlay.entries() } satisfies ToWorker);
    slot.version = version;
  }

  #start(slot: Slot, task: Task): void {
    if (this.#overlay && this.#overlay.version() !== slot.version) this.#sendOverlay(slot);
    slot.task = task;
    slot.taskId = this.#nextId++;
    slot.worker.ref();
    slot.worker.postMessage({ type: "job", id: slot.taskId, job: task.job } satisfies ToWorker);
    slot.timer = setTimeout(() => {
      // Stop the worker: a runaway regular expression cannot be interrupted any other way.
      this.#onGone(slot, new AnalysisTimeoutError());
      void slot.worker.terminate();
    }, this.options.timeoutMs);
  }

  #pump(slot: Slot): void {
    const task = this.#queue.shift();
    if (task) this.#start(slot, task);
    else slot.worker.unref();
  }

  #onMessage(slot: Slot, message: FromWorker): void {
    if (message.type === "ready") {
      slot.ready = true;
      this.#pump(slot);
      return;
    }
    const task = slot.task;
    if (!task || message.id !== slot.taskId) return;
    clearTimeout(slot.timer);
    slot.task = undefined;
    if (message.type === "done") task.resolve(message.result);
    else task.reject(new AnalysisWorkerError(message.name));
    this.#pump(slot);
  }

  /** A worker ended (error, time limit, memory cap): its job fails, the others go on with a new worker. */
  #onGone(slot: Slot, error: Error): void {
    const index = this.#slots.indexOf(slot);
    if (index < 0) return;
    this.#slots.splice(index, 1);
    clearTimeout(slot.timer);
    const task = slot.task;
    slot.task = undefined;
    task?.reject(error);
    if (this.#closed) return;
    // A worker that could not even start would fail again: the waiting jobs get its error instead of a loop.
    if (!slot.ready && !this.#slots.some((s) => s.ready)) {
      for (const t of this.#queue.splice(0)) t.reject(error);
      return;
    }
    if (this.#queue.length > 0 && this.#slots.length < this.options.workers) this.#spawn();
  }
}
