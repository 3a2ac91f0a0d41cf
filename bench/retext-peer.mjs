// The peer of `klaar analyze --json FILE` (bench/cli.ts): a node process that runs the retext pipeline (English,
// readability, simplify, passive) on the same file and prints its messages as JSON.
import { readFileSync } from "node:fs";
import { retext } from "retext";
import retextPassive from "retext-passive";
import retextReadability from "retext-readability";
import retextSimplify from "retext-simplify";

const text = readFileSync(process.argv[2], "utf8");
const file = await retext().use(retextReadability).use(retextSimplify).use(retextPassive).process(text);
process.stdout.write(
  `${JSON.stringify(
    file.messages.map((m) => ({ reason: m.reason, place: m.place })),
    null,
    2,
  )}\n`,
);
