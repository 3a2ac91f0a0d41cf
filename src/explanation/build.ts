/**
 * From an analysis to a plain explanation for the citizen: who sent it, what it is, what to do, by when, how much,
 * what if you disagree, who helps, and the hard words. Every statement points to its evidence in the letter; when the
 * analysis is unsure we say "ask at the counter" instead of guessing. Pure: no I/O.
 */

import type { AnalysisData, DeadlineFact, Language, Span } from "../analysis/types.ts";
import { letterKindName } from "../i18n/analysis.ts";
import { t as t_ } from "../i18n/catalogue.ts";
import { isLetterLanguage } from "../languages.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { amountInWords, dateInWords, groupedCode, phoneInWords } from "../speech/words.ts";
import { findActions } from "./actions.ts";
import { type CompoundSplits, splitForReading } from "./compounds.ts";
import { type ExplanationTexts, explanationTexts, type SectionId } from "./texts.ts";

export interface Statement {
  /** What the visitor reads. */
  text: string;
  /** What the speech engine says: dates, amounts, numbers and codes in words. Absent for quotes of the letter. */
  spoken?: string;
  /** Where in the letter this comes from. */
  evidence: Span[];
  /** A quote of the letter itself (shown as such, not read aloud). */
  quote?: boolean;
  /** We are not sure: the visitor should check at the counter. */
  unsure?: boolean;
}

export interface Section {
  id: SectionId;
  heading: string;
  pictogram: string;
  statements: Statement[];
}

export interface HardWord {
  termId: string;
  /** The word as it stands in the letter (first occurrence). */
  term: string;
  explanation: string;
  /** Language of the explanation: the visitor's when the lexicon has it, else the letter's. */
  explanationLang: Language;
  pictogram: string;
  evidence: Span[];
}

export interface AnnotatedSegment extends Span {
  text: string;
  /** Ids of evidence spans that start in this segment (link targets for "where is this in the letter?"). */
  anchors?: string[];
  /** A hard word: its explanation is shown in place. */
  termId?: string;
  /** A long compound with reading dots: "arbeids·ongeschiktheids·uitkering". */
  reading?: string;
}

export interface Explanation {
  version: 1;
  uiLang: string;
  letterLang: Language;
  title: string;
  kind: { kind: AnalysisData["letterKind"]["kind"]; confidence: number; label: string };
  /** ISO dates used for "nog N dagen". */
  today: string;
  sections: Section[];
  hardWords: HardWord[];
  annotated: AnnotatedSegment[];
  annotatedTitle: string;
}

export interface ExplainInput {
  text: string;
  analysis: AnalysisData;
  uiLang: string;
  today: string;
  /** Looks up a lexicon entry of the letter's language. */
  entry: (id: string) => LexiconEntry | undefined;
  compounds: CompoundSplits;
}

const SECTION_PICTOGRAMS: Record<SectionId, string> = {
  sender: "letter",
  about: "info",
  actions: "write",
  deadlines: "deadline",
  amounts: "money",
  appeal: "appeal",
  help: "help",
  words: "question",
};

/** Kind of letter: below this confidence we say "probably" and add "ask at the counter". */
const SURE = 0.6;
const DAY_MS = 86_400_000;

