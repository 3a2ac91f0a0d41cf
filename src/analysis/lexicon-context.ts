/**
 * The sentence around a lexicon match, for terms with several senses: the words (lower case and stems) of each
 * sentence, read once per sentence and only when a sense asks for them.
 */
import type { Span, Token } from "./types.ts";

/** A word of the letter as a context word is compared with it. */
export interface WordForms {
  lower: string;
  stem: string;
}

/**
 * For a token index, the words (stems and lower case) of its sentence; computed once per sentence, on demand.
 * `sentences` (spans into the same text) tell which words stand together; without them, sentences end at ". ! ?".
 */
export function sentenceWordsReader(
  tokens: readonly Token[],
  sentences: readonly Span[] | undefined,
  formsAt: (i: number) => WordForms | undefined,
): (t: number) => ReadonlySet<string> {
  // Sentence numbers rise with the token index, so a sentence is a run of tokens. Numbered when first asked: most
  // letters have no word with senses.
  let sentenceOf: number[] | undefined;
  const number = (): number[] => {
    const numbers: number[] = new Array(tokens.length);
    let s = 0;
    tokens.forEach((token, i) => {
      if (sentences) {
        while (s < sentences.length - 1 && (sentences[s] as Span).end <= token.start) s++;
      }
      numbers[i] = s;
      if (!sentences && token.kind === "punct" && /[.!?]/.test(token.text)) s++;
    });
    return numbers;
  };
  const words = new Map<number, Set<string>>();
  return (t) => {
    sentenceOf ??= number();
    const sentence = sentenceOf[t] ?? 0;
    let set = words.get(sentence);
    if (!set) {
      set = new Set();
      let first = t;
      while (first > 0 && sentenceOf[first - 1] === sentence) first--;
      for (let i = first; i < tokens.length && sentenceOf[i] === sentence; i++) {
        const f = formsAt(i);
        if (f) set.add(f.lower).add(f.stem);
      }
      words.set(sentence, set);
    }
    return set;
  };
}

/** A context word stands in the sentence: the same stem, or the head of a compound ("arbeidsrechtbank"). */
export function inSentence(key: string, sentenceWords: ReadonlySet<string>): boolean {
  if (sentenceWords.has(key)) return true;
  if (key.length < 5) return false;
  for (const word of sentenceWords) if (word.length > key.length && word.endsWith(key)) return true;
  return false;
}
