import type { DisplaySettings } from "../display.ts";
import { homeServices, pick, type Site } from "../sites.ts";
import { base, type KioskContext, type Page } from "./context.ts";

export function sitesScreen(ctx: KioskContext, display: DisplaySettings): Page {
  return {
    status: 200,
    view: "kiosk/sites",
    locals: {
      display,
      displayClass: `size-${display.size} theme-${display.theme}`,
      sites: ctx.sites.map((s) => ({
        name: pick(s.name, "nl"),
        href: base(s.id),
        preview: `/kiosk/preview?site=${s.id}`,
      })),
    },
  };
}

/** Staff review: every screen × language × orientation of a site, as scaled iframes. */
export function previewScreen(ctx: KioskContext, site: Site): Page {
  const first = homeServices(site).find((s) => s.ticketPrefix) ?? homeServices(site)[0];
  const screens = (lang: string) => {
    const home = base(site.id, lang);
    const k = ctx.texts(lang);
    return [
      { name: k.home, src: home },
      ...(first
        ? [
            { name: pick(first.label, lang), src: `${home}/service/${first.id}` },
            { name: k.whatToBring, src: `${home}/service/${first.id}/bring` },
            { name: k.yourNumber, src: `${home}/ticket/example` },
          ]
        : []),
      { name: k.talkToPerson, src: `${home}/help` },
      { name: k.explainSubmit, src: `${home}/letter` },
    ];
  };
  const orientations = [
    { id: "portrait", label: "Staand 1080 × 1920", width: 1080, height: 1920 },
    { id: "landscape", label: "Liggend 1920 × 1080", width: 1920, height: 1080 },
  ];
  const groups = [
    { lang: "nl", label: "Taalkeuze", screens: [{ name: "Taalkeuze", src: base(site.id) }] },
    ...ctx.languages(site).map((lang) => ({ lang, label: ctx.texts(lang).languageName, screens: screens(lang) })),
  ];
  return {
    status: 200,
    view: "kiosk/preview",
    locals: { siteName: pick(site.name, "nl"), siteId: site.id, groups, orientations },
  };
}
