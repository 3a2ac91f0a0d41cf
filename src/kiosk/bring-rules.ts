/** Which pictogram goes with a "what to bring" item: kiosk/bring-pictograms.json, matched on the Dutch text. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { hasPictogram } from "../pictograms/catalogue.ts";

const projectRoot = join(import.meta.dirname, "..", "..");
export const BRING_PICTOGRAMS_FILE = join(projectRoot, "kiosk", "bring-pictograms.json");

const bringRulesSchema = z.object({
  default: z.string(),
  rules: z.array(z.object({ pictogram: z.string(), nl: z.array(z.string().min(1)) })),
});
export type BringRules = z.infer<typeof bringRulesSchema>;

/** Reads kiosk/bring-pictograms.json and checks every pictogram exists. */
export function loadBringRules(file: string = BRING_PICTOGRAMS_FILE): BringRules {
  const rules = bringRulesSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  for (const id of [rules.default, ...rules.rules.map((r) => r.pictogram)]) {
    if (!hasPictogram(id)) throw new Error(`kiosk/bring-pictograms.json: unknown pictogram "${id}"`);
  }
  return rules;
}

/** The pictogram for one "what to bring" item, found from its Dutch text. */
export function bringPictogram(rules: BringRules, dutchItem: string): string {
  const words = dutchItem.toLowerCase().split(/[^\p{L}]+/u);
  const rule = rules.rules.find((r) => r.nl.some((w) => words.some((word) => word.startsWith(w))));
  return rule?.pictogram ?? rules.default;
}
