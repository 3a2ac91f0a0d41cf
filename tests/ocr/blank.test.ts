/** Blank pages are known before OCR: a white page has no ink, a page with a few words has. */
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { preparePage } from "../../src/ocr/preprocess.ts";

const page = (body: string) =>
  sharp(
    Buffer.from(
      `<svg xmlns="http://www.w3.org/2000/svg" width="1240" height="1754"><rect width="100%" height="100%" fill="#fff"/>${body}</svg>`,
    ),
  )
    .png()
    .toBuffer();

describe("ink on a page", () => {
  it("is next to nothing on a white page and clearly more with three short words", async () => {
    const blank = await preparePage(await page(""));
    const words = await preparePage(
      await page(
        '<text x="120" y="200" font-family="DejaVu Sans" font-size="24" fill="#000">Zie ommezijde, a.u.b.</text>',
      ),
    );
    expect(blank.ink).toBeLessThan(0.0002);
    expect(words.ink).toBeGreaterThan(0.0002);
  });
});
