/** The rules, in the order their findings are reported for one position. */
import type { Rule } from "./context.ts";
import { doubleNegation } from "./double-negation.ts";
import { legalReference } from "./legal-reference.ts";
import { lexiconTerms } from "./lexicon-terms.ts";
import { longSentence } from "./long-sentence.ts";
import { nominalStyle } from "./nominal-style.ts";
import { passive } from "./passive.ts";
import { uncommonWord } from "./uncommon-word.ts";

export const RULES: readonly Rule[] = [
  lexiconTerms,
  uncommonWord,
  longSentence,
  passive,
  nominalStyle,
  doubleNegation,
  legalReference,
];
export type { Rule, RuleContext } from "./context.ts";
