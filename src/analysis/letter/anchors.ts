/**
 * The anchor of a term, named in the words right after it: "binnen drie maanden na de kennisgeving" (notification),
 * "à compter du troisième jour ouvrable" (third working day), "nach Erhalt" (receipt), "after the date of this
 * letter" (letter date), or an event the letter dates ("na de datum van het onderzoek").
 */
import { LETTER } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";
import type { DeadlineAnchor } from "../types.ts";
import { quick, ready } from "./ready.ts";

const L = `[${LETTER}]`;

// Case-insensitive, written for a quick compile (ready.ts).
const edged = (words: string) => `(?<!${L})(?:${words})(?!${L})`;
export const ANCHOR_WORDS: [DeadlineAnchor, string][] = [
  ["third-working-day", String.raw`derde\swerkdag|troisième\sjour\souvrable|dritten\sWerktag|third\sworking\sday`],
  [
    "letter-date",
    String.raw`datum\svan\s(?:deze|dit)\s${L}+|datum\svan\s(?:de|het)\s(?:brief|beslissing|schrijven|aanslagbiljet|factuur)|date\sd[eu]\s(?:la\s)?présente?\s${L}+|Datum\s(?:dieses|dieser)\s${L}+|date\sof\sthis\s${L}+|dagtekening|factuurdatum|date\sd[eu]\s(?:la\sprésente(?!\sdécision)|ce\scourrier|cette\s(?:lettre|décision)|la\sfacture|facture|présent\s(?:courrier|avertissement))|date\sd['’]émission|Datum\s(?:dieses|des)\s(?:Schreibens|Briefes|Bescheids)|Rechnungsdatum|date\sof\s(?:this|the)\s(?:letter|notice|decision|invoice)|invoice\sdate`,
  ],
  [
    "sending",
    String.raw`verzending|(?:afgifte|neerlegging)\s(?:ter|op\sde)\spost|verstuurd|envoi|expédition|Absend${L}*|Versand${L}*|Aufgabe\szur\sPost|sending|dispatch|posted|sent`,
  ],
  [
    "notification",
    String.raw`kennisgeving|betekening|in\skennis|meegedeeld|medegedeeld|communiquée?s?|mitgeteilt|communicated|notification|notifiée?|signification|Zustellung|Notifizierung|Bekanntgabe|Mitteilung|notifi(?:ed|cation)|served`,
  ],
  [
    "receipt",
    String.raw`ontvangst|ontvang${L}{0,2}|krijgt|kreeg|réception|reçu|recevez|recevrez|Erhalt|Empfang|erhalten|receipt|receiv${L}{0,3}`,
  ],
  [
    "letter-date",
    String.raw`(?:deze|dit)\s(?:brief|schrijven)|cette\slettre|ce\scourrier|la\sprésente|dieses\sSchreiben|this\s(?:letter|notice)`,
  ],
];
// Global: anchorWordsOf runs each from any place in the words after a term.
const ANCHORS: [DeadlineAnchor, RegExp][] = ANCHOR_WORDS.map(([anchor, words]) => [anchor, quick(edged(words), "gi")]);

// The words that name the anchor right after the term: "na de kennisgeving", "de la notification", "à compter du
// troisième jour ouvrable", "nach Erhalt", "after the date of this letter". A comma ends them.
const ANCHOR_TAIL_RE = quick(
  String.raw`^[\s\u00A0,]*(?:(?:te\s(?:rekenen|tellen)\s)?(?:na|nadat|vanaf|volgend\sop|sinds|van|après\savoir|après\sque|nachdem|after\syou|à\scompter\sd[eu]|à\sdater\sd[eu]|à\spartir\sd[eu]|suivant|après|qui\ssui(?:t|vent)|de|du|des|d['’]|nach|ab|seit|vom|von|from|of|after|following|starting)\s?[^.;,:]{0,70})`,
  "i",
);

