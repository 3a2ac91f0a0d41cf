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
 * - The bundle is then made a script, dist/cli/klaar.script.js, with V8's compiled code for it in klaar.script.cache
 *   (made after one sample analysis), and dist/cli/klaar.bundle.mjs becomes the small module that runs it (asScript).
 *   bin/klaar.js runs the script the same way itself (one module fewer to load at start).
 * Run by scripts/build.mjs; `node scripts/bundle-cli.mjs` rebuilds the bundle alone (with KLAAR_BUNDLE_META=1 it also
 * writes esbuild's metafile beside it, to see what takes room). Without esbuild it does nothing
 * (and bin/klaar.js runs dist/cli/main.js).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Script } from "node:vm";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dist = join(root, "dist");
export const BUNDLE = join(dist, "cli", "klaar.bundle.mjs");
/** The bundle's code as a script, and V8's compiled code for it (see asScript). */
const SCRIPT = join(dist, "cli", "klaar.script.js");
const CODE_CACHE = join(dist, "cli", "klaar.script.cache");
/**
 * Modules that main.js imports only on demand (the other commands; the lexicon validated from its source files, with
 * zod, when the compiled one is out of date): left as imports of their compiled files, which sit at the same relative
 * paths from the bundle, so that the bundle stays small. usage.js is bundled: `klaar analyze` then imports no ES
 * module at all, and bin/klaar.js (CommonJS) never starts node's ES module loader; main.js knows the other commands'
 * UsageError (their own copy of the class) by its name.
 */
const ON_DEMAND = new Set(["./user.js", "./audit.js", "./kiosk.js", "../lexicon/load.js"]);
/** The dynamic import in rules/index.js that the bundle replaces by a look-up in statically imported modules. */
const DYNAMIC_RULE_IMPORT =
  /await import\((?:__rewriteRelativeImportExtension\()?new URL\(`\.\/\$\{module\}\$\{EXTENSION\}`, import\.meta\.url\)\.href\)?\)/;

/**
 * The package files the analysis loads with require() (src/analysis/grammar.ts, syllables.ts, word-table.ts): the
 * bundle holds natural's English, Dutch and French stemmers and stop words and hyphen, and the versions of both
 * packages (their callers read only `version` from package.json), so that `klaar analyze` does not look for and read
 * them one by one in node_modules at every start. Any other file is still required from node_modules when asked for:
 * natural's German stemmer (it loads a 300 KB list of stop words in 50 languages), hyphen's own patterns (used only
 * without the compiled ones).
 */
const BUNDLED_REQUIRES = [
  ...["", "_nl", "_fr"].map((lang) => `natural/lib/natural/stemmers/porter_stemmer${lang}.js`),
  ...["", "_nl", "_fr"].map((lang) => `natural/lib/natural/util/stopwords${lang}.js`),
  "hyphen",
];
const VERSIONS_OF = ["natural", "hyphen"];
/** The modules whose createRequire gets the bundled files first (BUNDLED_REQUIRES). */
const REQUIRING = /[\\/]analysis[\\/](?:grammar|syllables|word-table)\.js$/;
const CREATE_REQUIRE = 'import { createRequire } from "node:module";';

/** The createRequire those modules get in the bundle: the bundled files by name, any other from node_modules. */
function bundledRequireModule() {
  const required = createRequire(join(root, "package.json"));
  const files = BUNDLED_REQUIRES.map((id) => `  ${JSON.stringify(id)}: () => require(${JSON.stringify(id)}),`);
  const versions = VERSIONS_OF.map((name) => {
    const { version } = required(`${name}/package.json`);
    return `  ${JSON.stringify(`${name}/package.json`)}: () => (${JSON.stringify({ version })}),`;
  });
  return `import { createRequire as nodeCreateRequire } from "node:module";
const BUNDLED = {
${[...files, ...versions].join("\n")}
};
const cache = new Map();
export function createRequire(url) {
  const required = nodeCreateRequire(url);
  return (id) => {
    if (!Object.hasOwn(BUNDLED, id)) return required(id);
    if (!cache.has(id)) cache.set(id, BUNDLED[id]());
    return cache.get(id);
  };
}
`;
}

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
 * The ICU message parser (@formatjs/icu-messageformat-parser, loaded with intl-messageformat) builds CLDR's table of
 * hour symbols per region (~1,100 entries) when it loads: milliseconds of every start, for date skeletons that
 * `klaar analyze` never parses (the compiled catalogue holds its messages parsed). In the bundle the table is made at
 * its first use. Checked: the file must have the one table and the one use this expects.
 */
