/** Letter explanation: the form, the API, the screen version, the printout, the audio, and wiping. */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { LANGUAGES } from "../../analysis/types.ts";
import { evidenceId } from "../../explanation/build.ts";
import { parseReceiptAnswer } from "../../explanation/when.ts";
import { texts } from "../../i18n/catalogue.ts";
import { problemText } from "../../i18n/problems.ts";
import { isVisitorLanguage, negotiateVisitorLanguage, VISITOR_LANGUAGES } from "../../languages.ts";
import type { LetterService } from "../../letters/service.ts";
import type { ScanReader } from "../../ocr/read.ts";
import { svgMarkup } from "../../pictograms/catalogue.ts";
import { renderView } from "../../render/views.ts";
import { readLetterInput, refuseWhenFull, uploadMiddleware } from "../letter-input.ts";
import { Problem } from "../problem.ts";

export interface LetterRouteDeps {
  letters: LetterService;
  /** The analysis workers: when they are full, a new letter gets 503 before its body is read. */
  analysis: { readonly full: boolean };
  maxChars: number;
  maxUploadBytes: number;
  /** KLAAR_PUBLIC_URL: the address phones reach Klaar at, for the QR code on the printout. Without it: no QR code. */
  publicUrl?: string;
  /** Reads photos and scans; without it they are refused as "scan". */
  ocr?: ScanReader;
}

/** The interface language of a page: ?lang=, else Accept-Language. */
function pageLang(req: Request): string {
  const q = req.query.lang;
  return isVisitorLanguage(q) ? q : negotiateVisitorLanguage(req.headers["accept-language"]);
}

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

  // Letters are personal: no browser cache or proxy keeps any of them (shared counter PCs, kiosks).
  router.use(["/letters", "/api/explain"], (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });

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
    const languages = VISITOR_LANGUAGES.map((l) => ({ code: l.code, name: l.nativeName, dir: l.dir }));
    res.send(renderView("letters/new", { t, title: t.newTitle, languages, uiLang }));
  });

  router.post("/api/explain", refuseWhenFull(deps.analysis), anyBody, async (req, res) => {
    const { id, letter } = await letters.explain(await readLetterInput(req, deps.maxChars, { ocr: deps.ocr }));
    const head = JSON.stringify({
      id,
      links: {
        screen: `/letters/${id}`,
        pdf: `/letters/${id}/print.pdf`,
        audio: `/letters/${id}/audio.wav`,
        audioCompressed: `/letters/${id}/audio.mp3`,
        ssml: `/letters/${id}/summary.ssml`,
        text: `/letters/${id}/summary.txt`,
      },
      ...(letter.ocr ? { ocr: letter.ocr } : {}),
    });
    // The explanation's JSON text comes from the worker as it is: no JSON is written on the main thread.
    res
      .status(201)
      .type("application/json")
      .send(`${head.slice(0, -1)},"explanation":${letter.explanationJson}}`);
  });

  // The form on /letters/new: a problem is shown on the form again, with what the person typed kept.
  router.post("/letters", anyBody, async (req, res) => {
    try {
      const { id } = await letters.explain(await readLetterInput(req, deps.maxChars, { ocr: deps.ocr }));
      res.redirect(303, `/letters/${id}`);
    } catch (error) {
      if (!(error instanceof Problem)) throw error;
      const asked: unknown = req.body?.uiLang;
      const uiLang = isVisitorLanguage(asked) ? asked : pageLang(req);
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
  });

  router.get("/letters/:id", (req, res) => {
    const letter = letterOr404(req, res);
    if (!letter) return;
    const { explanation } = letter;
    const t = texts(explanation.uiLang, "pages");
    res.send(
      renderView("letters/show", {
        t,
        x: texts(explanation.uiLang, "explanation"),
        letterId: req.params.id,
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

  // "Wanneer kreeg u deze brief?": a plain form (no JavaScript needed); the screen comes back with the counted date.
  router.post("/letters/:id/received", form, async (req, res) => {
    const answer = parseReceiptAnswer(req.body?.received, req.body?.date);
    const id = String(req.params.id);
    if (answer && !(await letters.answerReceipt(id, answer))) return notFoundPage(req, res);
    if (!answer && !letters.get(id)) return notFoundPage(req, res);
    res.redirect(303, `/letters/${encodeURIComponent(id)}#when`);
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
