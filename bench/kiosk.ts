/**
 * Kiosk load: screen requests per second and p99 latency at 50 concurrent connections (autocannon, loopback only),
 * against a bare express route that renders a pug page of the same size (the peer), each server in its own process
 * (bench/kiosk-server.ts) as in production, and tickets per second with 20 kiosks taking tickets at the same time, checking that no number is given twice.
 */
import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import autocannon from "autocannon";
import { loadConfig } from "../src/config.ts";
import { createApp } from "../src/server/app.ts";
import { createLogger } from "../src/server/logger.ts";
import { createServices } from "../src/server/services.ts";

const SERVER = new URL("./kiosk-server.ts", import.meta.url).pathname;
const KIOSKS = 20;
const SECONDS = 3;
const ROUNDS = 3;

/** Requests per second over the rounds, the middle round's p99, errors added up. */
function summed(rounds: autocannon.Result[]) {
  const p99 = rounds.map((r) => r.latency.p99).sort((a, b) => a - b);
  return {
    requests: { average: rounds.reduce((n, r) => n + r.requests.average, 0) / rounds.length },
    latency: { p99: p99[Math.floor(p99.length / 2)] ?? 0 },
    errors: rounds.reduce((n, r) => n + r.errors, 0),
    non2xx: rounds.reduce((n, r) => n + r.non2xx, 0),
  };
}

/** A server of bench/kiosk-server.ts in its own process; resolves with its address and a way to stop it. */
async function serverProcess(
  kind: "klaar" | "bare",
  arg: string,
): Promise<{ url: string; close: () => Promise<void> }> {
  const child = fork(SERVER, [kind, arg], {
    execArgv: ["--import", "tsx"],
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message) => resolve((message as { port: number }).port));
    child.once("exit", (code) => reject(new Error(`the ${kind} server stopped (${code}) before it listened`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.disconnect();
      }),
  };
}

const TICKETS_PER_KIOSK = 10; // the per-kiosk limit per minute

export async function benchKiosk(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), "klaar-bench-kiosk-"));
  // Tickets are measured as if the services were open (a Tuesday at 10:00), whenever the bench runs.
  const services = createServices(loadConfig({ KLAAR_DATA_DIR: dataDir, KLAAR_LOG_LEVEL: "silent" }), {
    kioskHoursClock: () => new Date("2026-03-03T10:00:00+01:00"),
  });
  const server = createApp({ services, logger: createLogger("silent") }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    // Kiosk and peer in turns, a few seconds each: the machine's load changes over a run, and both should see it.
    // Each runs in its own process, as in production; autocannon runs here, so neither server pays for its work.
    const screensDir = mkdtempSync(join(tmpdir(), "klaar-bench-screens-"));
    const kiosk = await serverProcess("klaar", screensDir);
    const size = (
      await (await fetch(`${kiosk.url}/kiosk/stadhuis/nl`, { headers: { "accept-encoding": "identity" } })).text()
    ).length;
    const bare = await serverProcess("bare", String(size));
    const kioskRounds: autocannon.Result[] = [];
    const peerRounds: autocannon.Result[] = [];
    const kioskLoad = {
      url: kiosk.url,
      connections: 50,
      duration: SECONDS,
      requests: [{ path: "/kiosk/stadhuis/nl" }, { path: "/kiosk/stadhuis/fr/service/eid-paspoort" }],
    };
    try {
      // Both servers warm first (JIT, screen cache), untimed: a kiosk server runs for days, not seconds.
      await autocannon(kioskLoad);
      await autocannon({ url: bare.url, connections: 50, duration: SECONDS });
      for (let round = 0; round < ROUNDS; round++) {
        kioskRounds.push(await autocannon(kioskLoad));
        peerRounds.push(await autocannon({ url: bare.url, connections: 50, duration: SECONDS }));
      }
    } finally {
      await Promise.all([kiosk.close(), bare.close()]);
      rmSync(screensDir, { recursive: true, force: true });
    }
    const screens = summed(kioskRounds);
    const peer = summed(peerRounds);

    // Each kiosk has its own address (X-Forwarded-For from loopback is trusted), as real kiosks on a network have.
    const numbers: string[] = [];
    const started = performance.now();
    await Promise.all(
      Array.from({ length: KIOSKS }, async (_, k) => {
        for (let i = 0; i < TICKETS_PER_KIOSK; i++) {
          const res = await fetch(`${base}/kiosk/stadhuis/nl/service/eid-paspoort/ticket`, {
            method: "POST",
            redirect: "manual",
            headers: { "x-forwarded-for": `10.0.0.${k + 1}` },
          });
          const ticketId = Number(res.headers.get("location")?.split("/").pop());
          const ticket = services.queue.ticket(ticketId);
          if (ticket) numbers.push(ticket.number);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      "kiosk screens requests/s (50 conn)": Math.round(screens.requests.average),
      "kiosk screens p99 ms": screens.latency.p99,
      "kiosk screens errors": screens.errors + screens.non2xx,
      "bare express+pug requests/s (50 conn)": Math.round(peer.requests.average),
      "bare express+pug p99 ms": peer.latency.p99,
      "kiosk vs bare route req/s ratio": Math.round((screens.requests.average / peer.requests.average) * 100) / 100,
      "kiosk vs bare route p99 ratio": Math.round((screens.latency.p99 / Math.max(1, peer.latency.p99)) * 100) / 100,
      "tickets taken (20 kiosks at once)": numbers.length,
      "tickets per second": Math.round(numbers.length / seconds),
      "duplicate ticket numbers": numbers.length - new Set(numbers).size,
    };
  } finally {
    server.close();
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
