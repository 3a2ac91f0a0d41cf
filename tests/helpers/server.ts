/** Starts the real Klaar app (real lexicon, Chromium pool, espeak-ng) on a free loopback port for a test file. */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { loadConfig } from "../../src/config.ts";
import { createApp } from "../../src/server/app.ts";
import { createLogger } from "../../src/server/logger.ts";
import { createServices, type Services } from "../../src/server/services.ts";

export interface RunningServer {
  url: string;
  services: Services;
  close(): Promise<void>;
}

export async function startServer(
  env: Record<string, string> = {},
  options: { today?: () => string } = {},
): Promise<RunningServer> {
  const config = loadConfig({ ...env, PORT: "0", KLAAR_LOG_LEVEL: "silent" });
  // A cheaper scrypt cost keeps the many logins of the tests fast; the default cost is tested in tests/accounts.
  const services = createServices(config, { passwordParams: { N: 2 ** 14, r: 8, p: 1 }, ...options });
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
