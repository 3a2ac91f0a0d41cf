/**
 * The completeness checklist (docs/context.md): what a good decision letter contains, item by item, with the sentence
 * that shows it and a plain note when it is missing. Also guesses the kind of letter, because only decisions need the
 * full list: an invoice has no appeal route, but every letter needs a way to reach a person and a file reference.
 *
 * The words live in checklist-patterns.ts, the notes in locales/<lang>/checklist.json, put in words at the edge. Contact and reference come from the facts.
 */
import { CHECKLIST_PATTERNS, type ChecklistPatternSet } from "./checklist-patterns.ts";
import { ADDRESS_PATTERN, APPEAL_DEADLINE_PATTERNS, KIND_PATTERNS, RECIPIENT_TITLE } from "./letter-kind-patterns.ts";
import type { Channel, ChecklistId, ChecklistItemData, Facts, Language, LetterKind, NoteId, Span } from "./types.ts";
import { isDigitCode } from "./word-start-plan.ts";
import { WordStarts } from "./word-starts.ts";

export interface ChecklistInput {
  text: string;
  lang: Language;
  sentences: Span[];
  facts: Facts;
  /** The word starts of the text (word-starts.ts), when the caller has them. */
  words?: WordStarts;
}

export interface ChecklistResult {
  isDecision: boolean;
  kind: LetterKind;
  /** How sure the kind is, 0..1: the explanation screen says so when it is low. */
  kindConfidence: number;
  checklist: ChecklistItemData[];
}

const ITEM_ORDER: readonly ChecklistId[] = [
  "decision",
  "motivation",
  "consequences",
  "appeal",
  "contact",
  "reference",
  "hearing",
  "file-access",
  "legal-aid",
  "right-to-correct",
];

/** Ties go to the kind listed first: a reminder about a bill is a reminder, a decision with a payment a decision. */
const KIND_ORDER: readonly LetterKind[] = ["decision", "summons", "reminder", "invitation", "invoice", "information"];

/** An appeal route is strong evidence of a decision: only decisions can be appealed. */
const APPEAL_WEIGHT = 2;
/** Confidence when no cue at all was found and the kind is a plain guess. */
const GUESS_CONFIDENCE = 0.25;
/** Hits per pattern are capped so that a huge pasted text cannot make the checklist slow. */
const MAX_HITS = 200;
/** Without sentences, the text after an appeal route in which its deadline may stand. */
const APPEAL_ZONE_CHARS = 300;

interface Hit extends Span {
  pattern: number;
}

const PATTERNS_BY_LANG = new Map<Language, Map<ChecklistId, ChecklistPatternSet>>();
for (const set of CHECKLIST_PATTERNS) {
  let byId = PATTERNS_BY_LANG.get(set.lang);
  if (!byId) {
    byId = new Map();
    PATTERNS_BY_LANG.set(set.lang, byId);
  }
  byId.set(set.id, set);
}

function findHits(words: WordStarts, patterns: readonly RegExp[] | undefined): Hit[] {
  const hits: Hit[] = [];
  (patterns ?? []).forEach((re, pattern) => {
    for (const m of words.allMatches(re, MAX_HITS)) {
      if (m[0].length > 0) hits.push({ start: m.index, end: m.index + m[0].length, pattern });
    }
  });
  return hits.sort((a, b) => a.start - b.start);
}

/** Index of the sentence that contains the span, or -1. Sentences come sorted from splitSentences. */
function sentenceOf(sentences: readonly Span[], span: Span): number {
  let lo = 0;
  let hi = sentences.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid] as Span;
    if (s.start <= span.start) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const s = sentences[found];
  return s && s.end >= span.end ? found : -1;
}

function clamp(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(span.start, length));
  return { start, end: Math.max(start, Math.min(span.end, length)) };
}

interface Candidate {
  span: Span;
  /** Number of different patterns in the sentence. */
  score: number;
  /** Index of its strongest pattern: the table lists the strongest first. */
  strongest: number;
}

function compareEvidence(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.strongest - b.strongest || a.span.start - b.span.start;
}

/**
 * The evidence is the sentence with the most different patterns (then the strongest, then the earliest), so that the
 * explanation screen can show the whole sentence; a hit outside any sentence is its own evidence.
 */
function bestEvidence(text: string, sentences: readonly Span[], hits: readonly Hit[]): Span | undefined {
  let best: Candidate | undefined;
  const groups = new Map<number, { span: Span; patterns: Set<number> }>();
  for (const hit of hits) {
    const index = sentenceOf(sentences, hit);
    const key = index >= 0 ? index : -1 - hit.start;
    const group = groups.get(key) ?? {
      span: index >= 0 ? (sentences[index] as Span) : hit,
      patterns: new Set<number>(),
    };
    group.patterns.add(hit.pattern);
    groups.set(key, group);
  }
  for (const { span, patterns } of groups.values()) {
    const candidate = { span, score: patterns.size, strongest: Math.min(...patterns) };
    if (!best || compareEvidence(candidate, best) < 0) best = candidate;
  }
  return best && clamp(best.span, text.length);
}

