import { describe, expect, it } from "vitest";
import { chromiumPath } from "../../src/render/chromium.ts";

describe("chromiumPath", () => {
  it("uses CHROMIUM_PATH, then Debian's /usr/bin/chromium", () => {
    expect(chromiumPath({})).toBe("/usr/bin/chromium");
    expect(chromiumPath({ CHROMIUM_PATH: "/usr/bin/chromium" })).toBe("/usr/bin/chromium");
  });

  it("says how to install Chromium when it is missing", () => {
    expect(() => chromiumPath({ CHROMIUM_PATH: "/nonexistent/chromium" })).toThrow(
      /\/nonexistent\/chromium.*node scripts\/setup\.mjs/,
    );
  });
});
