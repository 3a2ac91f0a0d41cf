import { t } from "../i18n/catalogue.ts";
import { visitorLanguage } from "../languages.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { estimateSeconds } from "../speech/duration.ts";
import { escapeXml, type SpokenPart, toSsml } from "../speech/ssml.ts";
import { timesInWords } from "../speech/words.ts";
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
 * The aim for the essentials track: at most this many seconds at the default 145 words a minute, by the estimate of
 * src/speech/duration.ts (within a few seconds of soxi on the corpus: `npx tsx bench/run.ts audio-corpus`). Dates,
 * amounts and codes are said slowly, in groups, so the words alone do not tell the length.
 */
export const ESSENTIAL_SECONDS = 55;
/** Words in the essentials at most, whatever the estimate says (140 words ≈ a minute at 145 words a minute). */
export const ESSENTIAL_WORDS = 120;
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

/** What the voice says of a statement: times as words ("om 14 uur"), acronyms spelled or expanded. */
const voiced = (s: Statement, lang: string, readAcronyms: (text: string) => string) =>
  readAcronyms(timesInWords(s.spoken ?? s.text, lang));

/** A value said slowly: its groups (split at commas) with a pause between them. */
function slowValue(value: string): string {
  const groups = value
    .split(/,\s*/)
    .map((g) => escapeXml(g.trim()))
    .filter(Boolean);
  return `<prosody rate="slow">${groups.join(GROUP_PAUSE)}</prosody>`;
}

/** The values in a spoken text, slow and grouped, with a short pause around each. */
function slowValues(spoken: string, values: readonly string[]): string {
  let ssml = escapeXml(spoken);
  for (const v of values) ssml = ssml.split(escapeXml(v)).join(`${GROUP_PAUSE}${slowValue(v)}${GROUP_PAUSE}`);
  return ssml;
}

/** "Ik herhaal: …" with the values once more, slow. */
function repeatSsml(lang: string, values: readonly string[]): { ssml: string; text: string } {
  // The words before the values ("Ik herhaal:"): the message with a marker in their place, cut there.
  const lead = escapeXml(t(lang, "explanation.speech.repeat", { values: "\u0001" }).split("\u0001")[0]?.trim() ?? "");
  return {
    ssml: `<s>${lead} ${values.map(slowValue).join(GROUP_PAUSE)}</s>`,
    text: t(lang, "explanation.speech.repeat", { values: values.join(", ") }),
  };
}

function speak(lang: string, body: string): string {
  return `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${visitorLanguage(lang).locale}">${body}</speak>`;
}

/** The payment details are said together and repeated together, once, after the last of them. */
type PayRole = "total" | "iban" | "code";

interface Said {
  sectionId: string;
  heading: string;
  statement: Statement;
  spoken: string;
  /** The values of the statement that the spoken text holds. */
  values: string[];
  pay?: PayRole;
}

/** How much is said: each step makes the track shorter and keeps the bottom line and the dates. */
interface Plan {
  /** Statements with `spokenOptional` at or under this level are left out. */
  dropOptional: 0 | 1 | 2;
  /** Values said slowly but not repeated after their statement (the appeal term; the bottom line's dates). */
  noRepeat: (item: Said) => boolean;
  /** The account number is left to the printout and the letter: "Het rekeningnummer staat op …". */
  ibanOnSheet: boolean;
  /** The bottom line says its values at the normal rate when a later statement says them slowly. */
  plainBottom?: boolean;
}

function render(lang: string, all: Said[], plan: Plan): Omit<SpeechScript, "words" | "lang"> {
  const items = all.filter((i) => (i.statement.spokenOptional ?? 3) > plan.dropOptional);
  // A value said twice already (the total in the bottom line and in "what to do") needs no "I repeat".
  const counts = new Map<string, number>();
  for (const { values } of items) for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const repeated = new Set([...counts].filter(([, n]) => n > 1).map(([v]) => v));
  const lastPay = items.findLastIndex((i) => i.pay);
  const payRepeat: string[] = [];
  const parts: SpokenPart[] = [];
  const paragraphs: string[] = [];
  items.forEach((item, index) => {
    let ssml: string;
    let text: string;
    if (item.pay === "iban" && plan.ibanOnSheet) {
      text = t(lang, "explanation.speech.ibanOnSheet");
      ssml = `<s>${escapeXml(text)}</s>`;
    } else {
      text = item.spoken;
      const later = (v: string) => items.some((other, i) => i > index && other.values.includes(v));
      const slow = plan.plainBottom && item.sectionId === "bottom" ? item.values.filter((v) => !later(v)) : item.values;
      ssml = `<s>${slowValues(item.spoken, slow)}</s>`;
      // Each value is repeated once in the whole track; the account number is said once, slowly, in its groups.
      const again = item.values.filter((v) => !repeated.has(v) && repeated.add(v));
      if (item.pay) payRepeat.push(...(item.pay === "iban" ? [] : again));
      else if (again.length && !plan.noRepeat(item)) {
        const r = repeatSsml(lang, again);
        ssml += r.ssml;
        text += ` ${r.text}`;
      }
    }
    if (index === lastPay && payRepeat.length) {
      const r = repeatSsml(lang, payRepeat);
      ssml += r.ssml;
      text += ` ${r.text}`;
    }
    const last = parts.at(-1);
    if (last && last.heading === item.heading) {
      last.sentences.push(text);
      paragraphs[paragraphs.length - 1] += ssml;
    } else {
      parts.push({ heading: item.heading, sentences: [text] });
      paragraphs.push(ssml);
    }
  });
  return {
    parts,
    text: parts.map((p) => p.sentences.join("\n")).join("\n\n"),
    ssml: speak(lang, paragraphs.map((p) => `<p>${p}</p>`).join(PAUSE)),
  };
}

