/** The edited letter as a Word file: a title, then one paragraph per block of text (line breaks kept). */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from "docx";

/** Blocks of text separated by empty lines, each as its lines. Pure. */
export function paragraphsOf(text: string): string[][] {
  return text
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n+/)
    .map((block) => block.split("\n").map((line) => line.replace(/\s+$/, "")))
    .filter((lines) => lines.some((line) => line.trim() !== ""));
}

export async function letterDocx(title: string, text: string, lang: string): Promise<Buffer> {
  const doc = new Document({
    creator: "Klaar",
    title,
    styles: { default: { document: { run: { font: "Arial", size: 24 } } } },
    sections: [
      {
        children: [
          new Paragraph({
            heading: HeadingLevel.TITLE,
            children: [new TextRun({ text: title, language: { value: lang } })],
          }),
          ...paragraphsOf(text).map(
            (lines) =>
              new Paragraph({
                spacing: { after: 200 },
                children: lines.map(
                  (line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, language: { value: lang } }),
                ),
              }),
          ),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}
