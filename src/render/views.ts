/**
 * Compiled pug templates, compiled once (never per request): at first use, or all of them right after the server
 * starts (`warmViews`), since compiling a page takes up to a second on a busy machine and holds up every request.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

import { fileURLToPath } from "node:url";
import pug from "pug";

export const VIEWS_DIR = fileURLToPath(new URL("../../views", import.meta.url));
export const PUBLIC_DIR = fileURLToPath(new URL("../../public", import.meta.url));

const compiled = new Map<string, pug.compileTemplate>();

const versions = new Map<string, string>();

/**
 * The address of a file in public/ with its content's hash as version ("/assets/css/kiosk.css?v=3f9a…"): browsers
 * keep it for a year (src/server/app.ts), and a changed file gets a new address. Templates call it as `asset(…)`.
 */
export function assetUrl(path: string): string {
  let version = versions.get(path);
  if (version === undefined) {
    version = createHash("sha1")
      .update(readFileSync(join(PUBLIC_DIR, path)))
      .digest("hex")
      .slice(0, 12);
    versions.set(path, version);
  }
  return `/assets/${path}?v=${version}`;
}

export function renderView(name: string, locals: Record<string, unknown>): string {
  let template = compiled.get(name);
  if (!template) {
    template = pug.compileFile(join(VIEWS_DIR, `${name}.pug`), { basedir: VIEWS_DIR });
    compiled.set(name, template);
  }
  return template({ asset: assetUrl, ...locals });
}

/** Pages, not the layouts, mixins and parts they include. */
const isPage = (name: string) =>
  !/(^|\/)(layout|[\w-]*mixins|part-[\w-]+)$/.test(name) && !name.startsWith("partials/");

/**
 * Compiles every page template, one per turn of the event loop, so requests are answered in between. Returns the
 * pages compiled and those that do not compile on their own (left for their first use, which reports the error).
 */
export async function warmViews(): Promise<{ compiled: string[]; failed: string[] }> {
  const names = readdirSync(VIEWS_DIR, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".pug"))
    .map((f) =>
      relative(VIEWS_DIR, join(VIEWS_DIR, f))
        .replace(/\\/g, "/")
        .replace(/\.pug$/, ""),
    )
    .filter(isPage);
  const failed: string[] = [];
  for (const name of names) {
    await new Promise((resolve) => setImmediate(resolve));
    if (compiled.has(name)) continue;
    try {
      compiled.set(name, pug.compileFile(join(VIEWS_DIR, `${name}.pug`), { basedir: VIEWS_DIR }));
    } catch {
      failed.push(name);
    }
  }
  return { compiled: names.filter((n) => !failed.includes(n)), failed };
}
