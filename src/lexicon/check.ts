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

export function checkLexicon(lexicon: Lexicon, pictogramIds: ReadonlySet<string>): CheckReport {
  const report: CheckReport = { counts: {}, errors: [], warnings: [] };
  for (const lang of LANGUAGES) {
    const loaded = lexicon.entries[lang];
    report.counts[lang] = loaded.length;
    const ids = new Map<string, string>();
    const forms = new Map<string, { id: string; sense?: string; contextWords?: string[] }>();
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
      if (!entry.sense) report.warnings.push(`${where}: no sense (which meaning of the term this entry explains)`);
      // Two entries may share a form only as two senses of one word: both say their sense, and context words pick
      // every sense but the default one.
      for (const form of new Set([entry.term, ...entry.variants])) {
        const key = entry.caseSensitive ? form : form.toLowerCase();
        const owner = forms.get(key);
        if (owner && owner.id !== entry.id) {
          const senses = owner.sense && entry.sense && (owner.contextWords?.length || entry.contextWords?.length);
          if (!senses)
            report.errors.push(
              `${where}: "${form}" is also a term or variant of ${owner.id} (two senses need "sense" and "contextWords")`,
            );
        }
        forms.set(key, { id: entry.id, sense: entry.sense, contextWords: entry.contextWords });
      }
      if (entry.alternative && entry.alternative.toLowerCase() === entry.term.toLowerCase()) {
        report.errors.push(`${where}: the alternative is the term itself`);
      }
    }
  }
  return report;
}
