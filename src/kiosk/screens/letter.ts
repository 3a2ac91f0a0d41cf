/** "Explain my letter" at the kiosk: the form, and the explanation in the visitor's language. */
import { evidenceId } from "../../explanation/build.ts";
import { texts } from "../../i18n/catalogue.ts";
import type { ExplainInput } from "../../letters/service.ts";
import { svgMarkup } from "../../pictograms/catalogue.ts";
import type { DisplaySettings } from "../display.ts";
import { pick } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

export function letterScreen(
  ctx: KioskContext,
  where: Where,
  display: DisplaySettings,
  problem?: { title: string; detail: string },
  text = "",
): Page {
  const { site, lang } = where;
  const service = site.services.find((s) => s.kind === "explain-letter");
  const k = ctx.texts(lang);
  return {
    status: problem ? 400 : 200,
    view: "kiosk/letter",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(site.id, lang)}/letter`,
        title: service ? pick(service.label, lang) : k.explainSubmit,
        back: service ? `${base(site.id, lang)}/service/${service.id}` : undefined,
      }),
      heading: service ? pick(service.label, lang) : k.explainSubmit,
      intro: service ? pick(service.explanation, lang) : "",
      action: `${base(site.id, lang)}/letter`,
      problem,
      text,
    },
  };
}

export async function explainLetter(
  ctx: KioskContext,
  where: Where,
  input: Omit<ExplainInput, "uiLang">,
): Promise<string> {
  return (await ctx.deps.letters.explain({ ...input, uiLang: where.lang })).id;
}

export function letterResultScreen(
  ctx: KioskContext,
  where: Where,
  letterId: string,
  display: DisplaySettings,
): Page | undefined {
  const letter = ctx.deps.letters.get(letterId);
  if (!letter || letter.explanation.uiLang !== where.lang) return undefined;
  const { site, lang } = where;
  const { explanation } = letter;
  return {
    status: 200,
    view: "kiosk/letter-result",
    locals: {
      ...ctx.frame(where, display, {
        path: `${base(site.id, lang)}/letter/${letterId}`,
        title: explanation.title,
        back: `${base(site.id, lang)}/letter`,
        speech: `/letters/${letterId}/audio.wav`,
      }),
      t: texts(lang, "pages"),
      explanation,
      uiLang: lang,
      letterLang: explanation.letterLang,
      pictogram: (id: string) => svgMarkup(id, { lang }),
      evidenceId,
      finishHref: `${base(site.id)}/reset`,
    },
  };
}
