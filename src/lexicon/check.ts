/** Quality checks over a loaded lexicon, for `npm run lexicon:check` and the tests. */
import { LANGUAGES } from "../analysis/types.ts";
import type { Lexicon } from "./load.ts";

export interface CheckReport {
  counts: Record<string, number>;
  errors: string[];
  warnings: string[];
}

const MAX_EXPLANATION_WORDS = 25;
const HARD_MAX_EXPLANATION_WORDS = 35;
/** An entry without `sense` is a warning while the lexicon is being filled in; set to true to make it an error. */
export const SENSE_REQUIRED = true;

/** The `source` values that lexicon/SOURCES.md describes: the first column of its table, in back-quotes. */
export function describedSources(sourcesMarkdown: string): Set<string> {
  const values = new Set<string>();
  for (const line of sourcesMarkdown.split("\n")) {
    const value = /^\|\s*`([^`]+)`\s*\|/.exec(line)?.[1];
    if (value) values.add(value);
  }
  return values;
}

/**
 * Checks every entry: pictogram, explanation length, sense, duplicate ids and forms, and (when `sources` is given)
 * that its `source` is described in lexicon/SOURCES.md, where the licence is recorded.
 */
export function checkLexicon(
  lexicon: Lexicon,
  pictogramIds: ReadonlySet<string>,
  sources?: ReadonlySet<string>,
): CheckReport {
  const report: CheckReport = { counts: {}, errors: [], warnings: [] };
  const undescribed = new Map<string, number>();
  for (const lang of LANGUAGES) {
    const loaded = lexicon.entries[lang];
    report.counts[lang] = loaded.length;
    const ids = new Map<string, string>();
    const forms = new Map<string, { id: string; sense?: string; isDefault: boolean }[]>();
    for (const { entry, file } of loaded) {
      const where = `${file}: ${entry.id}`;
      const other = ids.get(entry.id);
      if (other) report.errors.push(`${where}: duplicate id (also in ${other})`);
      ids.set(entry.id, file);
      if (!pictogramIds.has(entry.pictogram)) report.errors.push(`${where}: unknown pictogram "${entry.pictogram}"`);
      const words = entry.explanation.split(/\s+/).length;
      if (words > HARD_MAX_EXPLANATION_WORDS)
        report.errors.push(`${where}: explanation has ${words} words (at most ${MAX_EXPLANATION_WORDS})`);
      else if (words > MAX_EXPLANATION_WORDS)
        report.warnings.push(`${where}: explanation has ${words} words (aim: ${MAX_EXPLANATION_WORDS})`);
      if (!entry.sense) {
        const problem = `${where}: no sense (which meaning of the term this entry explains)`;
        (SENSE_REQUIRED ? report.errors : report.warnings).push(problem);
      }
      if (entry.contextWords?.length && !entry.sense) report.errors.push(`${where}: contextWords without a sense`);
      if (sources && !sources.has(entry.source)) {
        undescribed.set(entry.source, (undescribed.get(entry.source) ?? 0) + 1);
        if ((undescribed.get(entry.source) ?? 0) <= 3)
          report.errors.push(`${where}: source "${entry.source}" is not described in lexicon/SOURCES.md`);
      }
      // Two entries may share a form only as senses of one word: each says its sense, and context words pick every
      // sense but the one default sense.
      const isDefault = !entry.contextWords?.length;
      for (const form of new Set([entry.term, ...entry.variants])) {
        const key = entry.caseSensitive ? form : form.toLowerCase();
        const owners = (forms.get(key) ?? []).filter((o) => o.id !== entry.id);
        const first = owners[0];
        if (first && (!entry.sense || owners.some((o) => !o.sense)))
          report.errors.push(
            `${where}: "${form}" is also a term or variant of ${first.id} (two senses need "sense" and "contextWords")`,
          );
        else if (isDefault && owners.some((o) => o.isDefault))
          report.errors.push(
            `${where}: "${form}" is also the default sense of ${owners.find((o) => o.isDefault)?.id} (give one of them "contextWords")`,
          );
        forms.set(key, [...owners, { id: entry.id, sense: entry.sense, isDefault }]);
      }
      if (entry.alternative && entry.alternative.toLowerCase() === entry.term.toLowerCase()) {
        report.errors.push(`${where}: the alternative is the term itself`);
      }
    }
  }
  for (const [source, n] of undescribed) {
    if (n > 3)
      report.errors.push(`source "${source}": ${n - 3} more entries (describe it and its licence in SOURCES.md)`);
  }
  return report;
}
