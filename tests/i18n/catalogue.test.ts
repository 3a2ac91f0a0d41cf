import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AREA_KEYS_DIR, renderMessageKeys } from "../../scripts/gen-message-keys.ts";
import { CatalogueError, LOCALES_DIR, loadCatalogue, t, tDynamic } from "../../src/i18n/catalogue.ts";

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CatalogueError);
    return (error as CatalogueError).problems;
  }
  throw new Error("expected a CatalogueError");
}

describe("the message catalogue", () => {
  it("has a generated key type that matches the Dutch files", () => {
    const files = renderMessageKeys();
    for (const [file, text] of files)
      expect(readFileSync(file, "utf8"), `${file}: run \`npx tsx scripts/gen-message-keys.ts\``).toBe(text);
    // No file of an area that is gone.
    expect(readdirSync(AREA_KEYS_DIR).length).toBe(files.size - 1);
  });

  it("formats every message in every language with sample values", () => {
    const { messages, args } = loadCatalogue();
    let count = 0;
    for (const [lang, flat] of messages) {
      for (const key of flat.keys()) {
        const values = Object.fromEntries(
          [...(args.get(key) ?? [])].map(([name, kind]) => [name, kind === "number" ? 2 : "x"]),
        );
        const text = tDynamic(lang, key, values);
        expect(text, `${lang} ${key}`).not.toMatch(/[{}]|undefined/);
        count++;
      }
    }
    expect(count).toBeGreaterThan(1000);
  });

  it("says plurals and optional parts in ICU", () => {
    expect(t("en", "kiosk.peopleBefore", { count: 3 })).toBe("There are 3 people before you.");
    expect(t("en", "kiosk.peopleBefore", { count: 1 })).toBe("There is 1 person before you.");
    expect(t("nl", "kiosk.peopleBefore", { count: 0 })).toBe("U bent als volgende aan de beurt.");
    expect(t("nl", "findings.messages.jargon", { term: "bezwaarschrift" })).toBe(
      "“bezwaarschrift” is een moeilijk woord. Leg het uit.",
    );
    expect(t("nl", "findings.messages.jargon", { term: "thans", alternative: "nu" })).toBe(
      "“thans” is een moeilijk woord. Schrijf liever “nu”.",
    );
    expect(t("fr", "explanation.daysLeft", { days: 1 })).toBe("Encore 1 jour.");
    expect(t("de", "explanation.daysLeft", { days: -2, state: "past" })).toBe("Dieses Datum ist vorbei.");
  });
});

describe("a broken catalogue", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "klaar-locales-"));
    cpSync(LOCALES_DIR, dir, { recursive: true });
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const change = (lang: string, area: string, edit: (data: Record<string, unknown>) => void) => {
    const file = join(dir, lang, `${area}.json`);
    const data = JSON.parse(readFileSync(file, "utf8"));
    edit(data);
    writeFileSync(file, JSON.stringify(data));
  };

  it("names the file and the key of a missing text, an unknown argument and an ICU error", () => {
    change("fr", "kiosk", (d) => {
      delete d.takeTicket;
    });
    change("de", "kiosk", (d) => {
      d.estimatedWait = "Sie warten etwa {minuten} Minuten.";
      d.peopleBefore = "{count, plural, one {Eine Person}";
    });
    change("en", "kiosk", (d) => {
      d.welcomeBack = "Welcome back.";
    });
    expect(problemsOf(() => loadCatalogue(dir))).toEqual([
      expect.stringMatching(/^locales\/de\/kiosk\.json: peopleBefore: not valid ICU MessageFormat/),
      "locales/de/kiosk.json: estimatedWait: unknown argument {minuten} (nl has none)",
      "locales/en/kiosk.json: welcomeBack: unknown key (it is not in nl)",
      "locales/fr/kiosk.json: takeTicket: missing (it is in nl)",
    ]);
  });
});