const DETERMINED = String.raw`(?:\s(?:(?:van|de|des|du|of|der|dieses|dit|deze|het|la|le|this|the|ce|cette|cet|présente?|zijn|sa|son|votre|uw|Ihres|Ihrer|your)(?!${L})|[dl]['’])){1,4}(?:\s|(?<=['’]))[${LETTER}-]+`;
const CHAIN_RE = quickPattern(`^(?:${DETERMINED})*`, "i");

/**
 * The anchor words after a term: the anchor they name (of the first of ANCHORS that matches; null when none does), and
 * where the last of them ends (-1: none) as a scan with the alternation of all ANCHORS finds them. That alternation is
 * not compiled (half a millisecond at every start): at each step the earliest match of any of the patterns, the first
 * pattern on a tie, is the match the alternation finds (tests/analysis/letter/patterns.test.ts).
 */
export function anchorWordsOf(tail: string): { anchor: DeadlineAnchor | null; lastEnd: number } {
  const starts: number[] = [];
  const ends: number[] = [];
  const firstFrom = (k: number, from: number) => {
    const re = (ANCHORS[k] as [DeadlineAnchor, RegExp])[1];
    ready(re, tail).lastIndex = from;
    const m = re.exec(tail);
    starts[k] = m ? m.index : Number.POSITIVE_INFINITY;
    ends[k] = m ? m.index + m[0].length : -1;
  };
  for (let k = 0; k < ANCHORS.length; k++) firstFrom(k, 0);
  const named = starts.findIndex((at) => at !== Number.POSITIVE_INFINITY);
  let lastEnd = -1;
  for (let from = 0; ; ) {
    let best = -1;
    for (let k = 0; k < ANCHORS.length; k++) {
      if ((starts[k] as number) < from) firstFrom(k, from);
      if (
        (starts[k] as number) !== Number.POSITIVE_INFINITY &&
        (best < 0 || (starts[k] as number) < (starts[best] as number))
      )
        best = k;
    }
    if (best < 0) break;
    // No anchor word is empty: the scan goes on after it.
    lastEnd = ends[best] as number;
    from = lastEnd;
  }
  return { anchor: named < 0 ? null : (ANCHORS[named] as [DeadlineAnchor, RegExp])[0], lastEnd };
}

/** How far the anchor words reach: up to the last anchor word and the noun phrase that follows it. */
function anchorPhraseLength(tail: string, lastEnd: number): number {
  let last: { end: number } | null = lastEnd < 0 ? null : { end: lastEnd };
  const event = ready(EVENT_RE, tail).exec(tail);
  if (event && (!last || event.index + event[0].length > last.end)) last = { end: event.index + event[0].length };
  if (!last) return 0;
  const rest = tail.slice(last.end);
  const chain = ready(CHAIN_RE, rest).exec(rest);
  return last.end + (chain?.[0].length ?? 0);
}

// A term counted from an event that the letter dates itself: "binnen twee werkdagen na de datum van het onderzoek".
const EVENT_RE = quickPattern(
  String.raw`(?<!${L})(?:onderzoek|gesprek|afspraak|hoorzitting|examen|entretien|rendez-vous|audition|Untersuchung|Gespräch|Termin|Anhörung|examination|interview|appointment|hearing)(?!${L})`,
  "i",
);

function anchorOf(tail: string, named: DeadlineAnchor | null): DeadlineAnchor {
  if (named) return named;
  return ready(EVENT_RE, tail).test(tail) ? "fixed" : "unknown";
}

/**
 * The anchor named in the words after a term (`tail`), "unknown" when none, and how many characters of the tail name
 * it (0 when none): up to the last anchor word and the noun phrase after it ("na de datum van deze brief").
 */
export function anchorAfter(tail: string): { named: DeadlineAnchor; length: number } {
  const anchorWords = ready(ANCHOR_TAIL_RE, tail).exec(tail);
  if (!anchorWords) return { named: "unknown", length: 0 };
  const found = anchorWordsOf(anchorWords[0]);
  return {
    named: anchorOf(anchorWords[0], found.anchor),
    length: anchorPhraseLength(anchorWords[0], found.lastEnd),
  };
}
