/** Small pages for the render tests: one that should pass every check, and pieces to break it with. */
import { baseCss } from "../../src/render/fonts.ts";

const PICTURE = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><rect width="40" height="40" fill="#035"/></svg>',
)}`;

export function samplePage(body: string, head = ""): string {
  return `<!doctype html>
<html lang="nl-BE">
<head><meta charset="utf-8"><title>Uw brief uitgelegd</title><style>${baseCss()}</style>${head}</head>
<body><main>${body}</main></body>
</html>`;
}

export const ACCESSIBLE_BODY = `<h1>Uw brief uitgelegd</h1>
<h2>Wat moet u doen?</h2>
<p>Betaal 120 euro vóór 15 juni.</p>
<img src="${PICTURE}" alt="Een overschrijving" width="40" height="40">`;

/** An image without alt text and light grey text on white. */
export const BROKEN_BODY = `<h1>Uw brief uitgelegd</h1>
<p style="color:#bbb;background:#fff">Betaal 120 euro vóór 15 juni.</p>
<img src="${PICTURE}" width="40" height="40">`;
