/**
 * Load made by code: many letters sent to /api/explain at once (some of them 200,000 characters long) while /healthz is
 * asked every few milliseconds. Used by tests/server/load.test.ts and by `npm run bench -- load`.
 */
import { startWorker } from "../../src/util/worker-entry.ts";
import { fixtureLetters } from "./fixtures.ts";

export interface BurstResult {
  /** How many answers had each status. */
  statuses: Record<number, number>;
  /** Every 503 carried Retry-After. */
  retryAfterOnEvery503: boolean;
  /** /healthz answer times during the burst, ms. */
  healthMs: number[];
  healthP50: number;
  healthP99: number;
  healthMax: number;
  seconds: number;
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/** A letter of exactly `chars` characters: real letters one after the other. */
export function longLetter(chars: number): string {
  const letters = fixtureLetters().filter((l) => l.expect.lang === "nl");
  let text = "";
  for (let i = 0; text.length < chars; i++) text += `${letters[i % letters.length]?.text ?? ""}\n\n`;
  return text.slice(0, chars);
}

/** The letters to send: `count` JSON bodies, one in `longEvery` of `longChars` characters. */
function burstBodies(count: number, longEvery: number, longChars: number) {
  const encode = (text: string) => Buffer.from(JSON.stringify({ text, uiLang: "nl" }));
  const short = fixtureLetters()
    .filter((l) => l.expect.lang === "nl")
    .map((l) => encode(l.text));
  const long = encode(longLetter(longChars));
  return Array.from({ length: count }, (_, i) => (i % longEvery === 0 ? long : (short[i % short.length] ?? long)));
}

export interface SendResult {
  statuses: Record<number, number>;
  retryAfterOnEvery503: boolean;
}

/** Sends every body to /api/explain at once and counts the answers. */
export async function sendExplanations(
  base: string,
  options: { count: number; longEvery: number; longChars: number },
): Promise<SendResult> {
  // Bodies are encoded before the burst, so the client's own work holds up its event loop as little as it can.
  const bodies = burstBodies(options.count, options.longEvery, options.longChars);
  const statuses: Record<number, number> = {};
  let retryAfterOnEvery503 = true;
  await Promise.all(
    bodies.map(async (body) => {
      const res = await fetch(`${base}/api/explain`, {
        method: "POST",
        body,
        headers: { "content-type": "application/json", accept: "application/json" },
      });
      await res.arrayBuffer();
      statuses[res.status] = (statuses[res.status] ?? 0) + 1;
      if (res.status === 503 && !(Number(res.headers.get("retry-after")) >= 1)) retryAfterOnEvery503 = false;
    }),
  );
  return { statuses, retryAfterOnEvery503 };
}

/**
 * The burst with /healthz asked every 10 ms meanwhile. With `clientInWorker` the 200 letters are sent (and their
 * answers read) from a worker thread, so only the server's own work shares this thread with the /healthz probe: that
 * is what a server with its clients elsewhere sees (the bench). Without it everything runs on this thread.
 */
export async function explainBurst(
  base: string,
  options: { count?: number; longEvery?: number; longChars?: number; clientInWorker?: boolean } = {},
): Promise<BurstResult> {
  const { count = 200, longEvery = 10, longChars = 200_000, clientInWorker = false } = options;
  const healthMs: number[] = [];
  let probing = true;
  const probe = (async () => {
    while (probing) {
      const start = performance.now();
      const res = await fetch(`${base}/healthz`);
      await res.arrayBuffer();
      healthMs.push(performance.now() - start);
      await new Promise((r) => setTimeout(r, 10));
    }
  })();
  const started = performance.now();
  const sent = clientInWorker
    ? await sendFromWorker(base, { count, longEvery, longChars })
    : await sendExplanations(base, { count, longEvery, longChars });
  const seconds = (performance.now() - started) / 1000;
  probing = false;
  await probe;
  return {
    ...sent,
    healthMs,
    healthP50: percentile(healthMs, 50),
    healthP99: percentile(healthMs, 99),
    healthMax: Math.max(...healthMs),
    seconds,
  };
}

function sendFromWorker(
  base: string,
  options: { count: number; longEvery: number; longChars: number },
): Promise<SendResult> {
  const worker = startWorker(new URL("./load-worker.ts", import.meta.url), { workerData: { base, options } });
  return new Promise((resolve, reject) => {
    worker.once("message", (result: SendResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
