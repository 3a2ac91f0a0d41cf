/**
 * `node dist/i18n/compile.js` (run by scripts/build.mjs): checks the message catalogue once and writes it to
 * dist/catalogue/ (an index, and files of messages per area and language: src/i18n/catalogue-files.ts), so that a
 * process that starts (the CLI) reads the few areas it shows instead of parsing every message of every language. Used only while no locale file
 * changed since (see src/i18n/catalogue.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { COMPILED_CATALOGUE_DIR, compileCatalogue } from "./catalogue.ts";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = compileCatalogue();
  rmSync(COMPILED_CATALOGUE_DIR, { recursive: true, force: true });
  mkdirSync(COMPILED_CATALOGUE_DIR, { recursive: true });
  for (const [name, content] of files) {
    const file = join(COMPILED_CATALOGUE_DIR, name);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
}
