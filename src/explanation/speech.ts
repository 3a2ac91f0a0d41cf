import type { LexiconEntry } from "../lexicon/schema.ts";
import { type SpokenPart, toSsml } from "../speech/ssml.ts";
import type { Explanation } from "./build.ts";

/** The hard words part is read up to this many words: a longer list is for reading, not listening. */
const MAX_SPOKEN_WORDS = 5;

export interface SpeechScript {
  /** The reader's language: the voice to use. */
  lang: string;
  parts: SpokenPart[];
  text: string;
  ssml: string;
}

/** "OCMW" → "O C M W" (or its expansion), from the lexicon's `spoken` forms of acronyms. */
export function acronymReader(entries: readonly LexiconEntry[]): (text: string) => string {
  const forms = new Map<string, string>();
  for (const e of entries) {
    if (!e.spoken || !e.caseSensitive) continue;
    for (const form of [e.term, ...e.variants]) if (/^[\p{Lu}\d.]{2,}$/u.test(form)) forms.set(form, e.spoken);
  }
  if (forms.size === 0) return (text) => text;
  const escaped = [...forms.keys()]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const re = new RegExp(`(?<![\\p{L}\\d])(?:${escaped.join("|")})(?![\\p{L}\\d])`, "gu");
  return (text) => text.replace(re, (m) => forms.get(m) ?? m);
}

export function speechScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const parts: SpokenPart[] = [{ heading: explanation.title, sentences: [] }];
  for (const section of explanation.sections) {
    const statements = section.id === "words" ? section.statements.slice(0, MAX_SPOKEN_WORDS) : section.statements;
    const sentences = statements.filter((s) => !s.quote).map((s) => readAcronyms(s.spoken ?? s.text));
    if (sentences.length) parts.push({ heading: section.heading, sentences });
  }
  const text = parts.map((p) => [p.heading, ...p.sentences].join("\n")).join("\n\n");
  return { lang: explanation.uiLang, parts, text, ssml: toSsml(parts, explanation.uiLang) };
}
