/**
 * `klaar kiosk add --site SITE --name "Hal links"` prints a one-time setup link (24 hours) to open on that kiosk;
 * `klaar kiosk list` shows the kiosks; `klaar kiosk remove --id N` removes one (its device token stops working).
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../config.ts";
import { defaultKioskDevicesFile, openKioskDevices } from "../kiosk/devices.ts";
import { loadSites } from "../kiosk/sites.ts";
import { KIOSK_USAGE, UsageError } from "./usage.ts";

export { KIOSK_USAGE };

export function kioskCommand(args: string[]): void {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { site: { type: "string" }, name: { type: "string" }, id: { type: "string" } },
  });
  const config = loadConfig();
  if (sub === "add") {
    const sites = loadSites();
    if (!values.site || !sites.has(values.site))
      throw new UsageError(`--site must be one of ${[...sites.keys()].join(", ")}`);
    if (!values.name?.trim()) throw new UsageError(KIOSK_USAGE);
    const devices = openKioskDevices(defaultKioskDevicesFile(config.KLAAR_DATA_DIR));
    try {
      const { device, setupToken } = devices.add(values.site, values.name);
      const base = config.KLAAR_PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}/`;
      const link = new URL(`kiosk/setup/${setupToken}`, base.endsWith("/") ? base : `${base}/`).href;
      process.stdout.write(
        `Kiosk ${device.id} "${device.name}" for ${device.siteId}. Open this link once on that kiosk (valid 24 hours):\n${link}\n`,
      );
    } finally {
      devices.close();
    }
    return;
  }
  if (sub === "list" || sub === "remove") {
    const devices = openKioskDevices(defaultKioskDevicesFile(config.KLAAR_DATA_DIR));
    try {
      if (sub === "remove") {
        if (!values.id || !devices.remove(Number(values.id)))
          throw new UsageError(`There is no kiosk "${values.id ?? ""}".`);
        process.stdout.write(`Kiosk ${values.id} is removed.\n`);
        return;
      }
      for (const d of devices.list())
        process.stdout.write(
          `${d.id}\t${d.siteId}\t${d.name}\t${d.enrolled ? "set up" : "waiting for its setup link"}\n`,
        );
    } finally {
      devices.close();
    }
    return;
  }
  throw new UsageError(KIOSK_USAGE);
}
