/**
 * The fixed texts of the workbench (editor, before/after, lexicon overlay, audit report): locales/<lang>/workbench.json,
 * with the rule names (`kinds`) from locales/<lang>/findings.json.
 */
import { type AreaTexts, type LanguageInfo, texts } from "../i18n/catalogue.ts";

export type WorkbenchTexts = AreaTexts["workbench"] & LanguageInfo & { kinds: AreaTexts["findings"]["names"] };

const cache = new Map<string, WorkbenchTexts>();

export function workbenchTexts(lang: string): WorkbenchTexts {
  let out = cache.get(lang);
  if (!out) {
    out = { ...texts(lang, "workbench"), kinds: texts(lang, "findings").names };
    cache.set(lang, out);
  }
  return out;
}
