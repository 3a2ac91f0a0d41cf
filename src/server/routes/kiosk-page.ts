/**
 * What every kiosk route shares (kiosk.ts, kiosk-letter.ts): the visitor's display
 * settings, and sending a page that no browser cache keeps.
 */
import type { Request, Response } from "express";
import { DISPLAY_COOKIE, type DisplaySettings, displayFromCookie } from "../../kiosk/display.ts";
import type { Page } from "../../kiosk/kiosk.ts";
import { renderView } from "../../render/views.ts";
import { cookieOf } from "../cookies.ts";

export const displayOf = (req: Request): DisplaySettings => displayFromCookie(cookieOf(req, DISPLAY_COOKIE));

export const COOKIE_OPTIONS = { httpOnly: true, sameSite: "strict", path: "/" } as const;
/** The pages of a letter given so far ("one more page"), kept in memory under this id until it is explained. */
export const LETTER_DRAFT_COOKIE = "klaar_letter_draft";

export function send(res: Response, page: Page): void {
  // Nothing a visitor saw stays in the browser's cache for the next visitor.
  res.setHeader("Cache-Control", "no-store");
  res.status(page.status).send(renderView(page.view, page.locals));
}
