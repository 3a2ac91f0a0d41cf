/**
 * `npx tsx scripts/vendor-pictograms.ts`: copies the icons named in kiosk/pictograms/catalogue.json from the
 * Fluent Emoji Flat set into kiosk/pictograms/svg/<id>.svg and writes the licence notice.
 * We vendor the files so the server and the kiosks need no icon package at run time.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

interface IconifyIcon {
  body: string;
  width?: number;
  height?: number;
  left?: number;
  top?: number;
  rotate?: number;
  hFlip?: boolean;
  vFlip?: boolean;
}
interface IconifyAlias extends Omit<IconifyIcon, "body"> {
  parent: string;
}
interface IconifySet {
  icons: Record<string, IconifyIcon>;
  aliases?: Record<string, IconifyAlias>;
  width?: number;
  height?: number;
  left?: number;
  top?: number;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pictogramDir = join(root, "kiosk", "pictograms");
const svgDir = join(pictogramDir, "svg");
const require = createRequire(import.meta.url);
const packageDir = dirname(require.resolve("@iconify-json/fluent-emoji-flat/package.json"));

const readJson = <T>(file: string): T => JSON.parse(readFileSync(file, "utf8")) as T;
const catalogue = readJson<{ pictograms: { id: string; icon: string }[] }>(join(pictogramDir, "catalogue.json"));
const iconSet = readJson<IconifySet>(join(packageDir, "icons.json"));
const pkg = readJson<{ name: string; version: string }>(join(packageDir, "package.json"));
const info = readJson<{ name: string; author: { name: string; url: string }; license: { spdx: string; url: string } }>(
  join(packageDir, "info.json"),
);

/** Finds the icon, following a plain alias. Aliases that flip or rotate would need a transform: we refuse them. */
function findIcon(name: string): IconifyIcon {
  const icon = iconSet.icons[name];
  if (icon) return icon;
  const alias = iconSet.aliases?.[name];
  if (!alias) throw new Error(`catalogue.json: icon "${name}" is not in ${pkg.name} ${pkg.version}`);
  const { parent, ...transform } = alias;
  if (Object.keys(transform).length > 0) throw new Error(`catalogue.json: icon "${name}" is a transformed alias`);
  return findIcon(parent);
}

/**
 * Gives every id in the icon a stable name based on the pictogram id, so the files do not change between runs
 * and svgMarkup() can find the ids to make them unique on a page.
 */
function renameIds(body: string, pictogramId: string): string {
  const ids = [...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  return ids.reduce(
    (out, id, index) =>
      out.replaceAll(`"${id}"`, `"${pictogramId}-${index + 1}"`).replaceAll(`#${id})`, `#${pictogramId}-${index + 1})`),
    body,
  );
}

function toSvg(icon: IconifyIcon, pictogramId: string): string {
  const left = icon.left ?? iconSet.left ?? 0;
  const top = icon.top ?? iconSet.top ?? 0;
  const width = icon.width ?? iconSet.width ?? 16;
  const height = icon.height ?? iconSet.height ?? 16;
  const viewBox = `${left} ${top} ${width} ${height}`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="${viewBox}">${renameIds(icon.body, pictogramId)}</svg>\n`;
}

const MIT = `Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.`;

function licence(): string {
  // The icon package ships no licence file, so we write the upstream MIT licence with its copyright line.
  if (info.license.spdx !== "MIT") throw new Error(`${pkg.name}: expected the MIT licence, found ${info.license.spdx}`);
  const rows = catalogue.pictograms.map((p) => `| \`svg/${p.id}.svg\` | \`${p.icon}\` |`);
  return `# Pictograms: licence

The files in \`svg/\` are ${info.name} icons by ${info.author.name} (Fluent Emoji, ${info.author.url}).
They come from the npm package \`${pkg.name}\` version ${pkg.version}.
\`scripts/vendor-pictograms.ts\` made them: it wraps each icon body in an \`<svg>\` element and renames ids.
Licence: ${info.license.spdx} (${info.license.url}).

## MIT License

Copyright (c) Microsoft Corporation.

${MIT}

## Files

| File | Fluent Emoji icon |
| --- | --- |
${rows.join("\n")}
`;
}

mkdirSync(svgDir, { recursive: true });
const wanted = new Set(catalogue.pictograms.map((p) => `${p.id}.svg`));
for (const file of readdirSync(svgDir)) {
  if (file.endsWith(".svg") && !wanted.has(file)) rmSync(join(svgDir, file));
}
for (const p of catalogue.pictograms) writeFileSync(join(svgDir, `${p.id}.svg`), toSvg(findIcon(p.icon), p.id));
writeFileSync(join(pictogramDir, "LICENSE.md"), licence());
console.log(`${catalogue.pictograms.length} pictograms written to kiosk/pictograms/svg (${pkg.name} ${pkg.version})`);
