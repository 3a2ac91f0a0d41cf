import { texts } from "../../i18n/catalogue.ts";
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
  // The preview is a Dutch staff page (views/kiosk/preview.pug).
  const staff = texts("nl", "staff");
  const orientations = [
    { id: "portrait", label: staff.previewPortrait, width: 1080, height: 1920 },
    { id: "landscape", label: staff.previewLandscape, width: 1920, height: 1080 },
  ];
  const groups = [
    {
      lang: "nl",
      label: staff.previewLanguageScreen,
      screens: [{ name: staff.previewLanguageScreen, src: base(site.id) }],
    },
    ...ctx.languages(site).map((lang) => ({ lang, label: ctx.texts(lang).languageName, screens: screens(lang) })),
  ];
  return {
    status: 200,
    view: "kiosk/preview",
    locals: { siteName: pick(site.name, "nl"), siteId: site.id, groups, orientations },
  };
}
