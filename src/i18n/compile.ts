/**
 * `node dist/i18n/compile.js` (run by scripts/build.mjs): checks the message catalogue once and writes it to
 * dist/catalogue.json, so that a process that starts (the CLI) reads one file instead of parsing every message of
 * every language. Used only while no locale file changed since (see src/i18n/catalogue.ts).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { pathToFileURL } from "node:url";
import { COMPILED_CATALOGUE, compileCatalogue } from "./catalogue.ts";

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const data = compileCatalogue();
  mkdirSync(dirname(COMPILED_CATALOGUE), { recursive: true });
  writeFileSync(COMPILED_CATALOGUE, data);
}
