/**
 * Is a word common? Looks the word up in the language's list of common words (Zipf ≥ 3). For the wordfreq lists
 * (French, German, English) an inflected form also counts when a common word has the same stem: "déménagez" is as
 * easy as "déménager", even if the list has only the more frequent forms. SUBTLEX-NL lists Dutch forms one by one.
 */
import { GRAMMARS } from "./grammar.ts";
import type { Language } from "./types.ts";

const STEMMED: ReadonlySet<Language> = new Set(["fr", "de", "en"]);
const stemsOf = new WeakMap<ReadonlySet<string>, Set<string>>();

function commonStems(lang: Language, common: ReadonlySet<string>): Set<string> {
  let stems = stemsOf.get(common);
  if (!stems) {
    const { stem } = GRAMMARS[lang];
    stems = new Set();
    for (const word of common) if (word.length > 3) stems.add(stem(word));
    stemsOf.set(common, stems);
  }
  return stems;
}

export function isCommonWord(lower: string, lang: Language, common: ReadonlySet<string>): boolean {
  if (common.has(lower)) return true;
  return STEMMED.has(lang) && lower.length > 3 && commonStems(lang, common).has(GRAMMARS[lang].stem(lower));
}
