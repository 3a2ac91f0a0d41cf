// Runs a TypeScript module in a worker thread: worker threads do not inherit vitest's transform, so tsx loads it.
// Started by worker-entry.ts for a .ts module: workerData.entry is the module's URL.
import { workerData } from "node:worker_threads";
import { tsImport } from "tsx/esm/api";

await tsImport(workerData.entry, import.meta.url);
