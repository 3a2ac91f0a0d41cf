/** POST /api/analyze: JSON in (or multipart with a `file`: a .txt, .pdf, .docx, photo or scan), the analysis out. */
import express, { type Router } from "express";
import type { Language } from "../../analysis/types.ts";
import { isLetterLanguage, negotiateLetterLanguage } from "../../languages.ts";
import type { AnalysisPool } from "../../letters/analysis-pool.ts";
import type { ScanReader } from "../../ocr/read.ts";
import { parseAnalyzeRequest } from "../analyze-request.ts";
import { readLetterInput, refuseWhenFull, uploadMiddleware } from "../letter-input.ts";
import { Problem } from "../problem.ts";

export function analyzeRoutes(deps: {
  /** The analysis runs in these worker threads (full → 503 with Retry-After). */
  analysis: AnalysisPool;
  maxChars: number;
  /** Largest multipart upload; without it only JSON is accepted. */
  maxUploadBytes?: number;
  /** Reads photos and scans sent as multipart `file`. */
  ocr?: ScanReader;
}): Router {
  const router = express.Router();
  // JSON text can take up to 4 bytes a character; the character limit itself is checked after parsing.
  const json = express.json({ limit: deps.maxChars * 4 + 4096, strict: true });
  const upload = deps.maxUploadBytes ? uploadMiddleware(deps.maxUploadBytes) : undefined;
  router.post(
    "/api/analyze",
    refuseWhenFull(deps.analysis),
    (req, res, next) => {
      if (req.is("application/json")) return json(req, res, next);
      if (upload && req.is("multipart/form-data")) return upload(req, res, next);
      next(new Problem("unsupported-type"));
    },
    async (req, res, next) => {
      try {
        // Messages follow the person's language when they say it; otherwise the letter's.
        const accept = req.headers["accept-language"];
        if (req.is("application/json")) {
          const body = parseAnalyzeRequest(req.body, deps.maxChars);
          const messageLang =
            (isLetterLanguage(body.uiLang) ? body.uiLang : undefined) ??
            (accept ? negotiateLetterLanguage(accept) : undefined);
          const json = await deps.analysis.run({
            kind: "analyze",
            text: body.text,
            options: { lang: body.lang as Language | undefined, letterDate: body.letterDate, messageLang },
          });
          res.type("application/json").setHeader("Cache-Control", "no-store").send(json);
          return;
        }
        const input = await readLetterInput(req, deps.maxChars, { ocr: deps.ocr });
        const asked = typeof req.body?.uiLang === "string" && req.body.uiLang !== "";
        // With OCR the answer also says what was read unsure, and facts on those words are flagged for checking.
        const json = await deps.analysis.run({
          kind: "analyze",
          text: input.text,
          options: {
            lang: input.lang,
            letterDate: input.letterDate,
            messageLang: (asked || accept) && isLetterLanguage(input.uiLang) ? input.uiLang : undefined,
          },
          ...(input.ocr ? { ocr: input.ocr } : {}),
        });
        res.type("application/json").setHeader("Cache-Control", "no-store").send(json);
      } catch (error) {
        next(error);
      }
    },
  );
  return router;
}
