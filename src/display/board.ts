/**
 * The "now serving" board: which numbers are called to which counter, and the last few calls. Public: only
 * ticket numbers and counters, never a name or a service (a service such as food aid is private too).
 * Also builds the spoken call ("Nummer A 42, loket 3.") in each of the site's languages.
 */
import { LANGUAGES, type Language } from "../analysis/types.ts";
import type { ChangeKind, QueueStore, Ticket } from "../kiosk/queue.ts";
import type { Site } from "../kiosk/sites.ts";
import type { TtsEngine } from "../speech/tts.ts";
import type { AllStaffTexts } from "../staff/texts.ts";

export interface BoardCall {
  id: number;
  number: string;
  counter: string;
  counterLabel: string;
}

export interface Board {
  current: BoardCall[];
  previous: BoardCall[];
}

export interface Announcement {
  id: number;
  number: string;
  counter: string;
  /** One audio file per language, played in this order, then all once more. */
  audio: string[];
}

export interface DisplayDeps {
  queue: QueueStore;
  texts: AllStaffTexts;
  tts: TtsEngine;
  wordsPerMinute?: number;
  now?: () => Date;
}

/** The most counters shown at once in large type on a 1920×1080 screen, and the earlier calls under them. */
export const MAX_CURRENT = 4;
export const MAX_PREVIOUS = 5;

/** "A 042" → "A 42": the voice says forty-two, not zero forty-two. */
export function spokenNumber(ticket: Pick<Ticket, "prefix" | "sequence">): string {
  return `${ticket.prefix} ${ticket.sequence}`;
}

export class DisplayBoard {
  readonly #now: () => Date;
  constructor(private readonly deps: DisplayDeps) {
    this.#now = deps.now ?? (() => new Date());
  }

  /** The languages the call is spoken in: the site's, as far as the voice knows them. */
  speechLanguages(site: Site): Language[] {
    return site.languages.filter((lang): lang is Language => (LANGUAGES as readonly string[]).includes(lang));
  }

  board(siteId: string, lang: Language): Board {
    const calls = this.deps.queue.recentCalls(siteId, 30, this.#now()).filter((t) => t.counter !== null);
    const toCall = (t: Ticket): BoardCall => ({
      id: t.id,
      number: t.number,
      counter: t.counter ?? "",
      counterLabel: this.deps.texts[lang].counterName({ counter: t.counter ?? "" }),
    });
    const current: Ticket[] = [];
    for (const ticket of calls) {
      if (current.length >= MAX_CURRENT) break;
      // The newest call per counter: once a counter calls the next number, the one before goes to "earlier".
      if (ticket.status === "called" && !current.some((c) => c.counter === ticket.counter)) {
        const newerAtCounter = calls.find((c) => c.counter === ticket.counter);
        if (newerAtCounter?.id === ticket.id) current.push(ticket);
      }
    }
    const previous = calls.filter((t) => !current.includes(t)).slice(0, MAX_PREVIOUS);
    return { current: current.map(toCall), previous: previous.map(toCall) };
  }

  /** The call to announce after a change, or null when the change calls nobody (a ticket taken, a help request). */
  announcement(site: Site, kind: ChangeKind): Announcement | null {
    if (kind !== "ticket-called" && kind !== "ticket-recalled") return null;
    const latest = this.deps.queue.recentCalls(site.id, 1, this.#now())[0];
    if (latest?.status !== "called" || latest.counter === null) return null;
    return {
      id: latest.id,
      number: latest.number,
      counter: latest.counter,
      audio: this.speechLanguages(site).map((lang) => `/display/${site.id}/calls/${latest.id}/${lang}.wav`),
    };
  }

  spokenText(ticket: Ticket, lang: Language): string {
    return this.deps.texts[lang].announce({ number: spokenNumber(ticket), counter: ticket.counter ?? "" });
  }

  /** The spoken call of a ticket of this site that was called; null when there is no such call. */
  async speech(site: Site, ticketId: number, lang: Language): Promise<Buffer | null> {
    if (!this.speechLanguages(site).includes(lang)) return null;
    let ticket: Ticket;
    try {
      ticket = this.deps.queue.ticket(ticketId);
    } catch {
      return null;
    }
    if (ticket.siteId !== site.id || ticket.calledAt === null || ticket.counter === null) return null;
    return this.deps.tts.synthesize(this.spokenText(ticket, lang), {
      lang,
      wordsPerMinute: this.deps.wordsPerMinute ?? 130,
    });
  }
}
