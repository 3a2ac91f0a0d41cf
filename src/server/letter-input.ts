/**
 * What a person sends to be explained: JSON `{text, lang?, letterDate?, uiLang?}`, or a form / multipart upload with a
 * text field or a .txt, .pdf or .docx file — or, with an OCR reader, a photo or scan (src/ocr/). Turns every failure
 * into the Problem a person should see.
 */
import type { NextFunction, Request, Response } from "express";
import multer from "multer";
import type { Language } from "../analysis/types.ts";
import { EXTRACT_PROBLEMS } from "../i18n/problems.ts";
import { isLetterLanguage, negotiateVisitorLanguage } from "../languages.ts";
import type { ExplainInput } from "../letters/service.ts";
import { ocrSummary, type ScanReader } from "../ocr/read.ts";
import { ExtractError, extractLetter } from "../text/extract.ts";
import { parseAnalyzeRequest } from "./analyze-request.ts";
import { Problem } from "./problem.ts";

/** Answers 503 with Retry-After before the body is read when the analysis pool would refuse the job anyway. */
export function refuseWhenFull(pool: { readonly full: boolean }) {
  return (_req: Request, _res: Response, next: NextFunction) =>
    next(pool.full ? new Problem("busy", {}, 5) : undefined);
}

export function uploadMiddleware(maxBytes: number) {
  const upload = multer({
    storage: multer.memoryStorage(),
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: maxBytes },
  });
  return upload.single("file");
}

/** The explain input from a parsed request (JSON body, or multer's body and file). */
export async function readLetterInput(
  req: Request,
  maxChars: number,
  options: { ocr?: ScanReader } = {},
): Promise<ExplainInput> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const fallbackLang = negotiateVisitorLanguage(req.headers["accept-language"]);
  if (req.is("application/json")) {
    const parsed = parseAnalyzeRequest(body, maxChars);
    return {
      text: parsed.text,
      lang: parsed.lang as Language | undefined,
      letterDate: parsed.letterDate,
      uiLang: parsed.uiLang ?? fallbackLang,
    };
  }
  let text = typeof body.text === "string" ? body.text : "";
  let ocr: ExplainInput["ocr"];
  if (req.file && req.file.size > 0) {
    try {
      const extracted = await extractLetter(req.file.buffer, req.file.originalname, req.file.mimetype, {
        ocr: options.ocr,
        lang: isLetterLanguage(body.lang) ? body.lang : "auto",
      });
      text = extracted.text;
      if (extracted.ocr) ocr = ocrSummary(extracted.ocr);
    } catch (error) {
      if (error instanceof ExtractError) throw new Problem(EXTRACT_PROBLEMS[error.reason], { limit: error.limit });
      throw error;
    }
  }
  // A form sends empty strings for fields left open.
  const fields: Record<string, unknown> = { text };
  for (const key of ["lang", "letterDate", "uiLang"])
    if (typeof body[key] === "string" && body[key] !== "") fields[key] = body[key];
  if (!text.trim()) throw new Problem("missing-field", { field: "text" });
  const parsed = parseAnalyzeRequest(fields, maxChars);
  return {
    text: parsed.text,
    lang: parsed.lang as Language | undefined,
    letterDate: parsed.letterDate,
    uiLang: parsed.uiLang ?? fallbackLang,
    ...(ocr ? { ocr } : {}),
  };
}
