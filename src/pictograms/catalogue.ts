/**
 * The pictogram catalogue (kiosk/pictograms/catalogue.json) and the vendored SVG files.
 * Both are read and checked once, when the module loads: a broken catalogue must stop the server at start,
 * not break a page in front of a visitor.
 */
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { VISITOR_CODES } from "../languages.ts";

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const PICTOGRAM_DIR = join(projectRoot, "kiosk", "pictograms");

const label = z.string().trim().min(1);
const entrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes"),
  /** Fluent Emoji Flat icon name. */
  icon: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** The label in every visitor language (src/languages.ts): a language without one stops the start. */
  alt: z.strictObject(Object.fromEntries(VISITOR_CODES.map((code) => [code, label])) as Record<string, typeof label>),
});
export type Pictogram = z.infer<typeof entrySchema>;

export class PictogramError extends Error {
  override name = "PictogramError";
}

type LoadedPictogram = Pictogram & { svg: string };

/** Reads `<dir>/catalogue.json` and `<dir>/svg/<id>.svg`. Exported for tests of the error messages. */
export function loadCatalogue(dir: string): Map<string, LoadedPictogram> {
  const catalogueFile = join(dir, "catalogue.json");
  const file = relative(projectRoot, catalogueFile);
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(catalogueFile, "utf8"));
  } catch (error) {
    throw new PictogramError(`${file}: cannot read the catalogue: ${(error as Error).message}`);
  }
  const top = z.object({ pictograms: z.array(z.unknown()) }).safeParse(raw);
  if (!top.success) throw new PictogramError(`${file}: expected an object with a "pictograms" list`);

  const byId = new Map<string, LoadedPictogram>();
  top.data.pictograms.forEach((item, index) => {
    const name = `${file}: entry ${index + 1}${hasId(item) ? ` ("${item.id}")` : ""}`;
    const entry = entrySchema.safeParse(item);
    if (!entry.success) {
      const problems = entry.error.issues.map((i) => `${i.path.join(".") || "entry"}: ${i.message}`);
      throw new PictogramError(`${name}: ${problems.join("; ")}`);
    }
    if (byId.has(entry.data.id)) throw new PictogramError(`${name}: the id is used twice`);
    byId.set(entry.data.id, { ...entry.data, svg: readSvg(dir, entry.data.id, name) });
  });
  return byId;
}

function hasId(item: unknown): item is { id: string } {
  return typeof item === "object" && item !== null && typeof (item as { id?: unknown }).id === "string";
}

function readSvg(dir: string, id: string, name: string): string {
  try {
    return readFileSync(join(dir, "svg", `${id}.svg`), "utf8").trim();
  } catch {
    throw new PictogramError(`${name}: svg/${id}.svg is missing. Run: npx tsx scripts/vendor-pictograms.ts`);
  }
}

const catalogue = loadCatalogue(PICTOGRAM_DIR);

export function hasPictogram(id: string): boolean {
  return catalogue.has(id);
}

/** All catalogue entries, in catalogue order. */
export function listPictograms(): Pictogram[] {
  return [...catalogue.values()].map(({ svg: _, ...entry }) => entry);
}

function entry(id: string): LoadedPictogram {
  const found = catalogue.get(id);
  if (!found) throw new PictogramError(`unknown pictogram "${id}"`);
  return found;
}

export function getPictogram(id: string): Pictogram {
  const { svg: _, ...rest } = entry(id);
  return rest;
}

/** The alt text in `lang`, or in English for a language that is no visitor language. */
export function altText(id: string, lang: string): string {
  const alt = entry(id).alt;
  return alt[lang] ?? alt.en ?? id;
}

/** The vendored SVG file as it is, for sharp and for serving as image/svg+xml. */
export function svgFile(id: string): string {
  return entry(id).svg;
}

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Counts inline copies, so ids inside each copy stay unique on the page (clip paths break otherwise). */
let inlineCount = 0;

/**
 * The SVG for inline use in HTML: `role="img"`, a `<title>` and an `aria-label` with the alt text in `lang`
 * (or `title` when given). `lang` is on the element so a screen reader uses the right voice.
 */
export function svgMarkup(id: string, options: { lang: string; title?: string }): string {
  const { svg } = entry(id);
  const own = options.title !== undefined || options.lang in entry(id).alt;
  const title = escapeXml(options.title ?? altText(id, options.lang));
  const lang = own ? options.lang : "en";
  inlineCount += 1;
  const unique = svg.replace(new RegExp(`(["#])(${id}-\\d+)(["\\)])`, "g"), `$1$2-${inlineCount}$3`);
  return unique.replace(
    /^<svg([^>]*)>/,
    `<svg$1 role="img" aria-label="${title}" lang="${lang}"><title>${title}</title>`,
  );
}
