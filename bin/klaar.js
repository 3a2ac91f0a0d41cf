#!/usr/bin/env node
// The `klaar` command: plain node on the compiled CLI in dist/ (made by `npm start`, `npm test` or `npm run build`),
// bundled into one file when esbuild was there at build time.
// When dist/ is missing or older than a source file (a checkout that was changed but not built), it runs the
// TypeScript sources through tsx instead, so `klaar` never runs stale code.
// A CommonJS file (bin/package.json): node runs it without starting its ES module loader, ~10 ms of every start.
// The bundled command line imports no ES module when `klaar analyze` runs (scripts/bundle-cli.mjs); the other commands
// and the tsx fallback load theirs with import(), which starts that loader only then.

// node's own modules taken as they are, not imported: importing node:fs as an ES module reads every one of its
// exports, and fs.ReadStream loads node's ~20 stream modules, which `klaar analyze --json` never needs.
const { existsSync, readdirSync, readFileSync, stat, statSync } = process.getBuiltinModule("node:fs");
const { createRequire } = process.getBuiltinModule("node:module");
const { join } = process.getBuiltinModule("node:path");
const { pathToFileURL } = process.getBuiltinModule("node:url");
const { Script } = process.getBuiltinModule("node:vm");

// No V8 flags are changed here: v8.setFlagsFromString after start may crash the process (Node's documentation warns),
// and `--no-regexp-tier-up` set that way made `klaar user` die now and then with a signal.

// With its final "/": paths from dist/.sources.json are joined to it by hand.
const root = `${join(__dirname, "..")}/`;
const stamp = join(root, "dist", ".built");

/** True when a file under `dir` was changed after `time` (it stops at the first one). */
function changedSince(dir, time) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    // Joined by hand: path.join normalises every path again, and this runs for each source file at every start.
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory() ? changedSince(path, time) : statSync(path).mtimeMs > time) return true;
  }
  return false;
}

/**
 * Whether one of these files or folders (paths from the root) was changed after `time`, or is gone. The stats run in
 * libuv's threads, while this thread reads and loads the compiled script (loadScript): they cost the start almost
 * nothing where a core is free.
 */
function changedAfter(paths, time) {
  return new Promise((resolve) => {
    let left = paths.length;
    if (left === 0) resolve(false);
    for (const path of paths)
      stat(`${root}${path}`, (error, found) => {
        if (error || found.mtimeMs > time) resolve(true);
        else if (--left === 0) resolve(false);
      });
  });
}

/**
 * What the build saw (dist/.sources.json): the folders and files of src/ and of locales/. A folder newer than the
 * build had a file added, removed or renamed; a file newer than the build was edited. Reading that list costs less
 * than reading every folder again; without it, every folder of src/ is read.
 */
function readSources() {
  try {
    return JSON.parse(readFileSync(`${root}dist/.sources.json`, "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * The bundled command line as the script the build made of it, loaded with V8's compiled code for it: what
 * dist/cli/klaar.bundle.mjs does (see scripts/bundle-cli.mjs), done here so that node loads no second module first.
 * Returns the function that runs it; the script sees the bundle's URL, as it would from klaar.bundle.mjs.
 */
function loadScript(cli) {
  const file = join(cli, "klaar.script.js");
  const bundleUrl = pathToFileURL(join(cli, "klaar.bundle.mjs")).href;
  let cachedData;
  try {
    cachedData = readFileSync(join(cli, "klaar.script.cache"));
  } catch {
    // Without the cache V8 compiles the script itself.
  }
  const run = new Script(readFileSync(file, "utf8"), { filename: file, cachedData }).runInThisContext();
  return (localesFresh) =>
    run(createRequire(bundleUrl), (specifier) => import(new URL(specifier, bundleUrl).href), bundleUrl, localesFresh);
}

const srcDir = join(root, "src");

async function main() {
  if (existsSync(stamp)) {
    const time = statSync(stamp).mtimeMs;
    const built = readSources();
    const changed = !existsSync(srcDir)
      ? Promise.resolve(false)
      : built
        ? changedAfter([...built.folders, ...built.files], time)
        : Promise.resolve(changedSince(srcDir, time));
    // No locale file changed since the build: the script then uses the compiled message catalogue without checking it.
    const localesFresh = built?.locales ? changedAfter(built.locales, time).then((c) => !c) : Promise.resolve(false);
    const cli = join(root, "dist", "cli");
    // Loaded while the sources are checked; run only once they are known unchanged.
    const script = existsSync(join(cli, "klaar.script.js")) ? loadScript(cli) : undefined;
    if (!(await changed)) {
      if (script) return script(await localesFresh);
      // The whole command line in one file (scripts/bundle-cli.mjs) when the build made it: one module, not ~60.
      const bundle = join(cli, "klaar.bundle.mjs");
      return import(pathToFileURL(existsSync(bundle) ? bundle : join(cli, "main.js")).href);
    }
  }
  const { register } = await import("tsx/esm/api");
  register();
  return import(pathToFileURL(join(srcDir, "cli", "main.ts")).href);
}

// A failure is an unhandled rejection: node prints it and exits with code 1, as after an ES module's top level.
main();
