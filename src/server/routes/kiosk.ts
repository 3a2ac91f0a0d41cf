/**
 * The kiosk visitor screens under /kiosk/:site/:lang/…: read the request, call src/kiosk/kiosk.ts, render.
 * Every page works without JavaScript; public/js/kiosk.js adds the idle warning and the big speech buttons.
 * The letter flow (…/letter) is in kiosk-letter.ts; the helpers both share are in kiosk-page.ts.
 */
import express, { type NextFunction, type Request, type Response, type Router } from "express";
import { problemText } from "../../i18n/problems.ts";
import { KIOSK_DEVICE_COOKIE, type KioskDevices } from "../../kiosk/devices.ts";
import {
  DISPLAY_COOKIE,
  type DisplaySettings,
  displayChange,
  displayCookieValue,
  LETTERS_COOKIE,
  letterIds,
  VISITOR_COOKIES,
} from "../../kiosk/display.ts";

import type { Kiosk, Page, Where } from "../../kiosk/kiosk.ts";
import type { Site } from "../../kiosk/sites.ts";
import { renderView } from "../../render/views.ts";
import { cookieOf } from "../cookies.ts";

import type { Logger } from "../logger.ts";
import { ScreenCache } from "../screen-cache.ts";
import { kioskLetterRoutes } from "./kiosk-letter.ts";
import { COOKIE_OPTIONS, displayOf, LETTER_DRAFT_COOKIE, send } from "./kiosk-page.ts";
import type { LetterRouteDeps } from "./letters.ts";

export interface KioskRouteDeps {
  kiosk: Kiosk;
  maxChars: number;
  maxUploadBytes: number;
  logger?: Logger;
  /** Reads photos and scans of letters; without it they get "we cannot read scans yet". */
  ocr?: LetterRouteDeps["ocr"];
  /** Enrolled kiosks; with `enrolment`, tickets and help requests come only from them. */
  devices?: KioskDevices;
  enrolment?: boolean;
  /** Rendered screens that are the same for every visitor (a new one when absent). */
  screens?: ScreenCache;
}

/** The kiosk a request comes from: its address. Help requests and the ticket limit are per kiosk. */
const ipOf = (req: Request): string => req.ip ?? "unknown";

/** The request comes from a page of this server (or from no browser page at all). */
export function sameOrigin(req: Request): boolean {
  const site = req.headers["sec-fetch-site"];
  if (typeof site === "string") return site === "same-origin" || site === "none";
  const origin = req.headers.origin;
  if (typeof origin !== "string") return true;
  return origin === `${req.protocol}://${req.get("host")}`;
}

