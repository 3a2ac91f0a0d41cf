/**
 * Language detection over nl/fr/de/en with franc (trigram statistics); short or unclear text keeps the default.
 *
 * franc reads every script's pattern over the sample and counts trigrams in a plain object, which costs more than
 * the rest of a letter's analysis. For a sample that is clearly in Latin script (more Latin letters than characters
 * outside ASCII, so no other script can come first) the same distances are computed here with franc's own models,
 * in franc's order, so the answer is franc's (tests/analysis/language.test.ts), without a string or a boxed number per
 * trigram; any other sample goes to franc.
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

/**
 * Three UTF-16 code units as one number. Most trigrams are of characters below U+0400: ten bits each, a small integer
 * that V8 keeps unboxed (no heap number per trigram); any other is the 48-bit number of all three units, which is at
 * least 32 * 2^32 (every unit of a cleaned sample is a space or above), so the two kinds never meet.
 */
function keyAt(s: string, i: number): number {
  const a = s.charCodeAt(i);
  const b = s.charCodeAt(i + 1);
  const c = s.charCodeAt(i + 2);
  return a < 1024 && b < 1024 && c < 1024 ? (a << 20) | (b << 10) | c : (a * 65536 + b) * 65536 + c;
}

/**
 * franc's Latin-script models of our languages, in franc's order, as one table: trigram → its place; the ranks of
 * the trigram at that place are ranks[place * languages + language] (the first rank of a repeated trigram; -1 when a
 * model lacks it).
 */
interface Models {
  codes: string[];
  places: Map<number, number>;
  ranks: Int32Array;
}

let models: Models | undefined;

function modelsOf(): Models {
  if (models) return models;
  const latin = Object.entries(data.Latin as Record<string, string>).filter(([code]) => code in FROM_ISO3);
  const codes = latin.map(([code]) => code);
  const places = new Map<number, number>();
  const found: number[][] = [];
  latin.forEach(([, model], m) => {
    // Every trigram of franc's models has three code units (tests/analysis/language.test.ts compares answers).
    model.split("|").forEach((trigram, rank) => {
      const key = keyAt(trigram, 0);
      let place = places.get(key);
      if (place === undefined) {
        place = found.length;
        places.set(key, place);
        found.push(codes.map(() => -1));
      }
      const row = found[place] as number[];
      if (row[m] === -1) row[m] = rank;
    });
  });
  models = { codes, places, ranks: Int32Array.from(found.flat()) };
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

/** franc's cleaning of a sample: punctuation and digits become spaces, white space one space, in lower case. */
function cleaned(value: string): string {
  return ` ${value
    .replace(/[\u0021-\u0040]+/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase()} `;
}

/** How often each trigram of the models occurs in a sample, by place (see Models); reused from call to call. */
let counts = new Int32Array(0);

export function detectLanguage(text: string): Language | null {
  const value = text.slice(0, SAMPLE);
  if (value.length < MIN_LENGTH) return null;
  if (!clearlyLatin(value)) return detectWithFranc(value);
  const { codes, places, ranks } = modelsOf();
  const languages = codes.length;
  if (counts.length < places.size) counts = new Int32Array(places.size);
  const clean = cleaned(value);
  // franc adds, per language, the distance of each distinct trigram of the sample: |count - rank - 1|, or
  // MAX_DIFFERENCE when the model lacks it. A trigram that no model has adds MAX_DIFFERENCE to every language alike,
  // so it cannot change which is nearest and is not counted here.
  const seen: number[] = [];
  for (let i = 0; i + 3 <= clean.length; i++) {
    const place = places.get(keyAt(clean, i));
    if (place === undefined) continue;
    if (counts[place] === 0) seen.push(place);
    counts[place] = (counts[place] as number) + 1;
  }
  let best = -1;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (let m = 0; m < languages; m++) {
    let distance = 0;
    for (let s = 0; s < seen.length; s++) {
      const place = seen[s] as number;
      const rank = ranks[place * languages + m] as number;
      distance += rank < 0 ? MAX_DIFFERENCE : Math.abs((counts[place] as number) - rank - 1);
    }
    // franc sorts the distances (stably): on a tie the language listed first wins.
    if (distance < bestDistance) {
      best = m;
      bestDistance = distance;
    }
  }
  for (let s = 0; s < seen.length; s++) counts[seen[s] as number] = 0;
  return best < 0 ? null : (FROM_ISO3[codes[best] as string] ?? null);
}
