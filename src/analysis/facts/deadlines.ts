/**
 * Deadlines: a written date after a trigger ("uiterlijk op 15 maart 2026", "au plus tard le", "bis zum", "by"), or a
 * period ("binnen 30 dagen na de datum van deze brief", "dans un délai de trois mois à compter de la notification")
 * counted from the letter date. What the deadline is for is read from the words around it.
 */
import type { DateFact, DeadlineFact, Language, PeriodAnchor, PeriodUnit } from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { addDays, addMonths, addWorkdays, parseIso } from "./calendar.ts";
import { cueReader } from "./context.ts";
import { foldedMatches, foldedPattern } from "./fold.ts";
import { compileOnce, LETTER, wordTree } from "./pattern.ts";
import { quickPattern } from "./quick-pattern.ts";

const W = String.raw`[\s\u00A0]{1,3}`;

// Triggers right before a date. "before" triggers mean the last day is the day before the written date.
const BEFORE_TRIGGER = "vóór|voor|avant|vor|before";
const BY_TRIGGER = [
  `uiterlijk(?:${W}tegen)?|ten${W}laatste|tegen|uiterste${W}datum|vervaldatum|vervaldag|deadline`,
  `au${W}plus${W}tard(?:${W}pour)?|pour|d['’]ici|date${W}limite|échéance`,
  `bis${W}spätestens|spätestens(?:${W}bis)?|Frist|fällig`,
  `no${W}later${W}than|not${W}later${W}than|on${W}or${W}before|by|due(?:${W}date)?`,
].join("|");
// "Until" triggers also close a period: "van 1 september 2025 tot en met 31 oktober 2025" says when something
// happened or applies, not what the reader must do by then. After a period start they are no deadline.
const UNTIL_TRIGGER = String.raw`tot${W}en${W}met|t\.e\.m\.|t\/m|jusqu['’]au|jusqu['’]à|bis|until`;
const TRIGGER_BEFORE_DATE_RE = quickPattern(
  String.raw`(?<![${LETTER}])(?:(?<before>${BEFORE_TRIGGER})|(?<until>${UNTIL_TRIGGER})|${BY_TRIGGER})(?:${W}(?:op|de|den|het|le|la|l['’]|am|zum|dem|the|on))?[\s\u00A0]{0,3}:?[\s\u00A0]{0,3}$`,
  "i",
);
// The start of a period, right before its first day: "van", "vanaf", "du", "depuis le", "vom", "ab dem", "from".
const PERIOD_FROM_RE = quickPattern(
  String.raw`(?<![${LETTER}])(?:van|vanaf|du|depuis|à${W}partir${W}du|von|vom|ab|seit|from|between)(?:${W}(?:de|het|le|l['’]|dem|den|the))?[\s\u00A0]{1,3}$`,
  "i",
);
// A first day without month: "van 1 tot en met 31 oktober", "du 1er jusqu'au 31 octobre", "vom 1. bis 31. Oktober".
const BARE_DAY_RE = /(?<![\d.])\d{1,2}(?:e|de|ste|er|\.)?[\s\u00A0]{1,3}$/;

/**
 * True when an "until" trigger at `at` closes a period that starts with "van/vanaf/du/vom/from" and a date or a
 * bare day number right before it.
 */
function closesPeriod(text: string, at: number, dateByEnd: ReadonlyMap<number, DateFact>): boolean {
  let head = -1;
  for (let gap = 0; gap <= 4 && head < 0; gap++) {
    const date = dateByEnd.get(at - gap);
    if (date && /^[\s\u00A0,]*$/.test(text.slice(date.end, at))) head = date.start;
  }
  if (head < 0) {
    const before = text.slice(Math.max(0, at - 8), at);
    const day = BARE_DAY_RE.exec(before);
    if (!day) return false;
    head = at - before.length + day.index;
  }
  return PERIOD_FROM_RE.test(text.slice(Math.max(0, head - 24), head));
}

