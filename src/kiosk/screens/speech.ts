import { homeServices, pick, type Site, talkToPerson } from "../sites.ts";
import type { SpeechPart } from "../speech.ts";
import type { KioskContext } from "./context.ts";
import { ticketView } from "./ticket.ts";

/**
 * The spoken script of a screen, from the same data as its text. `screen` is the screen's path below
 * /kiosk/:site/:lang ("" for home). Undefined for a screen that does not exist.
 */
export function speechParts(
  ctx: KioskContext,
  site: Site,
  lang: string | null,
  screen: string,
  kioskId = "",
): SpeechPart[] | undefined {
  if (lang === null) {
    // The language screen: "Kies uw taal: Nederlands." in each language, each in its own voice.
    return ctx.languages(site).map((l) => ({
      lang: l,
      text: `${ctx.texts(l).chooseLanguage}: ${ctx.texts(l).languageName}.`,
    }));
  }
  const k = ctx.texts(lang);
  const say = (...lines: string[]) => [{ lang, text: lines.filter(Boolean).join(" ") }];
  const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
  const parts = screen.split("/").filter(Boolean);
  const [first, second, third, fourth] = parts;
  if (parts.length === 0) {
    return say(k.welcome, ...homeServices(site).map((s) => sentence(pick(s.label, lang))), sentence(k.talkToPerson));
  }
  if (first === "service" && second) {
    const service = ctx.service(site, second);
    if (!service || fourth !== undefined) return undefined;
    if (third === undefined) {
      return say(
        pick(service.spoken, lang),
        sentence(k.whereToGo.replace(/[?]$/, "")),
        sentence(pick(service.where, lang)),
      );
    }
    if (third === "bring")
      return say(sentence(k.whatToBring.replace(/[?]$/, "")), ...pick(service.bring, lang).map(sentence));
    return undefined;
  }
  if (first === "ticket" && second && third === undefined) {
    const view = ticketView(ctx, { site, lang }, second);
    if (!view) return undefined;
    return say(k.yourNumberIs({ number: view.spoken }), ...view.lines.map(sentence), sentence(view.where));
  }
  if (first === "help" && second === undefined) {
    const coming = ctx.deps.queue.openHelpRequests(site.id).some((r) => r.kioskId === kioskId);
    return say(coming ? k.someoneIsComing : pick(talkToPerson(site).spoken, lang));
  }
  if (first === "letter" && second === undefined) {
    const service = site.services.find((s) => s.kind === "explain-letter");
    return say(service ? pick(service.spoken, lang) : "", k.letterPrivacy);
  }
  if (first === "not-found" && second === undefined) return say(k.errorNotFound, k.errorGoBack);
  if (first === "busy" && second === undefined) return say(k.tooManyTickets);
  if (first === "help-busy" && second === undefined) return say(k.tooManyHelpRequests);
  if (first === "error" && second === undefined) return say(k.errorGeneric);
  return undefined;
}
