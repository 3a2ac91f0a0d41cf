/**
 * Opening hours of counters and phone lines: "van maandag tot vrijdag van 9 tot 12 uur", "ma-vr 9u-12u",
 * "elke werkdag van 8.30 tot 16 uur", "du lundi au vendredi de 9h à 12h", "Montag bis Freitag von 9 bis 12 Uhr",
 * "Monday to Friday from 9 am to 5 pm". A day part followed by one or more time ranges.
 */
import type { OpeningHoursFact } from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { foldedMatches, foldedPattern } from "./fold.ts";
import { LETTER } from "./pattern.ts";
import { quickPattern } from "./quick-pattern.ts";

const FULL_DAY = [
  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  "montags?|dienstags?|mittwochs?|donnerstags?|freitags?|samstags?|sonntags?",
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
].join("|");
// Abbreviations (nl, fr, de, en) only in a range such as "ma-vr": alone, "zo 2 tot 3" is not a Sunday.
const DAY = String.raw`${FULL_DAY}|(?:ma|di|wo|do|vr|za|zo|lu|me|je|ve|sa|mo|mi|fr|so|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?`;
const W = String.raw`[ \t\u00A0]{1,3}`;
const TO_DAY = String.raw`(?:${W}(?:tot${W}en${W}met|tot|t\.e\.m\.|t\/m|au|à|bis|to|until|till|through)${W}|[ \t]?[-–—][ \t]?)`;
const AND = String.raw`(?:,[ \t]?|${W}(?:en|et|und|and)${W}|[ \t]?\/[ \t]?)`;
const DAYS = [
  `(?:(?:van|du|de|von|from)${W})?(?:${DAY})${TO_DAY}(?:${DAY})`,
  `(?:(?:elke|iedere)${W}werkdag|(?:op${W})?werkdagen|(?:tous${W}les${W})?jours${W}ouvrables|(?:an${W})?Werktagen|werktags|(?:every${W})?(?:working${W}day|weekday)|(?:on${W})?(?:working${W}days|weekdays))`,
  `(?:(?:op|le|les|am|on)${W})?(?:${FULL_DAY})(?:${AND}(?:${FULL_DAY})){0,6}`,
].join("|");
const TIME = String.raw`\d{1,2}(?:[.:hu]\d{2})?(?:[ \t]?(?:uur|u|h|Uhr|am|pm|a\.m\.|p\.m\.))?(?![${LETTER}\d])`;
const TO_TIME = String.raw`(?:${W}(?:tot|à|a|bis|to|until|till|and|et|und|en)${W}|[ \t]?[-–—][ \t]?)`;
const RANGE = `(?:(?:van|de|von|from|tussen|entre|zwischen|between)${W})?${TIME}${TO_TIME}${TIME}`;
const SEP = String.raw`(?:[ \t]?[,:]?[ \t]{0,3}|${W})`;
const EDGE = String.raw`(?<![${LETTER}\d])`;
const BODY = `(?:${DAYS})${SEP}${RANGE}(?:${AND}${RANGE}){0,3}`;
// Case-insensitive, written for a quick compile (quick-pattern.ts): its plan tells where a match can start.
const OPENING_HOURS_RE = quickPattern(`${EDGE}${BODY}`, "gi");
/** The pattern as written, case-insensitive (flags "gi"): what findOpeningHours finds (for the tests). */
export const OPENING_HOURS_SOURCE = `${EDGE}${BODY}`;
// The same without its leading lookbehind (checked in code: blockedAt), for the folded text (fold.ts).
const FOLDED_BODY = foldedPattern(BODY, "iy");

/** The lines (start and end) with two digits: only there can a time range stand. */
function linesWithTwoDigits(text: string): [number, number][] {
  const lines: [number, number][] = [];
  for (let from = 0; from < text.length; ) {
    const end = text.indexOf("\n", from);
    const to = end < 0 ? text.length : end;
    let digits = 0;
    for (let i = from; i < to && digits < 2; i++) {
      const c = text.charCodeAt(i);
      if (c >= 48 && c <= 57) digits++;
    }
    if (digits >= 2) lines.push([from, to]);
    from = to + 1;
  }
  return lines;
}

/**
 * The pattern never crosses a line break, starts with a day word and needs two numbers: it is tried only where such
 * a word starts on a line with two digits (word-starts.ts), which gives the same matches as a scan of every line.
 * There it runs on the folded text (fold.ts), which V8 compiles a few times faster.
 */
export function findOpeningHours(text: string, words = new WordStarts(text)): OpeningHoursFact[] {
  const lines = linesWithTwoDigits(text);
  if (lines.length === 0) return [];
  const onLine = (at: number) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lines[mid] as [number, number])[0] <= at) lo = mid;
      else hi = mid - 1;
    }
    const [from, to] = lines[lo] as [number, number];
    return from <= at && at < to;
  };
  // On the folded text (fold.ts), which V8 compiles a few times faster.
  const found =
    foldedMatches(words, OPENING_HOURS_RE, FOLDED_BODY, onLine) ??
    words.allMatches(OPENING_HOURS_RE, Number.POSITIVE_INFINITY, onLine);
  return found.map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    text: text.slice(m.index, m.index + m[0].length),
  }));
}