const TIME_DATA = /^const timeData = (\{\n[\s\S]*?\n\});$/m;
const TIME_DATA_USE =
  /\(timeData\[`\$\{languageTag\}-\$\{regionTag\}`\] \|\| timeData\[regionTag \|\| ""\] \|\| timeData\[languageTag \|\| ""\] \|\| timeData\[`\$\{languageTag\}-001`\] \|\| timeData\["001"\]\)/;

function lazyTimeData(source, path) {
  if (!TIME_DATA.test(source) || !TIME_DATA_USE.test(source) || source.split(/\btimeData\b/).length !== 7)
    throw new Error(`${path} changed: update TIME_DATA and TIME_DATA_USE in scripts/bundle-cli.mjs`);
  return source
    .replace(TIME_DATA, (_, table) => `let timeDataTable;\nconst timeDataMade = () => (timeDataTable ??= ${table});`)
    .replace(TIME_DATA_USE, (use) => `((timeData) => ${use})(timeDataMade())`);
}

/**
 * What the analysis modules work out from their own constants when they load (src/analysis/facts/prebuilt.ts:
 * patterns rewritten for a quick compile, word trees), worked out now: the bundle holds it (KLAAR_PREBUILT), so that
 * a start of `klaar` does not spend milliseconds on it.
 */
async function prebuiltTexts() {
  const { createAnalyzer } = await import(pathToFileURL(join(dist, "analysis", "index.js")).href);
  const { prebuiltMade } = await import(pathToFileURL(join(dist, "analysis", "facts", "prebuilt.js")).href);
  // Some of it is worked out when a pattern is first used (where its matches can start: word-start-plan.ts): the test
  // letters in the four languages use most patterns once. Without a lexicon: only the patterns are wanted here.
  const letters = join(root, "tests", "fixtures", "letters");
  if (existsSync(letters)) {
    const analyzer = createAnalyzer({ lexicons: {} });
    for (const file of readdirSync(letters).filter((f) => f.endsWith(".txt")))
      analyzer.analyze(readFileSync(join(letters, file), "utf8"), { today: "2026-01-01" });
  }
  return Object.fromEntries(prebuiltMade);
}

/**
 * The ES module esbuild made, as the body of one async function in a plain script: node 20 keeps no compiled code for
 * an ES module, but V8 reads a script's compiled code from a cache (vm.Script `cachedData`), which halves the ~30 ms
 * that compiling the bundle takes at every start. Nothing else changes: the function body is strict code like a
 * module's; the imports (node's own modules and usage.js) are made before the body runs, as a module's are;
 * `import.meta.url` is the bundle's own URL and `import()` resolves from it. Returns null when the module has a form
 * this does not know (then the module stays as it is).
 */
