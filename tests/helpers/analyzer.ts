/** The real analyzer and explainer with the real lexicon, loaded once per test file. */
import { type Analyzer, createAnalyzer } from "../../src/analysis/index.ts";
import { createExplainer, type Explained, type ExplainInput } from "../../src/letters/explain.ts";
import { lexiconEntries, loadLexicon } from "../../src/lexicon/load.ts";

let lexicon: ReturnType<typeof loadLexicon> | undefined;
let analyzer: Analyzer | undefined;
let explainer: ((input: ExplainInput, today: string) => Explained) | undefined;

export function realAnalyzer(): Analyzer {
  lexicon ??= loadLexicon({ overlayDir: "" });
  analyzer ??= createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  return analyzer;
}

/** Explains a letter as the analysis workers do (src/letters/explain.ts), without a worker. */
export function realExplainer(): (input: ExplainInput, today: string) => Explained {
  const a = realAnalyzer();
  const l = lexicon as ReturnType<typeof loadLexicon>;
  explainer ??= createExplainer({
    analyzer: a,
    lexicons: lexiconEntries(l),
    compounds: l.compounds,
    longSentenceWords: 20,
  });
  return explainer;
}
