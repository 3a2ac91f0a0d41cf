import { describe, expect, it } from "vitest";
import { toSsml } from "../../src/speech/ssml.ts";

/** A tiny well-formedness check: every tag closes in order, and no bare & or < is left in the text. */
function isWellFormed(xml: string): boolean {
  const open: string[] = [];
  for (const match of xml.matchAll(/<(\/?)([a-z]+)((?:\s+[a-z:]+="[^"<&]*")*)\s*(\/?)>/g)) {
    const [, closing, name = "", , selfClosing] = match;
    if (selfClosing) continue;
    if (!closing) open.push(name);
    else if (open.pop() !== name) return false;
  }
  const text = xml.replace(/<[^>]*>/g, "");
  return open.length === 0 && !/&(?!(amp|lt|gt|quot|apos);)/.test(text) && !text.includes("<");
}

describe("toSsml", () => {
  const parts = [
    { heading: "Wat moet u doen?", sentences: ["U betaalt 120 euro.", "Doe dat vóór 16 maart."] },
    { heading: "Vragen?", sentences: ["Bel de <dienst> van Tom & Jerry's."] },
  ];

  it("gives well-formed SSML with the language, paragraphs, sentences and pauses", () => {
    const ssml = toSsml(parts, "nl");
    expect(isWellFormed(ssml)).toBe(true);
    expect(ssml).toMatch(/^<speak version="1\.1" xmlns="http:\/\/www\.w3\.org\/2001\/10\/synthesis" xml:lang="nl-BE">/);
    expect(ssml.match(/<p>/g)).toHaveLength(2);
    expect(ssml.match(/<s>/g)).toHaveLength(5);
    expect(ssml).toContain('</p><break time="600ms"/><p>');
    expect(ssml.match(/<break/g)).toHaveLength(1);
  });

  it("escapes the text", () => {
    const ssml = toSsml(parts, "fr");
    expect(ssml).toContain("<s>Bel de &lt;dienst&gt; van Tom &amp; Jerry&apos;s.</s>");
    expect(ssml).toContain('xml:lang="fr-BE"');
  });

  it("leaves out empty sentences and empty parts", () => {
    const ssml = toSsml(
      [
        { heading: "", sentences: [" "] },
        { heading: "Klaar.", sentences: [] },
      ],
      "en",
    );
    expect(ssml).toBe(
      '<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="en-GB"><p><s>Klaar.</s></p></speak>',
    );
  });

  it("the check itself catches broken XML", () => {
    expect(isWellFormed("<speak><p><s>a</p></s></speak>")).toBe(false);
    expect(isWellFormed("<speak>Tom & Jerry</speak>")).toBe(false);
  });
});
