/** Letter explanation: the form, the API, the screen version, the printout, the audio, and wiping. */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { LANGUAGES, type Language } from "../../analysis/types.ts";
import { evidenceId } from "../../explanation/build.ts";
import { texts } from "../../i18n/catalogue.ts";
import { problemText } from "../../i18n/problems.ts";
import { isLetterLanguage, negotiateLetterLanguage } from "../../languages.ts";
import type { LetterService } from "../../letters/service.ts";
import type { ScanReader } from "../../ocr/read.ts";
import { svgMarkup } from "../../pictograms/catalogue.ts";
import { renderView } from "../../render/views.ts";
import { readLetterInput, uploadMiddleware } from "../letter-input.ts";
import { Problem } from "../problem.ts";

export interface LetterRouteDeps {
  letters: LetterService;
  maxChars: number;
  maxUploadBytes: number;
  /** Reads photos and scans; without it they are refused as "scan". */
  ocr?: ScanReader;
}

/** The interface language of a page: ?lang=, else Accept-Language. */
function pageLang(req: Request): Language {
  const q = req.query.lang;
  return isLetterLanguage(q) ? q : negotiateLetterLanguage(req.headers["accept-language"]);
}

type Handler = (req: Request, res: Response) => Promise<void> | void;
const wrap = (fn: Handler) => (req: Request, res: Response, next: NextFunction) =>
  Promise.resolve(fn(req, res)).catch(next);

export function letterRoutes(deps: LetterRouteDeps): Router {
  const router = express.Router();
  const { letters } = deps;
  const json = express.json({ limit: deps.maxChars * 4 + 4096 });
  const upload = uploadMiddleware(deps.maxUploadBytes);
  const form = express.urlencoded({ extended: false, limit: deps.maxChars * 4 + 4096 });
  const anyBody = (req: Request, res: Response, next: NextFunction) => {
    if (req.is("application/json")) return json(req, res, next);
    if (req.is("multipart/form-data")) return upload(req, res, next);
    if (req.is("application/x-www-form-urlencoded")) return form(req, res, next);
    next(new Problem("unsupported-type"));
  };

  const notFoundPage = (req: Request, res: Response) => {
    const t = texts(pageLang(req), "pages");
    res
      .status(404)
      .send(renderView("error", { t, title: t.notFoundTitle, heading: t.notFoundTitle, text: t.notFoundText }));
  };
  const letterOr404 = (req: Request, res: Response) => {
    const letter = letters.get(String(req.params.id));
    if (!letter) notFoundPage(req, res);
    return letter;
  };

  router.get("/letters/new", (req, res) => {
    const uiLang = pageLang(req);
    const t = texts(uiLang, "pages");
    res.send(renderView("letters/new", { t, title: t.newTitle, languages: LANGUAGES, uiLang }));
  });

  router.post(
    "/api/explain",
    anyBody,
    wrap(async (req, res) => {
      const { id, letter } = letters.explain(await readLetterInput(req, deps.maxChars, { ocr: deps.ocr }));
      res.status(201).json({
        id,
        links: {
          screen: `/letters/${id}`,
          pdf: `/letters/${id}/print.pdf`,
          audio: `/letters/${id}/audio.wav`,
          audioCompressed: `/letters/${id}/audio.mp3`,
          ssml: `/letters/${id}/summary.ssml`,
          text: `/letters/${id}/summary.txt`,
        },
        explanation: letter.explanation,
        ...(letter.ocr ? { ocr: letter.ocr } : {}),
      });
    }),
  );

  // The form on /letters/new: a problem is shown on the form again, with what the person typed kept.
  router.post(
    "/letters",
    anyBody,
    wrap(async (req, res) => {
      try {
        const { id } = letters.explain(await readLetterInput(req, deps.maxChars, { ocr: deps.ocr }));
        res.redirect(303, `/letters/${id}`);
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        const asked: unknown = req.body?.uiLang;
        const uiLang: Language = isLetterLanguage(asked) ? asked : pageLang(req);
        const t = texts(uiLang, "pages");
        const problem = problemText(uiLang, error.id, error.params);
        res.status(error.status).send(
          renderView("letters/new", {
            t,
            title: t.newTitle,
            languages: LANGUAGES,
            uiLang,
            problem,
            text: typeof req.body?.text === "string" ? req.body.text : "",
          }),
        );
      }
    }),
  );

  router.get("/letters/:id", (req, res) => {
    const letter = letterOr404(req, res);
    if (!letter) return;
    const { explanation } = letter;
    const t = texts(explanation.uiLang, "pages");
    res.send(
      renderView("letters/show", {
        t,
        id: req.params.id,
        title: explanation.title,
        explanation,
        uiLang: explanation.uiLang,
        letterLang: explanation.letterLang,
        pictogram: (id: string) => svgMarkup(id, { lang: explanation.uiLang }),
        evidenceId,
        wordOf: (termId: string) => explanation.hardWords.find((w) => w.termId === termId),
      }),
    );
  });

  router.get("/letters/:id/summary.ssml", (req, res) => {
    const letter = letterOr404(req, res);
    if (letter) res.type("application/ssml+xml").send(letter.speech.ssml);
  });

  router.get("/letters/:id/summary.txt", (req, res) => {
    const letter = letterOr404(req, res);
    if (letter)
      res.type("text/plain; charset=utf-8").setHeader("Content-Language", letter.speech.lang).send(letter.speech.text);
  });

  router.delete("/letters/:id", (req, res) => {
    if (!letters.delete(String(req.params.id))) throw new Problem("not-found");
    res.status(204).end();
  });

  router.post("/letters/:id/delete", (req, res) => {
    const letter = letters.get(String(req.params.id));
    const uiLang = letter?.explanation.uiLang ?? pageLang(req);
    letters.delete(String(req.params.id));
    const t = texts(uiLang, "pages");
    res.send(renderView("error", { t, title: t.deleted, heading: t.deleted, text: t.privacy }));
  });

  return router;
}
