/** The real analyzer with the real lexicon, loaded once per test file. */
import { type Analyzer, createAnalyzer } from "../../src/analysis/index.ts";
import { lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";

let analyzer: Analyzer | undefined;

export function realAnalyzer(): Analyzer {
  if (!analyzer) {
    const lexicon = loadLexicon({ overlayDir: "" });
    analyzer = createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  }
  return analyzer;
}
