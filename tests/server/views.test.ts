/** The page templates are compiled right after the start, between requests, so no visitor's first page waits. */
import { describe, expect, it } from "vitest";
import { renderView, warmViews } from "../../src/render/views.ts";

describe("warmViews", () => {
  it("compiles every page template, and each compiles on its own", { timeout: 60_000 }, async () => {
    const { compiled, failed } = await warmViews();
    expect(failed).toEqual([]);
    expect(compiled).toEqual(expect.arrayContaining(["letters/show", "kiosk/letter-result", "error", "display/show"]));
    expect(compiled.some((name) => /layout|mixins|partials\//.test(name))).toBe(false);
    const started = performance.now();
    renderView("error", { t: {}, title: "Niet gevonden", heading: "Niet gevonden", text: "Deze pagina bestaat niet." });
    // Already compiled: rendering a small page is quick.
    expect(performance.now() - started).toBeLessThan(200);
  });
});
