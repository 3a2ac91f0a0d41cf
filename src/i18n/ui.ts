/** Language negotiation for people: the interface language is chosen apart from the letter's language. */
import { LANGUAGES, type Language } from "../analysis/types.ts";

export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Picks nl/fr/de/en from an Accept-Language header; Dutch when nothing matches. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return "nl";
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { lang: tag.slice(0, 2).toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.lang).find(isLanguage) ?? "nl";
}
