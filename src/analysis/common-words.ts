/**
 * Is a word common? Looks the word up in the language's list of common words (Zipf ≥ 3). For the wordfreq lists
 * (French, German, English) an inflected form also counts when a common word has the same stem: "déménagez" is as
 * easy as "déménager", even if the list has only the more frequent forms; elided forms ("l'", "qu'") and hyphenated
 * words of common parts ("rendez-vous") are common too. SUBTLEX-NL lists Dutch forms one by one.
 */

import { GRAMMARS } from "./grammar.ts";
import type { Language } from "./types.ts";
import { stemOf } from "./word-facts.ts";
import { memoFor, remembered } from "./word-memo.ts";

export const STEMMED: ReadonlySet<Language> = new Set(["fr", "de", "en"]);
/** Endings tried for a French "nous" form: "répondons" → "répondez", "répondre". */
const FR_NOUS = ["ez", "er", "re", "ir", "ent"];
const stemsOf = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The stems of a word list, made at build time (src/lexicon/compile.ts): stemming 30,000 words takes a while. */
export function rememberCommonStems(common: ReadonlySet<string>, stems: ReadonlySet<string>): void {
  stemsOf.set(common, stems);
}

export function commonStems(lang: Language, common: ReadonlySet<string>): ReadonlySet<string> {
  let stems = stemsOf.get(common);
  if (!stems) {
    const { stem } = GRAMMARS[lang];
    const made = new Set<string>();
    for (const word of common) if (word.length > 3) made.add(stem(word));
    stemsOf.set(common, made);
    stems = made;
  }
  return stems;
}

/** Answers per word list and language: stemming a word is the slow part, and letters use the same words again and again. */
const answers = new WeakMap<ReadonlySet<string>, Map<string, Map<string, boolean>>>();
const ANSWERS_LIMIT = 100_000;

export function isCommonWord(lower: string, lang: Language, common: ReadonlySet<string>): boolean {
  return commonWordTest(lang, common)(lower);
}

/**
 * isCommonWord for one language and list, for a caller that asks about many words: a word of the list is answered
 * by the list, any other is worked out once and remembered.
 */
export function commonWordTest(lang: Language, common: ReadonlySet<string>): (lower: string) => boolean {
  // The same list serves one language, but the answers are kept per language, in case a caller shares one.
  const memo = memoFor(answers, common, lang);
  // Every answer is remembered, those of the list too: a look-up in this small map costs less than one in the list
  // (tens of thousands of words, mostly not in the processor's caches), and letters ask about the same words often.
  return (lower) => memo.get(lower) ?? remembered(memo, lower, ANSWERS_LIMIT, () => commonWord(lower, lang, common));
}

function commonWord(lower: string, lang: Language, common: ReadonlySet<string>): boolean {
  if (common.has(lower)) return true;
  if (!STEMMED.has(lang)) return false;
  // wordfreq splits at hyphens and elisions: "rendez-vous" is "rendez" + "vous", "l'" is "l".
  if (/['’]$/.test(lower)) return true;
  if (lower.includes("-")) return lower.split("-").every((part) => !part || commonWord(part, lang, common));
  if (lower.length > 3 && commonStems(lang, common).has(stemOf(lang, lower))) return true;
  // The French stemmer keeps the "nous" ending: "répondons" is common when "répondez" or "répondre" is.
  return lang === "fr" && /.{3}ons$/.test(lower) && FR_NOUS.some((end) => common.has(lower.slice(0, -3) + end));
}

/**
 * German writes every noun with a capital, so a capital does not mark a name. A short capitalised word that is not
 * common is more often a name (Eupen, Lennertz) than a rare noun: rare German nouns are mostly long compounds.
 */
export function looksLikeGermanName(text: string): boolean {
  return text.length < 9 && text[0] !== text[0]?.toLowerCase();
}