// The purpose named nearest to the deadline wins: "beroep" in an appeal sentence, "betalen" in a payment sentence.
type Purpose = NonNullable<DeadlineFact["purpose"]>;
const PURPOSE_WORDS: [Purpose, string][] = [
  [
    "appeal",
    String.raw`beroep|bezwaar[${LETTER}]{0,9}|niet\sakkoord|het\sniet\s(?:helemaal\s)?eens|pas\sd['’]accord|nicht\seinverstanden|disagree|(?:do\snot|don['’]t)\sagree|verzoekschrift[${LETTER}]{0,2}|(?:arbeids)?rechtbank|herziening|recours|réclamation|contest[${LETTER}]{0,6}|Beschwerde|complaint|tribunal|Widerspruch|Einspruch|Klage|Arbeitsgericht|appeal[${LETTER}]{0,2}|objection|challenge|court`,
  ],
  [
    "payment",
    String.raw`beta(?:al|len|ling)[${LETTER}]{0,2}|terugbeta[${LETTER}]{0,5}|stort[${LETTER}]{0,3}|overschrijv[${LETTER}]{0,3}|over\ste\smaken|overmaken|gestructureerde\smededeling|vervaldatum|vervaldag|échéance|Fälligkeitsdatum|fällig|due\sdate|communication\sstructurée|strukturierte[n]?\sMitteilung|structured\scommunication|(?<!fiche\sde\s)pa(?:y|ie)[${LETTER}]{0,5}|vers(?:er|ez|ement)|rembours[${LETTER}]{0,5}|(?:be)?zahl[${LETTER}]{0,4}|überweis[${LETTER}]{0,3}|pay[${LETTER}]{0,4}|repay[${LETTER}]{0,4}`,
  ],
  [
    "documents",
    String.raw`bezorg[${LETTER}]{0,3}|bewijs[${LETTER}]{0,6}|document[${LETTER}]{0,2}|attest[${LETTER}]{0,2}|formulier[${LETTER}]{0,2}|bijlage[${LETTER}]{0,1}|(?:in|op)sturen|fournir|joindre|transmettre|preuves?|copie|justificati[${LETTER}]{0,3}|pièces?|formulaire|attestation|einreich[${LETTER}]{0,3}|Unterlagen|Nachweis[${LETTER}]{0,2}|Bescheinigung|Formular|envoy(?:ez|er)(?:-nous)?|stuur\sons|schicken\sSie|submit|provide|send\sus|proof|certificate|form`,
  ],
  [
    "response",
    String.raw`antwoord[${LETTER}]{0,2}|reageer[${LETTER}]{0,2}|reageren|contact\sop|contact\sopnemen|laten\sweten|laat\sons\sweten|meld[${LETTER}]{0,3}|répond[${LETTER}]{0,4}|réagi[${LETTER}]{0,4}|contacter|faire\ssavoir|bel(?:t)?\sons|appelez-nous|rufen\sSie\suns|call\sus|avertir|prévenir|verwittig[${LETTER}]{0,3}|verwittigen|benachrichtig[${LETTER}]{0,3}|notify\sus|inform\sus|antwort[${LETTER}]{0,3}|melden|mitteilen|respond|reply|let\sus\sknow|contact\sus|get\sin\stouch`,
  ],
];
// Plain letters put the cue in a heading or the sentence before: "Niet akkoord? … Doe dat binnen 3 maanden."
export const purposeOf = cueReader(
  PURPOSE_WORDS.map(([value, words]) => ({ value, words, strong: true })),
  { paragraphReach: 400 },
);

