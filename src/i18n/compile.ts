/**
 * `node dist/i18n/compile.js` (run by scripts/build.mjs): checks the message catalogue once and writes it to
 * dist/catalogue/ (an index and one file of messages per language), so that a process that starts (the CLI) reads
 * the one or two languages it uses instead of parsing every message of every language. Used only while no locale file
 * changed since (see src/i18n/catalogue.ts).
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { COMPILED_CATALOGUE_DIR, compileCatalogue } from "./catalogue.ts";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const files = compileCatalogue();
  rmSync(COMPILED_CATALOGUE_DIR, { recursive: true, force: true });
  mkdirSync(COMPILED_CATALOGUE_DIR, { recursive: true });
  for (const [name, content] of files) writeFileSync(join(COMPILED_CATALOGUE_DIR, name), content);
}
