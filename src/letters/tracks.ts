/**
 * The three spoken tracks of an explanation: the essentials (audio.wav, under a minute for a typical letter), the
 * hard words (audio-words.wav) and the whole explanation (audio-full.wav). The essentials say what page 1 of the
 * printout says (render/essentials.ts); numbers a listener must write down (dates, amounts, account number, payment
 * code) are said once more at the end, grouped as the explanation spells them.
 */
import type { Explanation, Statement } from "../explanation/build.ts";
import { type SpeechScript, speechScript } from "../explanation/speech.ts";
import { t } from "../i18n/catalogue.ts";
import { essentialsOf, toWriteDown } from "../render/essentials.ts";
import { type SpokenPart, toSsml } from "../speech/ssml.ts";

export const TRACKS = ["essentials", "words", "full"] as const;
export type Track = (typeof TRACKS)[number];

/** The file name of each track under /letters/:id/. */
export const TRACK_FILES: Record<Track, string> = {
  essentials: "audio.wav",
  words: "audio-words.wav",
  full: "audio-full.wav",
};

export type SpeechTracks = Record<Track, SpeechScript>;

const spoken = (s: Statement) => s.spoken ?? s.text;

function script(parts: SpokenPart[], lang: string, readAcronyms: (text: string) => string): SpeechScript {
  const read = parts.map((p) => ({ heading: readAcronyms(p.heading), sentences: p.sentences.map(readAcronyms) }));
  const text = read.map((p) => [p.heading, ...p.sentences].filter(Boolean).join("\n")).join("\n\n");
  return { lang: lang as SpeechScript["lang"], parts: read, text, ssml: toSsml(read, lang) };
}

/** How many statements of each part the spoken essentials say; amounts keep their payment details. */
const HEARD: Record<string, number> = { actions: 2, deadlines: 2, amounts: 3, appeal: 1, help: 2 };

/**
 * What the spoken essentials say of a part: no quotes and no "we are not sure" notes without a number (the printout
 * and the screen show those; the counter is named at the end), then the first few statements.
 */
function heard(part: string, statements: Statement[], codes: boolean): Statement[] {
  const said = statements.filter((s) => !s.quote && (!s.unsure || /\d/.test(s.text) || part === "help"));
  if (part === "amounts") {
    // One amount; the account number and the payment code unless they are only said at the end.
    const amounts = said.filter((s) => /€/.test(s.text)).slice(0, 1);
    return [...amounts, ...(codes ? said.filter((s) => !amounts.includes(s) && /\d/.test(s.text)) : [])];
  }
  if (part !== "help") return said.slice(0, HEARD[part] ?? 2);
  // The first way to reach the sender and the counter.
  return [...said.slice(0, -1).slice(0, 1), ...said.slice(-1)];
}

/** About a minute at 145 words a minute, with the pauses between sentences and the long number words. */
const MAX_WORDS = 115;

const wordsIn = (parts: SpokenPart[]) =>
  parts
    .flatMap((p) => [p.heading, ...p.sentences])
    .join(" ")
    .split(/\s+/)
    .filter(Boolean).length;

/** The dates ("15 februari 2027") and amounts ("€ 404,77") a statement names, as written. */
function numbersIn(text: string): string[] {
  return [
    ...text.matchAll(/\d{1,2}\.? \p{L}+ \d{4}|€\s?[\d.,]*\d|\d[\d.,\s]*\s?€|\b[A-Z]{2}\d{2}(?: ?\d{4}){3}\b/gu),
  ].map((m) => m[0].replace(/\s/g, ""));
}

export function speechTracks(e: Explanation, readAcronyms: (text: string) => string): SpeechTracks {
  const lang = e.uiLang;
  const essentials = essentialsOf(e);
  const { dates, payment } = toWriteDown(e, essentials);
  // The first deadline and the amount to pay again, with the account number and the payment code.
  const amount = (s: Statement) => /€/.test(s.text);
  const again = [...dates.slice(0, 1), ...payment.filter(amount).slice(0, 1), ...payment.filter((s) => !amount(s))].map(
    spoken,
  );
  // Heard once, a part must be short: the first statements of each part (the printout has the rest), without
  // the headings (each sentence says what it is about) and without a date or amount that was just said. The account
  // number and the payment code are said twice only when that still fits in about a minute.
  const parts = (codes: boolean): SpokenPart[] => {
    const said = new Set<string>();
    const fresh = (s: Statement) => {
      const facts = numbersIn(s.text);
      const known = facts.length > 0 && facts.every((f) => said.has(f));
      for (const f of facts) said.add(f);
      return !known;
    };
    return [
      { heading: "", sentences: essentials.bottomLine ? [spoken(essentials.bottomLine)] : [] },
      ...essentials.parts.map((p) => ({
        heading: "",
        sentences: heard(p.id, p.statements, codes).filter(fresh).map(spoken),
      })),
      ...(again.length ? [{ heading: t(lang, "outputs.repeat"), sentences: again }] : []),
    ].filter((p) => p.sentences.length > 0);
  };
  const twice = parts(true);
  const essentialParts = wordsIn(twice) <= MAX_WORDS ? twice : parts(false);
  const words = e.sections.find((s) => s.id === "words");
  const wordParts: SpokenPart[] = [
    {
      heading: words?.heading ?? "",
      sentences: words?.statements.length ? words.statements.map(spoken) : [t(lang, "outputs.noWords")],
    },
  ];
  return {
    essentials: script(essentialParts, lang, readAcronyms),
    words: script(wordParts, lang, readAcronyms),
    full: speechScript(e, readAcronyms),
  };
}
