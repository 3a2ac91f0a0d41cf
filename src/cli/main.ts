/**
 * The `klaar` command line. `klaar analyze FILE|-` prints a readable report; `--json` prints the analysis.
 * Exit codes: 0 done, 1 failure, 2 bad input (unreadable or binary file, bad options).
 */
import { readFileSync, writeSync } from "node:fs";
import { parseArgs } from "node:util";
import { createAnalyzer } from "../analysis/index.ts";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { renderAnalysis } from "../i18n/analysis.ts";
import { isLetterLanguage } from "../languages.ts";
import { LEXICON_DIR, lexiconEntries, loadCompiledLexicon } from "../lexicon/compiled.ts";
import { BinaryInputError, decodeText, hasWords } from "../text/decode.ts";
import { formatReport, terminalStyle } from "./report.ts";
import { AUDIT_USAGE, KIOSK_USAGE, USER_USAGE } from "./usage.ts";

const USAGE = `Usage:
  klaar analyze [--json] [--lang nl|fr|de|en] [--letter-date YYYY-MM-DD] [--ui-lang nl|fr|de|en] FILE|-
${AUDIT_USAGE}
${USER_USAGE.replace("Usage:\n", "")}${KIOSK_USAGE.replace("Usage:\n", "")}`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function readInput(file: string): Uint8Array {
  try {
    return file === "-" ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    return fail(
      `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "the file does not exist" : (error as Error).message}`,
    );
  }
}

/** The lexicon compiled at build time when it is up to date and there is no local overlay; else read and validated. */
async function lexiconForCli() {
  // One letter needs few entries: they are parsed when the analysis reaches them (src/lexicon/entry-text.ts).
  const compiled = process.env.KLAAR_LEXICON_DIR
    ? null
    : loadCompiledLexicon(LEXICON_DIR, undefined, { lazyEntries: true });
  return compiled ?? (await import("../lexicon/load.ts")).loadLexicon();
}

async function analyzeCommand(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: "boolean", default: false },
      lang: { type: "string" },
      "letter-date": { type: "string" },
      "ui-lang": { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file) fail(USAGE);
  for (const option of ["lang", "ui-lang"] as const) {
    const v = values[option];
    if (v !== undefined && !isLetterLanguage(v)) fail(`--${option} must be one of ${LANGUAGES.join(", ")}`);
  }
  const letterDate = values["letter-date"];
  if (letterDate !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(letterDate))
    fail("--letter-date must look like 2026-03-15");
  let text: string;
  try {
    text = decodeText(readInput(file));
  } catch (error) {
    if (error instanceof BinaryInputError) fail(`${file} is not a text file. Give the text of the letter (.txt).`);
    throw error;
  }
  if (!hasWords(text)) fail(`${file} has no words in it.`);
  const lexicon = await lexiconForCli();
  const analyzer = createAnalyzer({
    lexicons: lexiconEntries(lexicon),
    commonWords: lexicon.commonWords,
    ...(lexicon.indexes ? { indexes: lexicon.indexes } : {}),
  });
  const analysis = renderAnalysis(
    analyzer.analyze(text, {
      lang: values.lang as Language | undefined,
      letterDate,
      messageLang: values["ui-lang"] as Language | undefined,
    }),
    undefined,
    analyzer,
  );
  const out = values.json
    ? JSON.stringify(analysis, null, 2)
    : formatReport(text, analysis, terminalStyle(Boolean(process.stdout.isTTY)));
  writeAndExit(`${out}\n`);
}

/**
 * Writes the report to standard output, then exits: that spares node taking down the heap piece by piece, and a
 * garbage collection V8 may still have planned (a tenth of the run of `klaar analyze` on a short letter). Written
 * straight to the file descriptor: process.stdout would first load node's stream modules. When standard output
 * cannot take it all now (a non-blocking pipe), the rest goes through process.stdout, which waits. When the reader
 * has closed the pipe, it stops quietly, as other commands in a pipe do.
 */
function writeAndExit(text: string): void {
  const data = Buffer.from(text);
  let written = 0;
  try {
    while (written < data.length) written += writeSync(1, data, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // The reader is gone (`klaar analyze --json brief.txt | head`): nothing left to write it to, and nothing wrong.
    if (code === "EPIPE") process.exit(0);
    if (code !== "EAGAIN") throw error;
    process.stdout.write(data.subarray(written), () => process.exit());
    return;
  }
  process.exit();
}

const [command, ...rest] = process.argv.slice(2);
try {
  // Each command loads its own modules only when it runs: `klaar analyze` never loads SQLite, pug or the accounts.
  if (command === "analyze") await analyzeCommand(rest);
  else if (command === "user") await (await import("./user.ts")).userCommand(rest);
  else if (command === "audit") await (await import("./audit.ts")).auditCommand(rest);
  else if (command === "kiosk") (await import("./kiosk.ts")).kioskCommand(rest);
  else fail(USAGE);
} catch (error) {
  fail(
    (error as Error).message,
    // By name: in the bundle (scripts/bundle-cli.mjs) the other commands have their own copy of the class.
    (error as Error).name === "UsageError" || (error as { code?: string }).code === "ERR_PARSE_ARGS_UNKNOWN_OPTION"
      ? 2
      : 1,
  );
}
