/**
 * The kiosk letter flow while Klaar works: reading a photo or PDF (OCR can take a minute), explaining, and making the
 * spoken essentials happen in the background, so the visitor sees a "working on it" screen with its steps instead of
 * a page that hangs. A letter of several pages is gathered page by page in a draft before it is explained.
 * Everything is in memory and short-lived: jobs and drafts hold letter text, so they go after a few minutes, and a
 * draft goes at once when the visitor is done.
 */
import { randomUUID } from "node:crypto";

export const JOB_STEPS = ["read", "explain", "speak"] as const;
export type JobStep = (typeof JOB_STEPS)[number];

export type LetterJob =
  | { state: "working"; step: JobStep }
  /** Done: the explained letter, or (after "one more page") the draft with one more page. */
  | { state: "done"; letterId: string | null; pages: number }
  | { state: "failed"; problem: { title: string; detail: string }; text: string; status: number };

interface Entry<T> {
  value: T;
  expires: number;
}

/** Jobs and drafts live this long; a visitor who walks away loses nothing that matters. */
const TTL_MS = 15 * 60_000;
const MAX_ENTRIES = 200;

class ShortStore<T> {
  readonly #entries = new Map<string, Entry<T>>();

  get(id: string): T | undefined {
    const entry = this.#entries.get(id);
    if (!entry) return undefined;
    if (entry.expires > Date.now()) return entry.value;
    this.#entries.delete(id);
    return undefined;
  }

  set(id: string, value: T): void {
    this.#entries.set(id, { value, expires: Date.now() + TTL_MS });
    while (this.#entries.size > MAX_ENTRIES) {
      const oldest = this.#entries.keys().next().value as string;
      this.#entries.delete(oldest);
    }
  }

  delete(id: string): void {
    this.#entries.delete(id);
  }
}

export class LetterJobs {
  readonly #jobs = new ShortStore<LetterJob>();
  readonly #drafts = new ShortStore<string[]>();

  /** Starts a job; `work` reports its steps and returns how it ended. */
  start(work: (step: (s: JobStep) => void) => Promise<LetterJob>): string {
    const id = randomUUID();
    this.#jobs.set(id, { state: "working", step: "read" });
    const step = (s: JobStep) => {
      if (this.#jobs.get(id)?.state === "working") this.#jobs.set(id, { state: "working", step: s });
    };
    void work(step).then(
      (end) => this.#jobs.set(id, end),
      () => this.#jobs.delete(id),
    );
    return id;
  }

  job(id: string): LetterJob | undefined {
    return this.#jobs.get(id);
  }

  /** The pages of a letter given so far (text per page). */
  pages(draftId: string | undefined): string[] {
    return (draftId && this.#drafts.get(draftId)) || [];
  }

  /** The draft of this id, or a new empty one; returns its id. */
  draft(draftId: string | undefined): string {
    if (draftId && this.#drafts.get(draftId)) return draftId;
    const id = randomUUID();
    this.#drafts.set(id, []);
    return id;
  }

  /** Adds a page to a draft; returns how many pages it has now. */
  addPage(draftId: string, text: string): number {
    const pages = [...this.pages(draftId), text];
    this.#drafts.set(draftId, pages);
    return pages.length;
  }

  dropDraft(draftId: string | undefined): void {
    if (draftId) this.#drafts.delete(draftId);
  }
}

/** How far a job is, 0..1, for the progress bar: a step counts as half done while it runs. */
export function jobProgress(job: LetterJob): number {
  if (job.state !== "working") return 1;
  return (JOB_STEPS.indexOf(job.step) + 0.5) / JOB_STEPS.length;
}
