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
import { LANGUAGES } from "../analysis/types.ts";
import { buildWordTable } from "../analysis/word-facts.ts";
import { wordTableFile } from "../analysis/word-table.ts";
import {
  COMPILED_DIR,
  type CompiledLanguage,
  commonStemsFile,
  commonWordsFile,
  compoundsFile,
  LEXICON_DIR,
  languageFile,
  manifestFile,
  manifestFor,
  SortedWords,
} from "./compiled.ts";
import { loadLexicon } from "./load.ts";

export function compileLexicon(out = COMPILED_DIR): void {
  const manifest = manifestFor(LEXICON_DIR);
  const lexicon = loadLexicon({ overlayDir: "", fromSources: true });
  mkdirSync(out, { recursive: true });
  // The manifest is written last: until then, a half-written folder is not used.
  rmSync(manifestFile(out), { force: true });
  for (const lang of LANGUAGES) {
    const common = lexicon.commonWords[lang];
    const entries = lexicon.entries[lang].map((e) => e.entry);
    const data: CompiledLanguage = {
      entries: lexicon.entries[lang].map(({ entry, file }) => ({ entry, file: relative(LEXICON_DIR, file) })),
      index: new LexiconIndex(entries, lang, GRAMMARS[lang], common).compile(entries),
    };
    writeFileSync(languageFile(lang, out), JSON.stringify(data));
    // A word list of an earlier build whose source is gone must not stay behind.
    rmSync(commonWordsFile(lang, out), { force: true });
    rmSync(commonStemsFile(lang, out), { force: true });
    if (common) writeFileSync(commonWordsFile(lang, out), SortedWords.textOf(common));
    if (common && STEMMED.has(lang))
      writeFileSync(commonStemsFile(lang, out), SortedWords.textOf(commonStems(lang, common)));
    writeFileSync(hyphenPatternsFile(lang, out), JSON.stringify(hyphenPatterns(lang)));
    // The stems and syllables of the common words, for letters whose words the analysis has not seen yet.
    rmSync(wordTableFile(lang, out), { force: true });
    if (common) writeFileSync(wordTableFile(lang, out), buildWordTable(lang, common));
  }
  writeFileSync(compoundsFile(out), JSON.stringify([...lexicon.compounds]));
  writeFileSync(manifestFile(out), manifest);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) compileLexicon();
