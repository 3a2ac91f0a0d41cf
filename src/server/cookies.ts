/**
 * Cookies the Express way: cookie-parser, mounted once in app.ts, reads them into `req.cookies`; `res.cookie`
 * writes them. When a browser sends a name twice, the first one counts (the cookie package's rule; browsers send
 * the cookie of the most specific path first).
 */
import type { CookieOptions, Request } from "express";

/** The value of a cookie, only when it is a plain string (cookie-parser turns "j:{…}" values into objects). */
export function cookieOf(req: Request, name: string): string | undefined {
  const value = (req.cookies as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" ? value : undefined;
}

/** HttpOnly, SameSite=Strict, Path=/, and Secure when the request came over https. */
export function strictCookie(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: "strict", path: "/", ...(req.secure ? { secure: true } : {}) };
}
