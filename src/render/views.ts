/** Compiled pug templates, compiled once at first use (never per request). */
import { join } from "node:path";
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
