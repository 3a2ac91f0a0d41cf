/**
 * The citizen explanation scored on the annotated corpus (tests/corpus): what a visitor reads and hears, not the
 * model's data. Per letter: is each annotated dated deadline stated with its date; is each amount shown with its
 * role in words (the total due in "what to do", the others under "how much"); is the "what if you disagree" part
 * right (route and term, or the note that the letter names none); the essentials script's length.
 */

import { createAnalyzer } from "../src/analysis/index.ts";
import type { AmountRole, Language } from "../src/analysis/types.ts";
import { buildExplanation, type Explanation } from "../src/explanation/build.ts";
import { ROLE_KEY } from "../src/explanation/money.ts";
import { type SpeechScripts, speechScripts } from "../src/explanation/speech.ts";
import { t } from "../src/i18n/catalogue.ts";
import { lexiconEntries, loadLexicon } from "../src/lexicon/load.ts";
import type { CorpusLetter } from "./corpus.ts";

const norm = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export const SCORE_TODAY = "2026-12-07";

export interface LetterScore {
  id: string;
  lang: string;
  explanation: Explanation;
  speech: SpeechScripts;
  datedExpected: number;
  datedStated: number;
  amountsExpected: number;
  amountsRight: number;
  appealRight: boolean;
  misses: string[];
}

let analyzer: ReturnType<typeof createAnalyzer> | undefined;
let lexicon: ReturnType<typeof loadLexicon> | undefined;

export function explainCorpusLetter(letter: CorpusLetter, uiLang: Language = letter.lang): Explanation {
  lexicon ??= loadLexicon({ overlayDir: "" });
  analyzer ??= createAnalyzer({ lexicons: lexiconEntries(lexicon), commonWords: lexicon.commonWords });
  const a = analyzer;
  const analysis = a.analyze(letter.text, { lang: letter.lang, today: SCORE_TODAY, messageLang: uiLang });
  return buildExplanation({
    text: letter.text,
    analysis,
    uiLang,
    today: SCORE_TODAY,
    entry: (id) => a.entry(analysis.language, id),
    compounds: lexicon.compounds,
  });
}

const LOCALE: Record<string, string> = { nl: "nl-BE", fr: "fr-BE", de: "de-BE", en: "en-GB" };

