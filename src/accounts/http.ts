/**
 * The HTTP side of accounts: the session cookie, `requireRole`, the CSRF check and the login form's own token.
 *
 * - Cookie `klaar_session`: HttpOnly, SameSite=Strict, Path=/, Secure when the request came over https. No
 *   Max-Age: the browser forgets it when it closes; the server forgets it after 8 hours without use.
 * - CSRF: synchronizer token. Every POST form of a logged-in page has a hidden `_csrf` with the session's token;
 *   a POST without it, or with another one, gets a 403 page. The login form, which has no session yet, uses a
 *   double-submit token (cookie `klaar_login` and the hidden field must match).
 */
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { NextFunction, Request, RequestHandler, Response } from "express";
import { cookieOf, strictCookie } from "../server/cookies.ts";
import { Problem, sendProblem } from "../server/problem.ts";
import type { AccountStore, Role, Session } from "./store.ts";

export const SESSION_COOKIE = "klaar_session";
export const LOGIN_COOKIE = "klaar_login";
export const CSRF_FIELD = "_csrf";

export type Denial = "forbidden" | "csrf";

/** What the pages use to answer a refusal: a 403 page in the person's language. */
export type DenyPage = (req: Request, res: Response, kind: Denial) => void;

export interface AuthLocals {
  session: Session;
  token: string;
}

export function setSessionCookie(req: Request, res: Response, token: string): void {
  res.cookie(SESSION_COOKIE, token, strictCookie(req));
}

export function clearSessionCookie(req: Request, res: Response): void {
  res.cookie(SESSION_COOKIE, "", { ...strictCookie(req), maxAge: 0 });
}

/** Equal strings, compared in constant time. */
export function sameToken(a: unknown, b: string): boolean {
  if (typeof a !== "string" || a.length === 0 || b.length === 0) return false;
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Only a path on this server may follow a login: "/staff/stadhuis", never "//evil.example" or "https://…". */
export function safeNext(next: unknown): string | undefined {
  if (typeof next !== "string" || next.length > 500) return undefined;
  if (!next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")) return undefined;
  // No backslash (browsers read it as "/") and no control characters (a header split, a hidden "//").
  if (next.includes("\\") || [...next].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f))
    return undefined;
  return next;
}

/** The session of this request, when there is a valid one. */
export function auth(res: Response): AuthLocals | undefined {
  return res.locals.auth as AuthLocals | undefined;
}

const STATE_CHANGING = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export interface AccountMiddleware {
  /** Reads the session cookie; sets `res.locals.auth` when the session is valid. Use before the others. */
  loadSession: RequestHandler;
  /**
   * Lets only these roles through. Without a session, a page request is sent to /login?next=…; an event stream
   * or API request gets 401. A person with another role gets the 403 page.
   */
  requireRole(...roles: Role[]): RequestHandler;
  /** Refuses a state-changing request without the session's CSRF token (403). Needs a parsed form body. */
  requireCsrf: RequestHandler;
}

export function accountMiddleware(store: AccountStore, deny: DenyPage): AccountMiddleware {
  return {
    loadSession(req, res, next) {
      const token = cookieOf(req, SESSION_COOKIE);
      const session = token ? store.session(token) : undefined;
      if (token && session) res.locals.auth = { session, token } satisfies AuthLocals;
      next();
    },
    requireRole(...roles) {
      return (req: Request, res: Response, next: NextFunction) => {
        const current = auth(res);
        if (!current) {
          const accept = String(req.headers.accept ?? "");
          if (req.method === "GET" && !accept.includes("text/event-stream") && !accept.startsWith("application/json")) {
            res.redirect(303, `/login?next=${encodeURIComponent(req.originalUrl)}`);
          } else {
            sendProblem(req, res, new Problem("login-required"));
          }
          return;
        }
        // Whatever comes next is personal: never keep it in a shared cache.
        res.setHeader("Cache-Control", "no-store");
        if (!roles.includes(current.session.user.role)) return deny(req, res, "forbidden");
        next();
      };
    },
    requireCsrf(req, res, next) {
      if (!STATE_CHANGING.has(req.method)) return next();
      const current = auth(res);
      const sent = (req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD] ?? req.headers["x-csrf-token"];
      if (!current || !sameToken(sent, current.session.csrfToken)) return deny(req, res, "csrf");
      next();
    },
  };
}

/** The login form's token: reuses the cookie's value or makes a new one (and sets the cookie). */
export function loginFormToken(req: Request, res: Response): string {
  const existing = cookieOf(req, LOGIN_COOKIE);
  if (existing && /^[\w-]{43}$/.test(existing)) return existing;
  const token = randomBytes(32).toString("base64url");
  res.cookie(LOGIN_COOKIE, token, strictCookie(req));
  return token;
}

export function loginTokenMatches(req: Request): boolean {
  const cookie = cookieOf(req, LOGIN_COOKIE);
  return cookie !== undefined && sameToken((req.body as Record<string, unknown> | undefined)?.[CSRF_FIELD], cookie);
}
