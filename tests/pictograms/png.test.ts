import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { renderPictogramPng } from "../../src/pictograms/png.ts";

describe("renderPictogramPng", () => {
  it("gives a PNG of the asked size, marked for print at 300 DPI", async () => {
    const png = await renderPictogramPng("money", 236);
    const meta = await sharp(png).metadata();
    expect(meta.format).toBe("png");
    expect([meta.width, meta.height]).toEqual([236, 236]);
    expect(meta.density).toBe(300);
    expect(meta.hasAlpha).toBe(true);
  });

  it("draws the pictogram: part of the image is not transparent", async () => {
    const png = await renderPictogramPng("deadline", 128);
    const stats = await sharp(png).stats();
    const alpha = stats.channels[3];
    expect(alpha?.max).toBe(255);
    // Mean alpha: well above empty, below a filled square.
    expect(alpha?.mean).toBeGreaterThan(40);
    expect(alpha?.mean).toBeLessThan(250);
    expect(stats.isOpaque).toBe(false);
  });

  it("draws the clip-path pictogram too", async () => {
    const stats = await sharp(await renderPictogramPng("inbox", 64)).stats();
    expect(stats.channels[3]?.mean).toBeGreaterThan(40);
  });

  it("returns the cached buffer the second time", async () => {
    const first = await renderPictogramPng("bank", 96);
    expect(await renderPictogramPng("bank", 96)).toBe(first);
  });

  it("refuses unknown pictograms and odd sizes", async () => {
    await expect(renderPictogramPng("no-such-thing", 64)).rejects.toThrow('unknown pictogram "no-such-thing"');
    await expect(renderPictogramPng("money", 0)).rejects.toThrow(RangeError);
    await expect(renderPictogramPng("money", 12.5)).rejects.toThrow(RangeError);
    await expect(renderPictogramPng("money", 100_000)).rejects.toThrow(RangeError);
  });
});
