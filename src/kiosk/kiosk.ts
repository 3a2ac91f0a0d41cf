/**
 * The kiosk visitor screens: what each screen shows and says, built from the site files and locales/<lang>/kiosk.json.
 * Routes (src/server/routes/kiosk.ts) only read the request, call this and render the view it names.
 *
 * One module per screen in src/kiosk/screens/; they share the frame in screens/context.ts. This class is the one
 * entry point the routes use, plus the actions (take a ticket, ask for help, wipe) and speech.
 */

import { LetterJobs } from "./letter-jobs.ts";
import { KioskContext, type Where } from "./screens/context.ts";
import { helpScreen } from "./screens/help.ts";
import { homeScreen } from "./screens/home.ts";
import { languageScreen } from "./screens/language.ts";
import { explainLetter, letterAudio, letterResultScreen, letterScreen, letterWorkingScreen } from "./screens/letter.ts";
import { failure, notFound, tooManyTickets } from "./screens/messages.ts";
import { previewScreen, sitesScreen } from "./screens/overview.ts";
import { bringScreen, closedScreen, openNow, serviceScreen } from "./screens/service.ts";
import { speechParts } from "./screens/speech.ts";
import { ticketPdf, ticketScreen } from "./screens/ticket.ts";
import type { Service, Site } from "./sites.ts";
import type { SpeechPart } from "./speech.ts";

export { BRING_PICTOGRAMS_FILE, bringPictogram, loadBringRules } from "./bring-rules.ts";
export type { KioskDeps, Page, Where } from "./screens/context.ts";
export { spokenTicketNumber } from "./screens/ticket.ts";

export type TicketResult =
  | { ok: true; ticketId: number }
  | { ok: false; retryAfterSeconds: number }
  /** The service is closed now: no ticket. */
  | { ok: false; closed: true };

type Rest<F> = F extends (ctx: KioskContext, ...args: infer A) => infer R ? (...args: A) => R : never;

export class Kiosk extends KioskContext {
  /** Letters being read and explained, and letters of several pages being gathered (in memory, short-lived). */
  readonly letterJobs = new LetterJobs();

  // ---- screens (src/kiosk/screens/*.ts) -------------------------------------------------------------------

  languageScreen: Rest<typeof languageScreen> = (...a) => languageScreen(this, ...a);
  homeScreen: Rest<typeof homeScreen> = (...a) => homeScreen(this, ...a);
  serviceScreen: Rest<typeof serviceScreen> = (...a) => serviceScreen(this, ...a);
  bringScreen: Rest<typeof bringScreen> = (...a) => bringScreen(this, ...a);
  closedScreen: Rest<typeof closedScreen> = (...a) => closedScreen(this, ...a);
  ticketScreen: Rest<typeof ticketScreen> = (...a) => ticketScreen(this, ...a);
  ticketPdf: Rest<typeof ticketPdf> = (...a) => ticketPdf(this, ...a);
  helpScreen: Rest<typeof helpScreen> = (...a) => helpScreen(this, ...a);
  letterScreen: Rest<typeof letterScreen> = (...a) => letterScreen(this, ...a);
  explainLetter: Rest<typeof explainLetter> = (...a) => explainLetter(this, ...a);
  letterWorkingScreen: Rest<typeof letterWorkingScreen> = (...a) => letterWorkingScreen(this, ...a);
  letterAudio: Rest<typeof letterAudio> = (...a) => letterAudio(this, ...a);
  letterResultScreen: Rest<typeof letterResultScreen> = (...a) => letterResultScreen(this, ...a);
  notFound: Rest<typeof notFound> = (...a) => notFound(this, ...a);
  tooManyTickets: Rest<typeof tooManyTickets> = (...a) => tooManyTickets(this, ...a);
  failure: Rest<typeof failure> = (...a) => failure(this, ...a);
  sitesScreen: Rest<typeof sitesScreen> = (...a) => sitesScreen(this, ...a);
  previewScreen: Rest<typeof previewScreen> = (...a) => previewScreen(this, ...a);

  // ---- actions ------------------------------------------------------------------------------------------

  /** Takes a ticket unless the service is closed or this kiosk took too many in the last minute. */
  takeTicket(site: Site, service: Service, kioskKey: string): TicketResult | undefined {
    if (!service.ticketPrefix) return undefined;
    if (openNow(this, service) === false) return { ok: false, closed: true };
    const decision = this.deps.ticketLimiter.hit(`${site.id}|${kioskKey}`);
    if (!decision.allowed) return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };
    const taken = this.deps.queue.takeTicket(site.id, service.id, service.ticketPrefix, this.now());
    return { ok: true, ticketId: taken.id };
  }

  /**
   * Asks staff for help. A kiosk that already asked is simply told help is coming; a new request counts against this
   * kiosk's help limit (`kioskKey`: its device id, else its address), so one kiosk cannot flood the staff panel.
   */
  requestHelp(
    where: Where,
    kioskLabel: string,
    kioskKey: string,
  ): { ok: true } | { ok: false; retryAfterSeconds: number } {
    const open = this.deps.queue.openHelpRequests(where.site.id).some((r) => r.kioskId === kioskLabel);
    if (!open) {
      const decision = this.deps.helpLimiter.hit(`${where.site.id}|${kioskKey}`);
      if (!decision.allowed) return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };
    }
    this.deps.queue.requestHelp(where.site.id, kioskLabel, where.lang, this.now());
    return { ok: true };
  }

  /** The visitor is done (or walked away): their letters go. Cookies are cleared by the route. */
  wipe(letterIds: readonly string[]): void {
    for (const id of letterIds) this.deps.letters.delete(id);
  }

  // ---- speech -------------------------------------------------------------------------------------------

  /**
   * The spoken script of a screen, from the same data as its text. `screen` is the screen's path below
   * /kiosk/:site/:lang ("" for home). Undefined for a screen that does not exist.
   */
  speechParts: Rest<typeof speechParts> = (...a) => speechParts(this, ...a);

  speak(parts: SpeechPart[]) {
    return this.deps.speech.speak(parts);
  }
}