function asScript(moduleCode) {
  const imports = [];
  const body = moduleCode.replace(/^import \{([^}]*)\} from "([^"]+)";$/gm, (_, names, from) => {
    const bindings = names.split(",").map((n) => n.trim().replace(/^(\S+) as (\S+)$/, "$1: $2"));
    imports.push(
      from.startsWith("node:")
        ? `const { ${bindings.join(", ")} } = __klaarNode(${JSON.stringify(from)});`
        : `const { ${bindings.join(", ")} } = await __klaarImport(${JSON.stringify(from)});`,
    );
    return "";
  });
  const code = body.replaceAll("import.meta.url", "__klaarUrl").replace(/(?<![\w$.])import\(/g, "__klaarImport(");
  if (/^\s*(?:import|export)\b|import\.meta|(?<![\w$.])import\(/m.test(code)) return null;
  return `(async function (__klaarNode, __klaarImport, __klaarUrl, __klaarLocalesFresh) {\n"use strict";\n${imports.join("\n")}\n${code}\n})`;
}

/** dist/cli/klaar.bundle.mjs when the bundle is a script: it runs the script with V8's cached code for it. */
const LOADER = `// Made by scripts/bundle-cli.mjs: runs klaar.script.js (the bundled command line) with V8's cached code for it.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { Script } from "node:vm";

const file = fileURLToPath(new URL("./klaar.script.js", import.meta.url));
let cachedData;
try {
  cachedData = readFileSync(fileURLToPath(new URL("./klaar.script.cache", import.meta.url)));
} catch {
  // Without the cache V8 compiles the script itself (V8 also ignores a cache made for other code or another V8).
}
const run = new Script(readFileSync(file, "utf8"), { filename: file, cachedData }).runInThisContext();
await run(createRequire(import.meta.url), (specifier) => import(specifier), import.meta.url);
`;

/** Writes the bundle as a script with its loader and V8's code cache; false when the bundle has another form. */
function writeScript() {
  const script = asScript(readFileSync(BUNDLE, "utf8"));
  if (!script) return false;
  writeFileSync(SCRIPT, script);
  writeFileSync(CODE_CACHE, new Script(script, { filename: SCRIPT }).createCachedData());
  writeFileSync(BUNDLE, LOADER);
  // A better cache: made after one `klaar analyze --json` of a sample letter, it also holds the functions that ran.
  // A Dutch letter of the corpus: not the English test letter that `npm run bench` times (bench/cli.ts).
  const sample = join(root, "tests", "corpus", "nl", "child-benefit-recovery-fons.txt");
  if (existsSync(sample)) {
    const made = spawnSync(
      process.execPath,
      ["--input-type=module", "-e", CACHE_AFTER_RUN, SCRIPT, CODE_CACHE, sample],
      {
        stdio: ["ignore", "ignore", "inherit"],
      },
    );
    if (made.status !== 0)
      process.stderr.write("[klaar build] the code cache after a run failed: the plain one stays.\n");
  }
  return true;
}

/** Runs the script as `klaar analyze --json <sample>` (output dropped) and then writes V8's code cache for it. */
const CACHE_AFTER_RUN = `
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { Script } from "node:vm";
const [file, cache, sample] = process.argv.slice(1);
const bundle = pathToFileURL(file.replace(/klaar\\.script\\.js$/, "klaar.bundle.mjs")).href;
const script = new Script(readFileSync(file, "utf8"), { filename: file });
process.argv = [process.argv[0], bundle, "analyze", "--json", sample];
process.on("exit", (code) => { if (code === 0) writeFileSync(cache, script.createCachedData()); });
await script.runInThisContext()(createRequire(bundle), (s) => import(new URL(s, bundle).href), bundle);
`;

/** No bundle: bin/klaar.js then runs dist/cli/main.js. */
function removeBundle() {
  for (const file of [BUNDLE, SCRIPT, CODE_CACHE]) rmSync(file, { force: true });
}

export async function bundleCli() {
  let esbuild;
  try {
    esbuild = await import("esbuild");
  } catch {
    process.stderr.write("[klaar build] esbuild is not installed: `klaar` runs the unbundled dist/cli/main.js.\n");
    removeBundle();
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
      build.onLoad({ filter: /[\\/]@formatjs[\\/]icu-messageformat-parser[\\/]index\.js$/ }, async (args) => {
        const { readFile } = await import("node:fs/promises");
        return { contents: lazyTimeData(await readFile(args.path, "utf8"), args.path), loader: "js" };
      });
      build.onResolve({ filter: /^\.\.?\/[\w/]+\.js$/ }, (args) =>
        args.importer === join(dist, "cli", "main.js") && ON_DEMAND.has(args.path)
          ? { path: args.path, external: true }
          : undefined,
      );
      build.onLoad({ filter: REQUIRING }, async (args) => {
        if (!args.path.startsWith(dist)) return undefined;
        const { readFile } = await import("node:fs/promises");
        const source = await readFile(args.path, "utf8");
        if (source.split(CREATE_REQUIRE).length !== 2)
          throw new Error(`${args.path} changed: update CREATE_REQUIRE in scripts/bundle-cli.mjs`);
        return {
          contents: source.replace(CREATE_REQUIRE, 'import { createRequire } from "klaar:bundled-require";'),
          loader: "js",
          resolveDir: dirname(args.path),
        };
      });
      build.onResolve({ filter: /^klaar:bundled-require$/ }, () => ({ path: "require", namespace: "klaar" }));
      build.onLoad({ filter: /^require$/, namespace: "klaar" }, () => ({
        contents: bundledRequireModule(),
        loader: "js",
        resolveDir: root,
      }));
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
      define: {
        KLAAR_PREBUILT: JSON.stringify(await prebuiltTexts()),
        // True when bin/klaar.js found no locale file changed since the build (the script's 4th argument; see
        // src/i18n/catalogue-files.ts); undefined in the module form.
        KLAAR_LOCALES_FRESH: "__klaarLocalesFresh",
      },
      plugins: [plugin],
      logLevel: "warning",
      metafile: Boolean(process.env.KLAAR_BUNDLE_META),
    });
  } catch (error) {
    process.stderr.write(`[klaar build] the bundle failed (${error.message}): \`klaar\` runs dist/cli/main.js.\n`);
    removeBundle();
    return false;
  }
  if (result.metafile) writeFileSync(`${BUNDLE}.meta.json`, JSON.stringify(result.metafile));
  rmSync(SCRIPT, { force: true });
  rmSync(CODE_CACHE, { force: true });
  if (existsSync(BUNDLE) && !process.env.KLAAR_BUNDLE_MODULE && !writeScript())
    process.stderr.write("[klaar build] the bundle has an unexpected form: it stays an ES module (slower start).\n");
  return existsSync(BUNDLE);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await bundleCli();
}
