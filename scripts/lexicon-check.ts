/**
 * `npm run lexicon:check`: validates the lexicon and the overlay (schema), and reports duplicates, conflicting forms,
 * missing senses and pictograms, and sources whose licence lexicon/SOURCES.md does not record.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { checkLexicon, describedSources } from "../src/lexicon/check.ts";
import { LEXICON_DIR, LexiconError, loadLexicon } from "../src/lexicon/load.ts";
import { listPictograms } from "../src/pictograms/catalogue.ts";

try {
  const sources = describedSources(readFileSync(join(LEXICON_DIR, "SOURCES.md"), "utf8"));
  const report = checkLexicon(loadLexicon(), new Set(listPictograms().map((p) => p.id)), sources);
  for (const w of report.warnings) console.log(`warning: ${w}`);
  for (const e of report.errors) console.log(`error: ${e}`);
  console.log(
    `lexicon entries: ${Object.entries(report.counts)
      .map(([l, n]) => `${l} ${n}`)
      .join(", ")}`,
  );
  process.exit(report.errors.length ? 1 : 0);
} catch (error) {
  if (!(error instanceof LexiconError)) throw error;
  console.error(error.message);
  process.exit(1);
}
