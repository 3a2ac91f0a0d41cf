import { t } from "../i18n/catalogue.ts";
import { visitorLanguage } from "../languages.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { escapeXml, type SpokenPart, toSsml } from "../speech/ssml.ts";
import type { Explanation, Statement } from "./types.ts";

export interface SpeechScript {
  lang: string;
  parts: SpokenPart[];
  /** What is said, as plain text (also the transcript offered next to the audio). */
  text: string;
  ssml: string;
  /** Words in `text`: at 145 words a minute, 140 words ≈ 58 s. */
  words: number;
}

export interface SpeechScripts {
  essentials: SpeechScript;
  words: SpeechScript;
  full: SpeechScript;
}

/**
 * The aim for the essentials script: under 60 s at the default 145 words a minute. Dates, amounts and codes are said
 * slowly, with pauses, and repeated, so the budget in words is well under 145 (measured with soxi on corpus letters).
 */
export const ESSENTIAL_WORDS = 100;
const PAUSE = '<break time="600ms"/>';
const GROUP_PAUSE = '<break time="400ms"/>';

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

export const countWords = (text: string): number => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

const sayable = (s: Statement) => !s.quote && (s.spoken ?? s.text).trim() !== "";

/** A value said slowly: its groups (split at commas) with a pause between them. */
function slowValue(value: string): string {
  const groups = value
    .split(/,\s*/)
    .map((g) => escapeXml(g.trim()))
    .filter(Boolean);
  return `<prosody rate="slow">${groups.join(GROUP_PAUSE)}</prosody>`;
}

/** One essential statement in SSML: its values slow and grouped, then "I repeat: …" with the values once more. */
function statementSsml(
  s: Statement,
  spoken: string,
  lang: string,
  repeated: Set<string>,
): { ssml: string; text: string } {
  const all = (s.values ?? []).filter((v) => spoken.includes(v));
  // Each value is repeated once in the whole script: the first time it is said.
  const values = all.filter((v) => !repeated.has(v) && repeated.add(v));
  let ssml = escapeXml(spoken);
  for (const v of all) ssml = ssml.split(escapeXml(v)).join(`${GROUP_PAUSE}${slowValue(v)}${GROUP_PAUSE}`);
  if (!values.length) return { ssml: `<s>${ssml}</s>`, text: spoken };
  const again = t(lang, "explanation.speech.repeat", { values: values.join(", ") });
  const againSsml = `${escapeXml(t(lang, "explanation.speech.repeat", { values: "" }).trim())} ${values.map(slowValue).join(GROUP_PAUSE)}`;
  return { ssml: `<s>${ssml}</s><s>${againSsml}</s>`, text: `${spoken} ${again}` };
}

function speak(lang: string, body: string): string {
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${visitorLanguage(lang).locale}">${body}</speak>`;
}

interface Said {
  sectionId: string;
  heading: string;
  statement: Statement;
  spoken: string;
}

function render(lang: string, items: Said[], onceOnly = new Set<string>()): Omit<SpeechScript, "words" | "lang"> {
  // A value said twice already (the total in the bottom line and in "what to do") needs no "I repeat".
  const counts = new Map<string, number>();
  for (const { statement, spoken } of items)
    for (const v of statement.values ?? []) if (spoken.includes(v)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const repeated = new Set(
    [...counts]
      .filter(([, n]) => n > 1)
      .map(([v]) => v)
      .concat([...onceOnly]),
  );
  const parts: SpokenPart[] = [];
  const paragraphs: string[] = [];
  for (const item of items) {
    const done = statementSsml(item.statement, item.spoken, lang, repeated);
    const last = parts.at(-1);
    if (last && last.heading === item.heading) {
      last.sentences.push(done.text);
      paragraphs[paragraphs.length - 1] += done.ssml;
    } else {
      parts.push({ heading: item.heading, sentences: [done.text] });
      paragraphs.push(done.ssml);
    }
  }
  return {
    parts,
    text: parts.map((p) => p.sentences.join("\n")).join("\n\n"),
    ssml: speak(lang, paragraphs.map((p) => `<p>${p}</p>`).join(PAUSE)),
  };
}

/** The essentials: the bottom line first, then the essential statements of each section, values slow and repeated. */
export function essentialsScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const lang = explanation.uiLang;
  const said = (sectionId: string, heading: string, s: Statement): Said => ({
    sectionId,
    heading,
    statement: s,
    spoken: readAcronyms(s.spoken ?? s.text),
  });
  let items: Said[] = [said("bottom", "", explanation.bottomLine.statement)];
  for (const section of explanation.sections) {
    if (section.id === "words") continue;
    for (const s of section.statements) if (s.essential && sayable(s)) items.push(said(section.id, section.heading, s));
  }
  // Over the aim, the statements marked `spokenOptional` go, 1 first (they stay on the printout).
  let script = render(lang, items);
  for (const level of [1, 2]) {
    if (countWords(script.text) <= ESSENTIAL_WORDS) break;
    items = items.filter((i) => (i.statement.spokenOptional ?? 3) > level);
    script = render(lang, items);
  }
  // Still long: the appeal term is said slowly but not repeated (what to pay and by when still are).
  if (countWords(script.text) > ESSENTIAL_WORDS) {
    const appealValues = items.filter((i) => i.sectionId === "appeal").flatMap((i) => i.statement.values ?? []);
    script = render(lang, items, new Set(appealValues));
  }
  return { lang, ...script, words: countWords(script.text) };
}

function plainScript(lang: string, parts: SpokenPart[]): SpeechScript {
  const text = parts.map((p) => [p.heading, ...p.sentences].filter(Boolean).join("\n")).join("\n\n");
  return { lang, parts, text, ssml: toSsml(parts, lang), words: countWords(text) };
}

/** The hard words, each with its explanation. */
export function wordsScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const section = explanation.sections.find((s) => s.id === "words");
  const sentences = (section?.statements ?? []).filter(sayable).map((s) => readAcronyms(s.spoken ?? s.text));
  const heading = section?.heading ?? "";
  return plainScript(explanation.uiLang, [
    { heading, sentences: sentences.length ? sentences : [t(explanation.uiLang, "explanation.speech.noWords")] },
  ]);
}

/** The whole explanation: the bottom line, then every section with every statement that is not a quote. */
export function fullScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const parts: SpokenPart[] = [
    { heading: explanation.title, sentences: [readAcronyms(explanation.bottomLine.statement.spoken ?? "")] },
  ];
  for (const section of explanation.sections) {
    const sentences = section.statements.filter(sayable).map((s) => readAcronyms(s.spoken ?? s.text));
    if (sentences.length) parts.push({ heading: section.heading, sentences });
  }
  return plainScript(explanation.uiLang, parts);
}

/** The three spoken tracks of a letter: audio.wav (essentials), audio-words.wav, audio-full.wav. */
export function speechScripts(
  explanation: Explanation,
  readAcronyms: (text: string) => string = (text) => text,
): SpeechScripts {
  return {
    essentials: essentialsScript(explanation, readAcronyms),
    words: wordsScript(explanation, readAcronyms),
    full: fullScript(explanation, readAcronyms),
  };
}

/** The spoken summary (audio.wav): the essentials script. */
export function speechScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  return essentialsScript(explanation, readAcronyms);
}
