// Tests drive real Chromium, espeak-ng and SQLite: give them time, and keep to the machine's two cores.
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    maxWorkers: 2,
    // The test files share each worker's loaded modules (express, puppeteer, pug, sharp, the lexicon…) instead of
    // loading them again for each of the ~80 files: the whole suite costs about a fifth less CPU time, and the fast
    // unit tests (analysis, i18n, speech…) run three times faster. Every file closes its own servers and browsers.
    isolate: false,
  },
});
