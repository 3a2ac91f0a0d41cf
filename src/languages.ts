/**
 * The one list of languages. A leaf module: it imports nothing of ours, so every other module may use it.
 *
 * - Letter languages (nl, fr, de, en): the languages Klaar can analyse a letter in. Each needs a lexicon, rules and
 *   readability formulas, so this set is closed.
 * - Visitor languages: the languages a person can read the screens, the explanation and the printout in, and hear
 *   them in. An open set: adding one is a record here plus locales/<code>/*.json (see CONTRIBUTING.md).
 */

export const LETTER_LANGUAGES = ["nl", "fr", "de", "en"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export interface VisitorLanguage {
  /** ISO 639-1 code, as in URLs and locales/<code>/. */
  code: string;
  /** The name in the language itself ("Français"), for language buttons. */
  nativeName: string;
  dir: "ltr" | "rtl";
  /** BCP 47 locale for dates, numbers and the html lang attribute. */
  locale: string;
  /** espeak-ng voice (`espeak-ng --voices`). */
  voice: string;
  /** Script the fonts must cover; Latin is covered by the bundled Atkinson Hyperlegible. */
  script: "latin" | "arabic" | "cyrillic";
}

/** In the order language buttons show them: the letter languages first. */
export const VISITOR_LANGUAGES: readonly VisitorLanguage[] = [
  { code: "nl", nativeName: "Nederlands", dir: "ltr", locale: "nl-BE", voice: "nl", script: "latin" },
  { code: "fr", nativeName: "Français", dir: "ltr", locale: "fr-BE", voice: "fr-be", script: "latin" },
  { code: "de", nativeName: "Deutsch", dir: "ltr", locale: "de-BE", voice: "de", script: "latin" },
  { code: "en", nativeName: "English", dir: "ltr", locale: "en-GB", voice: "en-gb", script: "latin" },
  { code: "ar", nativeName: "العربية", dir: "rtl", locale: "ar", voice: "ar", script: "arabic" },
  { code: "tr", nativeName: "Türkçe", dir: "ltr", locale: "tr", voice: "tr", script: "latin" },
  { code: "uk", nativeName: "Українська", dir: "ltr", locale: "uk", voice: "uk", script: "cyrillic" },
];

export const VISITOR_CODES: readonly string[] = VISITOR_LANGUAGES.map((l) => l.code);

export function isLetterLanguage(value: unknown): value is LetterLanguage {
  return typeof value === "string" && (LETTER_LANGUAGES as readonly string[]).includes(value);
}

export function isVisitorLanguage(value: unknown): value is string {
  return typeof value === "string" && VISITOR_CODES.includes(value);
}

/** The record of a visitor language; Dutch for an unknown code. */
export function visitorLanguage(code: string): VisitorLanguage {
  return VISITOR_LANGUAGES.find((l) => l.code === code) ?? (VISITOR_LANGUAGES[0] as VisitorLanguage);
}

/**
 * Picks the best language from an Accept-Language header among `offered` (first match by quality); `fallback`
 * (Dutch unless given) when nothing matches.
 */
export function negotiate<T extends string>(header: string | undefined, offered: readonly T[], fallback: T): T {
  if (!header) return fallback;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.split("-")[0]?.toLowerCase() ?? "", q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return (
    (ranked.map((r) => r.lang).find((l) => (offered as readonly string[]).includes(l)) as T | undefined) ?? fallback
  );
}

/** A letter language from an Accept-Language header; Dutch when none matches. */
export function negotiateLetterLanguage(header: string | undefined): LetterLanguage {
  return negotiate(header, LETTER_LANGUAGES, "nl");
}

/** A visitor language from an Accept-Language header; Dutch when none matches. */
export function negotiateVisitorLanguage(header: string | undefined): string {
  return negotiate(header, VISITOR_CODES, "nl");
}
