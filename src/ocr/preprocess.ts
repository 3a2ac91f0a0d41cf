/**
 * A scan or phone photo made ready for OCR, with sharp, in memory: the pixel count is checked before anything is
 * decoded (a 30 000 × 30 000 "decompression bomb" is refused from its header), then EXIF orientation, grayscale, a scale
 * of about 300 DPI for an A4 page (long side ≈ 3500 px), uneven light flattened (each pixel divided by the local paper
 * brightness: shadows go, paper becomes white, a dark table around the page is painted white and cropped), and skew
 * corrected by a projection profile. Out comes one grayscale PNG per page.
 */
import sharp, { type Metadata, type OutputInfo } from "sharp";

export type ImageFormat = "jpeg" | "png" | "webp" | "tiff" | "heif";

/** The image format from the first bytes (magic numbers), or undefined. */
export function imageFormat(bytes: Uint8Array): ImageFormat | undefined {
  const b = Buffer.from(bytes.subarray(0, 16));
  if (b.length < 12) return undefined;
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "jpeg";
  if (b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "png";
  if (b.toString("latin1", 0, 4) === "RIFF" && b.toString("latin1", 8, 12) === "WEBP") return "webp";
  const tiff = b.toString("latin1", 0, 4);
  if (tiff === "II*\u0000" || tiff === "MM\u0000*") return "tiff";
  if (
    b.toString("latin1", 4, 8) === "ftyp" &&
    /^(hei[cxms]|hev[cxms]|mif1|msf1|avif|avis)$/.test(b.toString("latin1", 8, 12))
  )
    return "heif";
  return undefined;
}

export type ImageProblem = "too-large" | "corrupt" | "unsupported" | "too-many-pages";

export class ImageError extends Error {
  override name = "ImageError";
  constructor(readonly reason: ImageProblem) {
    super(reason);
  }
}

export interface ImageLimits {
  /** Most pixels one page may have (checked from the header, before decoding). */
  maxPixels: number;
  maxPages: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxPixels: 50_000_000, maxPages: 10 };

/** Reads only the header: how many pages, and whether each is small enough to decode. */
export async function probeImage(
  bytes: Buffer,
  limits: ImageLimits = DEFAULT_IMAGE_LIMITS,
): Promise<{ pages: number }> {
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: limits.maxPixels }).metadata();
  } catch (error) {
    // libvips names formats it has no decoder for (HEIC with HEVC is not in sharp's prebuilt libvips).
    const message = String(error);
    if (/pixel limit/i.test(message)) throw new ImageError("too-large");
    throw new ImageError(
      /unsupported|no decoding plugin|compression format/i.test(message) ? "unsupported" : "corrupt",
    );
  }
  const pages = meta.pages ?? 1;
  if (pages > limits.maxPages) throw new ImageError("too-many-pages");
  const height = meta.pageHeight ?? meta.height ?? 0;
  const width = meta.width ?? 0;
  if (!width || !height) throw new ImageError("corrupt");
  if (width * height > limits.maxPixels) throw new ImageError("too-large");
  return { pages };
}

/** Long side of an A4 page at 300 DPI, give or take: tesseract reads 10–12 pt letters best at this size. */
export const TARGET_LONG_SIDE = 3500;

export interface PreparedPage {
  png: Buffer;
  width: number;
  height: number;
  /** Skew that was corrected, in degrees (positive: the page was turned clockwise). */
  skew: number;
  /** Share of dark pixels on the paper after flattening (0..1): next to 0 for a blank page. */
  ink: number;
}

