import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ KLAAR_MAX_TEXT_CHARS: "5000" });
});
afterAll(() => server.close());

const post = (body: string, headers: Record<string, string> = { "content-type": "application/json" }) =>
  fetch(`${server.url}/api/analyze`, { method: "POST", body, headers });

describe("GET /healthz", () => {
  it("answers ok", async () => {
    const res = await fetch(`${server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });
});

describe("POST /api/analyze", () => {
  it("returns the analysis of a letter", async () => {
    const text =
      "Het OCMW heeft beslist. Uw aanvraag voor een leefloon wordt geweigerd. U moet uiterlijk op 15 april 2026 betalen.";
    const res = await post(JSON.stringify({ text, letterDate: "2026-03-03" }));
    expect(res.status).toBe(200);
    const a = await res.json();
    expect(a.language).toBe("nl");
    expect(a.findings.map((f: { rule: string }) => f.rule)).toContain("passive");
    for (const f of a.findings) expect(text.slice(f.start, f.end)).toBe(f.text);
    expect(a.facts.letterDate).toBe("2026-03-03");
    expect(a.checklist).toHaveLength(10);
    // The deadline says how its date was found, in words, with the data it was put in words from.
    expect(a.facts.deadlines[0]).toMatchObject({
      date: "2026-04-15",
      basis: "Deze datum staat zo in de brief.",
      why: { kind: "written", yearFrom: "written" },
    });
  });

  it("explains a hard word of a Dutch letter in the reader's language when the lexicon has it", async () => {
    const text = "De kosten zijn ten uwen laste. Wij hebben beslist.";
    const res = await post(JSON.stringify({ text, lang: "nl", uiLang: "fr" }));
    const a = await res.json();
    const term = a.findings.find((f: { termId?: string }) => f.termId === "ten-uwen-laste");
    expect(term.explanation).toBe("À votre charge : vous devez payer ou faire cela vous-même.");
    const dutch = await (await post(JSON.stringify({ text, lang: "nl" }))).json();
    expect(dutch.findings.find((f: { termId?: string }) => f.termId === "ten-uwen-laste").explanation).toBe(
      "U moet dit zelf betalen of doen.",
    );
  });

  it("names the missing field, in the visitor's language", async () => {
    const res = await post(JSON.stringify({ lang: "nl" }), {
      "content-type": "application/json",
      "accept-language": "fr-BE,fr;q=0.9",
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toContain("application/problem+json");
    const problem = await res.json();
    expect(problem.field).toBe("text");
    expect(problem.detail).toContain("« text »");
    expect(problem.title).toBe("Il manque quelque chose");
  });

  it("names an invalid field", async () => {
    const res = await post(JSON.stringify({ text: "Hallo daar.", letterDate: "2026-02-31" }));
    expect(res.status).toBe(400);
    expect((await res.json()).field).toBe("letterDate");
    const lang = await post(JSON.stringify({ text: "Hallo daar.", lang: "xx" }));
    expect((await lang.json()).field).toBe("lang");
  });

  it("refuses broken JSON with 400", async () => {
    const res = await post("{ text: ");
    expect(res.status).toBe(400);
    expect((await res.json()).type).toBe("urn:klaar:problem:invalid-json");
  });

  it("refuses text over the limit with 413", async () => {
    const res = await post(JSON.stringify({ text: "woord ".repeat(2000) }), {
      "content-type": "application/json",
      "accept-language": "de",
    });
    expect(res.status).toBe(413);
    expect((await res.json()).title).toBe("Der Text ist zu lang");
  });

  it("refuses anything that is not JSON with 415", async () => {
    const res = await post("text=hallo", { "content-type": "application/x-www-form-urlencoded" });
    expect(res.status).toBe(415);
  });

  it("refuses text without words and binary data with 422", async () => {
    expect((await post(JSON.stringify({ text: "12345 ... !!!" }))).status).toBe(422);
    const binary = await post(JSON.stringify({ text: `\u0000\u0001\u0002PK\u0003\u0004${"\u0000".repeat(50)}` }));
    expect(binary.status).toBe(422);
    expect((await binary.json()).type).toBe("urn:klaar:problem:binary");
  });

  it("answers unknown paths with a 404 problem, never a stack trace", async () => {
    const res = await fetch(`${server.url}/nope`, { headers: { "accept-language": "en" } });
    expect(res.status).toBe(404);
    const text = await res.text();
    expect(text).toContain("Go back to the start");
    expect(text).not.toMatch(/at .*\.ts:\d+/);
  });
});