export const formatters = (lang: string) => ({
  date: (iso: string) =>
    new Intl.DateTimeFormat(LOCALE[lang] ?? lang, {
      weekday: "long",
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(`${iso}T00:00:00Z`)),
  amount: (v: number) => new Intl.NumberFormat(LOCALE[lang] ?? lang, { style: "currency", currency: "EUR" }).format(v),
});

export function allText(e: Explanation): string[] {
  return [e.bottomLine.statement, ...e.sections.flatMap((s) => s.statements)]
    .filter((s) => !s.quote)
    .map((s) => s.text);
}

export function scoreLetter(letter: CorpusLetter): LetterScore {
  const e = explainCorpusLetter(letter);
  const lang = e.uiLang;
  const exp = letter.expected;
  const misses: string[] = [];
  const section = (id: string) => e.sections.find((s) => s.id === id)?.statements.filter((s) => !s.quote) ?? [];
  const dateOf = (iso: string) => formatters(lang).date(iso);
  const amountOf = formatters(lang).amount;

  // Dated deadlines: the date appears in a statement of "what to do", "by when" or "disagree".
  const dated = exp.deadlines.filter((d) => d.date);
  const deadlineTexts = [...section("actions"), ...section("deadlines"), ...section("appeal")].map((s) => s.text);
  let datedStated = 0;
  for (const d of dated) {
    if (deadlineTexts.some((x) => x.includes(dateOf(d.date as string)))) datedStated++;
    else misses.push(`deadline ${d.date} (${d.purpose})`);
  }

  // Amounts with their role: one per distinct value and role.
  const seen = new Set<string>();
  let amountsExpected = 0;
  let amountsRight = 0;
  const actions = section("actions").map((s) => s.text);
  const amounts = section("amounts").map((s) => s.text);
  for (const a of exp.amounts) {
    const key = `${a.value} ${a.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    amountsExpected++;
    const shown = amountOf(a.value);
    const ok =
      a.role === "to-pay"
        ? actions.some((x) => x.includes(shown))
        : amounts.includes(
            t(lang, "explanation.money.role", { role: ROLE_KEY[a.role as AmountRole] ?? "info", amount: shown }),
          );
    if (ok) amountsRight++;
    else misses.push(`amount ${a.value} as ${a.role}`);
  }

  // The appeal part: route named, and the term (its date, or the rule) when the letter gives one.
  const appeal = section("appeal").map((s) => s.text);
  let appealRight: boolean;
  if (exp.appeal.present) {
    const route = exp.appeal.route;
    // The route as the explanation names it, taken out of its sentence; it must name the same body (one name
    // contains the other, as in the quality bench).
    const [before, after] = t(lang, "explanation.appealRoute", { route: "\u0000" }).split("\u0000") as [string, string];
    const said = appeal
      .filter((x) => x.startsWith(before) && x.endsWith(after))
      .map((x) => norm(x.slice(before.length, x.length - after.length)));
    const routeOk = !route || said.some((r) => !!r && (norm(route).includes(r) || r.includes(norm(route))));
    const expected = exp.deadlines.find((d) => d.purpose === "appeal");
    const termOk =
      !exp.appeal.deadlineText ||
      (expected?.date
        ? appeal.some((x) => x.includes(dateOf(expected.date as string)))
        : expected?.term
          ? appeal.some(
              (x) =>
                x.includes(
                  t(lang, "explanation.term", {
                    n: expected.term?.n ?? 0,
                    unit: expected.term?.unit === "working-days" ? "workingDays" : (expected.term?.unit ?? "days"),
                  }),
                ) && !/\d{4}/.test(x),
            )
          : appeal.length > 1);
    appealRight = routeOk && termOk;
    if (!routeOk) misses.push(`appeal route ${route}`);
    if (!termOk) misses.push(`appeal term ${exp.appeal.deadlineText}`);
  } else {
    appealRight = !appeal.includes(t(lang, "explanation.appealYes"));
    if (!appealRight) misses.push("appeal stated but the letter names none");
  }
  return {
    id: letter.id,
    lang,
    explanation: e,
    speech: speechScripts(e),
    datedExpected: dated.length,
    datedStated,
    amountsExpected,
    amountsRight,
    appealRight,
    misses,
  };
}

export interface ExplanationFigures {
  letters: number;
  dated: [number, number];
  amounts: [number, number];
  appeal: [number, number];
  essentialWords: { median: number; max: number; over140: number };
}

export function figures(scores: readonly LetterScore[]): ExplanationFigures {
  const sum = (f: (s: LetterScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const words = scores.map((s) => s.speech.essentials.words).sort((a, b) => a - b);
  return {
    letters: scores.length,
    dated: [sum((s) => s.datedStated), sum((s) => s.datedExpected)],
    amounts: [sum((s) => s.amountsRight), sum((s) => s.amountsExpected)],
    appeal: [sum((s) => (s.appealRight ? 1 : 0)), scores.length],
    essentialWords: {
      median: words[Math.floor(words.length / 2)] ?? 0,
      max: words.at(-1) ?? 0,
      over140: words.filter((w) => w > 140).length,
    },
  };
}

export function formatFigures(f: ExplanationFigures): string {
  const pct = ([a, b]: [number, number]) => `${b ? ((100 * a) / b).toFixed(0) : "–"}% (${a}/${b})`;
  return [
    `explanation on ${f.letters} corpus letters:`,
    `  dated deadlines stated with the right date: ${pct(f.dated)}`,
    `  amounts with the right role:               ${pct(f.amounts)}`,
    `  "what if you disagree" right:              ${pct(f.appeal)}`,
    `  essentials script words: median ${f.essentialWords.median}, max ${f.essentialWords.max}, over 140: ${f.essentialWords.over140}`,
  ].join("\n");
}
