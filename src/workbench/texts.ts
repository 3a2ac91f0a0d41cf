/** The fixed texts of the workbench (editor, before/after, lexicon overlay, audit report): locales/<lang>/workbench.json. */
import { type AreaTexts, texts } from "../i18n/catalogue.ts";

export type WorkbenchTexts = AreaTexts["workbench"];

export function workbenchTexts(lang: string): WorkbenchTexts {
  return texts(lang, "workbench");
}
