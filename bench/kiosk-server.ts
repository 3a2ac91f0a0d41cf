/**
 * One server for the kiosk bench, in its own process (bench/kiosk.ts forks it), as a server runs in production: the
 * load generator's garbage and timers are not in its process. `kiosk-server.ts klaar DATA_DIR` runs the Klaar app;
 * `kiosk-server.ts bare BYTES` runs the peer, a bare express route rendering a pug page of about BYTES.
 * It tells its port to the parent over the IPC channel and stops when the parent disconnects.
 */
import type { AddressInfo } from "node:net";
import express from "express";
import pug from "pug";
import { loadConfig } from "../src/config.ts";
import { createApp } from "../src/server/app.ts";
import { createLogger } from "../src/server/logger.ts";
import { createServices } from "../src/server/services.ts";

/** The peer: plain express and a compiled pug template, no middleware, rendered on every request. */
function bareApp(bytes: number) {
  const template = pug.compile(
    "doctype html\nhtml(lang=lang)\n  head\n    title= title\n  body\n    main\n      h1= title\n      each item in items\n        p.item: a(href=item.href)= item.label",
  );
  const items = Array.from({ length: Math.max(1, Math.round(bytes / 60)) }, (_, i) => ({
    href: `/service/${i}`,
    label: `Dienst nummer ${i} van het stadhuis`,
  }));
  const app = express();
  app.get("/", (_req, res) => {
    res.send(template({ lang: "nl", title: "Welkom", items }));
  });
  return { app, close: async () => {} };
}

function klaarApp(dataDir: string) {
  // Screens are measured as if the services were open (a Tuesday at 10:00), whenever the bench runs.
  const services = createServices(loadConfig({ KLAAR_DATA_DIR: dataDir, KLAAR_LOG_LEVEL: "silent" }), {
    kioskHoursClock: () => new Date("2026-03-03T10:00:00+01:00"),
  });
  return { app: createApp({ services, logger: createLogger("silent") }), close: () => services.close() };
}

const [kind, arg = ""] = process.argv.slice(2);
const { app, close } = kind === "bare" ? bareApp(Number(arg)) : klaarApp(arg);
const server = app.listen(0, "127.0.0.1", () => {
  process.send?.({ port: (server.address() as AddressInfo).port });
});
process.on("disconnect", () => {
  server.close();
  void close().finally(() => process.exit(0));
});
