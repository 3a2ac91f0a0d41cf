/** Compiled pug templates, compiled once at first use (never per request). */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
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
