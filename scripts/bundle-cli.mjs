/**
 * Bundles the compiled `klaar` command line (dist/cli/main.js and the modules `klaar analyze` loads) into one file,
 * dist/cli/klaar.bundle.mjs, with esbuild: node then reads and links one module instead of about sixty, which is most
 * of the start-up time of `klaar analyze` (issue 17). bin/klaar.js runs the bundle when it is there and fresh.
 *
 * - The other commands (`klaar user`, `audit`, `kiosk`) stay separate: the bundle imports dist/cli/<command>.js only
 *   when that command runs, as main.js does. Packages are bundled, except iconv-lite (see below).
 * - src/analysis/rules/index.ts finds its rule files by name at run time; in the bundle it gets them from static
 *   imports instead (same modules, same order, same checks).
 * - franc-min (language detection) builds trigram tables for all its languages when it loads; the analysis asks it
 *   only about nl, fr, de and en (`only:` in src/analysis/language.ts), so the bundle keeps only those languages'
 *   tables, and every script: franc's answer for such a question is the same.
 * - Data files (the lexicon, dist/lexicon-index/, locales/) are still read at run time. Their paths are made from
 *   import.meta.url two folders below the project root, the same depth as dist/cli/, so they resolve as before.
 * Run by scripts/build.mjs; `node scripts/bundle-cli.mjs` rebuilds the bundle alone (with KLAAR_BUNDLE_META=1 it also
 * writes esbuild's metafile beside it, to see what takes room). Without esbuild it does nothing
 * (and bin/klaar.js runs dist/cli/main.js).
 */
import { existsSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
export const BUNDLE = join(dist, "cli", "klaar.bundle.mjs");
/**
 * Modules that main.js imports only on demand (the other commands; the lexicon validated from its source files, with
 * zod, when the compiled one is out of date): left as imports of their compiled files, which sit at the same relative
 * paths from the bundle, so that the bundle stays small. usage.js is shared with those commands: one copy, so that
 * main.js recognises their UsageError (exit code 2).
 */
const ON_DEMAND = new Set(["./user.js", "./audit.js", "./kiosk.js", "./usage.js", "../lexicon/load.js"]);
/** The dynamic import in rules/index.js that the bundle replaces by a look-up in statically imported modules. */
const DYNAMIC_RULE_IMPORT =
  /await import\((?:__rewriteRelativeImportExtension\()?new URL\(`\.\/\$\{module\}\$\{EXTENSION\}`, import\.meta\.url\)\.href\)?\)/;

/** How src/analysis/language.ts asks franc: only about the languages of FROM_ISO3 (checked at bundle time). */
const FRANC_CALL = "franc(text.slice(0, SAMPLE), { only: Object.keys(FROM_ISO3), minLength: MIN_LENGTH })";
const FROM_ISO3 = /const FROM_ISO3 = \{((?:\s*\w+: "\w+",?)+)\s*\};/;

/** franc-min's trigram data with only the languages the analysis asks about (and every script, also when empty). */
async function francData() {
  const { readFile } = await import("node:fs/promises");
  const source = await readFile(join(dist, "analysis", "language.js"), "utf8");
  const table = FROM_ISO3.exec(source);
  if (!source.includes(FRANC_CALL) || !table)
    throw new Error("dist/analysis/language.js changed: update FRANC_CALL and FROM_ISO3 in scripts/bundle-cli.mjs");
  const asked = [...table[1].matchAll(/(\w+):/g)].map((m) => m[1]);
  const { data } = await import("franc-min/data.js");
  const kept = Object.fromEntries(
    Object.entries(data).map(([script, languages]) => [
      script,
      Object.fromEntries(Object.entries(languages).filter(([language]) => asked.includes(language))),
    ]),
  );
  if (Object.values(kept).flatMap(Object.keys).length !== asked.length)
    throw new Error(`franc-min has no trigram data for one of ${asked.join(", ")}`);
  return `export const data = ${JSON.stringify(kept)};\n`;
}

/**
 * What the analysis modules work out from their own constants when they load (src/analysis/facts/prebuilt.ts:
 * patterns rewritten for a quick compile, word trees), worked out now: the bundle holds it (KLAAR_PREBUILT), so that
 * a start of `klaar` does not spend milliseconds on it.
 */
async function prebuiltTexts() {
  await import(pathToFileURL(join(dist, "analysis", "index.js")).href);
  const { prebuiltMade } = await import(pathToFileURL(join(dist, "analysis", "facts", "prebuilt.js")).href);
  return Object.fromEntries(prebuiltMade);
}

export async function bundleCli() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    process.stderr.write("[klaar build] esbuild is not installed: `klaar` runs the unbundled dist/cli/main.js.\n");
    rmSync(BUNDLE, { force: true });
    return false;
  }
  const rulesIndex = join(dist, "analysis", "rules", "index.js");
  const { RULE_MODULES } = await import(pathToFileURL(join(dist, "analysis", "rules", "meta.js")).href);
  const plugin = {
    name: "klaar-cli",
    setup(build) {
      build.onLoad({ filter: /[\\/]franc-min[\\/]data\.js$/ }, async () => ({
        contents: await francData(),
        loader: "js",
      }));
      build.onResolve({ filter: /^\.\.?\/[\w/]+\.js$/ }, (args) =>
        args.importer === join(dist, "cli", "main.js") && ON_DEMAND.has(args.path)
          ? { path: args.path, external: true }
          : undefined,
      );
      build.onLoad({ filter: /[\\/]analysis[\\/]rules[\\/]index\.js$/ }, async (args) => {
        if (args.path !== rulesIndex) return undefined;
        const { readFile } = await import("node:fs/promises");
        const source = await readFile(args.path, "utf8");
        if (!DYNAMIC_RULE_IMPORT.test(source))
          throw new Error("dist/analysis/rules/index.js changed: update DYNAMIC_RULE_IMPORT in scripts/bundle-cli.mjs");
        const imports = RULE_MODULES.map((m, i) => `import * as rule${i} from "./${m}.js";`).join("\n");
        const table = `const RULE_FILES = {${RULE_MODULES.map((m, i) => `${JSON.stringify(m)}: rule${i}`).join(", ")}};`;
        return {
          contents: `${imports}\n${table}\n${source.replace(DYNAMIC_RULE_IMPORT, "RULE_FILES[module]")}`,
          loader: "js",
          resolveDir: dirname(args.path),
        };
      });
    },
  };
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [join(dist, "cli", "main.js")],
      outfile: BUNDLE,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // iconv-lite (for letters saved in UTF-16 or Windows-1252) is mostly code-page tables: node loads it from
      // node_modules, as without the bundle.
      external: ["iconv-lite"],
      // CommonJS packages bundled into an ES module still call require() for node's own modules.
      banner: {
        js: 'import { createRequire as __klaarRequire } from "node:module";\nconst require = __klaarRequire(import.meta.url);',
      },
      define: { KLAAR_PREBUILT: JSON.stringify(await prebuiltTexts()) },
      plugins: [plugin],
      logLevel: "warning",
      metafile: Boolean(process.env.KLAAR_BUNDLE_META),
    });
  } catch (error) {
    process.stderr.write(`[klaar build] the bundle failed (${error.message}): \`klaar\` runs dist/cli/main.js.\n`);
    rmSync(BUNDLE, { force: true });
    return false;
  }
  if (result.metafile) writeFileSync(`${BUNDLE}.meta.json`, JSON.stringify(result.metafile));
  return existsSync(BUNDLE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleCli();
}
