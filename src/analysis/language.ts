/** Language detection over nl/fr/de/en with franc (trigram statistics); short or unclear text keeps the default. */
import { franc } from "franc-min";
import type { Language } from "./types.ts";

const FROM_ISO3: Record<string, Language> = { nld: "nl", fra: "fr", deu: "de", eng: "en" };
// Trigram statistics settle after a few hundred characters; more only costs time.
const SAMPLE = 800;

export function detectLanguage(text: string): Language | null {
  const code = franc(text.slice(0, SAMPLE), { only: Object.keys(FROM_ISO3), minLength: 20 });
  return FROM_ISO3[code] ?? null;
}
