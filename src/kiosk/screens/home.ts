import type { DisplaySettings } from "../display.ts";
import { homeServices, pick } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function homeScreen(ctx: KioskContext, where: Where, display: DisplaySettings): Page {
  const { site, lang } = where;
  const k = ctx.texts(lang);
  return {
    status: 200,
    view: "kiosk/home",
    locals: {
      ...ctx.frame(where, display, { path: base(site.id, lang), title: k.welcome, back: base(site.id) }),
      buttons: homeServices(site).map((s) => ({
        label: pick(s.label, lang),
        pictogram: s.pictogram,
        href: `${base(site.id, lang)}/service/${s.id}`,
      })),
    },
  };
}
