/**
 * From an analysis to a plain explanation for the citizen: who sent it, what it is, what to do, by when, how much,
 * what if you disagree, who helps, and the hard words. Every statement points to its evidence in the letter; when the
 * analysis is unsure we say "ask at the counter" instead of guessing. Pure: no I/O.
 */

import type { AnalysisData, LetterDeadline, Span, UnsureReason } from "../analysis/types.ts";
import { t as t_ } from "../i18n/catalogue.ts";
import { dateInWords, phoneInWords } from "../speech/words.ts";
import { annotate, collectHardWords, evidenceId } from "./annotate.ts";
import { bottomLineSentence, SURE_BOTTOM_LINE } from "./bottom-line.ts";
import { deadlineStatements } from "./deadline-text.ts";
import { amountStatements, payStatements } from "./money.ts";
import { explanationTexts, type SectionId } from "./texts.ts";
import type { ExplainInput, Explanation, Section, Statement } from "./types.ts";
import { asksReceiptDate, deadlineAfterReceipt, receivedOn } from "./when.ts";

export type {
  AnnotatedSegment,
  ExplainInput,
  Explanation,
  HardWord,
  Section,
  Statement,
} from "./types.ts";

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
const _DAY_MS = 86_400_000;
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
    text: blUnsure ? `${shown.text} ${t_(uiLang, "explanation.bottom.unsure")}` : shown.text,
    spoken: blUnsure ? `${said.text} ${t_(uiLang, "explanation.bottom.unsure")}` : said.text,
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
  const kindLabel = t_(uiLang, "explanation.kindName", { kind: m.kind.kind });
  const sure = m.kind.confidence >= SURE;
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
  if (!sure || doubts.length || blUnsure) about.push(ask([], doubts.length > 0 || blUnsure));
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
        plain(
          t_(uiLang, "explanation.appointment.bring", {
            items: ap.bring.map((b) => b.replace(/[\s;,.:]+$/u, "")).join(", "),
          }),
          ap.evidence.map(span),
          {
            essential: true,
          },
        ),
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
  const saidDates = new Set(actions.flatMap((st) => st.values ?? []));
  const appointmentDays = new Set(m.appointments.map((ap) => ap.date));
  const deadlineStatementsAll = dedupe(
    m.deadlines
      .filter((d) => !(d.purpose === "appointment" && appointmentDays.has(d.date)))
      .flatMap((d) => {
        const due = deadlineAfterReceipt(d, received);
        const already = due !== null && saidDates.has(dateInWords(due.date, uiLang));
        return deadlineSaid(d, d.purpose !== "appeal" && !already);
      }),
  );
  add("deadlines", deadlineStatementsAll.length ? deadlineStatementsAll : [plain(t.noDeadlines)]);

  // Hoeveel? Every amount with its role in words.
  const money = dedupe(amountStatements(uiLang, m, format));
  add("amounts", money.length ? money : [plain(t.noAmounts)]);

  // Niet akkoord? Route and term from the model.
  const appeal: Statement[] = [];
  if (m.appeal.present) {
    appeal.push(plain(t.appealYes, m.appeal.evidence.map(span), { essential: true, spokenOptional: 1 }));
    const term =
      m.appeal.deadline !== null ? m.deadlines[m.appeal.deadline] : m.deadlines.find((d) => d.purpose === "appeal");
    if (term) appeal.push(...deadlineSaid(term, true));
    if (m.appeal.route)
      appeal.push(
        plain(t_(uiLang, "explanation.appealRoute", { route: m.appeal.route }), m.appeal.evidence.map(span), {
          essential: true,
          spokenOptional: 2,
        }),
      );
    const where = m.appeal.evidence[0];
    if (where) appeal.push(plain(t.appealWhere), quote(sentenceAround(a, where)));
  } else if (m.kind.kind === "decision") {
    appeal.push(plain(t.appealMissing, [], { unsure: true, essential: true }));
  } else {
    appeal.push(plain(t.appealNotDecision, [], { essential: true, spokenOptional: 1 }));
  }
  add("appeal", appeal);

  // Wie kan u helpen?
  const help: Statement[] = [
    ...f.phones
      .filter((p, i) => f.phones.findIndex((q) => q.value === p.value) === i)
      .map((p, i) => ({
        text: t.contactPhone({ phone: p.text }),
        spoken: t.contactPhone({ phone: phoneSaid(p.value, p.text, uiLang) }),
        evidence: [span(p)],
        ...(i === 0 ? { essential: true, spokenOptional: 1 as const } : {}),
      })),
    ...f.emails.map((e) => plain(t.contactEmail({ email: e.text }), [span(e)])),
    ...f.openingHours.slice(0, 2).map((h) => plain(t.contactHours({ hours: h.text }), [span(h)])),
    ...f.urls.slice(0, 1).map((u) => plain(t.contactWebsite({ url: u.text }), [span(u)])),
    ...f.references.slice(0, 1).map((r) => plain(t.contactReference({ ref: r.value }), [span(r)])),
    plain(t.helpCounter, [], { essential: true, spokenOptional: 2 }),
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

  // Words OCR read unsure (a blurred digit): every statement that rests on them says so, and asks to check the letter.
  const unsureReads = [
    ...f.dates,
    ...f.deadlines,
    ...f.amounts,
    ...f.ibans,
    ...f.paymentReferences,
    ...f.references,
    ...f.phones,
  ].filter((x) => x.uncertain);
  if (unsureReads.length > 0) {
    const restsOnUnsure = (st: Statement) =>
      !st.quote && st.evidence.some((e) => unsureReads.some((u) => u.start < e.end && e.start < u.end));
    for (const section of sections)
      section.statements = section.statements.flatMap((st) =>
        restsOnUnsure(st)
          ? [{ ...st, unsure: true }, plain(t.uncertainRead, st.evidence, { unsure: true, essential: st.essential })]
          : [st],
      );
  }

  return {
    version: 1,
    uiLang,
    letterLang: a.language,
    title: t.title,
    kind: { kind: m.kind.kind, confidence: m.kind.confidence, label: kindLabel },
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

/** A phone number in words; as written when it is not one the voice can read digit by digit. */
function phoneSaid(value: string, written: string, lang: string): string {
  try {
    return phoneInWords(value, lang);
  } catch {
    return written;
  }
}

/** The whole sentence that contains a span, so a quote reads as a sentence. */
function sentenceAround(a: AnalysisData, s: Span): Span {
  return a.sentences.find((x) => x.start <= s.start && x.end >= s.end) ?? s;
}

function dedupe(statements: Statement[]): Statement[] {
  const seen = new Set<string>();
  return statements.filter((s) => (s.quote ? true : !seen.has(s.text) && seen.add(s.text)));
}

export { evidenceId };
