/**
 * Staff routes: /login, /logout, the counter panel /staff/:site and its live events. Thin: accounts/ checks who
 * may do what, staff/desk.ts knows the queue.
 */
import express, { type Request, type Response, type Router } from "express";
import {
  type AccountMiddleware,
  auth,
  clearSessionCookie,
  loginFormToken,
  loginTokenMatches,
  SESSION_COOKIE,
  safeNext,
  setSessionCookie,
} from "../../accounts/http.ts";
import type { AccountStore, User } from "../../accounts/store.ts";
import { QueueError } from "../../kiosk/queue.ts";
import { renderView } from "../../render/views.ts";
import { type CounterDesk, DeskError, kioskName, type TicketAction } from "../../staff/desk.ts";
import { explicitLang, languageLinks, pageLang, sendMessagePage, userLocals, withQuery } from "../../staff/pages.ts";
import type { AllStaffTexts } from "../../staff/texts.ts";
import { cookieOf } from "../cookies.ts";
import { type LiveConnections, streamQueueChanges } from "../sse.ts";

export interface StaffRouteDeps {
  accounts: AccountStore;
  middleware: AccountMiddleware;
  desk: CounterDesk;
  texts: AllStaffTexts;
  /** Caps on live connections (shared with the display). */
  live?: LiveConnections;
}

const NOTICES = ["called", "recalled", "done", "no-show", "transferred", "nobody", "help", "stale"] as const;
type Notice = (typeof NOTICES)[number];

/** Where a person goes after logging in when no page was asked for. */
function homeOf(user: User): string {
  if (user.role === "counter" && user.siteId) return `/staff/${encodeURIComponent(user.siteId)}`;
  if (user.role === "admin") return "/staff";
  // Officers rewrite letters: their place is the workbench.
  return "/werkbank";
}

