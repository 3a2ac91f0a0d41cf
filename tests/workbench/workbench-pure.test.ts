/** The pure parts of the workbench: applying suggestions, naming and filtering findings, marks, comparison, CSV. */
import { describe, expect, it } from "vitest";
import type { Finding } from "../../src/analysis/types.ts";
import { auditCsv, auditLetter, buildReport, csvCell } from "../../src/workbench/audit.ts";
import { compareVersions, summarizeVersion } from "../../src/workbench/compare.ts";
import { paragraphsOf } from "../../src/workbench/docx.ts";
import {
  applySuggestion,
  EditError,
  filterFindings,
  findingKey,
  keptSpans,
  keyFindings,
  parseFindingKey,
} from "../../src/workbench/edit.ts";
import { markTree } from "../../src/workbench/marks.ts";
import { mergeLexicons } from "../../src/workbench/merge.ts";
import { parseEditorForm, parseIgnored } from "../../src/workbench/view.ts";
import { realAnalyzer } from "../helpers/analyzer.ts";
import { APPEAL_SENTENCE, SHORT_LETTER } from "./letters.ts";

const f = (rule: Finding["rule"], text: string, start: number, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: "warning",
  start,
  end: start + text.length,
  text,
  messageId: "jargon",
  data: {},
  expected: [],
  message: "",
  ...extra,
});

describe("applySuggestion", () => {
  it("replaces the span and says how far later offsets moved", () => {
    const text = "Uw aanvraag is inzake uw huur.";
    expect(applySuggestion(text, f("jargon", "inzake", 15, { suggestion: "over" }))).toEqual({
      text: "Uw aanvraag is over uw huur.",
      shift: -2,
    });
    expect(applySuggestion(text, f("jargon", "aanvraag", 3, { suggestion: "vraag om hulp" })).shift).toBe(5);
  });

  it("refuses a finding without suggestion and one whose text changed", () => {
    expect(() => applySuggestion("abc", f("jargon", "abc", 0))).toThrow(EditError);
    expect(() => applySuggestion("xyz def", f("jargon", "abc", 0, { suggestion: "q" }))).toThrow(/changed/);
    expect(() => applySuggestion("ab", f("jargon", "abc", 0, { suggestion: "q" }))).toThrow(EditError);
  });

  it("applies every suggestion of a real letter, one after the other, without breaking the text", () => {
    const analyzer = realAnalyzer();
    let text = SHORT_LETTER;
    for (let round = 0; round < 10; round++) {
      const next = analyzer.analyze(text, { lang: "nl" }).findings.find((x) => x.suggestion !== undefined);
      if (!next) break;
      const { text: edited, shift } = applySuggestion(text, next);
      expect(edited.length - text.length).toBe(shift);
      expect(edited.slice(next.start, next.start + (next.suggestion ?? "").length)).toBe(next.suggestion);
      text = edited;
    }
    expect(text).not.toContain("Betreft");
    expect(text).toContain("Over:");
  });
});

describe("finding keys, ignore and do-not-simplify", () => {
  const text = "De aanvraag en de aanvraag. Het Bijzonder Comité voor de Sociale Dienst beslist.";
  const findings = [
    f("jargon", "aanvraag", 3, { termId: "aanvraag" }),
    f("jargon", "aanvraag", 18, { termId: "aanvraag" }),
    f("jargon", "Bijzonder Comité voor de Sociale Dienst", 32, { termId: "bijzonder-comite-sociale-dienst" }),
    f("uncommon-word", "Comité", 42),
    f("long-sentence", text.slice(28), 28),
  ];

  it("names each finding by rule, text and occurrence", () => {
    const keyed = keyFindings(findings);
    expect(keyed.filter((k) => k.text === "aanvraag").map((k) => k.key)).toEqual([
      "jargon|0|aanvraag",
      "jargon|1|aanvraag",
    ]);
    expect(parseFindingKey(findingKey({ rule: "tone", text: "a|b", occurrence: 3 }))).toEqual({
      rule: "tone",
      text: "a|b",
      occurrence: 3,
    });
    expect(parseFindingKey("nonsense")).toBeUndefined();
  });

  it("drops an ignored occurrence only", () => {
    const out = filterFindings(text, findings, { ignored: ["jargon|1|aanvraag"] });
    expect(out.ignored).toBe(1);
    expect(out.findings.filter((x) => x.text === "aanvraag").map((x) => x.start)).toEqual([3]);
  });

  it("drops findings inside a kept name, and every finding of a kept entry, but keeps a sentence around it", () => {
    const byText = filterFindings(text, findings, { keep: [{ text: "bijzonder comité  voor de sociale dienst" }] });
    expect(byText.kept).toBe(2);
    expect(byText.findings.map((x) => x.rule)).toEqual(["jargon", "jargon", "long-sentence"]);
    const byId = filterFindings(text, findings, { keep: [{ text: "OCMW-raad", termId: "aanvraag" }] });
    expect(byId.findings.some((x) => x.termId === "aanvraag")).toBe(false);
    expect(keptSpans("OCMWs en OCMW.", [{ text: "OCMW" }])).toEqual([{ start: 9, end: 13 }]);
  });
});

