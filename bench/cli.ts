/**
 * The command line as a user feels it: `klaar analyze --json FILE` on one English letter, the whole process, against
 * a node process that runs the retext pipeline (english + readability + simplify + passive) on the same file
 * (bench/retext-peer.mjs). They run in turns, so both see the same load on the machine; the medians are compared.
 * Runs `klaar` as a user does (bin/klaar.js), which runs the CLI compiled and bundled in dist/ (`npm run bench` builds
 * it first).
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { percentile } from "./stats.ts";

const ROOT = new URL("..", import.meta.url).pathname;
const LETTER = `${ROOT}tests/fixtures/letters/english-municipality.txt`;
const CLI = `${ROOT}bin/klaar.js`;
const BUILT = `${ROOT}dist/cli/main.js`;
const PEER = `${ROOT}bench/retext-peer.mjs`;
const ROUNDS = 7;

function wallMs(args: string[]): number {
  const started = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  const ms = performance.now() - started;
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed: ${run.stderr}`);
  return ms;
}

export async function benchCli(): Promise<Record<string, number>> {
  if (!existsSync(BUILT)) throw new Error("dist/ is missing: run `node scripts/build.mjs` first");
  const klaar: number[] = [];
  const peer: number[] = [];
  wallMs([CLI, "analyze", "--json", LETTER]); // the disk cache warm for both
  wallMs([PEER, LETTER]);
  for (let i = 0; i < ROUNDS; i++) {
    klaar.push(wallMs([CLI, "analyze", "--json", LETTER]));
    peer.push(wallMs([PEER, LETTER]));
  }
  const k = percentile(klaar, 50);
  const p = percentile(peer, 50);
  return {
    "klaar analyze --json (process) p50 ms": Math.round(k),
    "retext process p50 ms": Math.round(p),
    "CLI vs retext process time ratio": Math.round((k / p) * 100) / 100,
  };
}