const field = (req: Request, name: string): string => {
  const value = (req.body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : "";
};

export function staffRoutes(deps: StaffRouteDeps): Router {
  const router = express.Router();
  const { accounts, desk, texts, middleware } = deps;
  const form = express.urlencoded({ extended: false, limit: "4kb", parameterLimit: 20 });
  const staffOnly = middleware.requireRole("counter", "admin");
  router.use(middleware.loadSession);

  const loginPage = (req: Request, res: Response, status: number, opts: { error?: string; username?: string } = {}) => {
    const lang = pageLang(req);
    const t = texts[lang];
    const next = safeNext(req.query.next ?? field(req, "next"));
    const notice = req.query.out === "1" ? t.loggedOut : undefined;
    res
      .status(status)
      .setHeader("Cache-Control", "no-store")
      .send(
        renderView("staff/login", {
          t,
          title: t.loginTitle,
          csrf: loginFormToken(req, res),
          action: withQuery("/login", { lang: explicitLang(req) }),
          next,
          notice,
          error: opts.error,
          username: opts.username ?? "",
          languages: languageLinks(texts, "/login", lang, { next }),
        }),
      );
  };

  router.get("/login", (req, res) => loginPage(req, res, 200));

  router.post("/login", form, async (req, res) => {
    if (!loginTokenMatches(req)) return sendMessagePage(req, res, texts, 403, "csrf");
    const t = texts[pageLang(req)];
    const username = field(req, "username").trim();
    const password = field(req, "password");
    if (!username || !password) return loginPage(req, res, 400, { error: t.loginMissing, username });
    const result = await accounts.authenticate(username, password, req.ip ?? "unknown");
    if (!result.ok) {
      if (result.reason === "invalid") return loginPage(req, res, 401, { error: t.loginFailed, username });
      const minutes = Math.ceil(result.retryAfterSeconds / 60);
      res.setHeader("Retry-After", String(result.retryAfterSeconds));
      if (result.reason === "rate-limited") {
        return loginPage(req, res, 429, { error: t.loginRateLimited({ minutes }), username });
      }
      return loginPage(req, res, 401, { error: t.loginLocked({ minutes }), username });
    }
    // A fresh session at every login, so a session id planted before cannot be taken over.
    const old = cookieOf(req, SESSION_COOKIE);
    if (old) accounts.deleteSession(old);
    const session = accounts.createSession(result.user.id);
    setSessionCookie(req, res, session.token);
    const target = safeNext(field(req, "next")) ?? homeOf(result.user);
    const lang = explicitLang(req);
    res.redirect(303, lang && !target.includes("lang=") ? withQuery(target, { lang }) : target);
  });

  router.post(
    "/logout",
    form,
    (_req, res, next) => (auth(res) ? next() : res.redirect(303, "/login")),
    middleware.requireCsrf,
    (req, res) => {
      const current = auth(res);
      if (current) accounts.deleteSession(current.token);
      clearSessionCookie(req, res);
      res.redirect(303, withQuery("/login", { out: "1", lang: explicitLang(req) }));
    },
  );

  router.get("/staff", staffOnly, (req, res) => {
    const current = auth(res);
    if (!current) return;
    const lang = pageLang(req);
    const sites = desk.sitesFor(current.session.user);
    if (sites.length === 1 && sites[0]) {
      return res.redirect(303, withQuery(`/staff/${sites[0].id}`, { lang: explicitLang(req) }));
    }
    res.send(
      renderView("staff/sites", {
        t: texts[lang],
        title: texts[lang].sitesTitle,
        user: userLocals(texts, lang, current),
        usersHref:
          current.session.user.role === "admin" ? withQuery("/admin/users", { lang: explicitLang(req) }) : undefined,
        sites: sites.map((s) => ({
          name: s.name[lang] ?? s.name.nl,
          href: withQuery(`/staff/${s.id}`, { lang: explicitLang(req) }),
        })),
      }),
    );
  });

  /** The site of the URL, when this person may work there; otherwise answers 404 or 403 and returns undefined. */
  const siteFor = (req: Request, res: Response) => {
    const current = auth(res);
    const site = desk.site(String(req.params.site));
    if (!current) return undefined;
    if (!site) return void sendMessagePage(req, res, texts, 404, "not-found");
    if (!desk.mayOpen(current.session.user, site.id)) return void sendMessagePage(req, res, texts, 403, "forbidden");
    return { site, user: current.session.user, current };
  };

  router.get("/staff/:site", staffOnly, (req, res) => {
    const found = siteFor(req, res);
    if (!found) return;
    const { site, user, current } = found;
    const lang = pageLang(req);
    const t = texts[lang];
    const counters = desk.countersFor(user, site.id);
    if (counters.length === 0) return sendMessagePage(req, res, texts, 403, "forbidden");
    const wanted = typeof req.query.counter === "string" ? req.query.counter : undefined;
    const counter = counters.find((c) => c.id === wanted) ?? (counters.length === 1 ? counters[0] : undefined);
    const siteName = site.name[lang] ?? site.name.nl ?? site.id;
    if (!counter) {
      return res.send(
        renderView("staff/choose-counter", {
          t,
          title: siteName,
          siteName,
          user: userLocals(texts, lang, current),
          action: `/staff/${site.id}`,
          lang: explicitLang(req),
          counters: counters.map((c) => ({ id: c.id, label: desk.counterLabel(c.id, lang) })),
        }),
      );
    }
    const view = desk.panel(site.id, counter, lang);
    res.send(
      renderView("staff/panel", {
        t,
        title: t.panelTitle({ counter: view.counter.label, site: view.siteName }),
        user: userLocals(texts, lang, current),
        view,
        base: `/staff/${site.id}`,
        lang: explicitLang(req),
        eventsUrl: `/staff/${site.id}/events`,
        notice: noticeText(req, lang, site.id, view.counter.label),
      }),
    );
  });

  const noticeText = (req: Request, lang: ReturnType<typeof pageLang>, siteId: string, counterLabel: string) => {
    const notice = req.query.notice;
    if (typeof notice !== "string" || !(NOTICES as readonly string[]).includes(notice)) return undefined;
    const t = texts[lang];
    const kind = notice as Notice;
    if (kind === "nobody") return t.noticeNobody;
    if (kind === "stale") return t.noticeStale;
    if (kind === "help") {
      const kiosk = typeof req.query.kiosk === "string" && /^[\w-]{1,20}$/.test(req.query.kiosk) ? req.query.kiosk : "";
      return t.noticeHelp({ kiosk });
    }
    let ticket: ReturnType<CounterDesk["ticketOf"]>;
    try {
      ticket = desk.ticketOf(siteId, Number(req.query.ticket));
    } catch {
      return undefined;
    }
    const number = ticket.number;
    if (kind === "called") return t.noticeCalled({ number, counter: counterLabel });
    if (kind === "recalled") return t.noticeRecalled({ number });
    if (kind === "done") return t.noticeDone({ number });
    if (kind === "no-show") return t.noticeNoShow({ number });
    return t.noticeTransferred({ number, service: desk.serviceLabel(siteId, ticket.serviceId, lang) });
  };

  router.get("/staff/:site/events", staffOnly, (req, res) => {
    const found = siteFor(req, res);
    if (!found) return;
    streamQueueChanges(req, res, {
      queue: desk.queue,
      siteId: found.site.id,
      onOpen: (stream) => stream.send("ready", {}),
      onChange: (stream, kind) => stream.send("change", { kind }),
      live: deps.live,
    });
  });

  /** Every button of the panel: checks the session, the CSRF token and the counter, then goes back to the panel. */
  const action = (
    run: (ctx: { siteId: string; counterId: string; req: Request }) => Record<string, string | number | undefined>,
  ) =>
    [
      form,
      staffOnly,
      middleware.requireCsrf,
      (req: Request, res: Response) => {
        const found = siteFor(req, res);
        if (!found) return;
        const counter = desk.countersFor(found.user, found.site.id).find((c) => c.id === field(req, "counter"));
        if (!counter) return sendMessagePage(req, res, texts, 403, "forbidden");
        let result: Record<string, string | number | undefined>;
        try {
          result = run({ siteId: found.site.id, counterId: counter.id, req });
        } catch (error) {
          if (!(error instanceof QueueError || error instanceof DeskError)) throw error;
          result = { notice: "stale" };
        }
        res.redirect(
          303,
          withQuery(`/staff/${found.site.id}`, { counter: counter.id, lang: explicitLang(req), ...result }),
        );
      },
    ] as const;

  router.post(
    "/staff/:site/call-next",
    ...action(({ siteId, counterId }) => {
      const counter = desk.counter(siteId, counterId);
      const called = counter ? desk.callNext(siteId, counter) : null;
      return called ? { notice: "called", ticket: called.id } : { notice: "nobody" };
    }),
  );

  for (const [path, act, notice] of [
    ["recall", "recall", "recalled"],
    ["done", "done", "done"],
    ["no-show", "no-show", "no-show"],
  ] as const satisfies readonly (readonly [string, TicketAction, Notice])[]) {
    router.post(
      `/staff/:site/tickets/:id/${path}`,
      ...action(({ siteId, req }) => {
        const ticket = desk.act(siteId, Number(req.params.id), act);
        return { notice, ticket: ticket.id };
      }),
    );
  }

  router.post(
    "/staff/:site/tickets/:id/transfer",
    ...action(({ siteId, req }) => {
      const ticket = desk.transfer(siteId, Number(req.params.id), field(req, "service"));
      return { notice: "transferred", ticket: ticket.id };
    }),
  );

  router.post(
    "/staff/:site/help/:id/resolve",
    ...action(({ siteId, req }) => {
      const request = desk.resolveHelp(siteId, Number(req.params.id));
      return { notice: "help", kiosk: kioskName(request.kioskId) };
    }),
  );

  return router;
}
