/**
 * quickPattern (src/analysis/facts/quick-pattern.ts) rewrites a case-insensitive pattern so that V8 compiles it
 * faster: without the `i` flag (letters as classes of their case variants) and with short bounded repeats as loops.
 * It must match exactly what the pattern with the `i` flag matches: every character, every place, every group.
 */
import { describe, expect, it } from "vitest";
import { LETTER } from "../../../src/analysis/facts/pattern.ts";
import { quickPattern, quickSource } from "../../../src/analysis/facts/quick-pattern.ts";

/** Every character of the Basic Multilingual Plane (without the surrogate halves). */
const BMP = Array.from({ length: 0x10000 }, (_, code) => code)
  .filter((code) => code < 0xd800 || code >= 0xe000)
  .map((code) => String.fromCharCode(code));

const ALL = BMP.join("");
/** The characters of the plane a one-character pattern matches. */
const matched = (re: RegExp) => ALL.match(new RegExp(re.source, `${re.flags.replace("g", "")}g`)) ?? [];

const found = (re: RegExp, text: string) =>
  [...text.matchAll(new RegExp(re.source, `${re.flags.replace("g", "")}g`))].map((m) => ({
    at: m.index,
    text: m[0],
    groups: m.groups,
    numbered: [...m].slice(1),
  }));

describe("quickPattern", () => {
  it("lets a letter match every character the i flag lets it match, and no other", () => {
    const letters = BMP.filter((c) => /\p{L}/u.test(c) && c.charCodeAt(0) < 0x2000);
    for (const c of letters) {
      const source = c.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
      expect(matched(new RegExp(quickSource(source, true))), c).toEqual(matched(new RegExp(source, "i")));
    }
  });

  it("with the u flag, lets a letter match what Unicode case folding matches", () => {
    const letters = BMP.filter((c) => /\p{L}/u.test(c) && c.charCodeAt(0) < 0x250).concat([
      "\u212a",
      "\u212b",
      "\u1e9e",
    ]);
    for (const c of letters) {
      expect(matched(quickPattern(c, "iu")), c).toEqual(matched(new RegExp(c, "iu")));
    }
    for (const source of [`[${LETTER}]`, `[^${LETTER}]`, `[${LETTER}'’]`, "[a-fÀ-Ý]", "[^a-z\\s]"]) {
      expect(matched(quickPattern(source, "iu")), source).toEqual(matched(new RegExp(source, "iu")));
    }
    // A word rewritten for `i` with `u` is not mistaken for one rewritten for `i` alone, nor the other way round.
    expect(quickPattern("ur", "iu").test("UR")).toBe(true);
    expect(quickPattern("uur", "i").test("UUR")).toBe(true);
    expect(quickPattern("uur", "i").test("ur")).toBe(false);
  });

  it("closes the letter class as the i flag does, also when it is negated or holds more", () => {
    for (const source of [
      `[${LETTER}]`,
      `[^${LETTER}]`,
      `[${LETTER}\\d'’]`,
      `[0-9${LETTER}]`,
      "[a-fÀ-Ý]",
      "[^a-z\\s]",
    ]) {
      expect(matched(quickPattern(source, "i")), source).toEqual(matched(new RegExp(source, "i")));
    }
  });

  it("finds the same dates, deadlines and opening hours as the case-insensitive pattern", () => {
    const source = String.raw`(?<![${LETTER}\d])(?:(?:van|du|von|from)[ \t\u00A0]{1,3})?(?<day>maandag|lundi|Montags?|monday)(?:[ \t]?[-–][ \t]?|[ \t\u00A0]{1,3}(?:tot|à|bis|to)[ \t\u00A0]{1,3})(?:vrijdag|vendredi|Freitag|friday)(?:,[ \t]?[ \t]{0,3}(?<from>\d{1,2})(?:[.:hu]\d{2})?(?:[ \t]?(?:uur|u|h|Uhr|am|pm))?(?![${LETTER}\d])){0,3}|(?<d>\d{1,2})(?<sep>[./-])(?<m>\d{1,2})\k<sep>(?<y>\d{4})|binnen(?:[\s\u00A0]{1,3}(?:een|de)[\s\u00A0]{1,3}termijn[\s\u00A0]{1,3}van)?[\s\u00A0]{1,3}(\d{1,3}|dertig|trente|dreißig|thirty)[\s\u00A0]{1,3}(dagen|jours|Tage|days)`;
    const texts = [
      "Open van maandag tot vrijdag, 9 uur, 14 u, 16u30, 18 uur en zaterdag.",
      "DU LUNDI AU VENDREDI, 9H, 14H",
      "Montags – Freitag,   9 Uhr",
      "from Monday to Friday, 9 am, 1 pm, 3 pm, 5 pm",
      "maandag    tot vrijdag, 9 uur",
      "Binnen de termijn van 30 dagen. BINNEN DERTIG DAGEN. binnen\n\n\n\ndertig dagen. binnen\u00a0thirty days",
      "Betaal voor 12.03.2026 of 12/03/2026 maar niet 12.03/2026. Binnen Dreißig Tage, binnen trente JOURS.",
      "ɓmaandag tot vrijdag, 9 uur; ſ binnen 30 dagen; K binnen 30 days; ÉMAANDAG TOT VRIJDAG, 9 UUR",
    ];
    const slow = new RegExp(source, "gi");
    const quick = quickPattern(source, "gi");
    expect(quick.flags).toBe("g");
    for (const text of texts) expect(found(quick, text), text).toEqual(found(slow, text));
    expect(found(quick, texts.join("\n")).length).toBeGreaterThan(10);
  });

  it("writes short bounded repeats as loops and leaves other repeats as they are", () => {
    expect(quickSource("a[ \\t]{1,3}b(?:cd){0,3}\\d{1,2}x{2,8}", false)).toBe(
      "a(?:[ \\t]|(?!)){1,3}b(?:(?:cd)|(?!)){0,3}\\d{1,2}x{2,8}",
    );
  });

  it("refuses what it cannot rewrite exactly", () => {
    expect(() => quickPattern("(a)\\1", "i")).toThrow(/backreference/);
    expect(() => quickPattern("(?<w>ab)\\k<w>", "i")).toThrow(/backreference/);
    expect(() => quickPattern("\\p{L}", "iu")).toThrow(/u and i flags/);
    expect(() => quickPattern("\\bwoord\\b", "iu")).toThrow(/u and i flags/);
    expect(() => quickPattern("[\\w]", "iu")).toThrow(/u flag/);
    expect(() => quickPattern("a", "iv")).toThrow(/v flag/);
  });
});
