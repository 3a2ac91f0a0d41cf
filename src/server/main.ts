/** `npm start`: load configuration and content, then serve. A broken lexicon or config stops the start with a clear message. */
import { loadConfig } from "../config.ts";
import { warmViews } from "../render/views.ts";
import { createApp } from "./app.ts";
import { createLogger } from "./logger.ts";
import { createServices, type Services } from "./services.ts";

function main(): void {
  let services: Services;
  try {
    services = createServices(loadConfig());
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
  const { config } = services;
  const logger = createLogger(config.KLAAR_LOG_LEVEL);
  const app = createApp({ services, logger });
  const server = app.listen(config.PORT, config.HOST, () => {
    logger.info({ url: `http://${config.HOST}:${config.PORT}/` }, "Klaar is ready");
    // Compile the page templates now, between requests, so no visitor's first page waits for it.
    warmViews().then(({ failed }) => {
      if (failed.length) logger.warn({ templates: failed }, "templates that do not compile");
    });
    // Start Chromium now, so the first printout does not wait for it.
    services.browserPool
      .warmUp()
      .catch((error: Error) => logger.warn({ err: error.message }, "Chromium is not available: no PDFs"));
  });
  server.on("error", (error) => {
    console.error(`Klaar cannot listen on ${config.HOST}:${config.PORT}: ${error.message}`);
    process.exit(1);
  });
  const stop = () => {
    server.close();
    services.close().finally(() => process.exit(0));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main();
