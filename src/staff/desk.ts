/**
 * The counter desk: what the staff panel shows and what its buttons do, on top of the ticket queue.
 * Only numbers, services and waiting times: a ticket has no name, and neither does this.
 */

import type { User } from "../accounts/store.ts";
import type { Language } from "../analysis/types.ts";
import type { HelpRequest, QueueStore, Ticket } from "../kiosk/queue.ts";
import { type KioskTexts, pick, type Site } from "../kiosk/sites.ts";
import type { Counter, SiteCounters } from "./counters.ts";
import type { AllStaffTexts, StaffTexts } from "./texts.ts";

export interface DeskDeps {
  queue: QueueStore;
  sites: Map<string, Site>;
  counters: SiteCounters;
  kioskTexts: KioskTexts;
  texts: AllStaffTexts;
  now?: () => Date;
}

export type TicketAction = "recall" | "done" | "no-show";

export interface PanelService {
  id: string;
  label: string;
  prefix: string;
  /** Called at this counter. */
  mine: boolean;
  countText: string;
  tickets: { number: string; waited: string }[];
}

export interface PanelView {
  siteName: string;
  counter: { id: string; label: string };
  servicesText: string;
  current: { id: number; number: string } | null;
  services: PanelService[];
  transferTargets: { id: string; label: string }[];
  help: { id: number; text: string }[];
}

export class DeskError extends Error {
  override name = "DeskError";
}

const minutesSince = (at: Date, now: Date): number => Math.max(0, Math.floor((now.getTime() - at.getTime()) / 60_000));

/** "kiosk-2" → "2"; "inkom" stays "inkom". */
export function kioskName(kioskId: string): string {
  return kioskId.replace(/^kiosk[-_ ]?/i, "") || kioskId;
}

export class CounterDesk {
  readonly #now: () => Date;
  constructor(private readonly deps: DeskDeps) {
    this.#now = deps.now ?? (() => new Date());
  }

  get queue(): QueueStore {
    return this.deps.queue;
  }

  site(siteId: string): Site | undefined {
    return this.deps.sites.get(siteId);
  }

  /** Sites this person may open: an admin every site, counter staff their own. */
  sitesFor(user: User): Site[] {
    const all = [...this.deps.sites.values()].filter((s) => (this.deps.counters.get(s.id) ?? []).length > 0);
    return user.role === "admin" ? all : all.filter((s) => s.id === user.siteId);
  }

  mayOpen(user: User, siteId: string): boolean {
    return this.sitesFor(user).some((s) => s.id === siteId);
  }

  /** The counters this person may work at on this site: their own ones, or all of them when none are set. */
  countersFor(user: User, siteId: string): Counter[] {
    const all = this.deps.counters.get(siteId) ?? [];
    if (user.role === "admin" || user.counters.length === 0) return all;
    return all.filter((c) => user.counters.includes(c.id));
  }

  counter(siteId: string, counterId: string): Counter | undefined {
    return (this.deps.counters.get(siteId) ?? []).find((c) => c.id === counterId);
  }

