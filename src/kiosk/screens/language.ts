import type { DisplaySettings } from "../display.ts";
import type { Site } from "../sites.ts";
import { base, type KioskContext, type Page } from "./context.ts";

export function languageScreen(ctx: KioskContext, site: Site, display: DisplaySettings): Page {
  const languages = ctx.languages(site);
  const first = languages[0] ?? "nl";
  const locals = ctx.frame({ site, lang: first }, display, {
    path: base(site.id),
    title: languages.map((l) => ctx.texts(l).chooseLanguage).join(" · "),
    start: true,
  });
  return {
    status: 200,
    view: "kiosk/language",
    locals: {
      ...locals,
      choices: languages.map((l) => ({
        lang: l,
        dir: ctx.texts(l).dir,
        name: ctx.texts(l).languageName,
        prompt: ctx.texts(l).chooseLanguage,
        href: base(site.id, l),
      })),
    },
  };
}
