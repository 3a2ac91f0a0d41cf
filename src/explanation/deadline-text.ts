/**
 * A deadline in words: the last day with "nog N dagen" (and "berekend" when Klaar counted it), or — for a term from
 * receipt or notification without the visitor's answer — the rule ("binnen 3 maanden nadat u de brief kreeg").
 */
import type { LetterDeadline } from "../analysis/types.ts";
import { t as t_ } from "../i18n/catalogue.ts";
import { dateInWords } from "../speech/words.ts";
import type { ExplanationTexts } from "./texts.ts";
import type { ExplainInput, Statement } from "./types.ts";
import { saidPurpose } from "./when.ts";

const DAY_MS = 86_400_000;

export interface DeadlineContext {
  t: ExplanationTexts;
  uiLang: string;
  today: string;
  formatDate: (iso: string) => string;
  received: string | null;
  input: ExplainInput;
  essential: boolean;
}

/** A deadline in words: the date (with "berekend" when counted), or the rule with the receipt question's answer. */
export function deadlineStatements(
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
    const leftSaid = days < 0 ? ` ${left}` : "";
    const said = dateInWords(due.date, uiLang);
    const counted = due.calculated || d.calculated;
    const note = due.calculated
      ? ` ${t_(uiLang, "explanation.when.calculated", { received: c.formatDate(c.received ?? due.date) })}`
      : d.calculated
        ? ` ${t_(uiLang, "explanation.when.calculatedFromLetter", { anchor: d.anchor === "third-working-day" ? "thirdWorkingDay" : "letter" })}`
        : "";
    return [
      {
        text: `${t.deadline[purpose]({ date: c.formatDate(due.date) })} ${left}${note}`,
        spoken: `${t.deadline[purpose]({ date: said })}${leftSaid}`,
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
