import { LETTER_LANGUAGES } from "../../languages.ts";
import type { DisplaySettings } from "../display.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

/** The friendly 404 in the kiosk style. Without a known site it offers the list of kiosks. */
export function notFound(
  ctx: KioskContext,
  siteId: string | undefined,
  lang: string | undefined,
  display: DisplaySettings,
): Page {
  const site = siteId ? ctx.site(siteId) : undefined;
  if (!site) {
    const langs = LETTER_LANGUAGES.map((l) => ({ lang: l, k: ctx.texts(l) }));
    return {
      status: 404,
      view: "kiosk/lost",
      locals: { display, displayClass: `size-${display.size} theme-${display.theme}`, langs, home: "/kiosk" },
    };
  }
  const known = ctx.where(site.id, lang ?? "");
  const where = known ?? { site, lang: ctx.languages(site)[0] ?? "nl" };
  const k = ctx.texts(where.lang);
  return {
    status: 404,
    view: "kiosk/message",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(site.id, where.lang)}/not-found`,
        title: k.errorTitle,
        // An unknown language goes back to the language screen, which is the start.
        back: known ? base(site.id, where.lang) : base(site.id),
      }),
      heading: k.errorTitle,
      lines: [k.errorNotFound],
      homeLink: { href: known ? base(site.id, where.lang) : base(site.id), label: k.errorGoBack },
    },
  };
}

/** The 429 page after too many tickets (or, with `what: "help"`, help requests) from one kiosk. */
export function tooManyTickets(
  ctx: KioskContext,
  where: Where,
  display: DisplaySettings,
  back: string,
  what: "tickets" | "help" = "tickets",
): Page {
  const k = ctx.texts(where.lang);
  return {
    status: 429,
    view: "kiosk/message",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(where.site.id, where.lang)}/${what === "help" ? "help-busy" : "busy"}`,
        title: k.errorTitle,
        back,
      }),
      heading: k.errorTitle,
      lines: [what === "help" ? k.tooManyHelpRequests : k.tooManyTickets],
      homeLink: { href: back, label: k.back },
    },
  };
}

/** Something broke: a calm page with a way home, never a stack trace. */
export function failure(ctx: KioskContext, where: Where, display: DisplaySettings): Page {
  const k = ctx.texts(where.lang);
  return {
    status: 500,
    view: "kiosk/message",
    locals: {
      ...ctx.frame(where, display, { path: `${base(where.site.id, where.lang)}/error`, title: k.errorTitle }),
      heading: k.errorTitle,
      lines: [k.errorGeneric],
      homeLink: { href: base(where.site.id, where.lang), label: k.errorGoBack },
    },
  };
}