export function kioskRoutes(deps: KioskRouteDeps): Router {
  const { kiosk } = deps;
  const router = express.Router();
  const jobs = kiosk.letterJobs;
  const form = express.urlencoded({ extended: false, limit: "4kb" });
  const screens = deps.screens ?? new ScreenCache();

  /**
   * A screen that is the same for every visitor with the same display settings, from the cache. `moment` is what
   * else it depends on (the minute, for "open now").
   */
  const sendShared = (
    req: Request,
    res: Response,
    site: Site,
    page: (display: DisplaySettings) => Page,
    moment = "",
  ) => {
    const display = displayOf(req);
    screens.send(
      req,
      res,
      { site, texts: kiosk.deps.texts },
      `${req.path}|${display.size}|${display.theme}|${moment}`,
      () => {
        const p = page(display);
        return { status: p.status, html: renderView(p.view, p.locals) };
      },
    );
  };

  const notFound = (req: Request, res: Response) =>
    send(
      res,
      kiosk.notFound(req.params.site as string | undefined, req.params.lang as string | undefined, displayOf(req)),
    );

  /** The site and language of the URL, or the friendly 404. */
  const deviceOf = (req: Request) => deps.devices?.byToken(cookieOf(req, KIOSK_DEVICE_COOKIE));
  /** Limits count per kiosk: an enrolled kiosk by its id, anything else by its address. */
  const kioskIdOf = (req: Request): string => {
    const device = deviceOf(req);
    return device ? `device:${device.id}` : ipOf(req);
  };
  /** What staff see for a help request: the kiosk's name ("Hal links"), else its address. */
  const kioskLabelOf = (req: Request): string => deviceOf(req)?.name ?? ipOf(req);
  /** With enrolment on, only an enrolled kiosk of this site may take tickets and ask for help. */
  const enrolledOr403 = (req: Request, res: Response, where: Where): boolean => {
    if (!deps.enrolment || deviceOf(req)?.siteId === where.site.id) return true;
    const page = kiosk.failure(where, displayOf(req));
    send(res, {
      ...page,
      status: 403,
      locals: { ...page.locals, lines: [kiosk.texts(where.lang).notEnrolled] },
    });
    return false;
  };

  const whereOr404 = (req: Request, res: Response): Where | undefined => {
    const where = kiosk.where(String(req.params.site), String(req.params.lang));
    if (!where) notFound(req, res);
    return where;
  };

  const sendWav = async (res: Response, parts: Parameters<Kiosk["speak"]>[0]) => {
    const { wav, cached } = await kiosk.speak(parts);
    res
      .type("audio/wav")
      .setHeader("Cache-Control", "private, max-age=300")
      .setHeader("X-Kiosk-Speech", cached ? "cache" : "synthesised");
    res.send(wav);
  };

  // Tickets, help requests and letters are posted by the kiosk's own pages only: a page of another site (a phone
  // on the network, a link in a mail) that posts here gets 403. Browsers say where a request comes from in
  // Sec-Fetch-Site, older ones in Origin; a request with neither (no browser) goes on to the other checks.
  router.post("/kiosk/:site/:lang/*rest", (req, res, next) => {
    if (sameOrigin(req)) return next();
    const where = kiosk.where(String(req.params.site), String(req.params.lang));
    if (!where) return notFound(req, res);
    send(res, { ...kiosk.failure(where, displayOf(req)), status: 403 });
  });

  // A visitor's letter (the form, the explanation) is never kept by the kiosk's browser or a proxy.
  router.use("/kiosk/:site/:lang/letter", (_req, res, next) => {
    res.setHeader("Cache-Control", "no-store");
    next();
  });

  // `?size=large` / `?theme=dark` on any kiosk page: remember it in a cookie, then show the same page without it.
  router.use("/kiosk", (req, res, next) => {
    if (req.method !== "GET") return next();
    const current = displayOf(req);
    const change = displayChange(req.query as Record<string, unknown>, current);
    if (!change) return next();
    res.cookie(DISPLAY_COOKIE, displayCookieValue(change), COOKIE_OPTIONS);
    res.redirect(303, `/kiosk${req.path}`);
  });

  router.get("/kiosk", (req, res) => send(res, kiosk.sitesScreen(displayOf(req))));

  // The one-time setup link of `klaar kiosk add`: leaves the device token on this kiosk, then its start screen.
  router.get("/kiosk/setup/:token", (req, res) => {
    const enrolled = deps.devices?.enrol(String(req.params.token));
    if (!enrolled) return notFound(req, res);
    res.cookie(KIOSK_DEVICE_COOKIE, enrolled.token, {
      ...COOKIE_OPTIONS,
      secure: req.secure,
      maxAge: 5 * 365 * 24 * 3600_000,
    });
    res.setHeader("Cache-Control", "no-store");
    res.redirect(303, `/kiosk/${enrolled.device.siteId}`);
  });

  // Every screen's spoken version: its path plus /speech.wav (before the
  // routes with an id, which would take "speech.wav" for one).
  router.get(/^\/kiosk\/([^/]+)\/([^/]+)((?:\/[^/]+)*)\/speech\.wav$/, async (req, res) => {
    const [siteId = "", lang = "", screen = ""] = [req.params[0], req.params[1], req.params[2]];
    const where = kiosk.where(siteId, lang);
    const parts = where && kiosk.speechParts(where.site, where.lang, screen, kioskLabelOf(req));
    if (!parts) return notFound(req, res);
    await sendWav(res, parts);
  });

  router.get("/kiosk/preview", (req, res) => {
    const site = kiosk.site(String(req.query.site ?? ""));
    if (!site) return notFound(req, res);
    send(res, kiosk.previewScreen(site));
  });

  router.get("/kiosk/:site", (req, res) => {
    const site = kiosk.site(req.params.site);
    if (!site) return notFound(req, res);
    sendShared(req, res, site, (display) => kiosk.languageScreen(site, display));
  });

  router.get("/kiosk/:site/speech.wav", async (req, res) => {
    const site = kiosk.site(String(req.params.site));
    const parts = site && kiosk.speechParts(site, null, "");
    if (!parts) return notFound(req, res);
    await sendWav(res, parts);
  });

  // The visitor is done or walked away: their letters are deleted and their cookies cleared.
  router.get("/kiosk/:site/reset", (req, res) => {
    kiosk.wipe(letterIds(cookieOf(req, LETTERS_COOKIE)));
    jobs.dropDraft(cookieOf(req, LETTER_DRAFT_COOKIE));
    for (const name of [...VISITOR_COOKIES, LETTER_DRAFT_COOKIE]) res.clearCookie(name, COOKIE_OPTIONS);
    res.setHeader("Clear-Site-Data", '"storage"');
    res.setHeader("Cache-Control", "no-store");
    res.redirect(303, kiosk.site(req.params.site) ? `/kiosk/${req.params.site}` : "/kiosk");
  });

  router.get("/kiosk/:site/:lang", (req, res) => {
    const where = whereOr404(req, res);
    if (where) sendShared(req, res, where.site, (display) => kiosk.homeScreen(where, display));
  });

  router.get("/kiosk/:site/:lang/service/:service", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const service = kiosk.service(where.site, req.params.service);
    if (!service || service.kind === "talk-to-person") return notFound(req, res);
    // "Open now" and "opens tomorrow at 8:30" change with the minute.
    const minute = String(Math.floor(kiosk.hoursNow().getTime() / 60_000));
    sendShared(req, res, where.site, (display) => kiosk.serviceScreen(where, service, display), minute);
  });

  router.get("/kiosk/:site/:lang/service/:service/bring", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const service = kiosk.service(where.site, req.params.service);
    if (!service || service.kind === "talk-to-person") return notFound(req, res);
    sendShared(req, res, where.site, (display) => kiosk.bringScreen(where, service, display));
  });

  // A form POST, then a redirect: reloading the ticket page never takes a second ticket.
  router.post("/kiosk/:site/:lang/service/:service/ticket", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    if (!enrolledOr403(req, res, where)) return;
    const service = kiosk.service(where.site, req.params.service);
    const result = service && kiosk.takeTicket(where.site, service, kioskIdOf(req));
    if (!service || !result) return notFound(req, res);
    if (!result.ok && "closed" in result) return send(res, kiosk.closedScreen(where, service, displayOf(req)));
    if (!result.ok) {
      res.setHeader("Retry-After", String(result.retryAfterSeconds));
      return send(
        res,
        kiosk.tooManyTickets(where, displayOf(req), `/kiosk/${where.site.id}/${where.lang}/service/${service.id}`),
      );
    }
    res.redirect(303, `/kiosk/${where.site.id}/${where.lang}/ticket/${result.ticketId}`);
  });

  router.get("/kiosk/:site/:lang/ticket/:ticket", (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const page = kiosk.ticketScreen(where, req.params.ticket, displayOf(req));
    if (!page) return notFound(req, res);
    send(res, page);
  });

  router.get("/kiosk/:site/:lang/ticket/:ticket/ticket.pdf", async (req, res) => {
    const where = whereOr404(req, res);
    if (!where) return;
    const pdf = await kiosk.ticketPdf(where, String(req.params.ticket));
    if (!pdf) return notFound(req, res);
    res.type("application/pdf").setHeader("Cache-Control", "no-store").send(pdf);
  });

  router.get("/kiosk/:site/:lang/help", (req, res) => {
    const where = whereOr404(req, res);
    if (where) send(res, kiosk.helpScreen(where, kioskLabelOf(req), displayOf(req)));
  });

  router.post("/kiosk/:site/:lang/help", form, (req, res) => {
    const where = whereOr404(req, res);
    if (!where || !enrolledOr403(req, res, where)) return;
    const back = `/kiosk/${where.site.id}/${where.lang}/help`;
    const asked = kiosk.requestHelp(where, kioskLabelOf(req), kioskIdOf(req));
    if (!asked.ok) {
      res.setHeader("Retry-After", String(asked.retryAfterSeconds));
      return send(res, kiosk.tooManyTickets(where, displayOf(req), back, "help"));
    }
    res.redirect(303, back);
  });

  kioskLetterRoutes(router, { ...deps, whereOr404, notFound });

  // Anything else under /kiosk: the friendly 404, in the language of the URL when it has one.
  router.use("/kiosk", (req, res) => {
    const [, site, lang] = req.path.split("/");
    send(res, kiosk.notFound(site || undefined, lang || undefined, displayOf(req)));
  });

  // Errors on a kiosk page: a calm page with a way home. Audio and PDF errors go on as problems (503 when busy).
  router.use("/kiosk", (error: unknown, req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent || /\.(wav|pdf)$/.test(req.path)) return next(error);
    const [, siteId = "", lang = ""] = req.path.split("/");
    const site = kiosk.site(siteId);
    if (!site) return next(error);
    const where = kiosk.where(siteId, lang) ?? { site, lang: kiosk.languages(site)[0] ?? "nl" };
    const at = String((error as Error).stack ?? "")
      .split("\n")
      .find((line) => line.includes("/src/"))
      ?.trim();
    // A client's mistake (a broken percent escape, a form too large) keeps its 4xx; only our own failures are 500.
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500) {
      if (status === 413 && req.method === "POST" && req.path.endsWith("/letter")) {
        const limit = `${deps.maxChars.toLocaleString("nl-BE")}`;
        const problem = problemText(where.lang, "too-large", { limit });
        send(res, { ...kiosk.letterScreen(where, displayOf(req), problem, ""), status });
        return;
      }
      send(res, { ...kiosk.failure(where, displayOf(req)), status });
      return;
    }
    deps.logger?.error({ err: { name: (error as Error).name, where: at } }, "kiosk page failed");
    send(res, kiosk.failure(where, displayOf(req)));
  });

  return router;
}