function distinctPatterns(words: WordStarts, patterns: readonly RegExp[]): number {
  return patterns.filter((re) => words.test(re)).length;
}

function classify(
  words: WordStarts,
  lang: Language,
  decisionHits: readonly Hit[],
  hasAppealRoute: boolean,
  facts: Facts,
): { kind: LetterKind; confidence: number } {
  const scores = new Map<LetterKind, number>();
  for (const kind of KIND_ORDER) scores.set(kind, distinctPatterns(words, KIND_PATTERNS[kind][lang]));
  const decisionStatements = new Set(decisionHits.map((h) => h.pattern)).size;
  const decisionCues = (scores.get("decision") ?? 0) + decisionStatements;
  // A court alone is no decision (a summons names one too); a route next to decision words is.
  scores.set("decision", decisionCues + (hasAppealRoute && decisionCues > 0 ? APPEAL_WEIGHT : 0));
  if (facts.ibans.length > 0 || facts.paymentReferences.length > 0)
    scores.set("invoice", (scores.get("invoice") ?? 0) + 1);

  const ranked = [...KIND_ORDER].sort((a, b) => (scores.get(b) ?? 0) - (scores.get(a) ?? 0));
  const top = scores.get(ranked[0] ?? "information") ?? 0;
  const second = scores.get(ranked[1] ?? "information") ?? 0;
  if (top === 0) return { kind: "information", confidence: GUESS_CONFIDENCE };
  return { kind: ranked[0] ?? "information", confidence: Math.round((top / (top + second + 1)) * 100) / 100 };
}

/** Where an appeal deadline may stand: the sentence of the route and the next one. */
function appealZones(text: string, sentences: readonly Span[], hits: readonly Hit[]): Span[] {
  return hits.map((hit) => {
    const index = sentenceOf(sentences, hit);
    const sentence = sentences[index];
    if (!sentence) return clamp({ start: hit.start, end: hit.end + APPEAL_ZONE_CHARS }, text.length);
    return clamp({ start: sentence.start, end: (sentences[index + 1] ?? sentence).end }, text.length);
  });
}

function hasAppealDeadline(text: string, lang: Language, facts: Facts, zones: readonly Span[]): boolean {
  if (facts.deadlines.some((d) => d.purpose === "appeal")) return true;
  const inZone = (span: Span) => zones.some((z) => span.start < z.end && span.end > z.start);
  if (facts.deadlines.some(inZone)) return true;
  return zones.some((z) => APPEAL_DEADLINE_PATTERNS[lang].some((re) => re.test(text.slice(z.start, z.end))));
}

/** The first postal address that is not the recipient's (the one under "Mevrouw …", "Monsieur …"). */
/** A copy of ADDRESS_PATTERN that senderAddress moves along the text with lastIndex. */
const ADDRESS = new RegExp(ADDRESS_PATTERN.source, ADDRESS_PATTERN.flags);

/** Whether a postcode as ADDRESS_PATTERN ends with one ("9000 Gent") may start at `at`, a place where a number starts. */
function mayBePostcode(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  const after = text.charCodeAt(at + 4);
  return (
    c >= 49 &&
    c <= 57 &&
    isDigitCode(text.charCodeAt(at + 1)) &&
    isDigitCode(text.charCodeAt(at + 2)) &&
    isDigitCode(text.charCodeAt(at + 3)) &&
    (after === 32 || after === 0xa0)
  );
}

/**
 * The first address of the text that is not the recipient's: the matches of ADDRESS_PATTERN, as matchAll finds them.
 * Every address ends with a postcode, which starts where a number starts (never after a digit), and the address
 * starts on the postcode's line or the line above (only its gap before the postcode holds a line break, at most one).
 * So no match starts before the line above the next postcode: the pattern is run from there, and not at all after
 * the last postcode (one scan of the whole letter less).
 */
function senderAddress(text: string, numbers: Int32Array): Span | undefined {
  let count = 0;
  let from = 0;
  for (let n = 0; n < numbers.length; n++) {
    const postcode = numbers[n] as number;
    if (postcode < from || !mayBePostcode(text, postcode)) continue;
    const line = text.lastIndexOf("\n", postcode - 1) + 1;
    const above = line > 0 ? text.lastIndexOf("\n", line - 2) + 1 : 0;
    ADDRESS.lastIndex = Math.max(from, above);
    const m = ADDRESS.exec(text);
    if (!m) return undefined;
    const start = text.lastIndexOf("\n", m.index - 1) + 1;
    const startAbove = start > 0 ? text.lastIndexOf("\n", start - 2) + 1 : 0;
    const twoAbove = startAbove > 0 ? text.lastIndexOf("\n", startAbove - 2) + 1 : 0;
    if (!RECIPIENT_TITLE.test(text.slice(twoAbove, m.index))) return { start: m.index, end: m.index + m[0].length };
    if (++count >= MAX_HITS) break;
    from = m.index + m[0].length;
  }
  return undefined;
}

