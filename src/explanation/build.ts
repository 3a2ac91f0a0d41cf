/**
 * From an analysis to a plain explanation for the citizen: who sent it, what it is, what to do, by when, how much,
 * what if you disagree, who helps, and the hard words. Every statement points to its evidence in the letter; when the
 * analysis is unsure we say "ask at the counter" instead of guessing. Pure: no I/O.
 */

import type { AnalysisData, Language, LetterDeadline, Span, UnsureReason } from "../analysis/types.ts";
import { letterKindName } from "../i18n/analysis.ts";
import { t as t_ } from "../i18n/catalogue.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { dateInWords, phoneInWords } from "../speech/words.ts";
import { bottomLineSentence, SURE_BOTTOM_LINE } from "./bottom-line.ts";
import { type CompoundSplits, splitForReading } from "./compounds.ts";
import { amountStatements, payStatements } from "./money.ts";
import { type ExplanationTexts, explanationTexts, type SectionId } from "./texts.ts";
import { asksReceiptDate, deadlineAfterReceipt, type ReceiptAnswer, receivedOn, saidPurpose } from "./when.ts";

export interface Statement {
  /** What the visitor reads. */
  text: string;
  /** What the speech engine says: dates, amounts, numbers and codes in words. Absent for quotes of the letter. */
  spoken?: string;
  /** Dates, amounts and codes inside `spoken`, in words: said slowly, in groups, and repeated once. */
  values?: string[];
  /** Where in the letter this comes from. */
  evidence: Span[];
  /** A quote of the letter itself (shown as such, not read aloud). */
  quote?: boolean;
  /** We are not sure: the visitor should check at the counter. */
  unsure?: boolean;
  /** A code that fails its check: shown with a visible warning. */
  warning?: boolean;
  /** A date counted by Klaar (not written in the letter): shown as "berekend". */
  calculated?: boolean;
  /** Part of the essentials: the printout's first page and the spoken summary take it. */
  essential?: boolean;
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
  uiLang: Language;
  letterLang: Language;
  title: string;
  kind: { kind: AnalysisData["letterKind"]["kind"]; confidence: number; label: string };
  /** ISO dates used for "nog N dagen". */
  today: string;
  /** The bottom line in one plain sentence (essential), with the letter's own sentence as evidence below it. */
  bottomLine: { statement: Statement; quote: Statement | null; unsure: boolean };
  /** "Wanneer kreeg u deze brief?": asked when a term runs from receipt or notification. */
  receipt: { asked: boolean; answer: ReceiptAnswer | null; received: string | null };
  sections: Section[];
  hardWords: HardWord[];
  annotated: AnnotatedSegment[];
  annotatedTitle: string;
}

