/** What the checklist says about a letter: the texts are in locales/<lang>/checklist.json. */
import { type AreaTexts, texts } from "../i18n/catalogue.ts";
import type { LetterKind } from "./checklist.ts";
import type { Language } from "./types.ts";

export type NoteId = keyof AreaTexts["checklist"]["notes"];

/** Ways to reach a person; the contact item names the ones the letter lacks. */
export type Channel = keyof AreaTexts["checklist"]["channels"];

export function checklistNote(lang: Language, id: NoteId): string {
  return texts(lang, "checklist").notes[id];
}

/** The kind of letter in words ("een rekening"), for notes and explanations. */
export function letterKindName(lang: string, kind: LetterKind): string {
  return texts(lang, "checklist").kinds[kind];
}

export function notApplicableNote(lang: Language, kind: LetterKind): string {
  const t = texts(lang, "checklist");
  return t.notApplicable({ kind: t.kinds[kind] });
}

export function missingChannelsNote(lang: Language, missing: readonly Channel[]): string {
  const t = texts(lang, "checklist");
  const list = new Intl.ListFormat(lang, { type: "conjunction" }).format(missing.map((c) => t.channels[c]));
  return t.incomplete({ missing: list });
}
