/** Errors as RFC 9457 problem details, in the request's language. Never a stack trace. */
import type { NextFunction, Request, Response } from "express";
import { texts } from "../i18n/catalogue.ts";
import { type ProblemId, problemText } from "../i18n/problems.ts";
import { negotiateVisitorLanguage } from "../languages.ts";
import { renderView } from "../render/views.ts";
import type { Logger } from "./logger.ts";

const STATUS: Record<ProblemId, number> = {
  "invalid-json": 400,
  "missing-field": 400,
  "invalid-field": 400,
  "too-large": 413,
  "unsupported-type": 415,
  "no-words": 422,
  binary: 422,
  scan: 422,
  "unreadable-file": 422,
  "unreadable-image": 422,
  "too-many-pages": 413,
  "image-too-large": 413,
  "not-found": 404,
  busy: 503,
  "rate-limited": 429,
  "login-required": 401,
  internal: 500,
};

export class Problem extends Error {
  constructor(
    readonly id: ProblemId,
    readonly params: { field?: string; limit?: string } = {},
    readonly retryAfterSeconds?: number,
  ) {
    super(id);
    this.name = "Problem";
  }
  get status(): number {
    return STATUS[this.id];
  }
}

/** Browsers get a page with a way back; API clients get problem JSON. */
function wantsPage(req: Request): boolean {
  return !req.path.startsWith("/api/") && req.accepts(["application/json", "text/html"]) === "text/html";
}

export function sendProblem(req: Request, res: Response, problem: Problem): void {
  const lang = negotiateVisitorLanguage(req.headers["accept-language"]);
  const { title, detail } = problemText(lang, problem.id, problem.params);
  if (problem.retryAfterSeconds) res.setHeader("Retry-After", String(problem.retryAfterSeconds));
  if (wantsPage(req)) {
    res.status(problem.status).setHeader("Content-Language", lang);
    res.send(renderView("error", { t: texts(lang, "pages"), title, heading: title, text: detail }));
    return;
  }
  res
    .status(problem.status)
    .type("application/problem+json")
    .setHeader("Content-Language", lang)
    .send(
      JSON.stringify({
        type: `urn:klaar:problem:${problem.id}`,
        title,
        status: problem.status,
        detail,
        ...(problem.params.field ? { field: problem.params.field } : {}),
      }),
    );
}

/** Maps body-parser errors and anything unexpected to a problem; logs the unexpected ones without request data. */
export function problemHandler(logger: Logger, limits: { uploadBytes: number }) {
  const uploadLimit = `${Math.round((limits.uploadBytes / 1024 / 1024) * 10) / 10} MB`;
  return (error: unknown, req: Request, res: Response, _next: NextFunction): void => {
    if (res.headersSent) return;
    if (error instanceof Problem) {
      sendProblem(req, res, error);
      return;
    }
    const type = (error as { type?: string }).type;
    if (type === "entity.too.large") {
      sendProblem(req, res, new Problem("too-large", { limit: String((error as { limit?: number }).limit ?? "") }));
      return;
    }
    if (type === "entity.parse.failed") {
      sendProblem(req, res, new Problem("invalid-json"));
      return;
    }
    const code = (error as { code?: string }).code;
    if (code === "LIMIT_FILE_SIZE" || code === "LIMIT_FIELD_VALUE") {
      sendProblem(req, res, new Problem("too-large", { limit: uploadLimit }));
      return;
    }
    // A path with a broken percent escape (/letters/%ZZ): Express's router marks it 400.
    if (error instanceof URIError || (error as { status?: number }).status === 400) {
      sendProblem(req, res, new Problem("invalid-field", { field: "url" }));
      return;
    }
    // Multipart that cannot be parsed (no boundary, cut off): busboy's errors carry no code, only this message.
    if (/^(Multipart:|Unexpected end of form|Malformed part header)/.test((error as Error).message ?? "")) {
      sendProblem(req, res, new Problem("invalid-field", { field: "file" }));
      return;
    }
    if ((error as Error).name === "MulterError") {
      sendProblem(req, res, new Problem("invalid-field", { field: (error as { field?: string }).field ?? "file" }));
      return;
    }
    if ((error as { code?: string }).code === "BUSY") {
      sendProblem(req, res, new Problem("busy", {}, (error as { retryAfterSeconds?: number }).retryAfterSeconds ?? 5));
      return;
    }
    // Messages can quote input (a letter!), so only the error's name and where it happened are logged.
    const where = String((error as Error).stack ?? "")
      .split("\n")
      .find((line) => line.includes("/src/"))
      ?.trim();
    logger.error({ err: { name: (error as Error).name, where } }, "unexpected error");
    sendProblem(req, res, new Problem("internal"));
  };
}
