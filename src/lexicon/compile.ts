/**
 * `node dist/lexicon/compile.js` (run by scripts/build.mjs): validates the lexicon once and writes it compiled to
 * dist/lexicon-index/ (see src/lexicon/compiled.ts): entries per language, common words and their stems, the analysis indexes, the Dutch
 * compound splits, the hyphenation patterns as JSON, the stems and syllables of the common words (word tables), and a
 * manifest of the source files last.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { commonStems, STEMMED } from "../analysis/common-words.ts";
import { GRAMMARS } from "../analysis/grammar.ts";
import { LexiconIndex } from "../analysis/lexicon-index.ts";
import { hyphenPatterns, hyphenPatternsFile } from "../analysis/syllables.ts";
import { tokenize } from "../analysis/tokenize.ts";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { buildWordTable } from "../analysis/word-facts.ts";
import { wordTableFile } from "../analysis/word-table.ts";
import {
  COMPILED_DIR,
  type CompiledLanguage,
  commonStemsFile,
  commonWordsFile,
  compoundsFile,
  entriesFile,
  LEXICON_DIR,
  languageFile,
  manifestFile,
  manifestFor,
  packLanguage,
  SortedWords,
} from "./compiled.ts";
import { entryText } from "./entry-text.ts";
import { type Lexicon, loadLexicon } from "./load.ts";

/**
 * The words a language's word table holds (word-table.ts): its common words, the words of its lexicon terms and
 * variants, and for Dutch the two-part compounds of nl-compounds.tsv — the administrative words letters use that
 * are too rare for the frequency lists ("leefloon", "dossiernummer").
 */
export function tableWords(lang: Language, lexicon: Lexicon): string[] {
  const words = new Set(lexicon.commonWords[lang] ?? []);
  for (const { entry } of lexicon.entries[lang])
    for (const form of [entry.term, ...entry.variants])
      for (const token of tokenize(form, lang)) if (token.kind === "word") words.add(token.text.toLowerCase());
  if (lang === "nl") for (const word of lexicon.compounds.keys()) words.add(word.toLowerCase());
  return [...words];
}

export function compileLexicon(out = COMPILED_DIR): void {
  const manifest = manifestFor(LEXICON_DIR);
  const lexicon = loadLexicon({ overlayDir: "", fromSources: true });
  mkdirSync(out, { recursive: true });
  // The manifest is written last: until then, a half-written folder is not used.
  rmSync(manifestFile(out), { force: true });
  for (const lang of LANGUAGES) {
    const common = lexicon.commonWords[lang];
    const entries = lexicon.entries[lang].map((e) => e.entry);
    const { text, table } = entryText(
      lexicon.entries[lang].map(({ entry, file }) => ({ entry, file: relative(LEXICON_DIR, file) })),
    );
    const data: CompiledLanguage = {
      entries: table,
      index: new LexiconIndex(entries, lang, GRAMMARS[lang], common).compile(entries),
    };
    writeFileSync(entriesFile(lang, out), text);
    writeFileSync(languageFile(lang, out), packLanguage(data));
    // A word list of an earlier build whose source is gone must not stay behind.
    rmSync(commonWordsFile(lang, out), { force: true });
    rmSync(commonStemsFile(lang, out), { force: true });
    if (common) writeFileSync(commonWordsFile(lang, out), SortedWords.fileOf(common));
    if (common && STEMMED.has(lang))
      writeFileSync(commonStemsFile(lang, out), SortedWords.fileOf(commonStems(lang, common)));
    writeFileSync(hyphenPatternsFile(lang, out), JSON.stringify(hyphenPatterns(lang)));
    // The stems and syllables of the common words, the lexicon's words and the Dutch compounds, for letters whose
    // words the analysis has not seen yet.
    writeFileSync(wordTableFile(lang, out), buildWordTable(lang, tableWords(lang, lexicon)));
  }
  writeFileSync(compoundsFile(out), JSON.stringify([...lexicon.compounds]));
  writeFileSync(manifestFile(out), manifest);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) compileLexicon();
