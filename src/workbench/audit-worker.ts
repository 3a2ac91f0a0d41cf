/** One audit worker thread: builds the analyzer once, then audits the files the main thread sends, one at a time. */
import { parentPort, workerData } from "node:worker_threads";
import { type AuditContext, auditFile, createAuditAnalyzer, type WorkerMessage } from "./audit-run.ts";

const { dir, ctx } = workerData as { dir: string; ctx: AuditContext };
const port = parentPort;
if (!port) throw new Error("audit-worker.ts runs in a worker thread");
const analyzer = createAuditAnalyzer(ctx.own);
port.on("message", async ({ index, file }: { index: number; file: string }) => {
  const outcome = await auditFile(dir, file, analyzer, ctx);
  port.postMessage({ type: "done", index, outcome } satisfies WorkerMessage);
});
port.postMessage({ type: "ready" } satisfies WorkerMessage);