/** Deadlines written as dates, from the date facts of the letter. */
function absoluteDeadlines(text: string, dates: readonly DateFact[], yearFrom: "letter" | "today"): DeadlineFact[] {
  const found: DeadlineFact[] = [];
  const dateByEnd = new Map(dates.map((date) => [date.end, date] as const));
  for (const date of dates) {
    const lookback = text.slice(Math.max(0, date.start - 50), date.start);
    compileOnce(TRIGGER_BEFORE_DATE_RE, lookback);
    const m = TRIGGER_BEFORE_DATE_RE.exec(lookback);
    if (!m) continue;
    const start = date.start - lookback.length + m.index;
    if (m.groups?.until && closesPeriod(text, start, dateByEnd)) continue;
    const written = parseIso(date.iso);
    const last = m.groups?.before && written ? addDays(written, -1) : date.iso;
    found.push({
      start,
      end: date.end,
      text: text.slice(start, date.end),
      date: last,
      estimated: date.yearInferred,
      why: {
        kind: "written",
        yearFrom: date.yearInferred ? yearFrom : "written",
        ...(last !== date.iso ? { before: { written: date.iso, last } } : {}),
      },
      kind: "absolute",
      purpose: purposeOf(text, start, date.end) ?? "other",
    });
  }
  return found;
}

// Number words 1–31 and common longer periods (45, 60, 90), word → value.
const NUMBER_WORDS: Record<Language, Record<string, number>> = {
  nl: {
    een: 1,
    één: 1,
    twee: 2,
    drie: 3,
    vier: 4,
    vijf: 5,
    zes: 6,
    zeven: 7,
    acht: 8,
    negen: 9,
    tien: 10,
    elf: 11,
    twaalf: 12,
    dertien: 13,
    veertien: 14,
    vijftien: 15,
    zestien: 16,
    zeventien: 17,
    achttien: 18,
    negentien: 19,
    twintig: 20,
    eenentwintig: 21,
    tweeëntwintig: 22,
    drieëntwintig: 23,
    vierentwintig: 24,
    vijfentwintig: 25,
    zesentwintig: 26,
    zevenentwintig: 27,
    achtentwintig: 28,
    negenentwintig: 29,
    dertig: 30,
    eenendertig: 31,
    veertig: 40,
    vijfenveertig: 45,
    vijftig: 50,
    zestig: 60,
    negentig: 90,
  },
  fr: {
    un: 1,
    une: 1,
    deux: 2,
    trois: 3,
    quatre: 4,
    cinq: 5,
    six: 6,
    sept: 7,
    huit: 8,
    neuf: 9,
    dix: 10,
    onze: 11,
    douze: 12,
    treize: 13,
    quatorze: 14,
    quinze: 15,
    seize: 16,
    "dix-sept": 17,
    "dix-huit": 18,
    "dix-neuf": 19,
    vingt: 20,
    "vingt et un": 21,
    "vingt-deux": 22,
    "vingt-trois": 23,
    "vingt-quatre": 24,
    "vingt-cinq": 25,
    "vingt-six": 26,
    "vingt-sept": 27,
    "vingt-huit": 28,
    "vingt-neuf": 29,
    trente: 30,
    "trente et un": 31,
    quarante: 40,
    "quarante-cinq": 45,
    cinquante: 50,
    soixante: 60,
    "quatre-vingt-dix": 90,
    nonante: 90,
  },
  de: {
    ein: 1,
    eine: 1,
    einem: 1,
    einen: 1,
    einer: 1,
    eines: 1,
    zwei: 2,
    drei: 3,
    vier: 4,
    fünf: 5,
    sechs: 6,
    sieben: 7,
    acht: 8,
    neun: 9,
    zehn: 10,
    elf: 11,
    zwölf: 12,
    dreizehn: 13,
    vierzehn: 14,
    fünfzehn: 15,
    sechzehn: 16,
    siebzehn: 17,
    achtzehn: 18,
    neunzehn: 19,
    zwanzig: 20,
    einundzwanzig: 21,
    zweiundzwanzig: 22,
    dreiundzwanzig: 23,
    vierundzwanzig: 24,
    fünfundzwanzig: 25,
    sechsundzwanzig: 26,
    siebenundzwanzig: 27,
    achtundzwanzig: 28,
    neunundzwanzig: 29,
    dreißig: 30,
    dreissig: 30,
    einunddreißig: 31,
    vierzig: 40,
    fünfundvierzig: 45,
    fünfzig: 50,
    sechzig: 60,
    neunzig: 90,
  },
  en: {
    a: 1,
    an: 1,
    one: 1,
    two: 2,
    three: 3,
    four: 4,
    five: 5,
    six: 6,
    seven: 7,
    eight: 8,
    nine: 9,
    ten: 10,
    eleven: 11,
    twelve: 12,
    thirteen: 13,
    fourteen: 14,
    fifteen: 15,
    sixteen: 16,
    seventeen: 17,
    eighteen: 18,
    nineteen: 19,
    twenty: 20,
    "twenty-one": 21,
    "twenty-two": 22,
    "twenty-three": 23,
    "twenty-four": 24,
    "twenty-five": 25,
    "twenty-six": 26,
    "twenty-seven": 27,
    "twenty-eight": 28,
    "twenty-nine": 29,
    thirty: 30,
    "thirty-one": 31,
    forty: 40,
    "forty-five": 45,
    fifty: 50,
    sixty: 60,
    ninety: 90,
  },
};
// All languages at once, as for dates: a German letter from Eupen may say "binnen eines Monats".
// Hyphens and spaces count the same: "vingt et un", "vingt-et-un", "dix sept".
export const numberKey = (word: string) => word.toLowerCase().replace(/[\s-]+/g, " ");
export const NUMBER_BY_WORD = new Map<string, number>(
  Object.values(NUMBER_WORDS).flatMap((words) =>
    Object.entries(words).map(([word, n]) => [numberKey(word), n] as const),
  ),
);
// Longest first, so that "dreiundzwanzig" is tried before "drei": as a tree of shared beginnings (wordTree), which
// compiles much faster than the list.
export const NUMBER_WORD = wordTree(NUMBER_BY_WORD.keys(), "[\\s-]");