describe("markTree", () => {
  it("nests words in a sentence, labels a crossing finding, and keeps every character once", () => {
    const text = "Aaa bbb ccc. Ddd.";
    const keyed = keyFindings([
      f("long-sentence", "Aaa bbb ccc.", 0),
      f("jargon", "bbb", 4),
      f("passive", "ccc. Ddd", 8),
    ]);
    const tree = markTree(text, keyed);
    expect(tree[0]).toMatchObject({ type: "region", index: 0 });
    const region = tree[0] as Extract<(typeof tree)[number], { type: "region" }>;
    expect(region.children.map((n) => n.type)).toEqual(["text", "mark", "text", "label", "text"]);
    const flat = (nodes: typeof tree): string =>
      nodes
        .map((n) => (n.type === "text" || n.type === "mark" ? n.text : n.type === "region" ? flat(n.children) : ""))
        .join("");
    expect(flat(tree)).toBe(text);
  });
});

describe("before/after and the editor form", () => {
  it("compares two versions of a letter: counts per kind and the checklist", () => {
    const analyzer = realAnalyzer();
    const before = summarizeVersion(analyzer.analyze(SHORT_LETTER, { lang: "nl" }));
    const after = summarizeVersion(
      analyzer.analyze(SHORT_LETTER.replace("Betreft", "Over") + APPEAL_SENTENCE, { lang: "nl" }),
    );
    const rows = compareVersions(before, after);
    expect(rows.find((r) => r.id === "checklist")).toMatchObject({ difference: "+1", trend: "better" });
    expect(rows.find((r) => r.id === "kind-jargon")?.before).toBe(String(before.counts.jargon));
    expect(rows.find((r) => r.id === "cefr")?.difference).toBe("");
    expect(before.missing).toContain("appeal");
    expect(after.missing).not.toContain("appeal");
  });

  it("reads the form's action, language and ignored keys", () => {
    expect(parseEditorForm({ do: "apply:jargon|0|inzake", text: "a\r\nb", lang: "fr" })).toMatchObject({
      action: { type: "apply", key: "jargon|0|inzake" },
      text: "a\nb",
      lang: "fr",
    });
    expect(parseEditorForm({ do: "export:docx" }).action).toEqual({ type: "export", format: "docx" });
    expect(parseEditorForm({ do: "export:exe" }).action).toEqual({ type: "analyze" });
    expect(parseIgnored('["a", 3, "b"]')).toEqual(["a", "b"]);
    expect(parseIgnored("{broken")).toEqual([]);
  });

  it("splits a letter into paragraphs with their lines for the Word file", () => {
    expect(paragraphsOf("Titel\n\nRegel 1\nRegel 2  \n\n\n\nSlot")).toEqual([
      ["Titel"],
      ["Regel 1", "Regel 2"],
      ["Slot"],
    ]);
  });

  it("lets an organisation entry replace a shared one with the same id", () => {
    const shared = { nl: [{ id: "a", term: "a" }], fr: [], de: [], en: [] } as never;
    const merged = mergeLexicons(shared, { nl: [{ id: "a", term: "b" }], fr: [], de: [], en: [] } as never);
    expect(merged.nl.map((e) => e.term)).toEqual(["b"]);
  });
});

describe("audit rows and CSV", () => {
  it("summarises a letter and writes CSV that spreadsheets do not execute", () => {
    const analysis = realAnalyzer().analyze(SHORT_LETTER, { lang: "nl" });
    const letter = auditLetter("a/brief.txt", analysis, analysis.findings, (id) =>
      id === "dossiernummer" ? "dossiernummer" : undefined,
    );
    expect(letter.counts.jargon).toBeGreaterThan(0);
    expect(letter.missing).toContain("appeal");
    expect(letter.topJargon[0]?.count).toBeGreaterThanOrEqual(1);
    const report = buildReport([letter], [{ file: "b.pdf", reason: "corrupt", detail: "kapot" }]);
    const lines = auditCsv(report).trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[1]?.startsWith("a/brief.txt,nl,")).toBe(true);
    expect(lines[2]?.startsWith("TOTAL,")).toBe(true);
    expect(lines[3]).toMatch(/^b\.pdf,.*,corrupt: kapot$/);
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
  });
});
