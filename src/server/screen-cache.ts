/**
 * Rendered kiosk screens, kept per site, language, screen and display settings: the start, service and "what to
 * bring" screens are the same for every visitor, so each is rendered once and then sent from memory, with an ETag
 * (a kiosk that has the screen gets 304) and a gzip copy made once. Screens with a visitor's own state (tickets,
 * letters, help requests) never come here.
 *
 * The cache holds on to the site and text objects it rendered from: when sites or texts are loaded again (new
 * objects), their screens are rendered again. `clear()` empties it.
 */
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Request, Response } from "express";

interface Screen {
  status: number;
  body: Buffer;
  gzip: Buffer | null;
  etag: string;
}

/** Screens per site at most; a site has a few dozen screens × languages × 4 display settings. */
const MAX_PER_SITE = 5000;
/** Below this size gzip gains too little to be worth a second copy. */
export const GZIP_FROM = 1024;

export class ScreenCache {
  private bySite = new WeakMap<object, Map<string, Screen>>();
  private texts: object | undefined;

  clear(): void {
    this.bySite = new WeakMap();
  }

  /**
   * Sends the screen stored under `key` for this site and these texts, rendering it first when it is not there.
   * Only 200 answers are kept.
   */
  send(
    req: Request,
    res: Response,
    from: { site: object; texts: object },
    key: string,
    render: () => { status: number; html: string },
  ): void {
    if (this.texts !== from.texts) {
      this.clear();
      this.texts = from.texts;
    }
    let screens = this.bySite.get(from.site);
    if (!screens) {
      screens = new Map();
      this.bySite.set(from.site, screens);
    }
    let screen = screens.get(key);
    if (!screen) {
      const { status, html } = render();
      const body = Buffer.from(html);
      const etag = `"${createHash("sha1").update(body).digest("base64url").slice(0, 27)}"`;
      screen = { status, body, etag, gzip: body.length >= GZIP_FROM ? gzipSync(body) : null };
      if (status === 200) {
        if (screens.size >= MAX_PER_SITE) screens.clear();
        screens.set(key, screen);
      }
    }
    // Public screens: the browser may keep them but asks each time whether they changed (ETag → 304).
    res.setHeader("Cache-Control", "no-cache");
    res.setHeader("Vary", "Accept-Encoding, Cookie");
    res.status(screen.status);
    const gzip = screen.gzip && acceptsGzip(req);
    res.setHeader("ETag", gzip ? `${screen.etag.slice(0, -1)}-gz"` : screen.etag);
    if (screen.status === 200 && req.fresh) {
      res.status(304).end();
      return;
    }
    res.type("html");
    if (gzip && screen.gzip) {
      res.setHeader("Content-Encoding", "gzip");
      res.send(screen.gzip);
    } else res.send(screen.body);
  }
}

/** Whether the client takes gzip (every browser does; autocannon and curl do not unless asked). */
export function acceptsGzip(req: Request): boolean {
  return /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""));
}
