/**
 * The workbench for communication officers: /werkbank (editor, before/after, exports), its live JSON API and the
 * organisation's word list (/werkbank/lexicon). Officers and admins only; every POST carries the session's CSRF
 * token. Thin: src/workbench/ does the work. The word-list routes are in workbench-lexicon.ts.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { type AccountMiddleware, auth } from "../../accounts/http.ts";
import { LANGUAGES } from "../../analysis/types.ts";
import { problemText } from "../../i18n/problems.ts";
import type { ScanReader } from "../../ocr/read.ts";
import { renderView } from "../../render/views.ts";
import { explicitLang, pageLang, withQuery } from "../../staff/pages.ts";
import type { CheckResult, Workbench } from "../../workbench/service.ts";
import { type WorkbenchTexts, workbenchTexts } from "../../workbench/texts.ts";
import {
  checkView,
  comparisonView,
  downloadName,
  type EditorForm,
  kindLegend,
  languageOptions,
  parseEditorForm,
} from "../../workbench/view.ts";
import { readLetterInput, uploadMiddleware } from "../letter-input.ts";
import { Problem } from "../problem.ts";
import { workbenchLexiconRoutes } from "./workbench-lexicon.ts";

export interface WorkbenchRouteDeps {
  workbench: Workbench;
  middleware: AccountMiddleware;
  maxChars: number;
  maxUploadBytes: number;
  ocr?: ScanReader;
}

export function workbenchRoutes(deps: WorkbenchRouteDeps): Router {
  const router = express.Router();
  const { workbench, middleware } = deps;
  const officers = middleware.requireRole("officer", "admin");
  const admins = middleware.requireRole("admin");
  const json = express.json({ limit: deps.maxChars * 4 + 4096 });
  const form = express.urlencoded({ extended: false, limit: deps.maxChars * 4 + 4096, parameterLimit: 50 });
  const upload = uploadMiddleware(deps.maxUploadBytes);
  const anyBody = (req: Request, res: Response, next: NextFunction) => {
    if (req.is("multipart/form-data")) return upload(req, res, next);
    if (req.is("application/x-www-form-urlencoded")) return form(req, res, next);
    if (req.is("application/json")) return json(req, res, next);
    next(new Problem("unsupported-type"));
  };
  router.use("/werkbank", middleware.loadSession);

  const textsOf = (req: Request): WorkbenchTexts => workbenchTexts(pageLang(req));
  const frame = (req: Request, res: Response, t: WorkbenchTexts) => {
    const current = auth(res);
    const lang = explicitLang(req);
    return {
      t,
      lang,
      csrf: current?.session.csrfToken ?? "",
      isAdmin: current?.session.user.role === "admin",
      user: current ? { text: current.session.user.displayName, csrf: current.session.csrfToken } : undefined,
      links: {
        editor: withQuery("/werkbank", { lang }),
        lexicon: withQuery("/werkbank/lexicon", { lang }),
        action: withQuery("/werkbank", { lang }),
      },
      languages: LANGUAGES.map((code) => ({
        code,
        name: workbenchTexts(code).languageName,
        href: `${req.path}?lang=${code}`,
        current: code === pageLang(req),
      })),
    };
  };
  const checkTooLong = (text: string) => {
    if (text.length > deps.maxChars) throw new Problem("too-large", { limit: String(deps.maxChars) });
  };

  const editorPage = (
    req: Request,
    res: Response,
    status: number,
    state: Partial<EditorForm>,
    result?: CheckResult,
    notice?: string,
    problem?: { title: string; detail: string },
  ) => {
    const t = textsOf(req);
    res.status(status).send(
      renderView("workbench/editor", {
        ...frame(req, res, t),
        title: t.editorTitle,
        state: {
          text: state.text ?? "",
          original: state.original ?? "",
          title: state.title ?? "",
          ignored: JSON.stringify(state.ignored ?? []),
        },
        langOptions: languageOptions(t, state.lang),
        legend: kindLegend(t),
        view: result ? checkView(t, result) : undefined,
        notice,
        problem,
      }),
    );
  };

  router.get("/werkbank", officers, (req, res) => editorPage(req, res, 200, {}));

  router.post("/werkbank", officers, anyBody, middleware.requireCsrf, async (req, res) => {
    const t = textsOf(req);
    const uiLang = pageLang(req);
    const state = parseEditorForm(req.body ?? {});
    const { action } = state;
    if (action.type === "analyze" && req.file && req.file.size > 0) {
      try {
        const input = await readLetterInput(req, deps.maxChars, { ocr: deps.ocr });
        state.text = input.text;
        state.original = input.text;
        state.ignored = [];
      } catch (error) {
        if (!(error instanceof Problem)) throw error;
        return editorPage(
          req,
          res,
          error.status,
          state,
          undefined,
          undefined,
          problemText(uiLang, error.id, error.params),
        );
      }
    }
    checkTooLong(state.text);
    if (!state.text.trim()) {
      const problem = { title: t.errorHeading, detail: t.errorMissingText };
      return editorPage(req, res, 400, state, undefined, undefined, problem);
    }
    if (!state.original.trim()) state.original = state.text;
    const input = { text: state.text, lang: state.lang, uiLang, ignored: state.ignored };
    switch (action.type) {
      case "apply": {
        const { applied, result } = workbench.apply({ ...input, key: action.key });
        state.text = result.text;
        return editorPage(req, res, 200, state, result, applied ? t.applied : undefined);
      }
      case "ignore":
        state.ignored = [...new Set([...state.ignored, action.key])];
        return editorPage(req, res, 200, state, workbench.check({ ...input, ignored: state.ignored }));
      case "unignore":
        state.ignored = [];
        return editorPage(req, res, 200, state, workbench.check({ ...input, ignored: [] }));
      case "compare": {
        const comparison = workbench.compare(state.original, state.text, input);
        res.send(
          renderView("workbench/compare", {
            ...frame(req, res, t),
            title: t.compareTitle,
            state: { ...state, ignored: JSON.stringify(state.ignored) },
            langValue: state.lang ?? "",
            view: comparisonView(t, comparison),
          }),
        );
        return;
      }
      case "export": {
        const result = workbench.check(input);
        const title = state.title || result.analysis.facts.subject?.text || t.defaultDocTitle;
        const lang = result.analysis.language;
        res.setHeader("Cache-Control", "no-store");
        if (action.format === "txt") {
          res.attachment(downloadName(title, "txt")).type("text/plain; charset=utf-8").send(state.text);
        } else if (action.format === "docx") {
          res
            .attachment(downloadName(title, "docx"))
            .type("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
            .send(await workbench.docx(title, state.text, lang));
        } else {
          const pdf = await workbench.citizenPdf(state.text, state.lang, uiLang);
          res.attachment(downloadName(title, "pdf")).type("application/pdf").send(pdf);
        }
        return;
      }
      default:
        return editorPage(req, res, 200, state, workbench.check(input));
    }
  });

  /** The live panels as HTML fragments, rendered by the same views as the page. */
  const fragments = (t: WorkbenchTexts, result: CheckResult) => {
    const view = checkView(t, result);
    const part = (name: string) => renderView(`workbench/part-${name}`, { t, view });
    return {
      count: view.count,
      status: t.updated({ count: view.countText }),
      language: view.language,
      cefr: view.readability.cefr,
      findings: result.findings.map(({ key, rule, text, start, end, suggestion, termId, senses }) => ({
        key,
        rule,
        text,
        start,
        end,
        suggestion,
        termId,
        senses,
      })),
      checklist: result.analysis.checklist.map(({ id, status }) => ({ id, status })),
      summary: result.summary,
      html: {
        marked: part("marked"),
        findings: part("findings"),
        readability: part("readability"),
        checklist: part("checklist"),
      },
    };
  };

  router.post("/werkbank/api/analyze", officers, json, middleware.requireCsrf, (req, res) => {
    const t = textsOf(req);
    const state = parseEditorForm(req.body ?? {});
    checkTooLong(state.text);
    const result = workbench.check({
      text: state.text,
      lang: state.lang,
      uiLang: pageLang(req),
      ignored: state.ignored,
    });
    res.setHeader("Cache-Control", "no-store");
    res.json(fragments(t, result));
  });

  router.post("/werkbank/api/apply", officers, json, middleware.requireCsrf, (req, res) => {
    const t = textsOf(req);
    const state = parseEditorForm(req.body ?? {});
    checkTooLong(state.text);
    const key = typeof req.body?.key === "string" ? req.body.key : "";
    const { applied, shift, result } = workbench.apply({
      text: state.text,
      lang: state.lang,
      uiLang: pageLang(req),
      ignored: state.ignored,
      key,
    });
    res.setHeader("Cache-Control", "no-store");
    res.json({ applied, shift, text: result.text, ...fragments(t, result) });
  });

  workbenchLexiconRoutes(router, { ...deps, officers, admins, form, upload, textsOf, frame });

  return router;
}