  /** The ticket now called to this counter, if any. */
  current(siteId: string, counterId: string): Ticket | null {
    const calls = this.deps.queue.recentCalls(siteId, 200, this.#now());
    const latest = calls.find((t) => t.counter === counterId);
    return latest?.status === "called" ? latest : null;
  }

  panel(siteId: string, counter: Counter, lang: Language): PanelView {
    const site = this.requireSite(siteId);
    const t = this.deps.texts[lang];
    const now = this.#now();
    const waiting = this.deps.queue.waiting(siteId, now);
    const ticketServices = site.services.filter((s) => s.ticketPrefix !== null);
    const services = ticketServices
      .map((service): PanelService => {
        const tickets = waiting.filter((ticket) => ticket.serviceId === service.id);
        const countText = t.waiting({ count: tickets.length });
        return {
          id: service.id,
          label: pick(service.label, lang),
          prefix: service.ticketPrefix ?? "",
          mine: counter.services.includes(service.id),
          countText,
          tickets: tickets.map((ticket) => ({
            number: ticket.number,
            waited: t.waitedMinutes({ minutes: minutesSince(ticket.takenAt, now) }),
          })),
        };
      })
      // This counter's services first, then the others in file order.
      .sort((a, b) => Number(b.mine) - Number(a.mine));
    const current = this.current(siteId, counter.id);
    return {
      siteName: pick(site.name, lang),
      counter: { id: counter.id, label: this.counterLabel(counter.id, lang) },
      servicesText: t.yourServices({
        services: services
          .filter((s) => s.mine)
          .map((s) => s.label)
          .join(", "),
      }),
      current: current ? { id: current.id, number: current.number } : null,
      services,
      transferTargets: ticketServices
        .filter((s) => s.id !== current?.serviceId)
        .map((s) => ({ id: s.id, label: pick(s.label, lang) })),
      help: this.deps.queue.openHelpRequests(siteId).map((request) => ({
        id: request.id,
        text: this.helpText(request, t, now),
      })),
    };
  }

  counterLabel(counterId: string, lang: Language): string {
    return this.deps.texts[lang].counterName({ counter: counterId });
  }

  private helpText(request: HelpRequest, t: StaffTexts, now: Date): string {
    return t.helpItem({
      kiosk: kioskName(request.kioskId),
      // The visitor's language in that language ("Français"), so the colleague knows what to speak.
      language: this.deps.kioskTexts[request.language]?.languageName ?? request.language,
      minutes: minutesSince(request.requestedAt, now),
    });
  }

  private requireSite(siteId: string): Site {
    const site = this.site(siteId);
    if (!site) throw new DeskError(`there is no site ${siteId}`);
    return site;
  }

  /** A ticket of this site; throws for a ticket of another site. */
  ticketOf(siteId: string, ticketId: number): Ticket {
    const ticket = this.deps.queue.ticket(ticketId);
    if (ticket.siteId !== siteId) throw new DeskError(`ticket ${ticketId} is not of site ${siteId}`);
    return ticket;
  }

  /**
   * Calls the next number for this counter's services. A number still called at this counter is finished first:
   * the worker moved on, so that visitor was served.
   */
  callNext(siteId: string, counter: Counter): Ticket | null {
    const now = this.#now();
    const current = this.current(siteId, counter.id);
    if (current) this.deps.queue.done(current.id, now);
    return this.deps.queue.callNext(siteId, counter.services, counter.id, now);
  }

  act(siteId: string, ticketId: number, action: TicketAction): Ticket {
    this.ticketOf(siteId, ticketId);
    const now = this.#now();
    if (action === "recall") return this.deps.queue.recall(ticketId, now);
    if (action === "done") return this.deps.queue.done(ticketId, now);
    return this.deps.queue.noShow(ticketId, now);
  }

  /** Sends a ticket to another service. It keeps its number, so the visitor keeps the paper in their hand. */
  transfer(siteId: string, ticketId: number, serviceId: string): Ticket {
    this.ticketOf(siteId, ticketId);
    const service = this.requireSite(siteId).services.find((s) => s.id === serviceId);
    if (!service || service.ticketPrefix === null) throw new DeskError(`"${serviceId}" is no ticket service here`);
    return this.deps.queue.transfer(ticketId, serviceId, undefined, this.#now());
  }

  resolveHelp(siteId: string, helpId: number): HelpRequest {
    const open = this.deps.queue.openHelpRequests(siteId).find((r) => r.id === helpId);
    if (!open) throw new DeskError(`help request ${helpId} is not open at ${siteId}`);
    return this.deps.queue.resolveHelp(helpId, this.#now());
  }

  serviceLabel(siteId: string, serviceId: string, lang: Language): string {
    const service = this.site(siteId)?.services.find((s) => s.id === serviceId);
    return service ? pick(service.label, lang) : serviceId;
  }
}
