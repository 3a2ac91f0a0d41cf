/**
 * Compiled pug templates, compiled once (never per request): at first use, or all of them right after the server
 * starts (`warmViews`), since compiling a page takes up to a second on a busy machine and holds up every request.
 */
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import pug from "pug";

export const VIEWS_DIR = fileURLToPath(new URL("../../views", import.meta.url));
export const PUBLIC_DIR = fileURLToPath(new URL("../../public", import.meta.url));

const compiled = new Map<string, pug.compileTemplate>();

export function renderView(name: string, locals: Record<string, unknown>): string {
  let template = compiled.get(name);
  if (!template) {
    template = pug.compileFile(join(VIEWS_DIR, `${name}.pug`), { basedir: VIEWS_DIR });
    compiled.set(name, template);
  }
  return template(locals);
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