function contactItem(words: WordStarts, facts: Facts, personHits: readonly Hit[]): ChecklistItemData {
  const text = words.text;
  const address = senderAddress(text, words.numberStarts());
  const phone = facts.phones[0];
  const email = facts.emails[0];
  const evidence = phone ?? email ?? address;
  if (!evidence) {
    // Only a website is not enough (seed 000:107): people need a person, by phone, at a counter or by post.
    const id: NoteId = facts.urls.length > 0 ? "contact-website-only" : "contact-missing";
    return { id: "contact", status: "missing", noteId: id };
  }
  const missing: Channel[] = [];
  if (!phone) missing.push("phone");
  if (facts.openingHours.length === 0) missing.push("hours");
  if (!email) missing.push("email");
  if (!address) missing.push("address");
  if (personHits.length === 0) missing.push("person");
  const item: ChecklistItemData = {
    id: "contact",
    status: "present",
    evidence: clamp(evidence, text.length),
  };
  if (missing.length > 0) {
    item.noteId = "incomplete";
    item.noteData = { channels: missing };
  }
  return item;
}

function fromHits(
  id: ChecklistId,
  text: string,
  sentences: readonly Span[],
  hits: readonly Hit[],
  note: NoteId,
): ChecklistItemData {
  const evidence = bestEvidence(text, sentences, hits);
  return evidence ? { id, status: "present", evidence } : { id, status: "missing", noteId: note };
}

export function evaluateChecklist(input: ChecklistInput): ChecklistResult {
  const { lang, facts } = input;
  const text = typeof input.text === "string" ? input.text : "";
  const sentences = Array.isArray(input.sentences) ? input.sentences : [];
  const sets = PATTERNS_BY_LANG.get(lang) ?? new Map<ChecklistId, ChecklistPatternSet>();
  // The patterns are tried only where a word of theirs starts (word-starts.ts).
  const words = input.words?.text === text ? input.words : new WordStarts(text);
  const hitsFor = (id: ChecklistId) => findHits(words, sets.get(id)?.patterns);

  const decisionHits = hitsFor("decision");
  const appealHits = hitsFor("appeal");
  const { kind, confidence } = classify(words, lang, decisionHits, appealHits.length > 0, facts);
  const isDecision = kind === "decision";

  const items = new Map<ChecklistId, ChecklistItemData>();
  items.set("contact", contactItem(words, facts, hitsFor("contact")));
  const reference = facts.references[0];
  items.set(
    "reference",
    reference
      ? { id: "reference", status: "present", evidence: clamp(reference, text.length) }
      : { id: "reference", status: "missing", noteId: "reference-missing" },
  );

  if (isDecision) {
    items.set("decision", fromHits("decision", text, sentences, decisionHits, "decision-missing"));

    const motivation = fromHits("motivation", text, sentences, hitsFor("motivation"), "motivation-missing");
    const lawOnly =
      motivation.status === "missing" && bestEvidence(text, sentences, findHits(words, sets.get("motivation")?.weak));
    items.set("motivation", lawOnly ? { ...motivation, evidence: lawOnly, noteId: "motivation-law-only" } : motivation);

    items.set(
      "consequences",
      fromHits("consequences", text, sentences, hitsFor("consequences"), "consequences-missing"),
    );

    // Without appeal information the appeal period may not start (seed 001:4435): the note says so.
    const appeal = fromHits("appeal", text, sentences, appealHits, "appeal-missing");
    if (
      appeal.status === "present" &&
      !hasAppealDeadline(text, lang, facts, appealZones(text, sentences, appealHits))
    ) {
      appeal.noteId = "appeal-no-deadline";
    }
    items.set("appeal", appeal);

    items.set("hearing", fromHits("hearing", text, sentences, hitsFor("hearing"), "hearing-missing"));
    items.set("file-access", fromHits("file-access", text, sentences, hitsFor("file-access"), "file-access-missing"));
    items.set("legal-aid", fromHits("legal-aid", text, sentences, hitsFor("legal-aid"), "legal-aid-missing"));
    items.set(
      "right-to-correct",
      fromHits("right-to-correct", text, sentences, hitsFor("right-to-correct"), "right-to-correct-missing"),
    );
  }

  // Contact and reference are always set; the rest is only set for decisions.
  const checklist = ITEM_ORDER.map(
    (id): ChecklistItemData =>
      items.get(id) ?? { id, status: "not-applicable", noteId: "not-applicable", noteData: { kind } },
  );
  return { isDecision, kind, kindConfidence: confidence, checklist };
}
