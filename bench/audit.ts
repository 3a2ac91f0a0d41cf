/**
 * The batch audit as an officer runs it: `klaar audit DIR --out report.html` on 1,000 letters (the corpus letters
 * repeated in a temporary folder), the whole process, with the worker threads it picks for the machine's cores.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";

const ROOT = new URL("..", import.meta.url).pathname;
const CORPUS = `${ROOT}tests/corpus`;
const LETTERS = 1000;

function letterFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return letterFiles(path);
      return name.endsWith(".txt") ? [path] : [];
    });
}

export async function benchAudit(): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), "klaar-bench-audit-"));
  try {
    const letters = join(dir, "letters");
    mkdirSync(letters);
    const sources = letterFiles(CORPUS);
    for (let i = 0; i < LETTERS; i++)
      copyFileSync(sources[i % sources.length] as string, join(letters, `letter-${i}.txt`));
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [`${ROOT}dist/cli/main.js`, "audit", letters, "--out", join(dir, "report.html")],
      { encoding: "utf8", env: { ...process.env, KLAAR_DATA_DIR: dir } },
    );
    const seconds = (performance.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`klaar audit failed: ${run.stderr}`);
    return {
      "audit letters": LETTERS,
      "audit cores": availableParallelism(),
      "audit seconds (whole process)": Math.round(seconds * 10) / 10,
      "audit letters/s": Math.round(LETTERS / seconds),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
