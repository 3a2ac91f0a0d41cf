/**
 * The workbench for communication officers: /werkbank (editor, before/after, exports), its live JSON API and the
 * organisation's word list (/werkbank/lexicon). Officers and admins only; every POST carries the session's CSRF
 * token. Thin: src/workbench/ does the work.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { type AccountMiddleware, auth } from "../../accounts/http.ts";
import { LANGUAGES, type Language } from "../../analysis/types.ts";
import { problemText } from "../../i18n/problems.ts";
import { CATEGORIES } from "../../lexicon/schema.ts";
import type { ScanReader } from "../../ocr/read.ts";
import { listPictograms } from "../../pictograms/catalogue.ts";
import { renderView } from "../../render/views.ts";
import { explicitLang, pageLang, withQuery } from "../../staff/pages.ts";
import { OverlayError } from "../../workbench/overlay-store.ts";
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

export interface WorkbenchRouteDeps {
  workbench: Workbench;
  middleware: AccountMiddleware;
  maxChars: number;
  maxUploadBytes: number;
  ocr?: ScanReader;
}

type Handler = (req: Request, res: Response) => Promise<void> | void;
const wrap = (fn: Handler) => (req: Request, res: Response, next: NextFunction) =>
  Promise.resolve(fn(req, res)).catch(next);

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
};

export function workbenchRoutes(deps: WorkbenchRouteDeps): Router {
  const router = express.Router();
  const { workbench, middleware } = deps;
  const overlay = workbench.overlay;
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

  router.post(
    "/werkbank",
    officers,
    anyBody,
    middleware.requireCsrf,
    wrap(async (req, res) => {
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
    }),
  );

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

  // ---- The organisation's word list ----

  const lexiconPage = (
    req: Request,
    res: Response,
    status: number,
    opts: { notice?: string; errors?: string[]; values?: Record<string, string>; editing?: number } = {},
  ) => {
    const t = textsOf(req);
    const lang = pageLang(req);
    const all = overlay.list();
    const isAdmin = auth(res)?.session.user.role === "admin";
    const entryView = (e: (typeof all)[number]) => ({
      id: e.id,
      lang: e.lang,
      term: e.entry.term,
      alternative: e.entry.alternative ?? "",
      explanation: e.entry.explanation,
      category: e.entry.category,
      pictogram: e.entry.pictogram,
      status: t.entryStatus[e.status],
      proposedBy: e.proposedBy,
    });
    const editing = opts.editing === undefined ? undefined : all.find((e) => e.id === opts.editing);
    res.status(status).send(
      renderView(editing ? "workbench/lexicon-edit" : "workbench/lexicon", {
        ...frame(req, res, t),
        title: editing ? t.editTitle : t.lexiconTitle,
        notice: opts.notice,
        errors: opts.errors,
        values: opts.values ?? (editing ? entryView(editing) : {}),
        editing: editing ? entryView(editing) : undefined,
        categories: CATEGORIES,
        pictograms: listPictograms().map((p) => ({ id: p.id, label: p.alt[lang] })),
        entryLanguages: LANGUAGES.map((code) => ({ code, name: workbenchTexts(code).languageName })),
        pending: all.filter((e) => e.status === "proposed").map(entryView),
        approved: all.filter((e) => e.status === "approved").map(entryView),
        rejected: all.filter((e) => e.status === "rejected").map(entryView),
        keep: isAdmin ? overlay.keepList() : [],
        audit: isAdmin
          ? overlay.auditLog(50).map((row) => ({
              when: row.at.toISOString().slice(0, 16).replace("T", " "),
              who: row.actor,
              action: t.actions[row.action] ?? row.action,
              subject: row.subject,
            }))
          : [],
      }),
    );
  };
  const back = (req: Request, res: Response, notice?: string) =>
    res.redirect(303, withQuery("/werkbank/lexicon", { lang: explicitLang(req), notice }));
  const NOTICES = new Set(["proposed", "done", "imported"]);
  const noticeOf = (req: Request, t: WorkbenchTexts) => {
    const n = typeof req.query.notice === "string" && NOTICES.has(req.query.notice) ? req.query.notice : undefined;
    if (n === "imported") return t.imported({ count: Number(req.query.count) || 0 });
    return n === "proposed" ? t.proposed : n === "done" ? t.done : undefined;
  };
  const proposalOf = (req: Request) => ({
    lang: (LANGUAGES as readonly string[]).includes(field(req, "entryLang"))
      ? (field(req, "entryLang") as Language)
      : "nl",
    term: field(req, "term"),
    alternative: field(req, "alternative"),
    explanation: field(req, "explanation"),
    pictogram: field(req, "pictogram"),
    category: field(req, "category"),
  });
  const user = (res: Response) => auth(res)?.session.user.username ?? "unknown";
  /** The problems of a form, with the field named as on the form. */
  const overlayErrors = (t: WorkbenchTexts, error: OverlayError) => {
    if (error.existing) return [t.errorTermExists(error.existing)];
    const labels: Record<string, string> = {
      term: t.term,
      alternative: t.alternative,
      explanation: t.explanation,
      pictogram: t.pictogram,
      category: t.category,
    };
    return error.problems.map((p) => {
      const field = p.slice(0, p.indexOf(":"));
      return labels[field] ? `${labels[field]}${p.slice(field.length)}` : p;
    });
  };

  router.get("/werkbank/lexicon", officers, (req, res) =>
    lexiconPage(req, res, 200, { notice: noticeOf(req, textsOf(req)) }),
  );

  router.post("/werkbank/lexicon/propose", officers, form, middleware.requireCsrf, (req, res) => {
    const proposal = proposalOf(req);
    try {
      overlay.propose(proposal, user(res));
    } catch (error) {
      if (!(error instanceof OverlayError)) throw error;
      return lexiconPage(req, res, 400, { errors: overlayErrors(textsOf(req), error), values: { ...proposal } });
    }
    back(req, res, "proposed");
  });

  const entryId = (req: Request) => Number.parseInt(String(req.params.id), 10);
  const decide = (run: (id: number, by: string, req: Request) => void) =>
    [
      form,
      admins,
      middleware.requireCsrf,
      (req: Request, res: Response) => {
        try {
          run(entryId(req), user(res), req);
        } catch (error) {
          if (!(error instanceof OverlayError)) throw error;
          if (error.code === "not-found") throw new Problem("not-found");
          return lexiconPage(req, res, 400, {
            errors: overlayErrors(textsOf(req), error),
            values: { ...proposalOf(req) },
            editing: req.path.endsWith("/edit") ? entryId(req) : undefined,
          });
        }
        back(req, res, "done");
      },
    ] as const;

  router.post(
    "/werkbank/lexicon/:id/approve",
    ...decide((id, by) => {
      const entry = overlay.approve(id, by);
      workbench.warmSoon(entry.lang);
    }),
  );
  router.post("/werkbank/lexicon/:id/reject", ...decide((id, by) => void overlay.reject(id, by)));
  router.get("/werkbank/lexicon/:id/edit", admins, (req, res) => {
    const id = entryId(req);
    if (!overlay.list().some((e) => e.id === id)) throw new Problem("not-found");
    lexiconPage(req, res, 200, { editing: id });
  });
  router.post(
    "/werkbank/lexicon/:id/edit",
    ...decide((id, by, req) => {
      const { lang: _, ...edits } = proposalOf(req);
      const entry = overlay.approve(id, by, edits);
      workbench.warmSoon(entry.lang);
    }),
  );

  router.post("/werkbank/keep", form, admins, middleware.requireCsrf, (req, res) => {
    try {
      overlay.addKeep(field(req, "keepText"), user(res));
    } catch (error) {
      if (!(error instanceof OverlayError)) throw error;
      return lexiconPage(req, res, 400, { errors: error.problems });
    }
    back(req, res, "done");
  });
  router.post("/werkbank/keep/:id/remove", form, admins, middleware.requireCsrf, (req, res) => {
    try {
      overlay.removeKeep(entryId(req), user(res));
    } catch (error) {
      if (!(error instanceof OverlayError)) throw error;
    }
    back(req, res, "done");
  });

  router.get("/werkbank/lexicon/export.json", officers, (req, res) => {
    const lang = (LANGUAGES as readonly string[]).includes(String(req.query.entryLang))
      ? (String(req.query.entryLang) as Language)
      : "nl";
    res
      .attachment(`${lang}.organisation.json`)
      .type("application/json")
      .send(`${JSON.stringify(overlay.exportFile(lang), null, 2)}\n`);
  });

  router.post("/werkbank/lexicon/import", admins, upload, middleware.requireCsrf, (req, res) => {
    const t = textsOf(req);
    let data: unknown;
    try {
      data = JSON.parse(req.file?.buffer.toString("utf8") ?? "");
    } catch (error) {
      return lexiconPage(req, res, 400, { errors: [t.errorFile({ reason: (error as Error).message })] });
    }
    try {
      const { lang, count } = overlay.importFile(data, user(res));
      workbench.warmSoon(lang);
      res.redirect(303, withQuery("/werkbank/lexicon", { lang: explicitLang(req), notice: "imported", count }));
    } catch (error) {
      if (!(error instanceof OverlayError)) throw error;
      return lexiconPage(req, res, 400, { errors: error.problems });
    }
  });

  return router;
}