export function buildExplanation(input: ExplainInput): Explanation {
  const { text, analysis: a, uiLang } = input;
  const t = explanationTexts(uiLang);
  const f = a.facts;
  const formatDate = (iso: string) =>
    new Intl.DateTimeFormat(t.htmlLang, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${iso}T00:00:00Z`));
  const formatAmount = (value: number) =>
    new Intl.NumberFormat(t.htmlLang, { style: "currency", currency: "EUR" }).format(value);
  const span = (s: Span): Span => ({ start: s.start, end: s.end });
  const quote = (s: Span): Statement => ({
    text: text.slice(s.start, s.end).replace(/\s+/g, " ").trim(),
    evidence: [span(s)],
    quote: true,
  });
  const say = (display: string, spoken: string, evidence: Span[] = [], unsure = false): Statement => ({
    text: display,
    spoken,
    evidence,
    ...(unsure ? { unsure } : {}),
  });
  const plain = (sentence: string, evidence: Span[] = [], unsure = false) => say(sentence, sentence, evidence, unsure);
  const ask = (evidence: Span[] = []) => plain(t.askCounter, evidence, true);
  // A fact read unsure by OCR (a blurred digit): the statement is marked and followed by "check this on the letter".
  const checkRead = (statement: Statement, ...facts: ({ uncertain?: true } | undefined)[]): Statement[] =>
    facts.some((f) => f?.uncertain)
      ? [{ ...statement, unsure: true }, plain(t.uncertainRead, statement.evidence, true)]
      : [statement];
  const sections: Section[] = [];
  const add = (id: SectionId, statements: Statement[]) =>
    sections.push({ id, heading: t.headings[id], pictogram: SECTION_PICTOGRAMS[id], statements });

  // Van wie?
  add(
    "sender",
    f.sender
      ? [plain(t.sender({ sender: f.sender.text }), [span(f.sender)])]
      : [plain(t.senderUnknown, [], true), ask()],
  );

  // Waarover?
  const kindLabel = letterKindName(uiLang, a.letterKind.kind);
  const sure = a.letterKind.confidence >= SURE;
  const about: Statement[] = [
    plain(sure ? t.kindSure({ kind: kindLabel }) : t.kindUnsure({ kind: kindLabel }), [], !sure),
  ];
  if (f.subject) about.push(plain(t.subject({ subject: f.subject.text }), [span(f.subject)]));
  const decision = a.checklist.find((c) => c.id === "decision" && c.status === "present")?.evidence;
  if (a.isDecision && decision) about.push(plain(t.decisionQuote), quote(sentenceAround(a, decision)));
  if (!sure) about.push(ask());
  add("about", about);

  // Wat moet u doen?
  const deadlineIn = (s: Span) => f.deadlines.find((d) => d.date && d.start >= s.start && d.end <= s.end);
  const amountIn = (s: Span) =>
    f.amounts.find((m) => m.direction !== "receive" && m.start >= s.start && m.end <= s.end);
  const actions = findActions(text, a.sentences, a.language).slice(0, 6);
  const actionStatements = actions.flatMap((action) => {
    const d = deadlineIn(action);
    const m = action.kind === "pay" ? amountIn(action) : undefined;
    const display = t_(uiLang, `explanation.actions.${action.kind}`, {
      date: d?.date ? formatDate(d.date) : undefined,
      amount: m ? formatAmount(m.value) : undefined,
    });
    const spoken = t_(uiLang, `explanation.actions.${action.kind}`, {
      date: d?.date ? dateInWords(d.date, uiLang) : undefined,
      amount: m ? amountInWords(m.value, uiLang) : undefined,
    });
    const statement = checkRead(say(display, spoken, [span(action)]), d, m);
    return action.kind === "other" ? [...statement, plain(t.actionQuote), quote(action)] : statement;
  });
  add("actions", actionStatements.length ? dedupe(actionStatements) : [plain(t.noActions, [], true), ask()]);

  // Tegen wanneer?
  const deadlineStatements = f.deadlines.flatMap((d) => deadlineStatement(d, t, input.today, formatDate, uiLang));
  add("deadlines", deadlineStatements.length ? deadlineStatements : [plain(t.noDeadlines)]);

  // Hoeveel?
  const amountStatements: Statement[] = f.amounts.flatMap((m) => {
    const template =
      m.direction === "pay" ? t.amountPay : m.direction === "receive" ? t.amountReceive : t.amountUnknown;
    return checkRead(
      say(template({ amount: formatAmount(m.value) }), template({ amount: amountInWords(m.value, uiLang) }), [span(m)]),
      m,
    );
  });
  if (f.amounts.some((m) => m.direction === "unknown")) amountStatements.push(ask());
  const iban = f.ibans[0];
  if (iban)
    amountStatements.push(
      ...checkRead(
        say(t.payTo({ iban: iban.text }), t.payTo({ iban: groupedCode(iban.value, uiLang) }), [span(iban)]),
        iban,
      ),
    );
  const code = f.paymentReferences[0];
  if (code)
    amountStatements.push(
      ...checkRead(
        say(t.payWith({ code: code.text }), t.payWith({ code: groupedCode(code.value, uiLang) }), [span(code)]),
        code,
      ),
    );
  add("amounts", amountStatements.length ? amountStatements : [plain(t.noAmounts)]);

  // Niet akkoord?
  const appeal = a.checklist.find((c) => c.id === "appeal");
  const appealStatements: Statement[] = [];
  if (appeal?.status === "present") {
    appealStatements.push(plain(t.appealYes));
    if (appeal.evidence) appealStatements.push(plain(t.appealWhere), quote(sentenceAround(a, appeal.evidence)));
    const appealDeadline = f.deadlines.find((d) => d.purpose === "appeal");
    if (appealDeadline) appealStatements.push(...deadlineStatement(appealDeadline, t, input.today, formatDate, uiLang));
  } else if (a.isDecision) {
    appealStatements.push(plain(t.appealMissing, [], true));
  } else {
    appealStatements.push(plain(t.appealNotDecision));
  }
  add("appeal", appealStatements);

  // Wie kan u helpen?
  const help: Statement[] = [
    ...f.phones.map((p) =>
      say(t.contactPhone({ phone: p.text }), t.contactPhone({ phone: phoneInWords(p.value, uiLang) }), [span(p)]),
    ),
    ...f.emails.map((e) => plain(t.contactEmail({ email: e.text }), [span(e)])),
    ...f.openingHours.slice(0, 2).map((h) => plain(t.contactHours({ hours: h.text }), [span(h)])),
    ...f.urls.slice(0, 1).map((u) => plain(t.contactWebsite({ url: u.text }), [span(u)])),
    ...f.references.slice(0, 1).map((r) => plain(t.contactReference({ ref: r.value }), [span(r)])),
    plain(t.helpCounter),
    plain(t.helpTrustPerson),
    plain(t.helpLegalAid),
  ];
  add("help", help);

  // Moeilijke woorden
  const hardWords = collectHardWords(a, text, uiLang, input.entry);
  add(
    "words",
    hardWords.map((w) => {
      const note =
        w.explanationLang === uiLang ? "" : ` ${t.wordInOtherLanguage({ lang: t.languageNames[w.explanationLang] })}`;
      return plain(`${w.term}: ${w.explanation}${note}`, w.evidence);
    }),
  );

  return {
    version: 1,
    uiLang,
    letterLang: a.language,
    title: t.title,
    kind: { kind: a.letterKind.kind, confidence: a.letterKind.confidence, label: kindLabel },
    today: input.today,
    sections,
    hardWords,
    annotated: annotate(
      text,
      a,
      input.compounds,
      sections.flatMap((x) => x.statements.flatMap((st) => st.evidence)),
    ),
    annotatedTitle: t.annotatedTitle,
  };
}

function deadlineStatement(
  d: DeadlineFact,
  t: ExplanationTexts,
  today: string,
  formatDate: (iso: string) => string,
  uiLang: string,
): Statement[] {
  const evidence = [{ start: d.start, end: d.end }];
  if (!d.date) return [{ text: t.unresolved({ text: d.text }), evidence, unsure: true }];
  const purpose = d.purpose ?? "other";
  const days = Math.round((Date.parse(`${d.date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  const out: Statement[] = [
    {
      text: `${t.deadline[purpose]({ date: formatDate(d.date) })} ${t.daysLeft({ days, state: days < 0 ? "past" : "future" })}`,
      spoken: `${t.deadline[purpose]({ date: dateInWords(d.date, uiLang) })} ${t.daysLeft({ days, state: days < 0 ? "past" : "future" })}`,
      evidence,
      ...(d.uncertain ? { unsure: true } : {}),
    },
  ];
  if (d.estimated) out.push({ text: t.estimated, spoken: t.estimated, evidence, unsure: true });
  if (d.uncertain) out.push({ text: t.uncertainRead, spoken: t.uncertainRead, evidence, unsure: true });
  return out;
}

/** The whole sentence that contains a span, so a quote reads as a sentence. */
function sentenceAround(a: AnalysisData, s: Span): Span {
  return a.sentences.find((x) => x.start <= s.start && x.end >= s.end) ?? s;
}

function dedupe(statements: Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => (s.quote ? true : !seen.has(s.text) && seen.add(s.text)));
}

function collectHardWords(
  a: AnalysisData,
  text: string,
  uiLang: string,
  entry: (id: string) => LexiconEntry | undefined,
): HardWord[] {
  const words = new Map<string, HardWord>();
  for (const finding of a.findings) {
    if (finding.rule !== "jargon" || !finding.termId) continue;
    const known = words.get(finding.termId);
    if (known) {
      known.evidence.push({ start: finding.start, end: finding.end });
      continue;
    }
    const e = entry(finding.termId);
    if (!e) continue;
    const translated = uiLang === a.language || !isLetterLanguage(uiLang) ? undefined : e.translations?.[uiLang];
    words.set(finding.termId, {
      termId: e.id,
      term: text.slice(finding.start, finding.end),
      explanation: translated ?? e.explanation,
      explanationLang: translated && isLetterLanguage(uiLang) ? uiLang : a.language,
      pictogram: e.pictogram,
      evidence: [{ start: finding.start, end: finding.end }],
    });
  }
  return [...words.values()];
}

/** The link target of an evidence span. */
export function evidenceId(span: Span): string {
  return `ev-${span.start}-${span.end}`;
}

/**
 * The letter cut into plain runs, hard words (explained in place) and long compounds (split for reading). Plain runs
 * are also cut where evidence starts, so every "where is this in the letter?" link has a target.
 */
function annotate(text: string, a: AnalysisData, compounds: CompoundSplits, evidence: Span[]): AnnotatedSegment[] {
  const marks: AnnotatedSegment[] = [];
  let last = 0;
  for (const finding of a.findings) {
    if (finding.rule !== "jargon" || !finding.termId || finding.start < last) continue;
    marks.push({ start: finding.start, end: finding.end, text: finding.text, termId: finding.termId });
    last = finding.end;
  }
  if (a.language === "nl") {
    for (const m of text.matchAll(/\p{L}{12,}/gu)) {
      const start = m.index;
      const end = start + m[0].length;
      const reading = splitForReading(m[0], compounds);
      if (!reading) continue;
      const hard = marks.find((x) => x.start <= start && x.end >= end);
      if (hard) hard.reading = hard.text === m[0] ? reading : undefined;
      else if (!marks.some((x) => x.start < end && start < x.end)) marks.push({ start, end, text: m[0], reading });
    }
  }
  marks.sort((x, y) => x.start - y.start);
  const starts = [...new Set(evidence.map((e) => e.start))].sort((x, y) => x - y);
  const plainRun = (from: number, to: number) => {
    const cuts = [from, ...starts.filter((p) => p > from && p < to), to];
    for (let i = 0; i + 1 < cuts.length; i++) {
      segments.push({ start: cuts[i] as number, end: cuts[i + 1] as number, text: text.slice(cuts[i], cuts[i + 1]) });
    }
  };
  const segments: AnnotatedSegment[] = [];
  let pos = 0;
  for (const mark of marks) {
    if (mark.start > pos) plainRun(pos, mark.start);
    if (mark.reading === undefined) delete mark.reading;
    segments.push(mark);
    pos = mark.end;
  }
  if (pos < text.length) plainRun(pos, text.length);
  // Each evidence id goes to the segment where its span starts.
  for (const e of evidence) {
    const target = segments.find((seg) => seg.start <= e.start && e.start < seg.end);
    if (!target) continue;
    const id = evidenceId(e);
    target.anchors = target.anchors ?? [];
    if (!target.anchors.includes(id)) target.anchors.push(id);
  }
  return segments;
}
