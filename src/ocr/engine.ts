/**
 * What an OCR engine gives back for one page image. The engine behind it (src/ocr/tesseract.ts) runs on this machine:
 * letters are personal data and never go to a cloud service.
 */

export type OcrLang = "nl" | "fr" | "de" | "en" | "auto";

export interface OcrWord {
  text: string;
  /** 0..100, as the engine reports it. */
  confidence: number;
  /** UTF-16 offsets into `OcrResult.text`. */
  start: number;
  end: number;
}

export interface OcrResult {
  /** The recognised text: words joined by spaces, lines by "\n", paragraphs and blocks by "\n\n". */
  text: string;
  words: OcrWord[];
  /** Mean word confidence (0..100), 0 when no word was found. */
  meanConfidence: number;
}

export interface OcrOptions {
  lang: OcrLang;
}

export interface OcrEngine {
  /** Reads one page (a PNG, already prepared by src/ocr/preprocess.ts). */
  recognize(image: Buffer, opts: OcrOptions): Promise<OcrResult>;
}
