/**
 * Starts a module of ours in a worker thread, from the sources (development, tests) or from dist/ (npm start).
 * Worker threads do not inherit a TypeScript loader. From compiled JavaScript the worker starts on the .js file itself,
 * with no loader at all. From a .ts source it starts on the compiled twin in dist/ when dist/ is up to date (built
 * after every change to src/, lexicon/ and locales/, as scripts/build.mjs checks): the same code, without compiling
 * some sixty modules again in every new worker (about 0.4 s each). Otherwise it starts through ts-worker.mjs, which
 * loads the module with tsx.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, type WorkerOptions } from "node:worker_threads";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));

/** The newest time of a file or folder under `dir` (a folder's time changes when a file is added, removed or renamed). */
function newestFile(dir: string): number {
  let newest = statSync(dir).mtimeMs;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    newest = Math.max(newest, entry.isDirectory() ? newestFile(path) : statSync(path).mtimeMs);
  }
  return newest;
}

let distFresh: boolean | undefined;
/** dist/ was built after the last change to the sources and data it compiles (checked once per process). */
function distIsFresh(): boolean {
  if (distFresh === undefined) {
    const stamp = `${ROOT}dist/.built`;
    distFresh =
      existsSync(stamp) &&
      statSync(stamp).mtimeMs >=
        Math.max(...["src", "lexicon", "locales"].map((d) => (existsSync(ROOT + d) ? newestFile(ROOT + d) : 0)));
  }
  return distFresh;
}

/** `moduleUrl`: the worker module beside the caller, written as `new URL("./x.ts", import.meta.url)`. */
export function startWorker(moduleUrl: URL, options: WorkerOptions = {}): Worker {
  const fromSource = moduleUrl.pathname.endsWith(".ts") && import.meta.url.endsWith(".ts");
  if (fromSource) {
    const path = fileURLToPath(moduleUrl);
    const twin = path.startsWith(`${ROOT}src/`) ? `${ROOT}dist/${path.slice(ROOT.length + 4, -3)}.js` : "";
    if (twin && existsSync(twin) && distIsFresh()) return new Worker(pathToFileURL(twin), options);
    const bootstrap = new URL("./ts-worker.mjs", import.meta.url);
    return new Worker(bootstrap, { ...options, workerData: { ...options.workerData, entry: moduleUrl.href } });
  }
  return new Worker(new URL(moduleUrl.href.replace(/\.ts$/, ".js")), options);
}
