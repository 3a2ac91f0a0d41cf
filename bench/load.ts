/**
 * Load: /healthz p99 during 200 concurrent explanations (one in ten 200,000 characters long), and the server's memory
 * (RSS) before and after the hostile uploads (a 10,000-page PDF, a 200 MB Word zip bomb, a bomb that lies about its
 * size). The server runs in this process; the 200 letters are sent from a worker thread, so the /healthz times are
 * the server's own (the probe itself runs on the server's thread).
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../src/config.ts";
import { createApp } from "../src/server/app.ts";
import { createLogger } from "../src/server/logger.ts";
import { createServices } from "../src/server/services.ts";
import { docxFile, pdfWithPages } from "../tests/helpers/hostile-files.ts";
import { explainBurst } from "../tests/helpers/load.ts";

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const MB = 1024 * 1024;

export async function benchLoad(): Promise<Record<string, number>> {
  const dataDir = mkdtempSync(join(tmpdir(), "klaar-bench-load-"));
  const services = createServices(loadConfig({ KLAAR_DATA_DIR: dataDir, KLAAR_LOG_LEVEL: "silent" }));
  const server = createApp({ services, logger: createLogger("silent") }).listen(0, "127.0.0.1");
  await new Promise((resolve) => server.once("listening", resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    global.gc?.();
    const rssStart = process.memoryUsage().rss;
    const burst = await explainBurst(base, { count: 200, longEvery: 10, longChars: 200_000, clientInWorker: true });

    global.gc?.();
    const rssBefore = process.memoryUsage().rss;
    const bombs: [Buffer, string, string][] = [
      [pdfWithPages(10_000), "brief.pdf", "application/pdf"],
      [docxFile("Beste mevrouw", { padding: 200 * MB }), "brief.docx", DOCX],
      [docxFile("Beste mevrouw", { padding: 100 * MB, declaredSize: 4096 }), "brief.docx", DOCX],
    ];
    let worst = 0;
    let slowestSeconds = 0;
    for (const [bytes, name, type] of bombs) {
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(bytes)], { type }), name);
      const started = performance.now();
      const res = await fetch(`${base}/api/explain`, { method: "POST", body: form });
      await res.arrayBuffer();
      slowestSeconds = Math.max(slowestSeconds, (performance.now() - started) / 1000);
      worst = Math.max(worst, res.status);
    }
    bombs.length = 0;
    await new Promise((r) => setTimeout(r, 1000));
    global.gc?.();
    const rssAfter = process.memoryUsage().rss;
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      "explanations answered 201": burst.statuses[201] ?? 0,
      "explanations answered 503": burst.statuses[503] ?? 0,
      "explanations answered otherwise": Object.entries(burst.statuses)
        .filter(([s]) => s !== "201" && s !== "503")
        .reduce((n, [, c]) => n + c, 0),
      "burst seconds": round(burst.seconds),
      "/healthz p50 during burst (ms)": round(burst.healthP50),
      "/healthz p99 during burst (ms)": round(burst.healthP99),
      "/healthz max during burst (ms)": round(burst.healthMax),
      "hostile uploads: highest status": worst,
      "hostile uploads: slowest answer (s)": round(slowestSeconds),
      "RSS before the burst (MB)": Math.round(rssStart / MB),
      "RSS before hostile uploads (MB)": Math.round(rssBefore / MB),
      "RSS after hostile uploads (MB)": Math.round(rssAfter / MB),
    };
  } finally {
    await new Promise((resolve) => server.close(resolve));
    await services.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
