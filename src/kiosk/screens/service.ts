import { bringPictogram } from "../bring-rules.ts";
import type { DisplaySettings } from "../display.ts";
import { isOpenAt } from "../opening-hours.ts";
import { pick, type Service } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function serviceScreen(ctx: KioskContext, where: Where, service: Service, display: DisplaySettings): Page {
  const { site, lang } = where;
  const path = `${base(site.id, lang)}/service/${service.id}`;
  const open = service.hours.weekly.length ? isOpenAt(service.hours.weekly, ctx.now()) : null;
  return {
    status: 200,
    view: "kiosk/service",
    locals: {
      ...ctx.frame(where, display, { path, title: pick(service.label, lang) }),
      service: {
        label: pick(service.label, lang),
        pictogram: service.pictogram,
        explanation: pick(service.explanation, lang),
        where: pick(service.where, lang),
        hours: pick(service.hours.text, lang),
        open,
        hasBring: pick(service.bring, lang).length > 0,
        bringHref: `${path}/bring`,
        ticketAction: service.ticketPrefix ? `${path}/ticket` : null,
        letterHref: service.kind === "explain-letter" ? `${base(site.id, lang)}/letter` : null,
      },
    },
  };
}

export function bringScreen(ctx: KioskContext, where: Where, service: Service, display: DisplaySettings): Page {
  const { site, lang } = where;
  const servicePath = `${base(site.id, lang)}/service/${service.id}`;
  const dutch = pick(service.bring, "nl");
  return {
    status: 200,
    view: "kiosk/bring",
    locals: {
      ...ctx.frame(where, display, {
        path: `${servicePath}/bring`,
        title: `${ctx.texts(lang).whatToBring} ${pick(service.label, lang)}`,
        back: servicePath,
      }),
      service: {
        label: pick(service.label, lang),
        ticketAction: service.ticketPrefix ? `${servicePath}/ticket` : null,
      },
      items: pick(service.bring, lang).map((text, i) => ({
        text,
        pictogram: bringPictogram(ctx.bring, dutch[i] ?? ""),
      })),
    },
  };
}
