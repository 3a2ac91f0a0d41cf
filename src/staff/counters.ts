/**
 * The counters of each site and the services each counter calls, from kiosk/counters.json:
 * { "stadhuis": [ { "id": "3", "services": ["eid-paspoort", "afspraak"] } ] }. Checked against the site files:
 * every site with ticket services has counters, every service id exists and gives tickets.
 */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import type { Site } from "../kiosk/sites.ts";

export const COUNTERS_FILE = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "kiosk", "counters.json");

const counterSchema = z.strictObject({
  /** What the display and the voice say after "loket": "3", "12B". */
  id: z.string().regex(/^[0-9A-Za-z]{1,4}$/, "use 1 to 4 letters or digits, e.g. 3"),
  services: z.array(z.string().min(1)).min(1),
});
const schema = z.record(z.string(), z.array(counterSchema).min(1));

export type Counter = z.infer<typeof counterSchema>;
export type SiteCounters = Map<string, Counter[]>;

export function loadCounters(sites: Map<string, Site>, file: string = COUNTERS_FILE): SiteCounters {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`${file}: cannot read it as JSON: ${(error as Error).message}`);
  }
  const parsed = schema.safeParse(data);
  const problems: string[] = [];
  if (!parsed.success) {
    for (const i of parsed.error.issues) problems.push(`${i.path.join(".") || "file"}: ${i.message}`);
  } else {
    for (const [siteId, counters] of Object.entries(parsed.data)) {
      const site = sites.get(siteId);
      if (!site) {
        problems.push(`${siteId}: there is no site file kiosk/sites/${siteId}.json`);
        continue;
      }
      const ids = new Set<string>();
      counters.forEach((counter, i) => {
        if (ids.has(counter.id)) problems.push(`${siteId}[${i}].id: counter "${counter.id}" is listed twice`);
        ids.add(counter.id);
        for (const serviceId of counter.services) {
          const service = site.services.find((s) => s.id === serviceId);
          if (!service) problems.push(`${siteId}[${i}].services: "${serviceId}" is not a service of this site`);
          else if (service.ticketPrefix === null) {
            problems.push(`${siteId}[${i}].services: "${serviceId}" gives no tickets (ticketPrefix is null)`);
          }
        }
      });
    }
    for (const site of sites.values()) {
      if (site.services.some((s) => s.ticketPrefix !== null) && !parsed.data[site.id]) {
        problems.push(`${site.id}: this site gives tickets, so list its counters`);
      }
    }
  }
  if (problems.length) throw new Error(`${file} has errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
  return new Map(Object.entries(parsed.data ?? {}));
}
