// Runs a TypeScript module in a worker thread: worker threads do not inherit vitest's transform, so tsx loads it.
// Usage: new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: url, ... } })
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
