/**
 * One warm Chromium shared by all renders: a few pages at once, a short queue, and a clear BUSY answer beyond that,
 * so a burst at the counter degrades into "try again in N seconds" instead of piling up memory.
 * Each job gets its own browser context (no cookies, cache or storage shared between letters) and a page whose
 * network is cut off except for data: URLs.
 */
import type { Browser, BrowserContext, HTTPRequest, Page } from "puppeteer-core";
import { BusyError, createPool } from "../util/pool.ts";
import { launchChromium } from "./chromium.ts";

export interface PageJobOptions {
  /** Whether the page's own scripts run. Letter content is always rendered with false. */
  javascript: boolean;
  /** Limit for the whole job once it has a page; the context is closed when it runs out. */
  timeoutMs: number;
  /** Also allow requests to this one local origin (http://127.0.0.1:PORT), for checking pages of a running server. */
  allowOrigin?: string;
  /**
   * The job empties what it put into the page (a letter's body) and changes neither media type nor viewport, so a
   * warm page keeps its document (the printout's styles and fonts, already decoded) for the next letter job instead
   * of going back to about:blank. A job that fails is never kept.
   */
  keepDocument?: boolean;
  /**
   * The page's window is minimized while the job runs: the page is laid out and can be printed, but no frame is drawn
   * for a screen nobody sees. For printouts this halves the renderer's work and the GPU process has none.
   */
  hidden?: boolean;
}

export interface BrowserPoolOptions {
  /** Pages in use at once. */
  pages?: number;
  /** Jobs that may wait for a page; one more is refused with BUSY. */
  maxQueue?: number;
  /** Keep letter pages warm between jobs (default true); false opens a fresh context for every job (bench). */
  reusePages?: boolean;
}

export interface BrowserPool {
  withPage<T>(fn: (page: Page) => Promise<T>, opts: PageJobOptions): Promise<T>;
  /** Starts Chromium now instead of on the first job. */
  warmUp(): Promise<void>;
  /** The current browser, started if needed (for diagnostics and crash tests). */
  browser(): Promise<Browser>;
  stats(): { active: number; queued: number; launches: number };
  close(): Promise<void>;
}

/** The shared BUSY error, plus when to come back (HTTP answers 503 with Retry-After). */
interface Prepared {
  context: BrowserContext;
  page: Page;
  /** Whether the page's window is minimized now (a kept page keeps its state for the next job). */
  hidden?: boolean;
}

/** Minimizes the page's window or shows it again, when that is not so already. */
async function showOrHide(prepared: Prepared, hidden: boolean): Promise<void> {
  if ((prepared.hidden ?? false) === hidden) return;
  const session = await prepared.page.createCDPSession();
  try {
    const { windowId } = await session.send("Browser.getWindowForTarget");
    await session.send("Browser.setWindowBounds", {
      windowId,
      bounds: { windowState: hidden ? "minimized" : "normal" },
    });
    prepared.hidden = hidden;
  } finally {
    await session.detach().catch(() => {});
  }
}

export class RenderBusyError extends BusyError {
  override name = "RenderBusyError";
  constructor(readonly retryAfterSeconds: number) {
    super();
  }
}

export class RenderTimeoutError extends Error {
  readonly code = "TIMEOUT";
  constructor(timeoutMs: number) {
    super(`Rendering took longer than ${timeoutMs} ms and was stopped.`);
    this.name = "RenderTimeoutError";
  }
}

export class PoolClosedError extends Error {
  readonly code = "CLOSED";
  constructor() {
    super("The browser pool is closed.");
    this.name = "PoolClosedError";
  }
}

/** The set-content document is about:blank; data: URLs carry inlined fonts and images. Nothing else leaves. */
function requestAllowed(url: string, allowOrigin: string | undefined): boolean {
  if (url.startsWith("data:") || url === "about:blank") return true;
  if (allowOrigin === undefined) return false;
  try {
    return new URL(url).origin === allowOrigin;
  } catch {
    return false;
  }
}

