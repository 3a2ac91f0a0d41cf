/** POST /api/analyze: JSON in, the analysis out. */
import express, { type Router } from "express";
import type { Analyzer } from "../../analysis/index.ts";
import type { Language } from "../../analysis/types.ts";
import { negotiateLanguage } from "../../i18n/ui.ts";
import { parseAnalyzeRequest } from "../analyze-request.ts";
import { Problem } from "../problem.ts";

export function analyzeRoutes(deps: { analyzer: Analyzer; maxChars: number; longSentenceWords: number }): Router {
  const router = express.Router();
  // JSON text can take up to 4 bytes a character; the character limit itself is checked after parsing.
  const json = express.json({ limit: deps.maxChars * 4 + 4096, strict: true });
  router.post(
    "/api/analyze",
    (req, _res, next) => (req.is("application/json") ? next() : next(new Problem("unsupported-type"))),
    json,
    (req, res) => {
      const body = parseAnalyzeRequest(req.body, deps.maxChars);
      // Messages follow the person's language when they say it; otherwise the letter's.
      const accept = req.headers["accept-language"];
      const messageLang = (body.uiLang as Language | undefined) ?? (accept ? negotiateLanguage(accept) : undefined);
      res.json(
        deps.analyzer.analyze(body.text, {
          lang: body.lang as Language | undefined,
          letterDate: body.letterDate,
          messageLang,
          longSentenceWords: deps.longSentenceWords,
        }),
      );
    },
  );
  return router;
}
