/** The express application: middleware and routes. Routes stay thin; the work happens in the modules they call. */
import { fileURLToPath } from "node:url";
import compression from "compression";
import cookieParser from "cookie-parser";

import express, { type Express } from "express";
import helmet from "helmet";
import { enrolmentRequired } from "../kiosk/devices.ts";
import { PUBLIC_DIR } from "../render/views.ts";
import { ruleCss } from "../workbench/rule-css.ts";
import type { Logger } from "./logger.ts";
import { requestLog } from "./logger.ts";
import { Problem, problemHandler, sendProblem } from "./problem.ts";
import { adminRoutes } from "./routes/admin.ts";
import { analyzeRoutes } from "./routes/analyze.ts";
import { displayRoutes } from "./routes/display.ts";
import { kioskRoutes } from "./routes/kiosk.ts";
import { letterOutputRoutes } from "./routes/letter-outputs.ts";
import { letterRoutes } from "./routes/letters.ts";
import { pictogramRoutes } from "./routes/pictograms.ts";
import { staffRoutes } from "./routes/staff.ts";
import { workbenchRoutes } from "./routes/workbench.ts";
import type { Services } from "./services.ts";
import { LiveConnections } from "./sse.ts";

export interface AppDeps {
  services: Services;
  logger: Logger;
}

// The font package as is: its CSS files point at ./files/*.woff2, which this serves too.
const FONT_DIR = fileURLToPath(new URL("../../node_modules/@fontsource/atkinson-hyperlegible", import.meta.url));

export function createApp(deps: AppDeps): Express {
  const { config, analysis, letters } = deps.services;
  const app = express();
  app.disable("x-powered-by");
  // No ETag on our own answers: most are no-store (letters), and hashing a 1 MB explanation costs the event loop.
  // Files under /assets keep theirs (express.static).
  app.set("etag", false);
  app.set("trust proxy", "loopback");
  // First of all: a health check answers without security headers, logging or routing in front of it.
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.use(requestLog(deps.logger));
  // A new letter for the API while the analysis workers are full: 503 at once, before security headers and routing
  // (a burst of hundreds of requests then costs the event loop as little as it can).
  app.post(["/api/explain", "/api/analyze"], (req, res, next) => {
    if (!analysis.full) return next();
    sendProblem(req, res, new Problem("busy", {}, 5));
  });
  app.use(
    helmet({ contentSecurityPolicy: { directives: { "script-src": ["'self'"], "img-src": ["'self'", "data:"] } } }),
  );
  // Every route reads cookies from req.cookies (see cookies.ts); no route parses the header itself.
  app.use(cookieParser());
  app.get("/assets/css/rules.css", (_req, res) => {
    res.type("text/css").set("Cache-Control", "public, max-age=3600").send(ruleCss());
  });
  // Files go out compressed. Kiosk pages are packed where they are made (the cached screens once, kiosk-page.ts for the
  // others): a middleware on /kiosk would wrap every kiosk answer, which cost a fifth of the screens' requests per
  // second. Live pages (event streams) are never packed.
  app.use("/assets", compression());
  // A file asked for with its version (asset() in the templates) never changes under that address.
  app.use("/assets", (req, res, next) => {
    if (typeof req.query.v === "string") res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    next();
  });
  app.use("/assets", express.static(PUBLIC_DIR, { maxAge: "1h", index: false }));
  app.use("/assets/fonts", express.static(FONT_DIR, { maxAge: "7d", index: false }));
  app.get("/", (_req, res) => res.redirect("/letters/new"));
  // The kiosk first: its screens are the most asked for, and no other router answers under /kiosk.
  app.use(
    kioskRoutes({
      kiosk: deps.services.kiosk,
      maxChars: config.KLAAR_MAX_TEXT_CHARS,
      maxUploadBytes: config.KLAAR_MAX_UPLOAD_BYTES,
      logger: deps.logger,
      ocr: deps.services.ocr,
      devices: deps.services.kioskDevices,
      enrolment: enrolmentRequired(config.KLAAR_KIOSK_ENROLMENT, config.HOST),
    }),
  );

  app.use(
    analyzeRoutes({
      analysis,
      maxChars: config.KLAAR_MAX_TEXT_CHARS,
      maxUploadBytes: config.KLAAR_MAX_UPLOAD_BYTES,
      ocr: deps.services.ocr,
    }),
  );
  app.use(pictogramRoutes());
  app.use(letterOutputRoutes(letters, config.KLAAR_PUBLIC_URL));
  app.use(
    letterRoutes({
      letters,
      analysis,
      maxChars: config.KLAAR_MAX_TEXT_CHARS,
      maxUploadBytes: config.KLAAR_MAX_UPLOAD_BYTES,
      publicUrl: config.KLAAR_PUBLIC_URL,
      ocr: deps.services.ocr,
    }),
  );
  const { staff, accounts, queue } = deps.services;
  const live = new LiveConnections({ perClient: config.KLAAR_LIVE_PER_CLIENT, total: config.KLAAR_LIVE_TOTAL });
  app.use(staffRoutes({ accounts, middleware: staff.auth, desk: staff.desk, texts: staff.texts, live }));
  app.use(adminRoutes({ accounts, middleware: staff.auth, texts: staff.texts }));
  app.use(
    workbenchRoutes({
      workbench: deps.services.workbench,
      middleware: staff.auth,
      maxChars: config.KLAAR_MAX_TEXT_CHARS,
      maxUploadBytes: config.KLAAR_MAX_UPLOAD_BYTES,
      ocr: deps.services.ocr,
    }),
  );
  app.use(displayRoutes({ board: staff.board, queue, sites: staff.sites, texts: staff.texts, live }));
  app.use((req, res) => sendProblem(req, res, new Problem("not-found")));
  app.use(problemHandler(deps.logger, { uploadBytes: config.KLAAR_MAX_UPLOAD_BYTES }));
  return app;
}
