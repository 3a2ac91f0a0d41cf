#!/usr/bin/env node
/**
 * Idempotent set-up, run by `npm start`, `npm test` and `npm run bench` before anything else:
 *  1. `npm ci` when node_modules is missing or older than package-lock.json (Puppeteer never downloads a browser);
 *  2. the Debian packages Klaar calls (Chromium, espeak-ng, poppler-utils, sox, fonts, tesseract-ocr), installed with apt-get when
 *     missing and we are root; otherwise a clear message with the command to run.
 * Plain JavaScript with no dependencies: it runs before `npm ci`.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
process.env.PUPPETEER_SKIP_DOWNLOAD = "true";

function say(message) {
  process.stderr.write(`[klaar setup] ${message}\n`);
}

function nodeModulesUpToDate() {
  const marker = join(root, "node_modules", ".package-lock.json");
  if (!existsSync(marker)) return false;
  return statSync(marker).mtimeMs >= statSync(join(root, "package-lock.json")).mtimeMs;
}

if (!nodeModulesUpToDate()) {
  say("installing npm packages (npm ci) …");
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit", env: process.env });
  if (result.status !== 0) {
    say("npm ci failed. Check the network access to the npm registry and try again.");
    process.exit(1);
  }
}

/** Debian package → a file that proves it is installed. */
const PACKAGES = {
  chromium: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
  "espeak-ng": "/usr/bin/espeak-ng",
  "poppler-utils": "/usr/bin/pdftoppm",
  sox: "/usr/bin/soxi",
  lame: "/usr/bin/lame",
  // Opus audio for the kiosk network (src/speech/encode.ts).
  "opus-tools": "/usr/bin/opusenc",
  "fonts-dejavu-core": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
  // On-premise OCR of scans and phone photos (src/ocr/): the engine, orientation detection and four languages.
  "tesseract-ocr": "/usr/bin/tesseract",
  "tesseract-ocr-osd": "/usr/share/tesseract-ocr/5/tessdata/osd.traineddata",
  "tesseract-ocr-nld": "/usr/share/tesseract-ocr/5/tessdata/nld.traineddata",
  "tesseract-ocr-fra": "/usr/share/tesseract-ocr/5/tessdata/fra.traineddata",
  "tesseract-ocr-deu": "/usr/share/tesseract-ocr/5/tessdata/deu.traineddata",
  "tesseract-ocr-eng": "/usr/share/tesseract-ocr/5/tessdata/eng.traineddata",
};

const missing = Object.entries(PACKAGES)
  .filter(([, file]) => !existsSync(file))
  .map(([name]) => name);

if (missing.length > 0) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = existsSync("/usr/bin/apt-get");
  if (isRoot && hasApt) {
    say(`installing Debian packages: ${missing.join(" ")} …`);
    const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit", env });
      execFileSync("apt-get", ["install", "-y", "-qq", "--no-install-recommends", ...missing], {
        stdio: "inherit",
        env,
      });
    } catch {
      say(`apt-get could not install ${missing.join(" ")}. Install them by hand and try again.`);
      process.exit(1);
    }
  } else {
    say(`these Debian packages are missing: ${missing.join(" ")}.`);
    say(`ask an administrator to run: sudo apt-get install ${missing.join(" ")}`);
    say("Klaar can start without them, but PDFs, speech and the page tests need them.");
    if (process.argv.includes("--strict")) process.exit(1);
  }
}

// 3. Compile src/ to dist/ when a source changed, so `npm start` and `klaar` run plain node.
const build = spawnSync(process.execPath, [join(root, "scripts", "build.mjs")], { cwd: root, stdio: "inherit" });
if (build.status !== 0) process.exit(1);