/** One page of an image (or a rasterised PDF page) as a clean grayscale PNG for OCR. */
export async function preparePage(
  bytes: Buffer,
  options: { page?: number; limits?: ImageLimits; deskew?: boolean } = {},
): Promise<PreparedPage> {
  const limits = options.limits ?? DEFAULT_IMAGE_LIMITS;
  let gray: { data: Buffer; info: OutputInfo };
  try {
    const meta = await sharp(bytes, { limitInputPixels: limits.maxPixels, page: options.page ?? 0 }).metadata();
    const long = Math.max(meta.width ?? 0, meta.pageHeight ?? meta.height ?? 0);
    const scale = long ? TARGET_LONG_SIDE / long : 1;
    let image = sharp(bytes, { limitInputPixels: limits.maxPixels, page: options.page ?? 0, failOn: "error" })
      .autoOrient()
      .flatten({ background: "#ffffff" })
      .grayscale();
    if (scale < 0.88 || scale > 1.15)
      image = image.resize({ width: TARGET_LONG_SIDE, height: TARGET_LONG_SIDE, fit: "inside", kernel: "lanczos3" });
    gray = await image.raw().toBuffer({ resolveWithObject: true });
  } catch (error) {
    if (error instanceof ImageError) throw error;
    throw new ImageError(/pixel limit/i.test(String(error)) ? "too-large" : "corrupt");
  }
  const { width, height, channels } = gray.info;
  const pixels = channels === 1 ? new Uint8Array(gray.data) : firstChannel(gray.data, channels);
  const blurred = await sharp(pixels, { raw: { width, height, channels: 1 } })
    .blur(8)
    .raw()
    .toBuffer({ resolveWithObject: true });
  const localMean =
    blurred.info.channels === 1 ? new Uint8Array(blurred.data) : firstChannel(blurred.data, blurred.info.channels);
  const paper = flattenLight(pixels, width, height, localMean);
  const ink = inkShare(pixels, width, paper);
  const skew = options.deskew === false ? 0 : estimateSkew(pixels, width, height);
  let out = sharp(pixels, { raw: { width, height, channels: 1 } });
  // Crop large margins around the paper (only when they are worth it: more than 5 % of a side).
  if (paper.width < width * 0.95 || paper.height < height * 0.95)
    out = sharp(await out.extract(paper).raw().toBuffer(), {
      raw: { width: paper.width, height: paper.height, channels: 1 },
    });
  if (Math.abs(skew) >= 0.3) out = out.rotate(-skew, { background: "#ffffff" });
  // No contrast stretch after flattening: on a page that is mostly empty paper, a percentile stretch (normalise)
  // blows JPEG banding up into stripes that tesseract reads as noise. Flattening already made paper white.
  const png = await out.png({ compressionLevel: 1 }).toBuffer({ resolveWithObject: true });
  return { png: png.data, width: png.info.width, height: png.info.height, skew, ink };
}

/** The share of dark pixels (below half brightness) in the paper box, every second pixel of every second row. */
function inkShare(px: Uint8Array, width: number, box: { left: number; top: number; width: number; height: number }) {
  let dark = 0;
  let seen = 0;
  for (let y = box.top; y < box.top + box.height; y += 2) {
    const row = y * width;
    for (let x = box.left; x < box.left + box.width; x += 2) {
      seen++;
      if ((px[row + x] as number) < 128) dark++;
    }
  }
  return seen ? dark / seen : 0;
}

function firstChannel(data: Buffer, channels: number): Uint8Array {
  const out = new Uint8Array(data.length / channels);
  for (let i = 0; i < out.length; i++) out[i] = data[i * channels] as number;
  return out;
}

const BLOCK = 32;

/**
 * Divides each pixel by the local paper brightness, so shadows, a lamp's gradient and a dark table around the page all
 * become white paper with dark text. The paper brightness is the brightest value in 32 × 32 blocks (text is dark and
 * thin), smoothed over neighbouring blocks and interpolated bilinearly. Blocks much darker than the paper (a table
 * around the page) are painted white; the box around the paper blocks is returned, to crop to.
 */
