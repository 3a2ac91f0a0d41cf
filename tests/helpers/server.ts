/** Starts the real Klaar app (real lexicon, Chromium pool, espeak-ng) on a free loopback port for a test file. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/server/app.ts";
import { createLogger } from "../../src/server/logger.ts";
import { createServices, type ServiceOptions, type Services } from "../../src/server/services.ts";

/** A Tuesday at 10:00 in Brussels: every example service is open, so tickets can be taken whenever the tests run. */
export const OPEN_HOURS = () => new Date("2026-03-03T10:00:00+01:00");

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startServer(
  env: Record<string, string> = {},
  options: ServiceOptions = {},
): Promise<RunningServer> {
  const config = loadConfig({ ...env, PORT: "0", KLAAR_LOG_LEVEL: "silent" });
  // A cheaper scrypt cost keeps the many logins of the tests fast; the default cost is tested in tests/accounts.
  const services = createServices(config, {
    passwordParams: { N: 2 ** 14, r: 8, p: 1 },
    kioskHoursClock: OPEN_HOURS,
    ...options,
  });
  const app = createApp({ services, logger: createLogger("silent") });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, "127.0.0.1", () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    services,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await services.close();
    },
  };
}
