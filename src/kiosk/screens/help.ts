import type { DisplaySettings } from "../display.ts";
import { pick, talkToPerson } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function helpScreen(ctx: KioskContext, where: Where, kioskId: string, display: DisplaySettings): Page {
  const { site, lang } = where;
  const talk = talkToPerson(site);
  const coming = ctx.deps.queue.openHelpRequests(site.id).some((r) => r.kioskId === kioskId);
  return {
    status: 200,
    view: "kiosk/help",
    locals: {
      ...ctx.frame(where, display, { path: `${base(site.id, lang)}/help`, title: pick(talk.label, lang) }),
      coming,
      help: {
        label: pick(talk.label, lang),
        explanation: pick(talk.explanation, lang),
        where: pick(talk.where, lang),
        phone: site.phone.number,
        phoneHref: `tel:${site.phone.number.replace(/[^\d+]/g, "")}`,
        phoneHours: pick(site.phone.hours, lang),
      },
    },
  };
}
