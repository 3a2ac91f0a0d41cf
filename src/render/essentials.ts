/**
 * The essentials of an explanation: what page 1 of the printout holds and what the short spoken summary says. The
 * bottom line, what to do, by when, how much with the payment details, what if you disagree, who helps and how to
 * reach them — without the letter's quoted sentences, the hard words or the fixed help texts.
 *
 * Statements the explanation marks `essential` are taken as they are. An explanation without those marks (older
 * shape) is cut down here by section: a few statements per part, no quotes, no lead-ins to quotes.
 */
import type { Explanation, Section, Statement } from "../explanation/build.ts";
import { t } from "../i18n/catalogue.ts";

/** A statement as the explanation may mark it: part of the essentials or not. */
type Marked = Statement & { essential?: boolean };

export interface EssentialPart {
  id: string;
  heading: string;
  pictogram: string;
  statements: Statement[];
}

export interface Essentials {
  /** The one sentence a visitor must understand ("Het OCMW geeft u geen leefloon."). */
  bottomLine: Statement | undefined;
  parts: EssentialPart[];
}

/** The order of page 1; the sender and the letter kind only go into the bottom line. */
const ORDER = ["actions", "deadlines", "amounts", "appeal", "help"] as const;

/** At most this many statements per part when the explanation does not mark its essentials itself. */
const LIMITS: Record<(typeof ORDER)[number], number> = { actions: 3, deadlines: 5, amounts: 5, appeal: 3, help: 4 };

/** The statement that introduces a quote ("In de brief staat:") says nothing without it. */
function withoutQuotes(statements: readonly Statement[]): Statement[] {
  return statements.filter((s, i) => !s.quote && !statements[i + 1]?.quote);
}

function bottomLineOf(e: Explanation): Statement | undefined {
  type Own = Statement | string | { statement: Statement } | null | undefined;
  const own = (e as Explanation & { bottomLine?: Own }).bottomLine;
  if (typeof own === "string") return { text: own, spoken: own, evidence: [] };
  if (own && "statement" in own) return own.statement;
  if (own) return own;
  // Older shape: the kind of letter and what it is about, from "Waarover?".
  const about = e.sections.find((s) => s.id === "about");
  const first = about ? withoutQuotes(about.statements)[0] : undefined;
  return first;
}

/** The help part: the ways to reach the sender and the counter; not the fixed advice sentences. */
function helpStatements(section: Section): Statement[] {
  const statements = withoutQuotes(section.statements);
  // The three fixed help texts close the part; the counter is the first of them and stays.
  const contacts = statements.slice(0, Math.max(0, statements.length - 3));
  const counter = statements[statements.length - 3];
  return [...contacts.slice(0, LIMITS.help - 1), ...(counter ? [counter] : [])];
}

type AmountKey = "amountPay" | "amountReceive" | "amountUnknown" | "payTo" | "payWith";

/** Whether a statement was made from one of the explanation's amount sentences ("U moet {amount} betalen."). */
function madeFrom(lang: string, key: AmountKey, s: Statement): boolean {
  const name = key === "payTo" ? "iban" : key === "payWith" ? "code" : "amount";
  const [before = "", after = ""] = t(lang, `explanation.${key}`, { [name]: "\u0000" } as never).split("\u0000");
  return !s.quote && s.text.startsWith(before) && s.text.endsWith(after);
}

/**
 * The amounts part: the amounts to pay (else to receive, else the others), at most two, then the account number and
 * the payment code. Every other amount stays in the full explanation.
 */
function amountStatements(lang: string, section: Section): Statement[] {
  const statements = withoutQuotes(section.statements);
  const of = (key: AmountKey) => statements.filter((s) => madeFrom(lang, key, s));
  const pay = of("amountPay");
  const chosen = pay.length ? pay : of("amountReceive").length ? of("amountReceive") : of("amountUnknown");
  const codes = [...of("payTo"), ...of("payWith")];
  const rest = statements.filter((s) => s.unsure && !chosen.includes(s) && !codes.includes(s));
  return [...chosen.slice(0, 2), ...codes, ...rest.slice(0, 1)];
}

/** Statements said word for word in an earlier part (an appeal deadline in "by when" and in "disagree?") go once. */
function once(parts: EssentialPart[]): EssentialPart[] {
  const seen = new Set<string>();
  return parts
    .map((p) => ({ ...p, statements: p.statements.filter((s) => !seen.has(s.text) && seen.add(s.text)) }))
    .filter((p) => p.statements.length > 0);
}

export function essentialsOf(e: Explanation): Essentials {
  const marked = e.sections.some((s) => s.statements.some((st) => (st as Marked).essential !== undefined));
  const parts: EssentialPart[] = [];
  for (const id of ORDER) {
    const section = e.sections.find((s) => s.id === id);
    if (!section) continue;
    const statements = marked
      ? section.statements.filter((st) => (st as Marked).essential)
      : id === "help"
        ? helpStatements(section)
        : id === "amounts"
          ? amountStatements(e.uiLang, section)
          : withoutQuotes(section.statements).slice(0, LIMITS[id]);
    if (statements.length) parts.push({ id, heading: section.heading, pictogram: section.pictogram, statements });
  }
  return { bottomLine: bottomLineOf(e), parts: once(parts) };
}

/**
 * What a listener writes down, said once more at the end of the spoken essentials: the dated deadlines (at most two),
 * the amount to pay, the account number and the payment code.
 */
export function toWriteDown(
  e: Explanation,
  essentials: Essentials = essentialsOf(e),
): { dates: Statement[]; payment: Statement[] } {
  const part = (id: string) => essentials.parts.find((p) => p.id === id)?.statements ?? [];
  const dated = part("deadlines").filter((s) => !s.unsure && /\d/.test(s.text));
  const payment = part("amounts").filter(
    (s) => !s.unsure && (["amountPay", "payTo", "payWith"] as const).some((key) => madeFrom(e.uiLang, key, s)),
  );
  return { dates: dated.slice(0, 2), payment };
}