const PREFIX = [
  `binnen(?:${W}(?:een|de)${W}(?:termijn|periode)${W}van)?(?:${W}de)?`,
  `(?:ten${W}laatste|uiterlijk)`,
  `(?:dans|endéans)(?:${W}(?:un|le)${W}délai(?:${W}(?:maximum|maximal))?${W}d(?:e|['’])|${W}les)?`,
  `au${W}plus${W}tard`,
  `innerhalb(?:${W}(?:von|einer${W}Frist${W}von))?|binnen${W}einer${W}Frist${W}von`,
  `within(?:${W}(?:a|the)${W}period${W}of)?|no${W}later${W}than`,
].join("|");
const UNIT = [
  `(?<workday>werkdagen|werkdag|jours?${W}ouvrables?|jours?${W}ouvrés?|Werktage?n?|Arbeitstage?n?|(?:working|business)${W}days?)`,
  `(?<day>kalenderdagen|dagen|dag|jours?(?:${W}(?:calendrier|civils?))?|Kalendertage?n?|Tage?n?|(?:calendar${W})?days?)`,
  "(?<week>weken|week|semaines?|Wochen|Woche|weeks?)",
  "(?<month>maanden|maand|mois|Monate?n?|Monats|months?)",
  "(?<year>jaren|jaar|années?|ans?|Jahre?n?|Jahres|years?)",
].join("|");
const LETTER_ANCHOR = [
  `datum${W}van${W}(?:deze|dit|de)${W}(?:brief|beslissing|schrijven)|dagtekening|verzending(?:sdatum)?|postdatum|(?:deze|dit)${W}(?:brief|schrijven)`,
  `date${W}(?:de${W}(?:la${W}présente|ce${W}courrier|cette${W}lettre|l['’]envoi)|d['’]envoi)|présente|envoi`,
  `Datum${W}(?:dieses|des)${W}(?:Schreibens|Briefes)|Absendung|Versand`,
  `date${W}of${W}this${W}(?:letter|notice|decision)|letter|notice|sending`,
].join("|");
const NOTIFICATION_ANCHOR =
  "kennisgeving|betekening|ontvangst|notification|réception|signification|Zustellung|Erhalt|Empfang|Bekanntgabe|Zugang|receipt";
