/**
 * The public "now serving" display: /display/:site (the page), /display/:site/events (Server-Sent Events),
 * /display/:site/calls/:id/:lang.wav (the spoken call) and /display/chime.wav. No login: it shows only numbers.
 */
import express, { type Request, type Response, type Router } from "express";
import type { Language } from "../../analysis/types.ts";
import type { DisplayBoard } from "../../display/board.ts";
import { chimeWav } from "../../display/chime.ts";
import type { QueueStore } from "../../kiosk/queue.ts";
import type { Site } from "../../kiosk/sites.ts";
import { isLetterLanguage } from "../../languages.ts";
import { renderView } from "../../render/views.ts";
import { sendMessagePage } from "../../staff/pages.ts";
import type { AllStaffTexts } from "../../staff/texts.ts";
import { type LiveConnections, streamQueueChanges } from "../sse.ts";

export interface DisplayRouteDeps {
  board: DisplayBoard;
  queue: QueueStore;
  sites: Map<string, Site>;
  texts: AllStaffTexts;
  /** Caps on live connections (shared with the staff panel). */
  live?: LiveConnections;
}

/** ?lang=, else the first language of the site the screen knows (a display has no Accept-Language worth using). */
function displayLang(req: Request, site: Site): Language {
  const asked = req.query.lang;
  if (isLetterLanguage(asked)) return asked;
  return site.languages.find(isLetterLanguage) ?? "nl";
}

export function displayRoutes(deps: DisplayRouteDeps): Router {
  const router = express.Router();
  const { board, sites, texts } = deps;

  router.get("/display/chime.wav", (_req, res) => {
    res.type("audio/wav").setHeader("Cache-Control", "public, max-age=86400").send(chimeWav());
  });

  const siteOr404 = (req: Request, res: Response): Site | undefined => {
    const site = sites.get(String(req.params.site));
    if (!site) sendMessagePage(req, res, texts, 404, "not-found");
    return site;
  };

  router.get("/display/:site", (req, res) => {
    const site = siteOr404(req, res);
    if (!site) return;
    const lang = displayLang(req, site);
    res.setHeader("Cache-Control", "no-store");
    res.send(
      renderView("display/show", {
        t: texts[lang],
        siteName: site.name[lang] ?? site.name.nl,
        board: board.board(site.id, lang),
        eventsUrl: `/display/${site.id}/events${isLetterLanguage(req.query.lang) ? `?lang=${lang}` : ""}`,
      }),
    );
  });

  router.get("/display/:site/events", (req, res) => {
    const site = siteOr404(req, res);
    if (!site) return;
    const lang = displayLang(req, site);
    streamQueueChanges(req, res, {
      queue: deps.queue,
      siteId: site.id,
      onOpen: (stream) => stream.send("board", { ...board.board(site.id, lang), announce: null }),
      onChange: (stream, kind) =>
        stream.send("board", { ...board.board(site.id, lang), announce: board.announcement(site, kind) }),
      live: deps.live,
    });
  });

  router.get("/display/:site/calls/:id/:lang.wav", async (req, res) => {
    const site = siteOr404(req, res);
    if (!site) return;
    const lang = req.params.lang;
    const audio = isLetterLanguage(lang) ? await board.speech(site, Number(req.params.id), lang) : null;
    if (!audio) return sendMessagePage(req, res, texts, 404, "not-found");
    res.type("audio/wav").setHeader("Cache-Control", "private, max-age=3600").send(audio);
  });

  return router;
}
