/**
 * Lexicon breadth (issue 15): per language, the share of the corpus `hardWords` that Klaar flags (recall), and the
 * share of words flagged on plain texts (a precision proxy: a plain text should have few flags).
 *
 * A hard word counts as found when a finding of rule jargon, uncommon-word or legal-reference overlaps one of its
 * occurrences in the letter. Words the annotation lists but the letter does not contain are reported as `missing`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Analyzer, createAnalyzer } from "../src/analysis/index.ts";
import { LANGUAGES, type Language, type Span } from "../src/analysis/types.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";

const ROOT = new URL("../", import.meta.url).pathname;
const CORPUS = join(ROOT, "tests", "corpus");
/** Plain texts: Dutch samples, and tests/fixtures/plain/<lang>-*.txt when present. */
const PLAIN_FILES: [Language, string][] = [
  ["nl", "tests/fixtures/lint-ii/lint2_level1.txt"],
  ["nl", "tests/fixtures/letters/ocmw-plain-good.txt"],
];
const PLAIN_DIR = join(ROOT, "tests", "fixtures", "plain");
const FLAGGING_RULES = new Set(["jargon", "uncommon-word", "legal-reference"]);

export interface LanguageFigures {
  letters: number;
  hardWords: number;
  found: number;
  /** Annotated words that do not occur in the letter text (annotation slips). */
  missing: number;
  /** found / (hardWords − missing). */
  recall: number;
  plainTexts: number;
  plainWords: number;
  plainFlagged: number;
  /** The same without fixed terms that must stay and are only explained (leefloon, OCMW, arbeidsrechtbank). */
  plainFlaggedToRewrite: number;
  /** plainFlagged / plainWords; NaN without plain texts. */
  flaggedShare: number;
  /** The hard words not found, for whoever extends the lexicon. */
  notFound: string[];
}

function occurrences(text: string, word: string): Span[] {
  const spans: Span[] = [];
  const lower = text.toLowerCase();
  const needle = word.toLowerCase();
  for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) {
    spans.push({ start: i, end: i + needle.length });
  }
  return spans;
}

function plainTexts(): [Language, string][] {
  const files = [...PLAIN_FILES];
  if (existsSync(PLAIN_DIR)) {
    for (const name of readdirSync(PLAIN_DIR).sort()) {
      const lang = /^(nl|fr|de|en)-.*\.txt$/.exec(name)?.[1] as Language | undefined;
      if (lang) files.push([lang, join("tests", "fixtures", "plain", name)]);
    }
  }
  return files;
}

export function measureLexicon(analyzer: Analyzer): Record<Language, LanguageFigures> {
  const figures = Object.fromEntries(
    LANGUAGES.map((lang): [Language, LanguageFigures] => [
      lang,
      {
        letters: 0,
        hardWords: 0,
        found: 0,
        missing: 0,
        recall: 0,
        plainTexts: 0,
        plainWords: 0,
        plainFlagged: 0,
        plainFlaggedToRewrite: 0,
        flaggedShare: Number.NaN,
        notFound: [],
      },
    ]),
  ) as Record<Language, LanguageFigures>;
  for (const lang of LANGUAGES) {
    const dir = join(CORPUS, lang);
    if (!existsSync(dir)) continue;
    const f = figures[lang];
    for (const name of readdirSync(dir).filter((n) => n.endsWith(".json"))) {
      const note = JSON.parse(readFileSync(join(dir, name), "utf8")) as { hardWords?: string[]; letterDate?: string };
      const text = readFileSync(join(dir, name.replace(/\.json$/, ".txt")), "utf8");
      const flags = analyzer
        .analyze(text, { lang, letterDate: note.letterDate ?? undefined, today: "2026-12-01" })
        .findings.filter((x) => FLAGGING_RULES.has(x.rule));
      f.letters++;
      for (const word of note.hardWords ?? []) {
        f.hardWords++;
        const spans = occurrences(text, word);
        if (spans.length === 0) {
          f.missing++;
          continue;
        }
        if (spans.some((s) => flags.some((x) => x.start < s.end && s.start < x.end))) f.found++;
        else f.notFound.push(word);
      }
    }
    f.recall = f.hardWords - f.missing ? f.found / (f.hardWords - f.missing) : 0;
  }
  for (const [lang, file] of plainTexts()) {
    const text = readFileSync(join(ROOT, file), "utf8");
    const analysis = analyzer.analyze(text, { lang, today: "2026-12-01" });
    const flags = analysis.findings.filter((x) => FLAGGING_RULES.has(x.rule));
    const f = figures[lang];
    f.plainTexts++;
    // Count words, not findings: a three-word term flagged once is three flagged words.
    const words = text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
    f.plainWords += words.length;
    for (const x of flags) {
      const n = (x.text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []).length;
      f.plainFlagged += n;
      if (x.messageId !== "jargon-keep") f.plainFlaggedToRewrite += n;
    }
    f.flaggedShare = f.plainFlagged / f.plainWords;
  }
  return figures;
}

export function realLexiconAnalyzer(): Analyzer {
  const lexicon = loadLexicon({ overlayDir: "" });
  return createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
}

export async function benchLexicon(): Promise<Record<string, number>> {
  const figures = measureLexicon(realLexiconAnalyzer());
  const results: Record<string, number> = {};
  const pct = (n: number) => Math.round(n * 1000) / 10;
  let found = 0;
  let counted = 0;
  for (const lang of LANGUAGES) {
    const f = figures[lang];
    found += f.found;
    counted += f.hardWords - f.missing;
    results[`lexicon ${lang} letters`] = f.letters;
    results[`lexicon ${lang} hard words`] = f.hardWords - f.missing;
    if (f.missing) results[`lexicon ${lang} hard words not in the text`] = f.missing;
    results[`lexicon ${lang} recall %`] = pct(f.recall);
    if (f.plainTexts) {
      results[`lexicon ${lang} plain texts`] = f.plainTexts;
      results[`lexicon ${lang} plain words flagged %`] = pct(f.flaggedShare);
      results[`lexicon ${lang} plain words flagged, fixed terms aside %`] = pct(f.plainFlaggedToRewrite / f.plainWords);
    }
  }
  results["lexicon all recall %"] = pct(counted ? found / counted : 0);
  if (process.env.KLAAR_BENCH_VERBOSE) {
    for (const lang of LANGUAGES) console.log(`${lang} not found: ${figures[lang].notFound.join(" | ")}`);
  }
  return results;
}
