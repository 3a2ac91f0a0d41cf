/**
 * OCR with the Debian `tesseract` command (tesseract-ocr 5 with the nld, fra, deu, eng and osd models). The image goes
 * in on stdin and the result comes out on stdout: nothing is written to disk, nothing is put in argv, and the event
 * loop never waits for it (a child process). One page per call, single-threaded (OMP_THREAD_LIMIT=1): parallelism
 * comes from the OCR pool, which runs at most a few pages at once.
 */
import { pipeThroughCommand } from "../util/pipe.ts";
import type { OcrEngine, OcrLang, OcrOptions, OcrResult, OcrWord } from "./engine.ts";

export const TESSERACT_LANGS: Record<OcrLang, string> = {
  nl: "nld",
  fr: "fra",
  de: "deu",
  en: "eng",
  auto: "nld+fra+deu+eng",
};

export interface TesseractOptions {
  /** Time limit per page. */
  timeoutMs?: number;
  /** Page segmentation mode: 3 = fully automatic without orientation detection (the default), 1 = with OSD. */
  psm?: number;
  command?: string;
}

const ENV = { OMP_THREAD_LIMIT: "1" };

export function createTesseractEngine(options: TesseractOptions = {}): OcrEngine {
  const command = options.command ?? "tesseract";
  const timeoutMs = options.timeoutMs ?? 120_000;
  const psm = String(options.psm ?? 3);
  return {
    async recognize(image: Buffer, opts: OcrOptions): Promise<OcrResult> {
      const args = ["stdin", "stdout", "-l", TESSERACT_LANGS[opts.lang], "--psm", psm, "--dpi", "300", "tsv"];
      const tsv = await pipeThroughCommand(command, args, image, { timeoutMs, env: ENV, maxOutputBytes: 16 << 20 });
      return parseTsv(tsv.toString("utf8"));
    },
  };
}

/** Orientation of a page in degrees clockwise that the page must be turned by (0, 90, 180, 270), and how sure. */
export async function detectOrientation(
  image: Buffer,
  options: { timeoutMs?: number; command?: string } = {},
): Promise<{ rotate: number; confidence: number }> {
  const out = await pipeThroughCommand(options.command ?? "tesseract", ["stdin", "stdout", "--psm", "0"], image, {
    timeoutMs: options.timeoutMs ?? 30_000,
    env: ENV,
  });
  const text = out.toString("utf8");
  const rotate = Number(/^Rotate:\s*(\d+)/m.exec(text)?.[1] ?? 0);
  const confidence = Number(/^Orientation confidence:\s*([\d.]+)/m.exec(text)?.[1] ?? 0);
  return { rotate, confidence };
}

/**
 * Tesseract's TSV output to text with word offsets. Columns: level, page, block, paragraph, line, word, left, top,
 * width, height, conf, text; level 5 rows are words. A new block or paragraph starts after an empty line, a new line
 * after a line break, a word after a space. A line whose next line's first word would not have fit behind it was
 * wrapped by the printer, not by the writer: it is joined to the next with a space (same length, so offsets stay), so
 * that "rekeningnummer BE15⏎0689 …" or "15⏎maart 2026" read as one fact, when the next line starts with a lower-case
 * letter, a digit or an amount. Other lines (addresses, tables, headings) keep their line break.
 */
export function parseTsv(tsv: string): OcrResult {
  let text = "";
  const words: OcrWord[] = [];
  let last: { block: string; par: string; line: string; page: string } | undefined;
  /** Per line break inside a paragraph: its offset and the right edge of the line before it. */
  const breaks: { at: number; right: number; next: number; first: string }[] = [];
  let lineRight = 0;
  let pageRight = 0;
  for (const row of tsv.split("\n")) {
    const cols = row.split("\t");
    if (cols[0] !== "5" || cols.length < 12) continue;
    const word = cols.slice(11).join("\t").trim();
    if (!word) continue;
    const [, page = "", block = "", par = "", line = ""] = cols;
    const width = Number(cols[8]);
    const right = Number(cols[6]) + width;
    const confidence = Math.max(0, Math.min(100, Number(cols[10])));
    if (last) {
      if (last.page !== page || last.block !== block || last.par !== par) text += "\n\n";
      else if (last.line !== line) {
        // The space before a word is about a quarter of the line height.
        breaks.push({ at: text.length, right: lineRight, next: width + Number(cols[9]) * 0.25, first: word });
        text += "\n";
      } else text += " ";
      if (last.line !== line || last.par !== par || last.block !== block) lineRight = 0;
    }
    last = { page, block, par, line };
    if (Number.isFinite(right)) {
      lineRight = Math.max(lineRight, right);
      pageRight = Math.max(pageRight, right);
    }
    const start = text.length;
    text += word;
    words.push({
      text: word,
      confidence: Number.isFinite(confidence) ? Math.round(confidence * 10) / 10 : 0,
      start,
      end: text.length,
    });
  }
  // A capital after the break may start a new table row or heading: only a lower-case word, a number or an amount
  // continues the line before it.
  const wrapped = breaks.filter(
    (b) => pageRight > 0 && b.right + b.next > pageRight && /^[\p{Ll}\d€+(]/u.test(b.first),
  );
  if (wrapped.length) {
    // Offsets are UTF-16; "\n" is one unit, so replacing it by a space keeps every offset.
    let out = text;
    for (const b of wrapped) out = `${out.slice(0, b.at)} ${out.slice(b.at + 1)}`;
    text = out;
  }
  const meanConfidence = words.length ? words.reduce((sum, w) => sum + w.confidence, 0) / words.length : 0;
  return { text, words, meanConfidence: Math.round(meanConfidence * 10) / 10 };
}