export interface ExplainInput {
  text: string;
  analysis: AnalysisData;
  uiLang: Language;
  today: string;
  /** Looks up a lexicon entry of the letter's language. */
  entry: (id: string) => LexiconEntry | undefined;
  compounds: CompoundSplits;
  /** The visitor's answer to "Wanneer kreeg u deze brief?", when given. */
  received?: ReceiptAnswer | null;
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
const UNSURE_KEY: Record<UnsureReason, string> = {
  "kind-unclear": "kindUnclear",
  "decision-unclear": "decisionUnclear",
  "refusal-with-receive": "refusalWithReceive",
  "bill-without-total": "billWithoutTotal",
  "several-totals": "severalTotals",
  "no-letter-date": "noLetterDate",
  "invalid-code": "invalidCode",
  "deadline-anchor-unknown": "anchorUnknown",
};

export function buildExplanation(input: ExplainInput): Explanation {
  const { text, analysis: a, uiLang } = input;
  const t = explanationTexts(uiLang);
  const f = a.facts;
  const m = a.letter;
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
  const format = { date: formatDate, amount: formatAmount };
  const span = (s: Span): Span => ({ start: s.start, end: s.end });
  const quote = (s: Span): Statement => ({
    text: text.slice(s.start, s.end).replace(/\s+/g, " ").trim(),
    evidence: [span(s)],
    quote: true,
  });
  const plain = (sentence: string, evidence: Span[] = [], extra: Partial<Statement> = {}): Statement => ({
    text: sentence,
    spoken: sentence,
    evidence,
    ...extra,
  });
  const ask = (evidence: Span[] = [], essential = false) =>
    plain(t.askCounter, evidence, { unsure: true, ...(essential ? { essential } : {}) });
  const sections: Section[] = [];
  const add = (id: SectionId, statements: Statement[]) =>
    sections.push({ id, heading: t.headings[id], pictogram: SECTION_PICTOGRAMS[id], statements });

  // The bottom line, composed from the model; the letter's sentence below it as evidence.
  const bl = m.bottomLine;
  const shown = bottomLineSentence(uiLang, m, format, false);
  const said = bottomLineSentence(uiLang, m, format, true);
  const blUnsure = bl.confidence < SURE_BOTTOM_LINE || m.unsure.some((u) => u.reason === "decision-unclear");
  const bottomStatement: Statement = {
    text: blUnsure ? `${shown.text} ${t_(uiLang, "explanation.bottom.unsure")} ${t.askCounter}` : shown.text,
    spoken: blUnsure ? `${said.text} ${t_(uiLang, "explanation.bottom.unsure")} ${t.askCounter}` : said.text,
    values: said.values,
    evidence: bl.evidence.map(span),
    essential: true,
    ...(blUnsure ? { unsure: true } : {}),
  };
  const cue = bl.evidence[0];
  const bottomQuote = cue ? quote(sentenceAround(a, cue)) : null;

  // Van wie?
  add(
    "sender",
    f.sender
      ? [plain(t.sender({ sender: f.sender.text }), [span(f.sender)])]
      : [plain(t.senderUnknown, [], { unsure: true }), ask()],
  );

  // Waarover? The kind, the subject, and every doubt of the model with "ask at the counter".
  const kindLabel = letterKindName(uiLang, a.letterKind.kind);
  const sure = a.letterKind.confidence >= SURE;
  const about: Statement[] = [plain(sure ? t.kindSure({ kind: kindLabel }) : t.kindUnsure({ kind: kindLabel }))];
  if (f.subject) about.push(plain(t.subject({ subject: f.subject.text }), [span(f.subject)]));
  const doubts = m.unsure.filter((u) => u.reason !== "invalid-code" && u.reason !== "deadline-anchor-unknown");
  for (const u of doubts)
    about.push(
      plain(t_(uiLang, "explanation.unsureReason", { reason: UNSURE_KEY[u.reason] }), u.evidence.map(span), {
        unsure: true,
        essential: true,
      }),
    );
  if (!sure || doubts.length) about.push(ask([], doubts.length > 0));
  add("about", about);

  // Tegen wanneer? Firm dates only with a known anchor; else the rule and the receipt question.
  const received = receivedOn(input.received, input.today);
  const dated = m.deadlines.map((d) => ({ d, due: deadlineAfterReceipt(d, received) }));
  const deadlineSaid = (d: LetterDeadline, essential: boolean): Statement[] =>
    deadlineStatements(d, deadlineAfterReceipt(d, received), {
      t,
      uiLang,
      today: input.today,
      formatDate,
      received,
      input,
      essential,
    });

  // Wat moet u doen? The total due once with the payment details, appointments, documents, answers — with the date.
  const payDeadline = dated.find((x) => x.d.purpose === "payment" && x.due);
  const actions: Statement[] = payStatements(
    uiLang,
    m,
    format,
    payDeadline?.due ? { ...payDeadline.due, evidence: payDeadline.d.evidence.map(span) } : null,
  );
  for (const ap of m.appointments) {
    const values = [ap.date ? dateInWords(ap.date, uiLang) : undefined].filter((v): v is string => !!v);
    const args = {
      date: ap.date ? formatDate(ap.date) : undefined,
      time: ap.time ?? undefined,
      place: ap.place ?? undefined,
    };
    actions.push({
      text: t_(uiLang, "explanation.appointment.when", args),
      spoken: t_(uiLang, "explanation.appointment.when", { ...args, date: values[0] }),
      values,
      evidence: ap.evidence.map(span),
      essential: true,
    });
    if (ap.bring.length)
      actions.push(
        plain(t_(uiLang, "explanation.appointment.bring", { items: ap.bring.join(", ") }), ap.evidence.map(span), {
          essential: true,
        }),
      );
  }
  for (const purpose of ["documents", "response"] as const) {
    const x = dated.find((y) => y.d.purpose === purpose);
    const wanted = x ?? (purpose === "documents" && m.kind.kind === "request" ? { d: null, due: null } : undefined);
    if (!wanted) continue;
    const kind = purpose === "documents" ? "documents" : "contact";
    const date = wanted.due?.date;
    actions.push({
      text: t_(uiLang, `explanation.actions.${kind}`, { date: date ? formatDate(date) : undefined }),
      spoken: t_(uiLang, `explanation.actions.${kind}`, { date: date ? dateInWords(date, uiLang) : undefined }),
      ...(date ? { values: [dateInWords(date, uiLang)] } : {}),
      evidence: wanted.d ? wanted.d.evidence.map(span) : [],
      essential: true,
      ...(wanted.due?.calculated ? { calculated: true } : {}),
    });
  }
  if (!actions.length) {
    if ((m.kind.kind === "bill" || m.kind.kind === "fine" || m.kind.kind === "reminder") && m.toPay === null)
      actions.push(plain(t.noActions, [], { unsure: true, essential: true }), ask([], true));
    else if (m.kind.kind === "decision" || m.kind.kind === "information")
      actions.push(plain(t.actionsNone, [], { essential: true }));
    else actions.push(plain(t.noActions, [], { unsure: true, essential: true }), ask([], true));
  }
  add("actions", actions);

  // Tegen wanneer? Every deadline once; those of "what to do" are essentials here too (the appeal's go with the appeal).
  const deadlineStatementsAll = dedupe(m.deadlines.flatMap((d) => deadlineSaid(d, d.purpose !== "appeal")));
  add("deadlines", deadlineStatementsAll.length ? deadlineStatementsAll : [plain(t.noDeadlines)]);

  // Hoeveel? Every amount with its role in words.
  const money = amountStatements(uiLang, m, format);
  add("amounts", money.length ? money : [plain(t.noAmounts)]);

  // Niet akkoord? Route and term from the model.
  const appeal: Statement[] = [];
  if (m.appeal.present) {
    appeal.push(plain(t.appealYes, m.appeal.evidence.map(span), { essential: true }));
    if (m.appeal.route)
      appeal.push(
        plain(t_(uiLang, "explanation.appealRoute", { route: m.appeal.route }), m.appeal.evidence.map(span), {
          essential: true,
        }),
      );
    const term =
      m.appeal.deadline !== null ? m.deadlines[m.appeal.deadline] : m.deadlines.find((d) => d.purpose === "appeal");
    if (term) appeal.push(...deadlineSaid(term, true));
    const where = m.appeal.evidence[0];
    if (where) appeal.push(plain(t.appealWhere), quote(sentenceAround(a, where)));
  } else if (m.kind.kind === "decision") {
    appeal.push(plain(t.appealMissing, [], { unsure: true, essential: true }));
  } else {
    appeal.push(plain(t.appealNotDecision, [], { essential: true }));
  }
  add("appeal", appeal);

  // Wie kan u helpen?
  const help: Statement[] = [
    ...f.phones.map((p, i) => ({
      text: t.contactPhone({ phone: p.text }),
      spoken: t.contactPhone({ phone: phoneInWords(p.value, uiLang) }),
      values: [phoneInWords(p.value, uiLang)],
      evidence: [span(p)],
      ...(i === 0 ? { essential: true } : {}),
    })),
    ...f.emails.map((e) => plain(t.contactEmail({ email: e.text }), [span(e)])),
    ...f.openingHours.slice(0, 2).map((h) => plain(t.contactHours({ hours: h.text }), [span(h)])),
    ...f.urls.slice(0, 1).map((u) => plain(t.contactWebsite({ url: u.text }), [span(u)])),
    ...f.references.slice(0, 1).map((r) => plain(t.contactReference({ ref: r.value }), [span(r)])),
    plain(t.helpCounter, [], { essential: true }),
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
    bottomLine: { statement: bottomStatement, quote: bottomQuote, unsure: blUnsure },
    receipt: { asked: asksReceiptDate(m), answer: input.received ?? null, received },
    sections,
    hardWords,
    annotated: annotate(
      text,
      a,
      input.compounds,
      [bottomStatement, ...sections.flatMap((x) => x.statements)].flatMap((st) => st.evidence),
    ),
    annotatedTitle: t.annotatedTitle,
  };
}

interface DeadlineContext {
  t: ExplanationTexts;
  uiLang: Language;
  today: string;
  formatDate: (iso: string) => string;
  received: string | null;
  input: ExplainInput;
  essential: boolean;
}

/** A deadline in words: the date (with "berekend" when counted), or the rule with the receipt question's answer. */
function deadlineStatements(
  d: LetterDeadline,
  due: { date: string; calculated: boolean } | null,
  c: DeadlineContext,
): Statement[] {
  const { t, uiLang } = c;
  const evidence = d.evidence.length
    ? d.evidence.map((e) => ({ start: e.start, end: e.end }))
    : [{ start: d.start, end: d.end }];
  const essential = c.essential ? { essential: true } : {};
  const purpose = saidPurpose(d.purpose);
  if (due) {
    const days = Math.round((Date.parse(`${due.date}T00:00:00Z`) - Date.parse(`${c.today}T00:00:00Z`)) / DAY_MS);
    const left = t.daysLeft({ days, state: days < 0 ? "past" : "future" });
    const said = dateInWords(due.date, uiLang);
    const counted = due.calculated || d.calculated;
    const note = due.calculated
      ? ` ${t_(uiLang, "explanation.when.calculated", { received: c.formatDate(c.received ?? due.date) })}`
      : d.calculated
        ? ` ${t_(uiLang, "explanation.when.calculatedFromLetter")}`
        : "";
    return [
      {
        text: `${t.deadline[purpose]({ date: c.formatDate(due.date) })} ${left}${note}`,
        spoken: `${t.deadline[purpose]({ date: said })} ${left}`,
        values: [said],
        evidence,
        ...essential,
        ...(counted ? { calculated: true } : {}),
      },
    ];
  }
  if (d.term && d.anchor !== "unknown" && d.anchor !== "fixed") {
    const term = t_(uiLang, "explanation.term", {
      n: d.term.n,
      unit: d.term.unit === "working-days" ? "workingDays" : d.term.unit,
    });
    const rule = t_(uiLang, "explanation.when.rule", { purpose, term });
    const out: Statement[] = [{ text: rule, spoken: rule, evidence, ...essential }];
    if (c.input.received?.kind === "unknown")
      out.push({ text: t.when.dontKnowAnswer, spoken: t.when.dontKnowAnswer, evidence, unsure: true, ...essential });
    else out.push({ text: t.when.askHint, spoken: t.when.askHint, evidence });
    return out;
  }
  return [
    {
      text: t.unresolved({ text: d.text }),
      spoken: t.unresolved({ text: d.text }),
      evidence,
      unsure: true,
      ...essential,
    },
  ];
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
  uiLang: Language,
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
    const translated = uiLang === a.language ? undefined : e.translations?.[uiLang];
    words.set(finding.termId, {
      termId: e.id,
      term: text.slice(finding.start, finding.end),
      explanation: translated ?? e.explanation,
      explanationLang: translated ? uiLang : a.language,
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