function checkLocalOrigin(origin: string): void {
  const url = new URL(origin);
  if (url.hostname !== "127.0.0.1" || url.origin !== origin) {
    throw new Error(`allowOrigin must be a bare http://127.0.0.1:PORT origin, not ${origin}`);
  }
}

export function createBrowserPool(options: BrowserPoolOptions = {}): BrowserPool {
  const pages = options.pages ?? 4;
  const maxQueue = options.maxQueue ?? 16;
  const reuse = options.reusePages ?? true;

  let current: Promise<Browser> | null = null;
  let launches = 0;
  let closed = false;
  const queue = createPool({ concurrency: pages, maxQueue });
  const running = new Set<Promise<unknown>>();
  // Moving average of job time, to tell refused callers when to come back.
  let averageJobMs = 1000;

  function browser(): Promise<Browser> {
    if (closed) return Promise.reject(new PoolClosedError());
    if (current === null) {
      launches++;
      const launching = launchChromium().then((b) => {
        b.once("disconnected", () => forget(launching));
        return b;
      });
      launching.catch(() => forget(launching));
      current = launching;
    }
    return current;
  }

  function forget(launching: Promise<Browser>): void {
    if (current === launching) current = null;
  }

  function retryAfterSeconds(): number {
    return Math.max(1, Math.ceil((averageJobMs * (queue.running + queue.queued)) / pages / 1000));
  }

  async function attempt<T>(fn: (page: Page) => Promise<T>, opts: PageJobOptions, b: Browser): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    let timedOut = false;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new RenderTimeoutError(opts.timeoutMs));
      }, opts.timeoutMs);
    });
    const letterJob = isLetterJob(opts);
    const prepared = (letterJob ? (takeWarm(b) ?? takeSpare(b)) : undefined) ?? prepare(b, opts);
    if (letterJob) refill(b);
    const creating = prepared.then((p) => p.context);
    const job = prepared.then(async (p) => {
      await showOrHide(p, opts.hidden === true);
      return fn(p.page);
    });
    // After a timeout the job fails once its context is closed; that late rejection is expected.
    job.catch(() => {});
    let keep = false;
    try {
      const result = await Promise.race([job, deadline]);
      keep = letterJob;
      return result;
    } finally {
      clearTimeout(timer);
      if (keep) await giveBack(b, await prepared, opts.keepDocument === true);
      else {
        // Closing the context ends whatever the job still does, even if the context only arrives after the deadline.
        const closing = creating.then((context) => context.close()).catch(() => {});
        if (!timedOut) await closing;
      }
    }
  }

  /*
   * A letter page that rendered without trouble is emptied (about:blank, or its body for `keepDocument` jobs) and
   * kept for the next letter job: its fonts,
   * pictograms and styles stay decoded in Chromium's memory cache, and no context has to be opened. That shares
   * nothing between letters: scripts are off and the network is cut, so a letter cannot leave cookies, storage or
   * cache entries behind, and the page holds no document of the previous letter.
   */
  const warm: { browser: Browser; prepared: Prepared }[] = [];

  function takeWarm(b: Browser): Promise<Prepared> | undefined {
    while (warm.length && warm[0]?.browser !== b)
      void warm
        .shift()
        ?.prepared.context.close()
        .catch(() => {});
    const kept = warm.shift();
    return kept && Promise.resolve(kept.prepared);
  }

  async function giveBack(b: Browser, prepared: Prepared, keepDocument: boolean): Promise<void> {
    try {
      if (closed || !b.connected || !reuse || warm.length >= pages) throw new Error("not kept");
      // A job may have changed the media type or the viewport (receipts do): back to what a fresh page has.
      if (!keepDocument)
        await Promise.all([
          prepared.page.goto("about:blank"),
          prepared.page.emulateMediaType(),
          prepared.page.setViewport({ width: 800, height: 600 }),
        ]);
      warm.push({ browser: b, prepared });
    } catch {
      await prepared.context.close().catch(() => {});
    }
  }

  /** A fresh context and page, set up for the job: scripts on or off, network cut off. */
  async function prepare(b: Browser, opts: PageJobOptions): Promise<Prepared> {
    const context = await b.createBrowserContext();
    const page = await context.newPage();
    await page.setJavaScriptEnabled(opts.javascript);
    // Interception misses some fetches (e.g. <link rel=prefetch>); offline mode stops those at the network layer.
    if (opts.allowOrigin === undefined) await page.setOfflineMode(true);
    await page.setRequestInterception(true);
    page.on("request", (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      if (requestAllowed(request.url(), opts.allowOrigin)) void request.continue();
      else void request.abort("blockedbyclient");
    });
    return { context, page };
  }

  /*
   * Opening a context and page costs more than rendering a one-page PDF, so a few unused ones are kept ready for
   * letter jobs (scripts off, no network). Each is used once and closed after, so letters still never share one.
   */
  const spares: { browser: Browser; prepared: Promise<Prepared> }[] = [];
  const SPARES = Math.min(2, pages);
  const isLetterJob = (opts: PageJobOptions) => !opts.javascript && opts.allowOrigin === undefined;

  function refill(b: Browser): void {
    while (!closed && b.connected && spares.length < SPARES) {
      const prepared = prepare(b, { javascript: false, timeoutMs: 0 });
      prepared.catch(() => {});
      spares.push({ browser: b, prepared });
    }
  }

  function takeSpare(b: Browser): Promise<Prepared> | undefined {
    // Spares of a browser that died are useless; drop them.
    while (spares.length && spares[0]?.browser !== b) void discard(spares.shift());
    const spare = spares.shift();
    return spare?.prepared.catch(() => prepare(b, { javascript: false, timeoutMs: 0 }));
  }

  async function discard(spare: { prepared: Promise<Prepared> } | undefined): Promise<void> {
    await spare?.prepared.then((p) => p.context.close()).catch(() => {});
  }

  async function run<T>(fn: (page: Page) => Promise<T>, opts: PageJobOptions): Promise<T> {
    const started = Date.now();
    const launching = browser();
    const first = await launching;
    try {
      return await attempt(fn, opts, first);
    } catch (error) {
      // A crashed or vanished Chromium is our problem, not the job's: start a new one and try once more.
      if (first.connected || closed) throw error;
      forget(launching);
      return await attempt(fn, opts, await browser());
    } finally {
      averageJobMs = 0.8 * averageJobMs + 0.2 * (Date.now() - started);
    }
  }

  return {
    async withPage(fn, opts) {
      if (opts.allowOrigin !== undefined) checkLocalOrigin(opts.allowOrigin);
      const job = queue
        .run(() => run(fn, opts))
        .catch((error: unknown) => {
          throw error instanceof BusyError ? new RenderBusyError(retryAfterSeconds()) : error;
        });
      running.add(job);
      try {
        return await job;
      } finally {
        running.delete(job);
      }
    },
    async warmUp() {
      refill(await browser());
    },
    browser,
    stats: () => ({ active: queue.running, queued: queue.queued, launches }),
    async close() {
      if (closed) return;
      // Jobs still queued start, find the pool closed and fail with CLOSED.
      closed = true;
      await Promise.allSettled([...running]);
      await Promise.all(spares.splice(0).map(discard));
      await Promise.all(warm.splice(0).map((w) => w.prepared.context.close().catch(() => {})));
      const last = current;
      current = null;
      const b = await last?.catch(() => null);
      if (b?.connected) await b.close();
    },
  };
}

let shared: BrowserPool | null = null;

/** The process-wide pool used by the server, the PDF renderer and the page tests. */
export function sharedBrowserPool(): BrowserPool {
  if (shared === null) shared = createBrowserPool();
  return shared;
}

/** Closes the process-wide pool (shutdown, afterAll); the next use starts a new one. */
export async function closeSharedBrowserPool(): Promise<void> {
  const pool = shared;
  shared = null;
  await pool?.close();
}
