/**
 * The fixed sentences of a letter explanation live in locales/<lang>/explanation.json. They are chosen by the
 * visitor's language, not the letter's: a French-speaking visitor with a Dutch letter reads French.
 */
import { type AreaTexts, type LanguageInfo, texts } from "../i18n/catalogue.ts";

export type ExplanationTexts = AreaTexts["explanation"] & LanguageInfo;
export type SectionId = keyof ExplanationTexts["headings"];
export type ActionKind = keyof ExplanationTexts["actions"];

export function explanationTexts(lang: string): ExplanationTexts {
  return texts(lang, "explanation");
}
