/** The fixed texts of the staff pages (login, counter panel) and the "now serving" display: locales/<lang>/staff.json. */
import type { Language } from "../analysis/types.ts";
import { type AreaTexts, type LanguageInfo, texts } from "../i18n/catalogue.ts";
import { LETTER_LANGUAGES } from "../languages.ts";

export type StaffTexts = AreaTexts["staff"] & LanguageInfo;
export type AllStaffTexts = Record<Language, StaffTexts>;

/** The staff texts in every staff language (the catalogue loader has checked them). */
export function loadStaffTexts(): AllStaffTexts {
  return Object.fromEntries(LETTER_LANGUAGES.map((lang) => [lang, texts(lang, "staff")])) as AllStaffTexts;
}
