/** PNG versions of the pictograms, for print (PDF, DOCX) where inline SVG does not work. */
import sharp from "sharp";
import { hasPictogram, PictogramError, svgFile } from "./catalogue.ts";

export const MIN_PNG_SIZE = 8;
export const MAX_PNG_SIZE = 2048;
/** Written in the PNG header, so print software places a 236 px pictogram at 2 cm. */
const PRINT_DPI = 300;
/** The sizes come from callers, so the cache must not grow without end. */
const MAX_CACHED = 256;

const cache = new Map<string, Promise<Buffer>>();

export function renderPictogramPng(id: string, sizePx: number): Promise<Buffer> {
  if (!Number.isInteger(sizePx) || sizePx < MIN_PNG_SIZE || sizePx > MAX_PNG_SIZE) {
    return Promise.reject(
      new RangeError(`pictogram size must be a whole number from ${MIN_PNG_SIZE} to ${MAX_PNG_SIZE} pixels`),
    );
  }
  if (!hasPictogram(id)) return Promise.reject(new PictogramError(`unknown pictogram "${id}"`));
  const key = `${id}@${sizePx}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const png = render(svgFile(id), sizePx);
  cache.set(key, png);
  // A failed render must not stay in the cache.
  png.catch(() => cache.delete(key));
  const oldest = cache.keys().next().value;
  if (cache.size > MAX_CACHED && oldest !== undefined) cache.delete(oldest);
  return png;
}

async function render(svg: string, sizePx: number): Promise<Buffer> {
  const viewBox = /viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"/.exec(svg);
  if (!viewBox) throw new PictogramError("pictogram SVG has no viewBox");
  const largestSide = Math.max(Number(viewBox[1]), Number(viewBox[2]));
  // librsvg draws one viewBox unit as one pixel at 72 DPI: scale the density so the vector is drawn
  // at the asked size instead of being enlarged from a small bitmap.
  const density = Math.ceil((72 * sizePx) / largestSide);
  return sharp(Buffer.from(svg), { density })
    .resize(sizePx, sizePx, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
    .png()
    .withDensity(PRINT_DPI)
    .toBuffer();
}
