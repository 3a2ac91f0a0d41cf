/**
 * Atkinson Hyperlegible as @font-face rules with the woff2 files inlined as data: URLs, so a page rendered with all
 * network blocked (letters, PDFs) still gets the font. The rules come from the package's own CSS, which keeps its
 * unicode-range subsets (latin, latin-ext) exact.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const FONT_STACK = '"Atkinson Hyperlegible", "DejaVu Sans", "Noto Sans", sans-serif';

// Printouts use regular and bold only; italics would add 50 KB to every page for nothing.
const FACES = ["400.css", "700.css"] as const;

let cached: string | null = null;

/** The @font-face rules for regular and bold; read from disk once, then cached. */
export function fontFaceCss(): string {
  if (cached !== null) return cached;
  const packageDir = dirname(createRequire(import.meta.url).resolve("@fontsource/atkinson-hyperlegible/400.css"));
  cached = FACES.map((file) =>
    readFileSync(join(packageDir, file), "utf8").replace(
      /src: url\(\.\/files\/([\w.-]+\.woff2)\) format\('woff2'\)[^;]*;/g,
      (_, woff2: string) => {
        const data = readFileSync(join(packageDir, "files", woff2)).toString("base64");
        return `src: url(data:font/woff2;base64,${data}) format('woff2');`;
      },
    ),
  ).join("\n");
  if (cached.includes("url(./") || !cached.includes("data:font/woff2")) {
    throw new Error("@fontsource/atkinson-hyperlegible changed its CSS layout; fonts.ts needs an update.");
  }
  return cached;
}

/** The fonts plus the font stack on the root element: the least every rendered page needs. */
export function baseCss(): string {
  return `${fontFaceCss()}\nhtml { font-family: ${FONT_STACK}; }\n`;
}