const RELATIVE_BODY =
  String.raw`(?:${PREFIX})${W}(?<count>\d{1,3}|${NUMBER_WORD})${W}(?:${UNIT})(?![${LETTER}])` +
  `(?:${W}(?:te${W}rekenen${W})?(?:na|vanaf|volgend${W}op|à${W}compter${W}d[eu]|à${W}partir${W}d[eu]|suivant|après|nach|ab|seit|from|of|after|following)` +
  String.raw`${W}(?:(?:de|het|la|le|l['’]|die|der|dem|des|the|this|deze|dit|jour${W}de${W}la)[\s\u00A0]{0,3})?(?:(?<letter>${LETTER_ANCHOR})|(?<notification>${NOTIFICATION_ANCHOR}))(?![${LETTER}]))?`;
/** The pattern as written, case-insensitive (flags "gi"): what relativeMatches finds (for the tests). */
export const RELATIVE_SOURCE = `(?<![${LETTER}])${RELATIVE_BODY}`;
// Case-insensitive, written for a quick compile (quick-pattern.ts): its plan tells where a match can start.
const RELATIVE_RE = quickPattern(RELATIVE_SOURCE, "gi");
// The same without its leading lookbehind, for the folded text (fold.ts), with where its groups are ("d").
const FOLDED_RELATIVE = foldedPattern(RELATIVE_BODY, "diy");

/** A relative deadline as written: where, the count as written, its unit and anchor (the group that matched). */
export interface RelativeMatch {
  index: number;
  text: string;
  count: string;
  unit: PeriodUnit;
  anchor: PeriodAnchor;
}

/**
 * The matches of RELATIVE_RE, as WordStarts.allMatches finds them: on the folded text (fold.ts), which V8 compiles a
 * few times faster, with the text and the count read from the letter.
 */
export function relativeMatches(words: WordStarts): RelativeMatch[] {
  const text = words.text;
  const folded = foldedMatches(words, RELATIVE_RE, FOLDED_RELATIVE);
  return (folded ?? words.allMatches(RELATIVE_RE)).map((m) => {
    const g = m.groups ?? {};
    const at = m.indices?.groups?.count;
    return {
      index: m.index,
      text: text.slice(m.index, m.index + m[0].length),
      count: folded && at ? text.slice(at[0], at[1]) : (g.count ?? ""),
      unit: g.workday ? "workday" : g.day ? "day" : g.week ? "week" : g.month ? "month" : "year",
      anchor: g.letter ? "letter" : g.notification ? "notification" : "unstated",
    };
  });
}

/** Deadlines written as a period, counted from the letter date when it is known. */
function relativeDeadlines(text: string, letterDate: string | null, known?: WordStarts): DeadlineFact[] {
  const found: DeadlineFact[] = [];
  const from = letterDate ? parseIso(letterDate) : null;
  const words = known?.text === text ? known : new WordStarts(text);
  for (const m of relativeMatches(words)) {
    const written = numberKey(m.count);
    const count = /^\d+$/.test(written) ? Number(written) : (NUMBER_BY_WORD.get(written) ?? 0);
    if (count < 1) continue;
    const { unit, anchor } = m;
    let date: string | null = null;
    if (from) {
      if (unit === "workday") date = addWorkdays(from, count);
      else if (unit === "day" || unit === "week") date = addDays(from, unit === "week" ? count * 7 : count);
      else date = addMonths(from, unit === "year" ? count * 12 : count);
    }
    const start = m.index;
    const end = start + m.text.length;
    found.push({
      start,
      end,
      text: m.text,
      date,
      estimated: true,
      why: { kind: "relative", count, unit, anchor, from: date ? letterDate : null },
      kind: "relative",
      purpose: purposeOf(text, start, end) ?? "other",
    });
  }
  return found;
}

/** All deadlines, in text order. A missing year was taken from the letter date when known, else from today. */
export function findDeadlines(
  text: string,
  dates: readonly DateFact[],
  context: { letterDate: string | null; words?: WordStarts },
): DeadlineFact[] {
  const yearFrom = context.letterDate ? "letter" : "today";
  return [
    ...absoluteDeadlines(text, dates, yearFrom),
    ...relativeDeadlines(text, context.letterDate, context.words),
  ].sort((a, b) => a.start - b.start);
}
