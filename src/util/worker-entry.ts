/**
 * Starts a module of ours in a worker thread, from the sources (development, tests) or from dist/ (npm start).
 * Worker threads do not inherit a TypeScript loader: from a .ts source the worker starts through ts-worker.mjs, which
 * loads the module with tsx; from compiled JavaScript it starts on the .js file itself, with no loader at all.
 */
import { Worker, type WorkerOptions } from "node:worker_threads";

/** `moduleUrl`: the worker module beside the caller, written as `new URL("./x.ts", import.meta.url)`. */
export function startWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const fromSource = moduleUrl.pathname.endsWith(".ts") && import.meta.url.endsWith(".ts");
  if (fromSource) {
    const bootstrap = new URL("./ts-worker.mjs", import.meta.url);
    return new Worker(bootstrap, { ...options, workerData: { ...options.workerData, entry: moduleUrl.href } });
  }
  return new Worker(new URL(moduleUrl.href.replace(/\.ts$/, ".js")), options);
}
