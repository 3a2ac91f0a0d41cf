/**
 * The fixed texts of the staff pages (login, counter panel) and the "now serving" display, from
 * kiosk/staff-texts.json, in nl/fr/de/en. Checked once at start: every key in every language, and the same
 * {placeholders} as the Dutch text.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { LANGUAGES, type Language } from "../analysis/types.ts";

export const STAFF_TEXTS_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "kiosk", "staff-texts.json");

export const STAFF_TEXT_KEYS = [
  "htmlLang",
  "appName",
  "skipLink",
  "languageName",
  "otherLanguages",
  "loginTitle",
  "loginIntro",
  "username",
  "password",
  "loginButton",
  "errorHeading",
  "loginFailed",
  "loginLocked",
  "loginRateLimited",
  "loginMissing",
  "loggedOut",
  "logout",
  "loggedInAs",
  "sitesTitle",
  "chooseCounter",
  "openCounter",
  "counterName",
  "panelTitle",
  "yourServices",
  "currentTitle",
  "currentNone",
  "callNext",
  "recall",
  "done",
  "noShow",
  "transfer",
  "transferTo",
  "waitingTitle",
  "waitingNone",
  "waitingOne",
  "waitingMany",
  "waitedMinutes",
  "helpTitle",
  "helpNone",
  "helpItem",
  "helpGo",
  "noticeCalled",
  "noticeRecalled",
  "noticeDone",
  "noticeNoShow",
  "noticeTransferred",
  "noticeNobody",
  "noticeHelp",
  "noticeStale",
  "forbiddenTitle",
  "forbiddenText",
  "csrfTitle",
  "csrfText",
  "notFoundTitle",
  "notFoundText",
  "backToStart",
  "displayTitle",
  "displayPrevious",
  "displayEmpty",
  "displayPrivacy",
  "startSound",
  "soundOn",
  "announce",
  "usersTitle",
  "usersLink",
  "fullName",
  "role",
  "status",
  "actions",
  "statusActive",
  "statusLocked",
  "statusDisabled",
  "actionUnlock",
  "actionDisable",
  "actionEnable",
  "actionDelete",
  "actionResetPassword",
  "newPasswordFor",
  "userDone",
  "lastAdmin",
  "notYourself",
  "passwordTooShort",
  "auditTitle",
  "auditItem",
] as const;

export type StaffTextKey = (typeof STAFF_TEXT_KEYS)[number];
export type StaffTexts = Record<StaffTextKey, string>;
export type AllStaffTexts = Record<Language, StaffTexts>;

const text = z.string().trim().min(1, "the text is empty");
const block = z.strictObject(
  Object.fromEntries(STAFF_TEXT_KEYS.map((key) => [key, text])) as Record<StaffTextKey, typeof text>,
);
const schema = z.strictObject(
  Object.fromEntries(LANGUAGES.map((lang) => [lang, block])) as Record<Language, typeof block>,
);

const placeholders = (value: string): string =>
  [...value.matchAll(/\{(\w+)\}/g)]
    .map((m) => m[1])
    .sort()
    .join(",");

/** Reads and checks the staff texts; throws one error listing every problem. */
export function loadStaffTexts(file: string = STAFF_TEXTS_FILE): AllStaffTexts {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: cannot read it as JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".") || "file"}: ${i.message}`);
    throw new Error(`${file} has errors:\n${lines.join("\n")}`);
  }
  const texts = parsed.data as AllStaffTexts;
  const problems: string[] = [];
  for (const lang of LANGUAGES) {
    for (const key of STAFF_TEXT_KEYS) {
      if (placeholders(texts[lang][key]) !== placeholders(texts.nl[key])) {
        problems.push(`  - ${lang}.${key}: use the same {…} values as nl: "${texts.nl[key]}"`);
      }
    }
  }
  if (problems.length) throw new Error(`${file} has errors:\n${problems.join("\n")}`);
  return texts;
}
