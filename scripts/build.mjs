#!/usr/bin/env node
/**
 * Compiles src/ to dist/ once (TypeScript's tsc with tsconfig.build.json), so `npm start` and `klaar` run plain node
 * with no compiler at start-up. Plain .mjs modules (worker bootstraps) are copied as they are; the command line is
 * also bundled into one file, dist/cli/klaar.bundle.mjs (scripts/bundle-cli.mjs). Skipped when dist/ is
 * newer than every file and folder in src/, lexicon/ and locales/ — run by scripts/setup.mjs before `npm start`, `npm test` and `npm run bench`.
 * `node scripts/build.mjs --force` rebuilds.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { bundleCli } from "./bundle-cli.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const src = join(root, "src");
const dist = join(root, "dist");
const stamp = join(dist, ".built");

/** The folders met by files() (the folder itself too). */
const folders = [];
function files(dir) {
  folders.push(dir);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

const sources = files(src);
const sourceFolders = [...folders];
// The lexicon and the locales count too: dist/ holds them compiled (dist/lexicon-index/, dist/catalogue.json).
const data = ["lexicon", "locales"].flatMap((dir) => (existsSync(join(root, dir)) ? files(join(root, dir)) : []));
// Folders count too: a file removed or renamed changes only its folder's time (bin/klaar.js checks them as well).
const newest = Math.max(
  ...[...sources, ...data, ...folders].map((f) => statSync(f).mtimeMs),
  statSync(join(root, "tsconfig.build.json")).mtimeMs,
);
if (!process.argv.includes("--force") && existsSync(stamp) && statSync(stamp).mtimeMs >= newest) process.exit(0);

process.stderr.write("[klaar build] compiling src/ to dist/ …\n");
rmSync(dist, { recursive: true, force: true });
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
const result = spawnSync(process.execPath, [tsc, "-p", join(root, "tsconfig.build.json")], { stdio: "inherit" });
if (result.status !== 0) {
  process.stderr.write("[klaar build] the TypeScript compiler found errors (above).\n");
  process.exit(1);
}
for (const file of sources.filter((f) => f.endsWith(".mjs"))) {
  const target = join(dist, relative(src, file));
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(file, target);
}
// The lexicon and the message catalogue, checked once and compiled for a fast start (src/lexicon/compiled.ts,
// src/i18n/compile.ts). Each is used only while its source files are unchanged.
for (const [script, what] of [
  [join(dist, "lexicon", "compile.js"), "lexicon"],
  [join(dist, "i18n", "compile.js"), "message catalogue"],
]) {
  if (spawnSync(process.execPath, [script], { stdio: "inherit" }).status !== 0) {
    process.stderr.write(`[klaar build] the ${what} has errors (above).\n`);
    process.exit(1);
  }
}
// `klaar` as one bundled file (scripts/bundle-cli.mjs): it starts faster than the ~60 modules of dist/cli/main.js.
await bundleCli();
// What bin/klaar.js checks at every start instead of reading every folder of src/: the folders (a file added, removed
// or renamed changes its folder's time) and the files (a file changed in place changes its own time). The locales
// too, so that the bundled CLI need not check the compiled message catalogue itself (src/i18n/catalogue-files.ts).
const inLocales = (path) => relative(root, path).split(/[\\/]/)[0] === "locales";
writeFileSync(
  join(dist, ".sources.json"),
  JSON.stringify({
    folders: sourceFolders.map((d) => relative(root, d)),
    files: sources.map((f) => relative(root, f)),
    locales: [...folders, ...data].filter(inLocales).map((f) => relative(root, f)),
  }),
);
writeFileSync(stamp, new Date().toISOString());
