/**
 * axe-core in real Chromium for every page test: render the HTML (or load a page of a running local server) in a
 * pool page and report the WCAG 2.2 AA and best-practice violations.
 *
 * With the page's JavaScript off, axe is still injected by evaluation from the outside (that works with scripts
 * disabled), but axe.run needs timers, which a script-disabled page never fires. So JavaScript is switched on for the
 * axe run only: by then the page's own <script>s were skipped at parse time and do not run afterwards (tested).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { AxeResults, RunOptions } from "axe-core";
import type { Page } from "puppeteer-core";
import { type BrowserPool, sharedBrowserPool } from "../../src/render/browser-pool.ts";

export interface AxeCheckOptions {
  /** Run the page's own scripts. Default: false for HTML (as letters are rendered), true for URLs. */
  javascript?: boolean;
  viewport?: { width: number; height: number };
  extraTags?: string[];
  rules?: Record<string, { enabled: boolean }>;
  timeoutMs?: number;
  pool?: BrowserPool;
}

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

let axeSource: string | null = null;

function axeScript(): string {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  return axeSource;
}

async function runAxe(page: Page, opts: AxeCheckOptions, javascript: boolean): Promise<AxeResults> {
  // A kept page gets axe with each document (evaluateOnNewDocument); any other page gets it here.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeScript());
  if (!javascript) await page.setJavaScriptEnabled(true);
  // With the AAA rules on, the 7:1 contrast rule is stricter than the 4.5:1 rule on every element both look at:
  // only the first runs (each costs about a quarter of the check).
  const enhanced: Record<string, { enabled: boolean }> = opts.extraTags?.includes("wcag2aaa")
    ? { "color-contrast": { enabled: false } }
    : {};
  const runOptions: RunOptions = {
    runOnly: { type: "tag", values: [...TAGS, ...(opts.extraTags ?? [])] },
    rules: { ...enhanced, ...opts.rules },
    resultTypes: ["violations", "incomplete"],
  };
  try {
    return await page.evaluate(
      (options) => (window as unknown as { axe: typeof import("axe-core") }).axe.run(document, options),
      runOptions,
    );
  } finally {
    if (!javascript) await page.setJavaScriptEnabled(false);
  }
}

/** Renders `html` with all network blocked and runs axe on it. */
export function checkAxe(html: string, opts: AxeCheckOptions = {}): Promise<AxeResults> {
  const javascript = opts.javascript ?? false;
  return (opts.pool ?? sharedBrowserPool()).withPage(
    async (page) => {
      await page.setViewport(opts.viewport ?? DEFAULT_VIEWPORT);
      await page.setContent(html, { waitUntil: "load" });
      return runAxe(page, opts, javascript);
    },
    { javascript, timeoutMs: opts.timeoutMs ?? 30_000 },
  );
}

/** Loads a page from a running local server (network allowed to that 127.0.0.1 origin only) and runs axe on it. */
export function checkAxeUrl(url: string, opts: AxeCheckOptions = {}): Promise<AxeResults> {
  const javascript = opts.javascript ?? true;
  return (opts.pool ?? sharedBrowserPool()).withPage(
    async (page) => {
      await page.setViewport(opts.viewport ?? DEFAULT_VIEWPORT);
      const response = await page.goto(url, { waitUntil: "load" });
      if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`);
      return runAxe(page, opts, javascript);
    },
    { javascript, timeoutMs: opts.timeoutMs ?? 30_000, allowOrigin: new URL(url).origin },
  );
}

/** A readable report for `expect(results.violations, formatViolations(results)).toEqual([])`. */
export function formatViolations(results: AxeResults): string {
  if (results.violations.length === 0) return "no accessibility violations";
  const lines = [`${results.violations.length} accessibility violation(s) on ${results.url}:`];
  for (const v of results.violations) {
    lines.push(`\n● ${v.id} [${v.impact ?? "no impact"}] ${v.help}`, `  ${v.helpUrl}`);
    for (const node of v.nodes) {
      lines.push(`  at ${node.target.map(String).join(" ")}`, `     ${node.html}`);
      for (const summary of (node.failureSummary ?? "").split("\n")) {
        if (summary.trim() !== "") lines.push(`       ${summary.trim()}`);
      }
    }
  }
  return lines.join("\n");
}

/**
 * One browser page kept open for many URL checks against a local server (the kiosk gate does the same with its
 * lanes): opening a fresh browser context for every check costs more than the check. The visitor's cookies are
 * cleared after each check, so no page sees another's settings.
 */
export interface AxeUrlSession {
  check(url: string, opts?: AxeCheckOptions): Promise<AxeResults>;
  close(): Promise<void>;
}

export interface AxeUrlSessionOptions {
  /** Runs once on the kept page before the first check (to log in, for instance). */
  prepare?: (page: Page) => Promise<void>;
  /** Keep the cookies from check to check (a logged-in session); by default they are cleared after each check. */
  keepCookies?: boolean;
}

export function axeUrlSession(pool: BrowserPool, origin: string, options: AxeUrlSessionOptions = {}): AxeUrlSession {
  let release: () => void = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  let ready: (page: Page) => void = () => {};
  const pageReady = new Promise<Page>((resolve) => {
    ready = resolve;
  });
  const running = pool.withPage(
    async (page) => {
      // axe comes with every document the page loads: cheaper than evaluating the 500 kB script after each load.
      await page.evaluateOnNewDocument(axeScript());
      await options.prepare?.(page);
      ready(page);
      await released;
    },
    { javascript: true, timeoutMs: 1_800_000, allowOrigin: origin },
  );
  running.catch(() => {});
  let chain: Promise<unknown> = Promise.resolve();
  return {
    check(url, opts = {}) {
      const next = chain.then(async () => {
        const page = await Promise.race([pageReady, running.then(() => Promise.reject(new Error("page closed")))]);
        await page.setViewport(opts.viewport ?? DEFAULT_VIEWPORT);
        const response = await page.goto(url, { waitUntil: "load" });
        if (!response?.ok()) throw new Error(`${url} answered ${response?.status() ?? "nothing"}`);
        try {
          return await runAxe(page, opts, true);
        } finally {
          if (!options.keepCookies) await page.deleteCookie(...(await page.cookies()));
        }
      });
      chain = next.catch(() => {});
      return next;
    },
    async close() {
      release();
      await running.catch(() => {});
    },
  };
}
