/** What every rule gets: the text, its tokens and sentences, and the language data. */

import type { Grammar } from "../grammar.ts";
import { inLatinRange, latinCopy } from "../latin-letters.ts";
import type { LexiconIndex, TermMatch } from "../lexicon-index.ts";
import type {
  FindingData,
  FindingMessageId,
  Language,
  MessageData,
  RuleId,
  Sentence,
  Severity,
  Span,
  Token,
} from "../types.ts";
import { remembered, wordMemo } from "../word-memo.ts";

export interface RuleContext {
  text: string;
  lang: Language;
  tokens: Token[];
  sentences: Sentence[];
  grammar: Grammar;
  lexicon: LexiconIndex;
  /** Lexicon matches, computed once: several rules need them. */
  terms: TermMatch[];
  commonWords?: ReadonlySet<string>;
  longSentenceWords: number;
}

export interface Rule {
  id: RuleId;
  run(ctx: RuleContext): FindingData[];
}

export function finding(
  ctx: RuleContext,
  rule: RuleId,
  severity: Severity,
  span: Span,
  messageId: FindingMessageId,
  data: Record<string, string | number | undefined> = {},
  extra: Partial<FindingData> = {},
): FindingData {
  const values: MessageData = {};
  for (const key in data) {
    const value = data[key];
    if (value !== undefined) values[key] = value;
  }
  return {
    rule,
    severity,
    start: span.start,
    end: span.end,
    text: ctx.text.slice(span.start, span.end),
    messageId,
    data: values,
    expected: extra.suggestion ? [extra.suggestion] : [],
    ...extra,
  };
}

// Three rules read the same groups: made once per token list (the analysis makes a new list for each letter).
const bySentence = new WeakMap<readonly Token[], { sentences: readonly Sentence[]; groups: Token[][] }>();

/** Token index ranges per sentence, for rules that look inside one sentence at a time. Do not change the lists. */
export function tokensBySentence(ctx: RuleContext): Token[][] {
  const known = bySentence.get(ctx.tokens);
  if (known?.sentences === ctx.sentences) return known.groups;
  const groups: Token[][] = ctx.sentences.map(() => []);
  let s = 0;
  for (const token of ctx.tokens) {
    while (s < ctx.sentences.length && (ctx.sentences[s] as Sentence).end <= token.start) s++;
    const sentence = ctx.sentences[s];
    if (sentence && token.start >= sentence.start) groups[s]?.push(token);
  }
  bySentence.set(ctx.tokens, { sentences: ctx.sentences, groups });
  return groups;
}

const clauses = new WeakMap<Token[], Token[]>();

/** The words of a sentence with the clause marks between them (, ; :), which end a passive or a negation's reach. */
export function clauseWords(tokens: Token[]): Token[] {
  let words = clauses.get(tokens);
  if (!words) {
    words = tokens.filter((t) => t.kind === "word" || (t.kind === "punct" && /[,;:]/.test(t.text)));
    clauses.set(tokens, words);
  }
  return words;
}

const wordTests = new WeakMap<RegExp, Map<string, boolean>>();
const WORD_TESTS_LIMIT = 50_000;
/** A pattern of letters that ends in one of a few plain endings: `^\p{L}{3,}(?:ing|heid)$` (the nominalisations). */
const ENDINGS_PATTERN = /^\^\\p\{L\}\{\d+,\d*\}\(\?:([^()[\]{}\\.*+?^$]+)\)\$$/;
const endingsOf = new WeakMap<RegExp, readonly string[] | null>();

/**
 * The endings a word must have to match `re`, when `re` is a pattern of letters with plain endings and no flag that
 * changes what they match (case, lines); else null.
 */
function endings(re: RegExp): readonly string[] | null {
  let found = endingsOf.get(re);
  if (found === undefined) {
    const m = /^[uv]*$/.test(re.flags) ? ENDINGS_PATTERN.exec(re.source) : null;
    found = m ? (m[1] as string).split("|") : null;
    endingsOf.set(re, found);
  }
  return found;
}

/** `re.test(word)` for a pattern that is neither global nor sticky, remembered: letters repeat their words. */
export function testWord(re: RegExp, word: string): boolean {
  // Most words lack the endings such a pattern asks for: that answer needs neither the pattern nor a memo.
  const ends = endings(re);
  if (ends) {
    let ending = false;
    for (let e = 0; e < ends.length && !ending; e++) ending = word.endsWith(ends[e] as string);
    if (!ending) return false;
  }
  let known = wordTests.get(re);
  if (!known) {
    known = wordMemo();
    wordTests.set(re, known);
  }
  return known.get(word) ?? remembered(known, word, WORD_TESTS_LIMIT, () => testOnce(re, word));
}

/** `re.test(word)`, by the pattern's copy without the u flag when the word is of Latin script (latin-letters.ts). */
function testOnce(re: RegExp, word: string): boolean {
  const copy = inLatinRange(word) ? latinCopy(re) : null;
  return (copy ?? re).test(word);
}
