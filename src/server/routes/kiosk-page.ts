/**
 * What every kiosk route shares (kiosk.ts, kiosk-letter.ts): the visitor's display
 * settings, and sending a page that no browser cache keeps.
 */
import { gzipSync } from "node:zlib";
import type { Request, Response } from "express";
import { DISPLAY_COOKIE, type DisplaySettings, displayFromCookie } from "../../kiosk/display.ts";
import type { Page } from "../../kiosk/kiosk.ts";
import { renderView } from "../../render/views.ts";
import { cookieOf } from "../cookies.ts";
import { acceptsGzip, GZIP_FROM } from "../screen-cache.ts";

export const displayOf = (req: Request): DisplaySettings => displayFromCookie(cookieOf(req, DISPLAY_COOKIE));

export const COOKIE_OPTIONS = { httpOnly: true, sameSite: "strict", path: "/" } as const;
/** The pages of a letter given so far ("one more page"), kept in memory under this id until it is explained. */
export const LETTER_DRAFT_COOKIE = "klaar_letter_draft";

/**
 * A kiosk page made for this visitor. Packed here when the browser takes gzip, as the cached screens carry their own
 * packed copy (screen-cache.ts): so no compression middleware has to wrap every kiosk answer.
 */
export function send(res: Response, page: Page): void {
  // Nothing a visitor saw stays in the browser's cache for the next visitor.
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Vary", "Accept-Encoding");
  res.status(page.status).type("html");
  const html = Buffer.from(renderView(page.view, page.locals));
  if (html.length >= GZIP_FROM && acceptsGzip(res.req)) {
    res.setHeader("Content-Encoding", "gzip");
    res.send(gzipSync(html));
  } else res.send(html);
}
