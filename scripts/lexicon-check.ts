/** `npm run lexicon:check`: validates the lexicon and the overlay, reports duplicates, conflicts and missing pictograms. */
import { checkLexicon } from "../src/lexicon/check.ts";
import { LexiconError, loadLexicon } from "../src/lexicon/load.ts";
import { listPictograms } from "../src/pictograms/catalogue.ts";

try {
  const report = checkLexicon(loadLexicon(), new Set(listPictograms().map((p) => p.id)));
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
