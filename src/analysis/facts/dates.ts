/**
 * Dates as written in Belgian letters, in Dutch, French, German and English: 12.03.2025, 12/03/2025, 2025-03-12,
 * (maandag) 15 maart 2026, 1er avril, 15. März 2026, March 15, 2026. Numeric dates are read day first, as in Belgium.
 * Month names of all four languages are always accepted: Brussels letters mix languages.
 */
import type { DateFact, Language } from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { daysBetween, toIso, type YMD } from "./calendar.ts";
import { compileOnce, LETTER, matchesAt } from "./pattern.ts";
import { quickPattern } from "./quick-pattern.ts";

/** Month names for display, January first. */
export const MONTH_NAMES: Record<Language, readonly string[]> = {
  nl: [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  fr: [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  de: [
    "Januar",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
  ],
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
};

// Other spellings (no dot after them) and abbreviations (a dot may follow), lower case. "1 april." keeps its
// sentence dot out of the date; "3 janv. 2026" takes the dot in.
const MONTH_SPELLINGS: readonly (readonly string[])[] = [
  ["jänner"],
  ["fevrier"],
  ["maerz", "marz"],
  [],
  [],
  [],
  [],
  ["aout"],
  [],
  [],
  [],
  ["decembre"],
];
const MONTH_ABBREVIATIONS: readonly (readonly string[])[] = [
  ["jan", "janv", "jän"],
  ["feb", "febr", "fév", "févr", "fev"],
  ["mrt", "mar"],
  ["apr", "avr"],
  [],
  ["jun"],
  ["jul", "juil"],
  ["aug"],
  ["sep", "sept"],
  ["okt", "oct"],
  ["nov"],
  ["dec", "déc", "dez"],
];

const MONTH_BY_NAME = new Map<string, number>();
for (let month = 1; month <= 12; month++) {
  const written = [
    ...Object.values(MONTH_NAMES).map((names) => names[month - 1]),
    ...(MONTH_SPELLINGS[month - 1] ?? []),
    ...(MONTH_ABBREVIATIONS[month - 1] ?? []),
  ];
  for (const name of written) if (name) MONTH_BY_NAME.set(name.toLowerCase(), month);
}

const ABBREVIATIONS = new Set(MONTH_ABBREVIATIONS.flat());
const MONTH = [...MONTH_BY_NAME.keys()]
  .sort((a, b) => b.length - a.length)
  .map((name) => (ABBREVIATIONS.has(name) ? String.raw`${name}\.?` : name))
  .join("|");
const WEEKDAY = [
  "maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag",
  "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
  "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
].join("|");

const S = String.raw`[ \t\u00A0]{1,3}`;
const NUMERIC = String.raw`(?<![\d./-])(?:(?<ny>\d{4})-(?<nm>\d{2})-(?<nd>\d{2})|(?<d>\d{1,2})(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<y>\d{4}|\d{2}))(?![\d]|[./-]\d)`;
const DAY_FIRST = String.raw`(?<![${LETTER}\d])(?:(?:${WEEKDAY}),?${S}(?:(?:den|le|the)${S})?)?(?<td>\d{1,2})(?:er|e|ste|de|st|nd|rd|th|\.)?${S}(?<tm>${MONTH})(?![${LETTER}])(?:,?${S}(?<ty>\d{4})(?!\d))?`;
// "March 15, 2026" (English); the month must be capitalised so that "may" the verb is not a month.
const MONTH_FIRST = String.raw`(?<![${LETTER}\d])(?:(?:${WEEKDAY}),?${S})?(?<em>January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)${S}(?<ed>\d{1,2})(?:st|nd|rd|th)?(?![${LETTER}\d])(?:,?${S}(?<ey>\d{4})(?!\d))?`;
// Case-insensitive, written for a quick compile (quick-pattern.ts).
const DATE_RE = quickPattern(`${NUMERIC}|${DAY_FIRST}|${MONTH_FIRST}`, "gi");
const DATE_AT = new RegExp(DATE_RE.source, "y");
// Every date starts with a number that follows no digit, or with a weekday or an English month name at a word start.
const DATE_WORD_RE = new RegExp(
  String.raw`(?<![${LETTER}\d])(?:${WEEKDAY}|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)`,
  "i",
);

/** Where a date may start, in rising order (see DATE_WORD_RE); null: anywhere. */
function datePlaces(words: WordStarts): number[] | null {
  const named = words.placesOf(DATE_WORD_RE);
  if (!named) return null;
  const places: number[] = [];
  let w = 0;
  for (const i of words.numberStarts()) {
    while (w < named.length && (named[w] as number) < i) places.push(named[w++] as number);
    places.push(i);
  }
  while (w < named.length) places.push(named[w++] as number);
  return places;
}

/** The matches of DATE_RE in a scan of the whole text: what the places must agree with (tests). */
export function dateMatchesByScan(text: string): RegExpExecArray[] {
  return [...text.matchAll(DATE_RE)];
}

/** The matches of DATE_RE, as a scan of the whole text finds them, tried only where a date may start. */
export function dateMatches(text: string, words = new WordStarts(text)): RegExpExecArray[] {
  const places = datePlaces(words);
  return places ? matchesAt(DATE_AT, text, places) : dateMatchesByScan(text);
}

const ARTICLE_BEFORE =
  /(?:art(?:ikel(?:en)?|icles?|\.)?|Art\.|§)[ \t\u00A0]{0,3}(?:[\d.,§ \t\u00A0]{0,20}(?:tot|t\/m|à|au|bis|to|en|et|und|and|-|–)[ \t\u00A0]{0,3})?$/i;

/** A date as written; year is null when the letter leaves it out. */
export interface DateMatch {
  start: number;
  end: number;
  text: string;
  day: number;
  month: number;
  year: number | null;
}

/** Every valid date in the text, in order. Impossible dates (31/02) are left out. */
export function findDateMatches(text: string, words = new WordStarts(text)): readonly DateMatch[] {
  const found: DateMatch[] = [];
  for (const m of dateMatches(text, words)) {
    const g = m.groups ?? {};
    let day: number;
    let month: number;
    let year: number | null;
    if (g.ny) [year, month, day] = [Number(g.ny), Number(g.nm), Number(g.nd)];
    else if (g.d) {
      [day, month, year] = [Number(g.d), Number(g.m), Number(g.y)];
      if (g.y && g.y.length === 2) year += 2000;
    } else if (g.td) {
      [day, month, year] = [
        Number(g.td),
        MONTH_BY_NAME.get((g.tm ?? "").replace(".", "").toLowerCase()) ?? 0,
        g.ty ? Number(g.ty) : null,
      ];
    } else {
      if (!/^\p{Lu}/u.test(g.em ?? "")) continue;
      [day, month, year] = [
        Number(g.ed),
        MONTH_BY_NAME.get((g.em ?? "").replace(".", "").toLowerCase()) ?? 0,
        g.ey ? Number(g.ey) : null,
      ];
    }
    // "artikel 3.2.15 tot 3.2.20", "art. 1.2.25": article numbers are no dates.
    if (g.d && g.sep === "." && ARTICLE_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
    // A leap-year check needs a year; 29 February without a year is kept and resolved later.
    if (!toIso(year ?? 2000, month, day)) continue;
    found.push({ start: m.index, end: m.index + m[0].length, text: m[0], day, month, year });
  }
  return found;
}

/**
 * Resolves a date to ISO. A missing year is the one that puts the date nearest to the reference day
 * (letter date or today): "10 januari" in a letter of 15 December is next January.
 */
export function resolveDate(match: DateMatch, reference: YMD | null): DateFact | null {
  if (match.year !== null) {
    const iso = toIso(match.year, match.month, match.day);
    return iso ? { start: match.start, end: match.end, text: match.text, iso, yearInferred: false } : null;
  }
  if (!reference) return null;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  for (const year of [reference.year - 1, reference.year, reference.year + 1]) {
    const iso = toIso(year, match.month, match.day);
    if (!iso) continue;
    const distance = Math.abs(daysBetween(reference, { year, month: match.month, day: match.day }));
    if (distance < bestDistance) [best, bestDistance] = [iso, distance];
  }
  return best ? { start: match.start, end: match.end, text: match.text, iso: best, yearInferred: true } : null;
}

// "Gent, 3 maart 2026", "Bruxelles, le 3 mars 2026", "Eupen, den 3. März 2026", "Datum: 3 maart 2026".
const PLACE_OR_LABEL_BEFORE =
  /^[ \t]{0,20}(?:\p{Lu}[\p{L}'’.\- ]{1,50},[ \t]{0,3}(?:le|den|de|op|am|on|the)?|(?:[Dd]atum|[Dd]ated?|[Ll]e|[Ff]actuurdatum|[Dd]atum\s(?:van\s(?:de\s)?)?(?:factuur|brief|aanslag)|[Dd]ate\s(?:de\s(?:la\s)?facture|d['’]émission|du\scourrier)|[Rr]echnungsdatum|[Bb]riefdatum|[Ii]nvoice\sdate|[Dd]ate\sof\s(?:issue|invoice|letter))[ \t]{0,3}:?)[ \t]{0,3}$/u;
// "Datum van verzending: 3/11/2026", "Date d'envoi : …", "Versanddatum: …", "Date of sending: …".
const SENDING_LABEL_BEFORE = quickPattern(
  String.raw`(?:datum\s(?:van\s)?(?:verzending|afgifte)|verzend(?:ings)?datum|postdatum|date\sd['’](?:envoi|expédition)|date\sde\s(?:l['’]envoi|la\sremise)|envoyée?\sle|Versanddatum|Absendedatum|Datum\sder\s(?:Absendung|Versendung)|versandt\sam|date\sof\s(?:sending|dispatch)|(?:sent|posted)\son)[ \t]{0,3}:?[ \t]{0,3}(?:le|op|am|on)?[ \t]{0,3}$`,
  "iu",
);
// What may stand on a heading line next to a lone date, and the words that make it a date of something else.
const LONE_DATE_REST = /^[\p{L} ,.:'’-]{0,25}$/u;
const EVENT_WORDS =
  /beslissing|besluit|raad|zitting|vergadering|brief\svan|schrijven|décision|conseil|séance|courrier\sdu|lettre\sdu|Beschluss|Sitzung|Schreiben\svom|decision|meeting|letter\sof|geboren|née?|geb\.|born|periode|période|Zeitraum|period/iu;
const HEADING_LINES = 8;

export type LetterDateSource = "dateline" | "label" | "sending" | "heading";

function lineOf(text: string, date: DateMatch): { before: string; after: string } {
  // Only 80 characters around the date matter: searching a text without line breaks is quadratic otherwise.
  const before = text.slice(Math.max(0, date.start - 81), date.start);
  const after = text.slice(date.end, date.end + 81);
  const lineBreak = after.indexOf("\n");
  return {
    before: before.slice(before.lastIndexOf("\n") + 1),
    after: lineBreak === -1 ? after : after.slice(0, lineBreak),
  };
}

/**
 * The letter date with how it was found: a date after a place name or a "Datum:" label at the end of its line
 * (the dateline), else a "datum van verzending", else a date alone on a line at the top. A date inside a sentence of
 * the body ("de beslissing van de raad van 12 oktober 2026") is never the letter date.
 */
export function findLetterDateWithSource(
  text: string,
  dates: readonly DateMatch[],
): { date: DateMatch; source: LetterDateSource } | null {
  let sending: DateMatch | null = null;
  for (const date of dates) {
    if (date.year === null) continue;
    const { before, after } = lineOf(text, date);
    if (before.length > 80) continue;
    const endsLine = /^[ \t.]*\r?$/.test(after) || /^[ \t]*[,;]?[ \t]{2,}/.test(after);
    // Run on short pieces: compiled once, straight to machine code (pattern.ts).
    compileOnce(PLACE_OR_LABEL_BEFORE, before);
    compileOnce(SENDING_LABEL_BEFORE, before);
    if (endsLine && PLACE_OR_LABEL_BEFORE.test(before)) {
      return { date, source: /,/.test(before) ? "dateline" : "label" };
    }
    if (!sending && SENDING_LABEL_BEFORE.test(before)) sending = date;
  }
  if (sending) return { date: sending, source: "sending" };
  let headingEnd = 0;
  let lines = 0;
  while (lines < HEADING_LINES && headingEnd < text.length) {
    const next = text.indexOf("\n", headingEnd);
    const line = text.slice(headingEnd, next === -1 ? text.length : next);
    if (line.trim()) lines++;
    headingEnd = next === -1 ? text.length : next + 1;
  }
  for (const date of dates) {
    if (date.start >= headingEnd) break;
    const { before, after } = lineOf(text, date);
    const rest = `${before} ${after}`.trim();
    if (LONE_DATE_REST.test(rest) && !EVENT_WORDS.test(rest)) return { date, source: "heading" };
  }
  return null;
}

/** The date after "datum van verzending", "date d'envoi", "Versanddatum", when the letter names one. */
export function findSendingDate(text: string, dates: readonly DateMatch[]): DateMatch | null {
  for (const date of dates) {
    if (date.year !== null && SENDING_LABEL_BEFORE.test(lineOf(text, date).before)) return date;
  }
  return null;
}

/** The letter date found in the text (see findLetterDateWithSource). */
export function findLetterDate(text: string, dates: readonly DateMatch[]): DateMatch | null {
  return findLetterDateWithSource(text, dates)?.date ?? null;
}
