/** Builds SSML for a spoken summary: one paragraph per part, heading first, a pause between parts. */
import { visitorLanguage } from "../languages.ts";

export interface SpokenPart {
  heading: string;
  sentences: string[];
}

/** The pause between parts: long enough to hear that a new topic starts. */
const PAUSE = '<break time="600ms"/>';

export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const sentence = (text: string) => `<s>${escapeXml(text.trim())}</s>`;

export function toSsml(parts: SpokenPart[], lang: string): string {
  const paragraphs = parts.map((part) =>
    [part.heading, ...part.sentences]
      .filter((text) => text.trim() !== "")
      .map(sentence)
      .join(""),
  );
  return (
    `<speak version="1.1" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${visitorLanguage(lang).locale}">` +
    paragraphs
      .filter((p) => p !== "")
      .map((p) => `<p>${p}</p>`)
      .join(PAUSE) +
    "</speak>"
  );
}