/** Which payment detail a statement of "what to do" is (src/explanation/money.ts makes them from these messages). */
function payRole(lang: string, s: Statement): PayRole | undefined {
  const [first, second] = s.values ?? [];
  if (first === undefined || s.spoken === undefined) return undefined;
  if (s.spoken === t(lang, "explanation.actions.pay", { amount: first, date: second })) return "total";
  if (s.spoken === t(lang, "explanation.payTo", { iban: first })) return "iban";
  if (s.spoken === t(lang, "explanation.payWith", { code: first })) return "code";
  return undefined;
}

/**
 * The essentials: the bottom line first, then the essential statements of each section (no fixed help text: that is
 * on the printout and in the whole explanation). Dates, amounts and codes are said slowly and in groups; each is
 * repeated once, the payment details together after the last of them (amount, date, structured communication).
 * Over a minute, by steps: the optional statements go, the appeal term and the bottom line's dates are not repeated,
 * then the account number is left to the printout.
 */
export function essentialsScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const lang = explanation.uiLang;
  const said = (sectionId: string, heading: string, s: Statement): Said => {
    const spoken = voiced(s, lang, readAcronyms);
    const pay = sectionId === "actions" ? payRole(lang, s) : undefined;
    return {
      sectionId,
      heading,
      statement: s,
      spoken,
      values: (s.values ?? []).filter((v) => spoken.includes(v)),
      ...(pay ? { pay } : {}),
    };
  };
  const items: Said[] = [said("bottom", "", explanation.bottomLine.statement)];
  for (const section of explanation.sections) {
    if (section.id === "words") continue;
    for (const s of section.statements) {
      // Fixed help text ("the people at the counter help you") says nothing about this letter: not in the essentials.
      if (section.id === "help" && s.evidence.length === 0) continue;
      if (s.essential && sayable(s)) items.push(said(section.id, section.heading, s));
    }
  }
  const appeal = (i: Said) => i.sectionId === "appeal";
  const appealOrBottom = (i: Said) => i.sectionId === "appeal" || i.sectionId === "bottom";
  const plans: Plan[] = [
    { dropOptional: 0, noRepeat: () => false, ibanOnSheet: false },
    { dropOptional: 1, noRepeat: () => false, ibanOnSheet: false },
    { dropOptional: 2, noRepeat: () => false, ibanOnSheet: false },
    { dropOptional: 2, noRepeat: appeal, ibanOnSheet: false },
    { dropOptional: 2, noRepeat: appealOrBottom, ibanOnSheet: false },
    { dropOptional: 2, noRepeat: appealOrBottom, ibanOnSheet: false, plainBottom: true },
    { dropOptional: 2, noRepeat: appealOrBottom, ibanOnSheet: true, plainBottom: true },
  ];
  let script = render(lang, items, plans[0] as Plan);
  for (const plan of plans.slice(1)) {
    if (estimateSeconds(script.ssml, lang) <= ESSENTIAL_SECONDS && countWords(script.text) <= ESSENTIAL_WORDS) break;
    script = render(lang, items, plan);
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
  const lang = explanation.uiLang;
  const sentences = (section?.statements ?? []).filter(sayable).map((s) => voiced(s, lang, readAcronyms));
  const heading = section?.heading ?? "";
  return plainScript(explanation.uiLang, [
    { heading, sentences: sentences.length ? sentences : [t(explanation.uiLang, "explanation.speech.noWords")] },
  ]);
}

/** The whole explanation: the bottom line, then every section with every statement that is not a quote. */
export function fullScript(explanation: Explanation, readAcronyms: (text: string) => string): SpeechScript {
  const lang = explanation.uiLang;
  const parts: SpokenPart[] = [
    { heading: explanation.title, sentences: [voiced(explanation.bottomLine.statement, lang, readAcronyms)] },
  ];
  for (const section of explanation.sections) {
    const sentences = section.statements.filter(sayable).map((s) => voiced(s, lang, readAcronyms));
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
