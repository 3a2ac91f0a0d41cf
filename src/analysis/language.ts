/**
 * Language detection over nl/fr/de/en with franc (trigram statistics); short or unclear text keeps the default.
 *
 * franc reads every script's pattern over the sample and counts trigrams in a plain object, which costs more than
 * the rest of a letter's analysis. For a sample that is clearly in Latin script (more Latin letters than characters
 * outside ASCII, so no other script can come first) the same distances are computed here with franc's own models,
 * in franc's order, so the answer is franc's (tests/analysis/language.test.ts); any other sample goes to franc.
 */
import { franc } from "franc-min";
import { data } from "franc-min/data.js";
import { expressions } from "franc-min/expressions.js";
import type { Language } from "./types.ts";

const FROM_ISO3: Record<string, Language> = { nld: "nl", fra: "fr", deu: "de", eng: "en" };
// Trigram statistics settle after a few hundred characters; more only costs time.
const SAMPLE = 800;
const MIN_LENGTH = 20;
/** franc's distance for a trigram that a model lacks. */
const MAX_DIFFERENCE = 300;

/** The source of a franc answer: kept for the tests, which compare both. */
export function detectWithFranc(text: string): Language | null {
  const code = franc(text.slice(0, SAMPLE), { only: Object.keys(FROM_ISO3), minLength: MIN_LENGTH });
  return FROM_ISO3[code] ?? null;
}

/** Three UTF-16 code units as one number (48 bits): no string per trigram. */
const keyAt = (s: string, i: number) => (s.charCodeAt(i) * 65536 + s.charCodeAt(i + 1)) * 65536 + s.charCodeAt(i + 2);

let models: [string, Map<number, number>][] | undefined;

/** franc's Latin-script models of our languages (trigram → rank; the first rank of a repeated trigram), in order. */
function modelsOf(): [string, Map<number, number>][] {
  models ??= Object.entries(data.Latin as Record<string, string>)
    .filter(([code]) => code in FROM_ISO3)
    .map(([code, model]) => {
      const ranks = new Map<number, number>();
      // Every trigram of franc's models has three code units (tests/analysis/language.test.ts compares answers).
      model.split("|").forEach((trigram, rank) => {
        const key = keyAt(trigram, 0);
        if (!ranks.has(key)) ranks.set(key, rank);
      });
      return [code, ranks];
    });
  return models;
}

const LATIN = new RegExp((expressions.Latin as RegExp).source, "y");

/** True when Latin is franc's top script for the sample: more Latin letters than all non-ASCII code units. */
function clearlyLatin(value: string): boolean {
  let latin = 0;
  let outsideAscii = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 128) {
      if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
      continue;
    }
    outsideAscii++;
    LATIN.lastIndex = i;
    const m = LATIN.exec(value);
    if (m) {
      latin++;
      outsideAscii += m[0].length - 1;
      i += m[0].length - 1;
    }
  }
  return latin > outsideAscii;
}

/** franc's trigrams of the sample, counted: punctuation and digits become spaces, white space one space. */
function trigramCounts(value: string): Map<number, number> {
  const clean = ` ${value
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
  const counts = new Map<number, number>();
  for (let i = 0; i + 3 <= clean.length; i++) {
    const key = keyAt(clean, i);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function detectLanguage(text: string): Language | null {
  const value = text.slice(0, SAMPLE);
  if (value.length < MIN_LENGTH) return null;
  if (!clearlyLatin(value)) return detectWithFranc(value);
  const counts = trigramCounts(value);
  let best: string | undefined;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const [code, ranks] of modelsOf()) {
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = ranks.get(trigram);
      distance += rank === undefined ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
    // franc sorts the distances (stably): on a tie the language listed first wins.
    if (distance < bestDistance) [best, bestDistance] = [code, distance];
  }
  return best ? (FROM_ISO3[best] ?? null) : null;
}
