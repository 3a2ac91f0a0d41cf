import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { VISITOR_CODES } from "../../src/languages.ts";
import {
  altText,
  getPictogram,
  hasPictogram,
  listPictograms,
  loadCatalogue,
  PICTOGRAM_DIR,
  svgMarkup,
} from "../../src/pictograms/catalogue.ts";

// Read the file directly too, so a loader bug cannot hide an entry.
const raw = JSON.parse(readFileSync(join(PICTOGRAM_DIR, "catalogue.json"), "utf8")) as {
  pictograms: { id: string; alt: Record<string, string> }[];
};

describe("pictogram catalogue", () => {
  it("loads every entry of catalogue.json", () => {
    expect(listPictograms().map((p) => p.id)).toEqual(raw.pictograms.map((p) => p.id));
  });

  it.each(raw.pictograms.map((p) => p.id))(
    "%s has an SVG file with a viewBox and its own alt text in every visitor language",
    (id) => {
      const file = join(PICTOGRAM_DIR, "svg", `${id}.svg`);
      expect(existsSync(file)).toBe(true);
      expect(readFileSync(file, "utf8")).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" viewBox="0 0 32 32">/);
      const entry = raw.pictograms.find((p) => p.id === id);
      expect(Object.keys(entry?.alt ?? {}).sort()).toEqual([...VISITOR_CODES].sort());
      for (const lang of VISITOR_CODES) expect(altText(id, lang).trim().length).toBeGreaterThan(0);
    },
  );

  it("has a licence file that names Microsoft and the MIT licence", () => {
    const licence = readFileSync(join(PICTOGRAM_DIR, "LICENSE.md"), "utf8");
    expect(licence).toContain("Copyright (c) Microsoft Corporation.");
    expect(licence).toContain("Permission is hereby granted, free of charge");
    expect(licence).toMatch(/@iconify-json\/fluent-emoji-flat` version \d+\.\d+\.\d+/);
  });

  it("answers lookups", () => {
    expect(hasPictogram("money")).toBe(true);
    expect(hasPictogram("no-such-thing")).toBe(false);
    expect(getPictogram("money")).toEqual({
      id: "money",
      icon: "money-bag",
      alt: { nl: "Geld", fr: "Argent", de: "Geld", en: "Money", ar: "مال", tr: "Para", uk: "Гроші" },
    });
    expect(altText("deadline", "fr")).toBe("Date limite");
    expect(altText("deadline", "tr")).toBe("Son tarih");
    expect(() => getPictogram("no-such-thing")).toThrow('unknown pictogram "no-such-thing"');
  });

  it("gives accessible inline SVG with an escaped title", () => {
    const svg = svgMarkup("appeal", { lang: "fr" });
    expect(svg).toMatch(/^<svg [^>]*role="img"/);
    expect(svg).toContain('aria-label="Pas d\'accord"');
    expect(svg).toContain('lang="fr"');
    expect(svg).toContain("<title>Pas d'accord</title>");
    expect(svg).toContain('viewBox="0 0 32 32"');
    // Arabic and Ukrainian read their own label, in their own voice.
    expect(svgMarkup("help", { lang: "ar" })).toContain('aria-label="مساعدة" lang="ar"');
    expect(svgMarkup("help", { lang: "uk" })).toContain("<title>Допомога</title>");
    expect(svgMarkup("money", { lang: "nl", title: 'Geld <"terug">' })).toContain(
      "<title>Geld &lt;&quot;terug&quot;&gt;</title>",
    );
  });

  it("keeps ids unique when the same pictogram is on a page twice", () => {
    const ids = [svgMarkup("inbox", { lang: "nl" }), svgMarkup("inbox", { lang: "nl" })].flatMap((svg) =>
      [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]),
    );
    expect(ids.length).toBe(2);
    expect(new Set(ids).size).toBe(2);
    for (const id of ids) expect(svgMarkup("inbox", { lang: "nl" })).not.toContain(`"${id}"`);
  });
});

describe("loadCatalogue errors", () => {
  const withCatalogue = (catalogue: unknown, svgs: string[] = []) => {
    const dir = mkdtempSync(join(tmpdir(), "klaar-pictograms-"));
    mkdirSync(join(dir, "svg"));
    writeFileSync(join(dir, "catalogue.json"), JSON.stringify(catalogue));
    for (const id of svgs) writeFileSync(join(dir, "svg", `${id}.svg`), '<svg viewBox="0 0 32 32"></svg>');
    return dir;
  };
  const alt = { nl: "Geld", fr: "Argent", de: "Geld", en: "Money", ar: "مال", tr: "Para", uk: "Гроші" };
  const good = { id: "money", icon: "money-bag", alt };

  it("names the file, the entry and the field", () => {
    const dir = withCatalogue({ pictograms: [good, { ...good, id: "bank", alt: { nl: "Bank", fr: "Banque" } }] }, [
      "money",
      "bank",
    ]);
    try {
      expect(() => loadCatalogue(dir)).toThrow(/catalogue\.json: entry 2 \("bank"\): alt\.de: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses an entry without a label in a visitor language (Arabic, Turkish, Ukrainian too)", () => {
    const { uk: _, ...withoutUkrainian } = alt;
    const dir = withCatalogue({ pictograms: [good, { ...good, id: "bank", alt: withoutUkrainian }] }, [
      "money",
      "bank",
    ]);
    try {
      expect(() => loadCatalogue(dir)).toThrow(/entry 2 \("bank"\): alt\.uk: /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds double ids and missing SVG files", () => {
    const double = withCatalogue({ pictograms: [good, good] }, ["money"]);
    const missing = withCatalogue({ pictograms: [good] });
    try {
      expect(() => loadCatalogue(double)).toThrow('entry 2 ("money"): the id is used twice');
      expect(() => loadCatalogue(missing)).toThrow(/entry 1 \("money"\): svg\/money\.svg is missing/);
    } finally {
      rmSync(double, { recursive: true, force: true });
      rmSync(missing, { recursive: true, force: true });
    }
  });
});
