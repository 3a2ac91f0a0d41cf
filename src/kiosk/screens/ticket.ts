import { renderPdf } from "../../render/pdf.ts";
import { renderView } from "../../render/views.ts";
import type { DisplaySettings } from "../display.ts";
import { localTime } from "../local-time.ts";
import { QueueError, type Ticket } from "../queue.ts";
import { homeServices, pick, type Site } from "../sites.ts";
import { base, type KioskContext, type Page, type Where } from "./context.ts";

/** The spoken form of a ticket number: "A 042" → "A 42". */
export function spokenTicketNumber(ticket: { prefix: string; sequence: number }): string {
  return `${ticket.prefix} ${ticket.sequence}`;
}

/** An example ticket for the staff preview: it is never stored. */
const EXAMPLE_TICKET = { number: "A 001", prefix: "A", sequence: 1, peopleBefore: 2, estimatedWaitMinutes: 10 };

/** Today's ticket of this site, or undefined (unknown, another site, another day: the screen is gone). */
function ticketOf(ctx: KioskContext, site: Site, ticketId: string): Ticket | undefined {
  if (!/^\d{1,12}$/.test(ticketId)) return undefined;
  try {
    const ticket = ctx.deps.queue.ticket(Number(ticketId));
    const today = localTime(ctx.now()).date;
    return ticket.siteId === site.id && ticket.day === today ? ticket : undefined;
  } catch (error) {
    if (error instanceof QueueError) return undefined;
    throw error;
  }
}

/** What the ticket screen shows and says; undefined when there is no such ticket. */
export function ticketView(ctx: KioskContext, where: Where, ticketId: string) {
  const { site, lang } = where;
  const k = ctx.texts(lang);
  let number: string;
  let spoken: string;
  let serviceId: string;
  let peopleBefore: number | null = null;
  let wait = 0;
  let counter: string | null = null;
  if (ticketId === "example") {
    const service = homeServices(site).find((s) => s.ticketPrefix) ?? homeServices(site)[0];
    if (!service) return undefined;
    ({ number, peopleBefore, estimatedWaitMinutes: wait } = EXAMPLE_TICKET);
    spoken = spokenTicketNumber(EXAMPLE_TICKET);
    serviceId = service.id;
  } else {
    const ticket = ticketOf(ctx, site, ticketId);
    if (!ticket) return undefined;
    number = ticket.number;
    spoken = spokenTicketNumber(ticket);
    serviceId = ticket.serviceId;
    if (ticket.status === "waiting") {
      const standing = ctx.deps.queue.standing(ticket.id, ctx.now());
      peopleBefore = standing.peopleBefore;
      wait = standing.estimatedWaitMinutes;
    } else if (ticket.status === "called") {
      counter = ticket.counter;
    }
  }
  const service = ctx.service(site, serviceId);
  const lines: string[] = [];
  if (counter !== null) lines.push(k.yourTurn, `${k.counter} ${counter}`);
  else if (peopleBefore !== null) {
    lines.push(k.peopleBefore({ count: peopleBefore }));
    if (peopleBefore > 0 && wait > 0) lines.push(k.estimatedWait({ minutes: wait }));
    lines.push(k.waitForYourNumber);
  }
  return {
    number,
    spoken,
    lines,
    serviceLabel: service ? pick(service.label, lang) : "",
    servicePath: service ? `${base(site.id, lang)}/service/${service.id}` : base(site.id, lang),
    where: service ? pick(service.where, lang) : "",
  };
}

export function ticketScreen(
  ctx: KioskContext,
  where: Where,
  ticketId: string,
  display: DisplaySettings,
): Page | undefined {
  const view = ticketView(ctx, where, ticketId);
  if (!view) return undefined;
  const { site, lang } = where;
  const k = ctx.texts(lang);
  const path = `${base(site.id, lang)}/ticket/${ticketId}`;
  return {
    status: 200,
    view: "kiosk/ticket",
    locals: {
      ...ctx.frame(where, display, { path, title: `${k.yourNumber}: ${view.number}`, back: view.servicePath }),
      ticket: view,
      finishHref: `${base(site.id)}/reset`,
    },
  };
}

/** The ticket as an 80 mm receipt PDF for a kiosk printer. */
export async function ticketPdf(ctx: KioskContext, where: Where, ticketId: string): Promise<Buffer | undefined> {
  const view = ticketView(ctx, where, ticketId);
  if (!view) return undefined;
  const k = ctx.texts(where.lang);
  const html = renderView("kiosk/ticket-print", {
    k,
    lang: where.lang,
    siteName: pick(where.site.name, where.lang),
    ticket: view,
    privacy: k.privacy,
  });
  return renderPdf(html, {
    title: `${k.yourNumber}: ${view.number}`,
    lang: k.htmlLang,
    format: "receipt80",
    pool: ctx.deps.browserPool,
  });
}
