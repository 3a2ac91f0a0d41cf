/**
 * The printout of an explanation: pug → self-contained HTML (fonts, styles and pictograms inline) → A4 PDF in the
 * warm browser pool. Long words get soft hyphens so nothing runs off the page in 16 pt.
 * Page 1 holds the essentials (essentials.ts); the hard words and the letter with explanations in place are printed
 * only when asked for (`words`, `letter`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import QRCode from "qrcode";
import { hyphenate } from "../analysis/syllables.ts";
import { type Explanation, evidenceId } from "../explanation/build.ts";
import { texts } from "../i18n/catalogue.ts";
import { isLetterLanguage } from "../languages.ts";
import { svgMarkup } from "../pictograms/catalogue.ts";
import { essentialsOf } from "./essentials.ts";
import { baseCss } from "./fonts.ts";
import { type PdfOptions, renderPdfBody } from "./pdf.ts";
import { PUBLIC_DIR, renderView } from "./views.ts";

let printCss: string | null = null;

const LONG_WORD = /\p{L}{10,}/gu;

function softHyphenate(text: string, lang: string): string {
  // Hyphenation patterns exist for the letter languages; other scripts and languages wrap at spaces.
  if (!isLetterLanguage(lang)) return text;
  return text.replace(LONG_WORD, (word) => hyphenate(word, lang, 10));
}

/** A copy of the explanation with soft hyphens in every visible text. */
function hyphenated(e: Explanation): Explanation {
  return {
    ...e,
    sections: e.sections.map((s) => ({
      ...s,
      statements: s.statements.map((st) => ({
        ...st,
        text: softHyphenate(st.text, st.quote ? e.letterLang : e.uiLang),
      })),
    })),
    hardWords: e.hardWords.map((w) => ({ ...w, explanation: softHyphenate(w.explanation, w.explanationLang) })),
  };
}

export interface PrintOptions {
  audioUrl?: string;
  printedOn: string;
  /** Also print the hard words (a page of its own). */
  words?: boolean;
  /** Also print the letter with the explanations in place (from a new page). */
  letter?: boolean;
}

async function printLocals(explanation: Explanation, options: PrintOptions): Promise<Record<string, unknown>> {
  const lang = explanation.uiLang;
  const qrSvg = options.audioUrl
    ? (await QRCode.toString(options.audioUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" })).replace(
        "<svg ",
        `<svg role="img" aria-label="${texts(lang, "pages").qrLabel}" `,
      )
    : undefined;
  const shown = hyphenated(explanation);
  return {
    t: texts(lang, "pages"),
    o: texts(lang, "outputs"),
    explanation: shown,
    essentials: essentialsOf(shown),
    words: options.words === true,
    letter: options.letter === true,
    uiLang: lang,
    letterLang: explanation.letterLang,
    css: css(),
    pictogram: (id: string) => svgMarkup(id, { lang }),
    evidenceId,
    qrSvg,
    printedOn: new Intl.DateTimeFormat(texts(lang, "pages").htmlLang, { dateStyle: "long" }).format(
      new Date(`${options.printedOn}T12:00:00Z`),
    ),
  };
}

/** The fonts and the print styles: one string, the same for every printout (a warm page keeps it loaded). */
function css(): string {
  printCss ??= `${baseCss()}\n${readFileSync(join(PUBLIC_DIR, "css", "print.css"), "utf8")}`;
  return printCss;
}

/** The whole printout as one self-contained HTML document (what the PDF shows; also checked with axe-core). */
export async function printHtml(explanation: Explanation, options: PrintOptions): Promise<string> {
  return renderView("letters/print", await printLocals(explanation, options));
}

export async function printPdf(explanation: Explanation, options: PrintOptions & { pool?: PdfOptions["pool"] }) {
  const locals = await printLocals(explanation, options);
  const t = texts(explanation.uiLang, "pages");
  return renderPdfBody(
    { css: css(), body: renderView("letters/print-body", locals), bodyClass: `script-${t.script}`, dir: t.dir },
    { title: explanation.title, lang: t.htmlLang, pool: options.pool },
  );
}
