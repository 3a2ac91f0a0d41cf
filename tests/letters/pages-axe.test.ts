/**
 * The accessibility gate for letter pages: the screen version and the print HTML of every test letter, in real
 * Chromium with axe-core (WCAG 2.2 AA + best practice), plus enhanced contrast (7:1). The pages share one template,
 * so the visitor languages rotate over the letters (every letter once, every visitor language — Arabic right to left
 * included — on at least one) instead of multiplying them; the form runs in every language.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadCorpus } from "../../bench/corpus.ts";
import { VISITOR_CODES } from "../../src/languages.ts";
import { printHtml } from "../../src/render/letter-print.ts";
import { type AxeUrlSession, axeUrlSession, checkAxe, formatViolations } from "../helpers/axe.ts";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
/** The screens are loaded from the server in one kept page; the print HTML is rendered as letters are. */
let session: AxeUrlSession;
let checked = 0;
beforeAll(async () => {
  server = await startServer({}, { today: () => "2026-03-20" });
  session = axeUrlSession(server.services.browserPool, server.url);
}, 60_000);
afterAll(async () => {
  console.log(`axe: ${checked} letter pages checked`);
  await session.close();
  await server.close();
});

// color-contrast-enhanced is the 7:1 rule (a WCAG AAA rule): body text must reach it.
const AXE = { extraTags: ["wcag2aaa"], pool: undefined };

const cases = fixtureLetters().map((letter, i) => ({
  name: letter.name,
  text: letter.text,
  uiLang: VISITOR_CODES[i % VISITOR_CODES.length] as string,
}));

describe("letter pages pass axe-core", () => {
  it("the gate itself fails on text below 7:1", async () => {
    const grey =
      '<html lang="nl"><head><title>t</title></head><body><main><h1>Brief</h1><p style="color:#666">Grijze tekst.</p></main></body></html>';
    const results = await checkAxe(grey, { ...AXE, pool: server.services.browserPool });
    expect(results.violations.map((v) => v.id)).toEqual(["color-contrast-enhanced"]);
  });

  it.each(cases)(
    "$name with $uiLang headings: screen and print",
    async ({ text, uiLang }) => {
      const { id, letter } = await server.services.letters.explain({ text, uiLang });
      const screen = await session.check(`${server.url}/letters/${id}`, { ...AXE, pool: server.services.browserPool });
      expect(screen.violations, formatViolations(screen)).toEqual([]);
      const print = await checkAxe(await printHtml(letter.explanation, { printedOn: "2026-03-20" }), {
        ...AXE,
        pool: server.services.browserPool,
      });
      expect(print.violations, formatViolations(print)).toEqual([]);
      checked += 2;
    },
    60_000,
  );

  // Corpus letters with a term from notification: the receipt-date form, before and after the answer.
  const corpus = loadCorpus().filter((l) =>
    ["nl/ocmw-leefloon-refusal-antwerpen", "fr/cpas-advance-recovery-charleroi"].includes(l.id),
  );
  it.each(corpus.map((l) => [l.id, l] as const))(
    "%s: the letter screen with the receipt question, asked and answered",
    async (_id, letter) => {
      const { id } = await server.services.letters.explain({ text: letter.text, uiLang: letter.lang });
      const asked = await session.check(`${server.url}/letters/${id}`, { ...AXE, pool: server.services.browserPool });
      expect(asked.violations, formatViolations(asked)).toEqual([]);
      await server.services.letters.answerReceipt(id, { kind: "date", date: "2026-03-16" });
      const answered = await session.check(`${server.url}/letters/${id}`, {
        ...AXE,
        pool: server.services.browserPool,
      });
      expect(answered.violations, formatViolations(answered)).toEqual([]);
      checked += 2;
    },
    120_000,
  );

  it("the form to explain a letter and the not-found page", async () => {
    for (const lang of VISITOR_CODES) {
      const form = await session.check(`${server.url}/letters/new?lang=${lang}`, {
        ...AXE,
        pool: server.services.browserPool,
      });
      expect(form.violations, formatViolations(form)).toEqual([]);
    }
    checked += VISITOR_CODES.length;
  }, 60_000);
});
