/**
 * Workbench speed: the server round trip of the live check (POST /werkbank/api/analyze, logged in, with CSRF header)
 * for a one-page letter, p50/p95/p99 over 100 sequential requests; the same check in process; and the batch audit of
 * 1,000 one-page letters (variants of the fixtures, in a temp folder) in worker threads across the cores.
 * Run alone: `npx tsx bench/workbench.ts`, or `npm run bench -- workbench`.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createApp } from "../src/server/app.ts";
import { createLogger } from "../src/server/logger.ts";
import { createServices } from "../src/server/services.ts";
import { runAudit } from "../src/workbench/audit-run.ts";
import { CookieClient, csrfOf } from "../tests/staff/cookie-client.ts";
import { percentile } from "./stats.ts";

const FIXTURES = new URL("../tests/fixtures/letters/", import.meta.url).pathname;
const ROUNDS = 100;
const AUDIT_LETTERS = 1000;

async function roundTrip(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), "klaar-bench-workbench-"));
  const services = createServices(loadConfig({ KLAAR_DATA_DIR: dataDir, KLAAR_LOG_LEVEL: "silent" }));
  const app = createApp({ services, logger: createLogger("silent") });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  try {
    await services.accounts.createUser({ username: "bench", password: "bench password", role: "officer" });
    const client = new CookieClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    await client.login("bench", "bench password");
    const csrf = csrfOf(await (await client.get("/werkbank")).text());
    const text = readFileSync(join(FIXTURES, "ocmw-leefloon-weigering.txt"), "utf8");
    const post = async (body: string) => {
      const t0 = performance.now();
      const res = await client.request("/werkbank/api/analyze", {
        method: "POST",
        body,
        headers: { "content-type": "application/json", accept: "application/json", "x-csrf-token": csrf },
      });
      if (res.status !== 200) throw new Error(`the API answered ${res.status}`);
      await res.arrayBuffer();
      return performance.now() - t0;
    };
    for (let i = 0; i < 10; i++) await post(JSON.stringify({ text: `${text}\n${i}` }));
    const times: number[] = [];
    // A slightly different text each time, as when typing: nothing is cached by content.
    for (let i = 0; i < ROUNDS; i++) times.push(await post(JSON.stringify({ text: `${text}\nGroet ${i}` })));
    const inProcess: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const t0 = performance.now();
      services.workbench.check({ text: `${text}\n${i}`, uiLang: "nl" });
      inProcess.push(performance.now() - t0);
    }
    return {
      "workbench letter chars": text.length,
      "workbench round trip p50 ms": percentile(times, 50),
      "workbench round trip p95 ms": percentile(times, 95),
      "workbench round trip p99 ms": percentile(times, 99),
      "workbench check in process p50 ms": percentile(inProcess, 50),
    };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/** 1,000 one-page letters: the fixtures with a different name, reference and closing each. */
function makeLetters(dir: string, count: number): void {
  const letters = readdirSync(FIXTURES)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => readFileSync(join(FIXTURES, f), "utf8"));
  for (let i = 0; i < count; i++) {
    const base = letters[i % letters.length] ?? "";
    const variant =
      base.replace(/\b\d{4,}\b/, String(100000 + i)) +
      `\n\nKenmerk: BENCH/${i}. Met vriendelijke groeten, team ${i % 17}.`;
    writeFileSync(join(dir, `brief-${String(i).padStart(4, "0")}.txt`), variant);
  }
}

async function auditThroughput(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "klaar-bench-audit-"));
  try {
    makeLetters(dir, AUDIT_LETTERS);
    const workers = availableParallelism();
    const t0 = performance.now();
    const report = await runAudit({ dir, lang: "nl", workers });
    const seconds = (performance.now() - t0) / 1000;
    if (report.letters.length !== AUDIT_LETTERS) throw new Error(`audited ${report.letters.length} letters`);
    return {
      "audit letters": AUDIT_LETTERS,
      "audit workers": workers,
      "audit seconds": Math.round(seconds * 10) / 10,
      "audit letters/s": Math.round(AUDIT_LETTERS / seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchWorkbench(): Promise<Record<string, number>> {
  return { ...(await roundTrip()), ...(await auditThroughput()) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchWorkbench();
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(40)} ${value}`);
  process.exit(0);
}
