import { visitorLanguage } from "../../languages.ts";
import { bringPictogram } from "../bring-rules.ts";
import type { DisplaySettings } from "../display.ts";
import { TIME_ZONE } from "../local-time.ts";
import { isOpenAt, nextOpening } from "../opening-hours.ts";
import { pick, type Service } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function serviceScreen(ctx: KioskContext, where: Where, service: Service, display: DisplaySettings): Page {
  const { site, lang } = where;
  const path = `${base(site.id, lang)}/service/${service.id}`;
  const open = openNow(ctx, service);
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
        opensNext: open === false ? opensNext(ctx, service, lang) : null,
        hasBring: pick(service.bring, lang).length > 0,
        bringHref: `${path}/bring`,
        ticketAction: service.ticketPrefix && open !== false ? `${path}/ticket` : null,
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

/** Open now by its weekly hours; null when the service keeps no fixed hours. */
export function openNow(ctx: KioskContext, service: Service): boolean | null {
  return service.hours.weekly.length ? isOpenAt(service.hours.weekly, ctx.hoursNow()) : null;
}

/** "Morgen open om 8:30." — or null when the service has no hours in the coming week. */
export function opensNext(ctx: KioskContext, service: Service, lang: string): string | null {
  const now = ctx.hoursNow();
  const next = nextOpening(service.hours.weekly, now);
  if (!next) return null;
  const k = ctx.texts(lang);
  const time = next.from.replace(/^0(\d)/, "$1");
  if (next.daysAhead === 0) return k.opensToday({ time });
  if (next.daysAhead === 1) return k.opensTomorrow({ time });
  const day = new Intl.DateTimeFormat(visitorLanguage(lang).locale, { weekday: "long", timeZone: TIME_ZONE }).format(
    new Date(now.getTime() + next.daysAhead * 86_400_000),
  );
  return k.opensOn({ day, time });
}

/** A closed service: no ticket, and when it opens next. */
export function closedScreen(ctx: KioskContext, where: Where, service: Service, display: DisplaySettings): Page {
  const k = ctx.texts(where.lang);
  const back = `${base(where.site.id, where.lang)}/service/${service.id}`;
  const next = opensNext(ctx, service, where.lang);
  return {
    status: 409,
    view: "kiosk/message",
    locals: {
      ...ctx.frame(where, display, { path: `${back}/closed`, title: k.closedNow, back }),
      heading: k.closedNow,
      lines: [k.closedNoTicket, ...(next ? [next] : [])],
      homeLink: { href: base(where.site.id, where.lang), label: k.home },
    },
  };
}
