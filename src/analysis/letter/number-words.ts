/**
 * Amounts written in words in Dutch, French, German and English: "driehonderdtwaalf euro", "deux cent trente euros",
 * "zweihundertfünfzig Euro", "three hundred and twelve euros", with cents ("en vijftig cent", "et 36 centimes").
 * No maintained npm parser reads words back into numbers in these four languages (words-to-numbers is English
 * only), so this is a compact one: a compound is split into known parts and added up as usual.
 */
import type { Span } from "../types.ts";

type Part = number | "hundred" | "thousand" | "million" | "and";

const PARTS: Record<string, Part> = {};
function add(parts: Record<string, Part>): void {
  Object.assign(PARTS, parts);
}
// nl
add({ een: 1, één: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11 });
add({ twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19 });
add({ twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90 });
add({ honderd: "hundred", duizend: "thousand", miljoen: "million", en: "and", ën: "and" });
// fr
add({ un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11 });
add({ douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, vingt: 20, vingts: 20, trente: 30, quarante: 40 });
add({ cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90, quatrevingt: 80 });
add({ quatrevingts: 80, cent: "hundred", cents: "hundred", mille: "thousand", million: "million" });
add({ millions: "million", et: "and" });
// de
add({ ein: 1, eins: 1, eine: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9 });
add({ zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17 });
add({ achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, sechzig: 60 });
add({ siebzig: 70, achtzig: 80, neunzig: 90, hundert: "hundred", tausend: "thousand", millionen: "million" });
add({ und: "and" });
// en
add({ one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11 });
add({ twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18 });
add({ nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80 });
add({ ninety: 90, hundred: "hundred", thousand: "thousand", and: "and" });

const KEYS = Object.keys(PARTS).sort((a, b) => b.length - a.length);

/** Splits one written word ("driehonderdtwaalf") into parts, or null when it is not a number word. */
function split(word: string): Part[] | null {
  if (!word) return [];
  for (const key of KEYS) {
    if (!word.startsWith(key)) continue;
    const rest = split(word.slice(key.length));
    const part = PARTS[key];
    if (rest && part !== undefined) return [part, ...rest];
  }
  return null;
}

/** The value of a sequence of parts, or null when the sequence is not a well-formed number. */
function evaluate(parts: readonly Part[]): number | null {
  let total = 0;
  let current = 0;
  let last: Part | null = null;
  let numbers = 0;
  for (const part of parts) {
    if (part === "and") {
      if (last === null || last === "and") return null;
    } else if (part === "hundred") {
      current = (current || 1) * 100;
    } else if (part === "thousand" || part === "million") {
      const scale = part === "thousand" ? 1000 : 1_000_000;
      total += (current || 1) * scale;
      current = 0;
    } else {
      const below = current % 100;
      // "drie vier" or "twintig dertig" is no number; "vijf en veertig", "vingt et un", "soixante-dix" are.
      const frenchTens = (below === 60 || below === 80) && part < 20;
      if (below !== 0 && ((part < 10 && below % 10 !== 0) || (part >= 10 && below >= 10 && !frenchTens))) return null;
      if (part === 20 && last === 4)
        current += 76; // quatre-vingt(s)
      else current += part;
      numbers++;
    }
    last = part;
  }
  if (last === "and" || (numbers === 0 && total === 0 && current === 0)) return null;
  return total + current;
}

/** The number written in words ("drie honderd twaalf", "deux-cent-trente"), or null. */
export function parseNumberWords(written: string): number | null {
  const words = written
    .toLowerCase()
    .split(/[\s\u00A0-]+/)
    .filter(Boolean);
  const parts: Part[] = [];
  for (const word of words) {
    const found = split(word);
    if (!found) return null;
    parts.push(...found);
  }
  return evaluate(parts);
}

export interface WordAmount extends Span {
  text: string;
  value: number;
}

const L = String.raw`A-Za-zÀ-ÖØ-öø-ÿ`;
const WORD = String.raw`[${L}]+(?:-[${L}]+)*`;
const EURO_RE = new RegExp(String.raw`(?<![${L}])(?:euros?|Euro)(?![${L}])`, "g");
const CENTS_RE = new RegExp(
  String.raw`^[ \t\u00A0]+(?:(?:en|et|und|and)[ \t\u00A0]+)?(?<cents>\d{1,2}|${WORD}(?:[ \t\u00A0]+${WORD}){0,3}?)[ \t\u00A0]+(?:cents?|centimes?|Cent)(?![${L}])`,
);
const WORD_BEFORE_RE = new RegExp(String.raw`(${WORD})([ \t\u00A0]+)$`);

/** Amounts in euro written in words, with the cents that follow them. */
// "20 cent per liter": an amount in cents, in digits.
const DIGIT_CENTS_RE = new RegExp(String.raw`(?<![\d.,])(\d{1,2})[ \u00A0](?:cents?|centimes?|Cent)(?![${L}])`, "g");

export function findWordAmounts(text: string): WordAmount[] {
  const found: WordAmount[] = [];
  for (const m of text.matchAll(DIGIT_CENTS_RE)) {
    if (
      /(?:euros?|Euro|€)[ \t\u00A0]*(?:en|et|und|and)?[ \t\u00A0]*$/i.test(
        text.slice(Math.max(0, m.index - 20), m.index),
      )
    )
      continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], value: Number(m[1]) / 100 });
  }
  for (const m of text.matchAll(EURO_RE)) {
    // Walk back over the words before "euro" as long as they are number words.
    let start = m.index;
    let best: { start: number; value: number } | null = null;
    for (let words = 0; words < 8; words++) {
      const before = WORD_BEFORE_RE.exec(text.slice(Math.max(0, start - 60), start));
      if (!before) break;
      const from = start - before[0].length;
      const value = parseNumberWords(text.slice(from, m.index));
      if (value === null && !/^(?:en|et|und|and)$/i.test(before[1] ?? "")) break;
      if (value !== null) best = { start: from, value };
      start = from;
    }
    if (!best || best.value === 0) continue;
    let end = m.index + m[0].length;
    let value = best.value;
    const cents = CENTS_RE.exec(text.slice(end, end + 80));
    if (cents) {
      const written = cents.groups?.cents ?? "";
      const n = /^\d+$/.test(written) ? Number(written) : parseNumberWords(written);
      if (n !== null && n < 100) {
        value += n / 100;
        end += cents[0].length;
      }
    }
    // A single small word such as "een euro" or "un euro" alone is too weak to count.
    if (best.value < 2 && end === m.index + m[0].length) continue;
    found.push({ start: best.start, end, text: text.slice(best.start, end), value: Math.round(value * 100) / 100 });
  }
  return found.sort((a, b) => a.start - b.start);
}
