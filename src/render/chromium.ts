/** Finding and launching the system Chromium. Puppeteer never downloads a browser: we use Debian's. */
import { accessSync, constants, rmSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import puppeteer, { type Browser } from "puppeteer-core";

export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
] as const;

/** The Chromium executable: env CHROMIUM_PATH or Debian's /usr/bin/chromium. Throws a fix-it message when missing. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  const path = env.CHROMIUM_PATH || "/usr/bin/chromium";
  try {
    accessSync(path, constants.X_OK);
  } catch {
    throw new Error(
      `Chromium was not found at ${path} (set CHROMIUM_PATH to change it). ` +
        "Run `node scripts/setup.mjs` to install it; PDFs and page checks need it.",
    );
  }
  return path;
}

/**
 * Starts one headless Chromium with a fresh profile that is removed when the process exits.
 * `pipe: true` talks over stdio, so no DevTools port is open for other local processes.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  const profile = await mkdtemp(join(tmpdir(), "klaar-chromium-"));
  // Synchronous, so it also runs on an abrupt exit of Node, when the child's own "exit" event never reaches us.
  const removeProfile = () => {
    process.off("exit", removeProfile);
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
    } catch {
      // A killed Chromium's helpers may still be writing: try once more a moment later, and never crash over it.
      const retry = () => {
        try {
          rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
        } catch {
          // Left for the OS to clean up with /tmp; it holds no letter data (letters are never written to disk).
        }
      };
      setTimeout(retry, 2000).unref();
    }
  };
  process.once("exit", removeProfile);
  try {
    const browser = await puppeteer.launch({
      executablePath,
      headless: true,
      pipe: true,
      args: [...CHROMIUM_FLAGS, `--user-data-dir=${profile}`],
    });
    browser.process()?.once("exit", removeProfile);
    return browser;
  } catch (error) {
    removeProfile();
    throw error;
  }
}
