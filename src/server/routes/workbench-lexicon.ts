/**
 * The organisation's word list under /werkbank/lexicon: officers propose entries, admins approve, edit or reject
 * them, keep the "do not simplify" list, and export or import a lexicon file. workbenchRoutes (workbench.ts) adds
 * these routes to its router. Thin: src/workbench/overlay-store.ts does the work.
 */
import type { NextFunction, Request, Response, Router } from "express";
import { type AccountMiddleware, auth } from "../../accounts/http.ts";
import { LANGUAGES, type Language } from "../../analysis/types.ts";
import { CATEGORIES } from "../../lexicon/schema.ts";
import { listPictograms } from "../../pictograms/catalogue.ts";
import { renderView } from "../../render/views.ts";
import { explicitLang, pageLang, withQuery } from "../../staff/pages.ts";
import { OverlayError } from "../../workbench/overlay-store.ts";
import type { Workbench } from "../../workbench/service.ts";
import { type WorkbenchTexts, workbenchTexts } from "../../workbench/texts.ts";
import { Problem } from "../problem.ts";

type Middleware = (req: Request, res: Response, next: NextFunction) => void;

export interface WorkbenchLexiconDeps {
  workbench: Workbench;
  middleware: AccountMiddleware;
  /** Officers and admins; admins only. */
  officers: Middleware;
  admins: Middleware;
  /** Form and upload bodies. */
  form: Middleware;
  upload: Middleware;
  /** The workbench texts in the page's language, and what every workbench page shows around its content. */
  textsOf: (req: Request) => WorkbenchTexts;
  frame: (req: Request, res: Response, t: WorkbenchTexts) => Record<string, unknown>;
}

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
};

export function workbenchLexiconRoutes(router: Router, deps: WorkbenchLexiconDeps): void {
  const { workbench, middleware, officers, admins, form, upload, textsOf, frame } = deps;
  const overlay = workbench.overlay;

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
}
