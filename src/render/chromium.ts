/** Finding and launching the system Chromium. Puppeteer never downloads a browser: we use Debian's. */
import { accessSync, constants, readdirSync, rmSync, statSync } from "node:fs";
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
  // Chromium preloads the address bar's pop-up (a WebUI page with its own renderer) even without a window: some
  // 0.5–0.8 s of CPU at every launch for nothing we show. Puppeteer merges this with its own disabled features.
  "--disable-features=WebUIOmniboxPopup",
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

const PROFILE_PREFIX = "klaar-chromium-";
const DAY_MS = 24 * 3600_000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes the Chromium profile folders that servers killed with SIGKILL (or a power cut) left behind. A folder is
 * named after the process that made it (klaar-chromium-<pid>-…): it goes when that process no longer runs. Folders
 * of the older naming without a pid go after a day. Returns the folders removed.
 */
export function removeStaleProfiles(dir = tmpdir(), now = Date.now()): string[] {
  const removed: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.startsWith(PROFILE_PREFIX));
  } catch {
    return removed;
  }
  for (const name of names) {
    const path = join(dir, name);
    const pid = /^klaar-chromium-(\d+)-/.exec(name)?.[1];
    try {
      const stale = pid ? Number(pid) !== process.pid && !alive(Number(pid)) : now - statSync(path).mtimeMs > DAY_MS;
      if (!stale) continue;
      rmSync(path, { recursive: true, force: true, maxRetries: 2 });
      removed.push(path);
    } catch {
      // Another server may be removing it at the same moment, or it is not ours to remove.
    }
  }
  return removed;
}

let staleRemoved = false;

/**
 * Starts one headless Chromium with a fresh profile that is removed when the process exits.
 * `pipe: true` talks over stdio, so no DevTools port is open for other local processes.
 */
export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!staleRemoved) {
    staleRemoved = true;
    removeStaleProfiles();
  }
  const profile = await mkdtemp(join(tmpdir(), `${PROFILE_PREFIX}${process.pid}-`));
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
