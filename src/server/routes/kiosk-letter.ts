/**
 * The kiosk letter flow under /kiosk/:site/:lang/letter…: the form, typed text explained at once, a photo, scan or
 * PDF read in the background behind a "working on it" screen, extra pages kept in a draft, and the explanation.
 * kioskRoutes (kiosk.ts) adds these routes to its router, before its friendly 404.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { problemText } from "../../i18n/problems.ts";
import { LETTERS_COOKIE, letterIds } from "../../kiosk/display.ts";
import type { Kiosk, Where } from "../../kiosk/kiosk.ts";
import { type JobStep, jobProgress, type LetterJob } from "../../kiosk/letter-jobs.ts";
import { cookieOf } from "../cookies.ts";
import { readLetterInput, uploadMiddleware } from "../letter-input.ts";
import { Problem } from "../problem.ts";
import { COOKIE_OPTIONS, displayOf, LETTER_DRAFT_COOKIE, send } from "./kiosk-page.ts";
import type { LetterRouteDeps } from "./letters.ts";

export interface KioskLetterDeps {
  kiosk: Kiosk;
  maxChars: number;
  maxUploadBytes: number;
  /** Reads photos and scans of letters; without it they get "we cannot read scans yet". */
  ocr?: LetterRouteDeps["ocr"];
  /** The site and language of the URL, or the friendly 404 (then undefined). */
  whereOr404: (req: Request, res: Response) => Where | undefined;
  /** The friendly 404 page. */
  notFound: (req: Request, res: Response) => void;
}

export function kioskLetterRoutes(router: Router, deps: KioskLetterDeps): void {
  const { kiosk, whereOr404, notFound } = deps;
  const jobs = kiosk.letterJobs;
  const upload = uploadMiddleware(deps.maxUploadBytes);
  const letterBody = (req: Request, res: Response, next: NextFunction) => {
    if (req.is("multipart/form-data")) return upload(req, res, next);
    return express.urlencoded({ extended: false, limit: deps.maxChars * 4 + 4096 })(req, res, next);
  };

  router.get("/kiosk/:site/:lang/letter", (req, res) => {
    const where = whereOr404(req, res);
    const pages = jobs.pages(cookieOf(req, LETTER_DRAFT_COOKIE)).length;
    if (where) send(res, kiosk.letterScreen(where, displayOf(req), undefined, "", pages));
  });

  // Typed text is explained at once. A photo, scan or PDF is read and explained in the background while the visitor
  // sees the steps on a "working on it" screen (OCR can take a minute). "One more page" keeps the page in a draft;
  // "explain" explains all pages of the draft together.
  router.post("/kiosk/:site/:lang/letter", letterBody, async (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const draftId = cookieOf(req, LETTER_DRAFT_COOKIE);
    const earlier = jobs.pages(draftId);
    const typed = typeof req.body?.text === "string" && req.body.text.trim() !== "";
    const file = Boolean(req.file?.size);
    const draft = req.body?.more === "1" ? jobs.draft(draftId) : undefined;
    if (draft) res.cookie(LETTER_DRAFT_COOKIE, draft, COOKIE_OPTIONS);
    /** Reads this page (if any), then adds it to the draft or explains all pages; returns how it ended. */
    const work = async (step: (s: JobStep) => void): Promise<LetterJob> => {
      try {
        const input =
          typed || file || !earlier.length ? await readLetterInput(req, deps.maxChars, { ocr: deps.ocr }) : null;
        if (draft)
          return { state: "done", letterId: null, pages: input ? jobs.addPage(draft, input.text) : earlier.length };
        step("explain");
        const text = [...earlier, ...(input ? [input.text] : [])].join("\n\n");
        const id = await kiosk.explainLetter(where, { ...(input ?? {}), text });
        jobs.dropDraft(draftId);
        step("speak");
        if (file) await kiosk.letterAudio(id);
        return { state: "done", letterId: id, pages: earlier.length + 1 };
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        const text = typeof req.body?.text === "string" ? req.body.text : "";
        return {
          state: "failed",
          problem: problemText(where.lang, error.id, error.params),
          text,
          status: error.status,
        };
      }
    };
    if (file) {
      const jobId = jobs.start(work);
      return res.redirect(303, `/kiosk/${where.site.id}/${where.lang}/letter/wait/${jobId}`);
    }
    finish(req, res, where, await work(() => {}));
  });

  /** A finished letter job: the explanation, the letter screen for the next page, or the problem on the form. */
  const finish = (req: Request, res: Response, where: Where, job: LetterJob) => {
    if (job.state === "working") return;
    if (job.state === "failed") {
      return send(res, { ...kiosk.letterScreen(where, displayOf(req), job.problem, job.text), status: job.status });
    }
    if (job.letterId) {
      const ids = [...letterIds(cookieOf(req, LETTERS_COOKIE)), job.letterId];
      res.cookie(LETTERS_COOKIE, [...new Set(ids)].join(","), COOKIE_OPTIONS);
      res.clearCookie(LETTER_DRAFT_COOKIE, COOKIE_OPTIONS);
    }
    const letterPath = `/kiosk/${where.site.id}/${where.lang}/letter`;
    res.redirect(303, job.letterId ? `${letterPath}/${job.letterId}` : letterPath);
  };

  const jobOf = (req: Request) => jobs.job(String(req.params.job));
  router.get("/kiosk/:site/:lang/letter/wait/:job", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const job = jobOf(req);
    if (!job) return notFound(req, res);
    if (job.state === "working") {
      return send(res, kiosk.letterWorkingScreen(where, String(req.params.job), job, displayOf(req)));
    }
    finish(req, res, where, job);
  });

  // For kiosk.js on the working screen: how far the job is, and where to go when it is done.
  router.get("/kiosk/:site/:lang/letter/wait/:job/status.json", (req, res) => {
    const where = kiosk.where(String(req.params.site), String(req.params.lang));
    const job = jobOf(req);
    res.setHeader("Cache-Control", "no-store");
    if (!where || !job) return void res.status(404).json({ state: "gone" });
    res.json({
      state: job.state,
      step: job.state === "working" ? job.step : null,
      progress: Math.round(jobProgress(job) * 100),
      // The wait page itself sets the cookies and moves on.
      href: job.state === "working" ? null : `/kiosk/${where.site.id}/${where.lang}/letter/wait/${req.params.job}`,
    });
  });

  router.get("/kiosk/:site/:lang/letter/:id", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const page = kiosk.letterResultScreen(where, req.params.id, displayOf(req));
    if (!page) return notFound(req, res);
    send(res, page);
  });
}