export function flattenLight(
  px: Uint8Array,
  width: number,
  height: number,
  /** The image blurred (σ ≈ 8 px): where even the neighbourhood is dark, it is not text on paper but table or shadow. */
  localMean?: Uint8Array,
): { left: number; top: number; width: number; height: number } {
  const bw = Math.ceil(width / BLOCK);
  const bh = Math.ceil(height / BLOCK);
  const grid = new Float32Array(bw * bh);
  for (let by = 0; by < bh; by++) {
    for (let bx = 0; bx < bw; bx++) {
      let max = 0;
      const y1 = Math.min(height, (by + 1) * BLOCK);
      const x1 = Math.min(width, (bx + 1) * BLOCK);
      for (let y = by * BLOCK; y < y1; y += 2) {
        const row = y * width;
        for (let x = bx * BLOCK; x < x1; x += 2) {
          const v = px[row + x] as number;
          if (v > max) max = v;
        }
      }
      grid[by * bw + bx] = max;
    }
  }
  // A block that is all text (a large bold title) has no paper: its neighbours' brightest wins (3 × 3 max), then a
  // 3 × 3 mean smooths the steps between blocks.
  const dilated = new Float32Array(grid.length);
  const smooth = new Float32Array(grid.length);
  const pass = (from: Float32Array, to: Float32Array, op: "max" | "mean") => {
    for (let by = 0; by < bh; by++) {
      for (let bx = 0; bx < bw; bx++) {
        let acc = op === "max" ? 0 : 0;
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            const x = bx + dx;
            const y = by + dy;
            if (x < 0 || y < 0 || x >= bw || y >= bh) continue;
            const v = from[y * bw + x] as number;
            if (op === "max") acc = Math.max(acc, v);
            else acc += v;
            n++;
          }
        }
        to[by * bw + bx] = op === "max" ? acc : acc / n;
      }
    }
  };
  pass(grid, dilated, "max");
  pass(dilated, smooth, "mean");
  // Paper: blocks at least half as bright as the brightest paper (the 95th percentile, so a glare spot does not count).
  const ranked = [...grid].sort((a, b) => a - b);
  const paperLevel = 0.5 * (ranked[Math.floor(ranked.length * 0.95)] ?? 255);
  // Judged on the 3 × 3 maximum, so a block inside a bold title still counts as paper.
  const isPaper = dilated.map((v) => (v >= paperLevel ? 1 : 0));
  let [bx0, by0, bx1, by1] = [bw, bh, -1, -1];
  for (let by = 0; by < bh; by++)
    for (let bx = 0; bx < bw; bx++)
      if (isPaper[by * bw + bx]) {
        bx0 = Math.min(bx0, bx);
        by0 = Math.min(by0, by);
        bx1 = Math.max(bx1, bx);
        by1 = Math.max(by1, by);
      }
  for (let y = 0; y < height; y++) {
    const gy = Math.min(bh - 1, Math.max(0, (y + 0.5) / BLOCK - 0.5));
    const y0 = Math.floor(gy);
    const y1 = Math.min(bh - 1, y0 + 1);
    const fy = gy - y0;
    for (let x = 0; x < width; x++) {
      const gx = Math.min(bw - 1, Math.max(0, (x + 0.5) / BLOCK - 0.5));
      const x0 = Math.floor(gx);
      const x1 = Math.min(bw - 1, x0 + 1);
      const fx = gx - x0;
      const top = (smooth[y0 * bw + x0] as number) * (1 - fx) + (smooth[y0 * bw + x1] as number) * fx;
      const bottom = (smooth[y1 * bw + x0] as number) * (1 - fx) + (smooth[y1 * bw + x1] as number) * fx;
      const paper = Math.max(24, top * (1 - fy) + bottom * fy);
      const i = y * width + x;
      const block = Math.floor(y / BLOCK) * bw + Math.floor(x / BLOCK);
      const table = !isPaper[block] || (localMean !== undefined && (localMean[i] as number) < 0.45 * paper);
      px[i] = table ? 255 : Math.min(255, Math.round(((px[i] as number) * 255) / paper));
    }
  }
  if (bx1 < 0) return { left: 0, top: 0, width, height };
  const left = bx0 * BLOCK;
  const top = by0 * BLOCK;
  return {
    left,
    top,
    width: Math.min(width, (bx1 + 1) * BLOCK) - left,
    height: Math.min(height, (by1 + 1) * BLOCK) - top,
  };
}

/**
 * The skew of the text lines in degrees (positive: lines go down to the right, the page was turned clockwise), by a
 * projection profile: dark pixels of a downscaled copy are projected onto the vertical axis along each candidate angle;
 * text lines give the sharpest profile (highest sum of squares) at the right angle. Coarse 0.5° steps over ±10°, then
 * 0.1° around the best.
 */
export function estimateSkew(px: Uint8Array, width: number, height: number): number {
  const step = Math.max(1, Math.round(Math.max(width, height) / 1200));
  const xs: number[] = [];
  const ys: number[] = [];
  for (let y = 0; y < height; y += step) {
    for (let x = 0; x < width; x += step) {
      if ((px[y * width + x] as number) < 110) {
        xs.push(x / step);
        ys.push(y / step);
      }
    }
  }
  if (xs.length < 200) return 0;
  const rows = Math.ceil(height / step);
  const cols = Math.ceil(width / step);
  const score = (deg: number) => {
    const t = Math.tan((deg * Math.PI) / 180);
    const offset = Math.ceil(Math.abs(t) * cols) + 1;
    const bins = new Float64Array(rows + 2 * offset);
    for (let i = 0; i < xs.length; i++) {
      const yy = Math.round((ys[i] as number) - (xs[i] as number) * t) + offset;
      bins[yy] = (bins[yy] as number) + 1;
    }
    let sum = 0;
    for (const b of bins) sum += b * b;
    return sum;
  };
  let best = 0;
  let bestScore = score(0);
  for (let deg = -10; deg <= 10; deg += 0.5) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  const coarse = best;
  for (let deg = coarse - 0.4; deg <= coarse + 0.41; deg += 0.1) {
    const s = score(deg);
    if (s > bestScore) [best, bestScore] = [deg, s];
  }
  return Math.round(best * 10) / 10;
}

/** A page image turned by a multiple of 90° (after orientation detection). */
export async function rotatePng(png: Buffer, degrees: number): Promise<Buffer> {
  return sharp(png).rotate(degrees).png({ compressionLevel: 1 }).toBuffer();
}
