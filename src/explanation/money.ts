/**
 * How much: only the total due goes into "what to do", once, with the payment details (IBAN and structured
 * communication; a code that fails its mod-97 check is shown with a visible warning, never dropped). Line items,
 * reductions, amounts already paid and fees that apply only if you pay late fold under "how much", each with its role
 * in words.
 */
import type { AmountRole, LetterCode, LetterModel, Span } from "../analysis/types.ts";
import { t } from "../i18n/catalogue.ts";
import { amountInWords, dateInWords, groupedCode } from "../speech/words.ts";
import type { Formatters } from "./bottom-line.ts";
import type { Statement } from "./types.ts";

/** The select value of `explanation.money.role` for each amount role. */
export const ROLE_KEY: Record<AmountRole, string> = {
  "to-pay": "toPay",
  "to-receive": "toReceive",
  "already-paid": "alreadyPaid",
  reduction: "reduction",
  "line-item": "lineItem",
  "fee-if-late": "feeIfLate",
  info: "info",
};

const spans = (s: Span): Span[] => [{ start: s.start, end: s.end }];

function codeStatement(lang: string, code: LetterCode, kind: "iban" | "code"): Statement {
  // A code broken over a line in the letter is shown on one line.
  const c = { ...code, text: code.text.replace(/\s+/g, " ").trim() };
  const spoken = (() => {
    try {
      return groupedCode(c.value, lang);
    } catch {
      return c.text;
    }
  })();
  if (!c.valid) {
    const key = kind === "iban" ? "explanation.money.invalidIban" : "explanation.money.invalidCode";
    const args = kind === "iban" ? { iban: c.text } : { code: c.text };
    const text = t(lang, key as "explanation.money.invalidIban", args as { iban: string });
    // Said sign by sign in its groups, like a valid code ("+++102/3344/55686+++" is no number to read out).
    const saidArgs = kind === "iban" ? { iban: spoken } : { code: spoken };
    const said = t(lang, key as "explanation.money.invalidIban", saidArgs as { iban: string });
    return { text, spoken: said, evidence: spans(c), unsure: true, warning: true, essential: true };
  }
  return kind === "iban"
    ? {
        text: t(lang, "explanation.payTo", { iban: c.text }),
        spoken: t(lang, "explanation.payTo", { iban: spoken }),
        values: [spoken],
        evidence: spans(c),
        essential: true,
      }
    : {
        text: t(lang, "explanation.payWith", { code: c.text }),
        spoken: t(lang, "explanation.payWith", { code: spoken }),
        values: [spoken],
        evidence: spans(c),
        essential: true,
      };
}

/** "Betaal € 2.148,36 uiterlijk op …", then the account and the structured communication. */
export function payStatements(
  lang: string,
  model: LetterModel,
  format: Formatters,
  payBy: { date: string; calculated: boolean; evidence: Span[] } | null,
): Statement[] {
  if (model.toPay === null) return [];
  const total = model.amounts[model.toPay];
  if (!total) return [];
  const amountSaid = amountInWords(total.value, lang);
  const dateSaid = payBy ? dateInWords(payBy.date, lang) : undefined;
  const out: Statement[] = [
    {
      text: t(lang, "explanation.actions.pay", {
        amount: format.amount(total.value),
        date: payBy ? format.date(payBy.date) : undefined,
      }),
      spoken: t(lang, "explanation.actions.pay", { amount: amountSaid, date: dateSaid }),
      values: dateSaid ? [amountSaid, dateSaid] : [amountSaid],
      evidence: [...total.evidence, ...(payBy?.evidence ?? [])].slice(0, 3),
      essential: true,
      ...(payBy?.calculated ? { calculated: true } : {}),
    },
  ];
  const iban = model.ibans.find((c) => c.valid) ?? model.ibans[0];
  if (iban) out.push(codeStatement(lang, iban, "iban"));
  for (const bad of model.ibans.filter((c) => !c.valid && c !== iban)) out.push(codeStatement(lang, bad, "iban"));
  for (const code of model.paymentReferences.slice(0, 2)) out.push(codeStatement(lang, code, "code"));
  return out;
}

/** Every amount once, with its role in words; repeats of a total are left out. */
export function amountStatements(lang: string, model: LetterModel, format: Formatters): Statement[] {
  return model.amounts
    .filter((m) => m.repeatOf === undefined)
    .map((m) => {
      const role = ROLE_KEY[m.role];
      return {
        text: t(lang, "explanation.money.role", { role, amount: format.amount(m.value) }),
        spoken: t(lang, "explanation.money.role", { role, amount: amountInWords(m.value, lang) }),
        evidence: spans(m),
      };
    });
}
