#!/usr/bin/env node
// The `klaar` command: plain node on the compiled CLI in dist/ (made by `npm start`, `npm test` or `npm run build`).
// In a checkout that was never built it falls back to the TypeScript sources through tsx, a development dependency.
import { existsSync } from "node:fs";

const compiled = new URL("../dist/cli/main.js", import.meta.url);
if (existsSync(compiled)) {
  await import(compiled.href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
