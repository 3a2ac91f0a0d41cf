/** `npm run bench`: prints the numbers that the issues ask for. Each part runs in this one process, one after the other. */
import { benchAnalysis } from "./analysis.ts";

const parts: [string, () => Promise<Record<string, number>>][] = [["analysis", benchAnalysis]];

for (const [name, run] of parts) {
  const results = await run();
  console.log(`\n== ${name}`);
  for (const [key, value] of Object.entries(results)) console.log(`${key.padEnd(36)} ${value}`);
}
