/** Small helpers the staff and display pages share: the page language, links that keep it, the 403/404 pages. */
import type { Request, Response } from "express";
import { type AuthLocals, auth, type Denial } from "../accounts/http.ts";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { isLetterLanguage, negotiateLetterLanguage } from "../languages.ts";
import { renderView } from "../render/views.ts";
import type { AllStaffTexts } from "./texts.ts";

/** The language asked for with ?lang= (or a form's `lang`), if any. */
export function explicitLang(req: Request): Language | undefined {
  const fromQuery = req.query.lang;
  if (isLetterLanguage(fromQuery)) return fromQuery;
  const fromBody = (req.body as Record<string, unknown> | undefined)?.lang;
  return isLetterLanguage(fromBody) ? fromBody : undefined;
}

/** ?lang=, else the browser's Accept-Language, else Dutch. */
export function pageLang(req: Request): Language {
  return explicitLang(req) ?? negotiateLetterLanguage(req.headers["accept-language"]);
}

/** Adds query values to a local path; leaves out the empty ones. */
export function withQuery(path: string, values: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(values))
    if (value !== undefined && value !== "") query.set(key, String(value));
  const text = query.toString();
  return text ? `${path}${path.includes("?") ? "&" : "?"}${text}` : path;
}

export function languageLinks(
  texts: AllStaffTexts,
  path: string,
  current: Language,
  keep: Record<string, string | undefined> = {},
) {
  return LANGUAGES.map((code) => ({
    code,
    name: texts[code].languageName,
    htmlLang: texts[code].htmlLang,
    href: withQuery(path, { ...keep, lang: code }),
    current: code === current,
  }));
}

/** What the page frame needs to show who is logged in and the logout button. */
export function userLocals(texts: AllStaffTexts, lang: Language, current: AuthLocals | undefined) {
  if (!current) return undefined;
  return {
    text: texts[lang].loggedInAs({ name: current.session.user.displayName }),
    csrf: current.session.csrfToken,
  };
}

export function sendMessagePage(
  req: Request,
  res: Response,
  texts: AllStaffTexts,
  status: number,
  kind: Denial | "not-found",
): void {
  const lang = pageLang(req);
  const t = texts[lang];
  const [title, text] =
    kind === "forbidden"
      ? [t.forbiddenTitle, t.forbiddenText]
      : kind === "csrf"
        ? [t.csrfTitle, t.csrfText]
        : [t.notFoundTitle, t.notFoundText];
  res
    .status(status)
    .setHeader("Cache-Control", "no-store")
    .send(
      renderView("staff/message", {
        t,
        title,
        text,
        user: userLocals(texts, lang, auth(res)),
        backHref: withQuery(auth(res) ? "/staff" : "/login", { lang: explicitLang(req) }),
      }),
    );
}
