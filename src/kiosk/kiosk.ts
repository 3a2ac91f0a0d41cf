/**
 * The kiosk visitor screens: what each screen shows and says, built from the site files and locales/<lang>/kiosk.json.
 * Routes (src/server/routes/kiosk.ts) only read the request, call this and render the view it names.
 *
 * Every screen gets the same frame: home, back, language, read aloud and "talk to a person", the display settings
 * (larger text, dark high contrast) and the idle timeout. A screen's spoken script comes from the same data as its
 * text, so what is read aloud is what is on the screen.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { LANGUAGES, type Language } from "../analysis/types.ts";
import { evidenceId } from "../explanation/build.ts";
import { texts } from "../i18n/catalogue.ts";
import type { ExplainInput, LetterService } from "../letters/service.ts";
import { hasPictogram, svgMarkup } from "../pictograms/catalogue.ts";
import type { BrowserPool } from "../render/browser-pool.ts";
import { essentialsOf } from "../render/essentials.ts";
import { renderPdf } from "../render/pdf.ts";
import { renderView } from "../render/views.ts";
import type { DisplaySettings } from "./display.ts";
import { JOB_STEPS, jobProgress, type LetterJob, LetterJobs } from "./letter-jobs.ts";
import { localTime } from "./local-time.ts";
import { isOpenAt } from "./opening-hours.ts";
import { QueueError, type QueueStore, type Ticket } from "./queue.ts";
import type { RateLimiter } from "./rate-limit.ts";
import { homeServices, type KioskTexts, pick, type Service, type Site, talkToPerson, type UiStrings } from "./sites.ts";
import type { KioskSpeech, SpeechPart } from "./speech.ts";

const projectRoot = join(import.meta.dirname, "..", "..");
export const BRING_PICTOGRAMS_FILE = join(projectRoot, "kiosk", "bring-pictograms.json");

const bringRulesSchema = z.object({
  default: z.string(),
  rules: z.array(z.object({ pictogram: z.string(), nl: z.array(z.string().min(1)) })),
});
type BringRules = z.infer<typeof bringRulesSchema>;

/** Reads kiosk/bring-pictograms.json and checks every pictogram exists. */
export function loadBringRules(file: string = BRING_PICTOGRAMS_FILE): BringRules {
  const rules = bringRulesSchema.parse(JSON.parse(readFileSync(file, "utf8")));
  for (const id of [rules.default, ...rules.rules.map((r) => r.pictogram)]) {
    if (!hasPictogram(id)) throw new Error(`kiosk/bring-pictograms.json: unknown pictogram "${id}"`);
  }
  return rules;
}

/** The pictogram for one "what to bring" item, found from its Dutch text. */
export function bringPictogram(rules: BringRules, dutchItem: string): string {
  const words = dutchItem.toLowerCase().split(/[^\p{L}]+/u);
  const rule = rules.rules.find((r) => r.nl.some((w) => words.some((word) => word.startsWith(w))));
  return rule?.pictogram ?? rules.default;
}

export interface KioskDeps {
  sites: Map<string, Site>;
  texts: KioskTexts;
  queue: QueueStore;
  speech: KioskSpeech;
  /** Tickets per kiosk (client address) and site. */
  ticketLimiter: RateLimiter;
  letters: LetterService;
  browserPool: BrowserPool;
  now?: () => Date;
}

/** What a route needs to answer: a view and its locals, with the HTTP status. */
export interface Page {
  status: number;
  view: string;
  locals: Record<string, unknown>;
}

export type TicketResult = { ok: true; ticketId: number } | { ok: false; retryAfterSeconds: number };

/** The spoken form of a ticket number: "A 042" → "A 42". */
export function spokenTicketNumber(ticket: { prefix: string; sequence: number }): string {
  return `${ticket.prefix} ${ticket.sequence}`;
}

const base = (siteId: string, lang?: string) => (lang ? `/kiosk/${siteId}/${lang}` : `/kiosk/${siteId}`);

export interface Where {
  site: Site;
  lang: Language;
}

interface FrameOptions {
  /** The path of this screen; its speech is at `${path}/speech.wav` unless `speech` says otherwise. */
  path: string;
  title: string;
  back?: string;
  speech?: string | null;
  /** The language screen has no home, back and language buttons: it is the start. */
  start?: boolean;
}

/** An example ticket for the staff preview: it is never stored. */
const EXAMPLE_TICKET = { number: "A 001", prefix: "A", sequence: 1, peopleBefore: 2, estimatedWaitMinutes: 10 };

export class Kiosk {
  /** Letters being read and explained, and letters of several pages being gathered (in memory, short-lived). */
  readonly letterJobs = new LetterJobs();
  readonly #now: () => Date;
  readonly #bring: BringRules;

  constructor(private readonly deps: KioskDeps) {
    this.#now = deps.now ?? (() => new Date());
    this.#bring = loadBringRules();
  }

  get sites(): Site[] {
    return [...this.deps.sites.values()];
  }

  site(id: string): Site | undefined {
    return this.deps.sites.get(id);
  }

  /** The languages a site's kiosk shows: the site's list, limited to those Klaar has speech and pictograms for. */
  languages(site: Site): Language[] {
    return site.languages.filter((l): l is Language => (LANGUAGES as readonly string[]).includes(l));
  }

  where(siteId: string, lang: string): Where | undefined {
    const site = this.site(siteId);
    if (!site) return undefined;
    const found = this.languages(site).find((l) => l === lang);
    return found ? { site, lang: found } : undefined;
  }

  service(site: Site, id: string): Service | undefined {
    return site.services.find((s) => s.id === id);
  }

  texts(lang: Language): UiStrings {
    const t = this.deps.texts[lang] ?? this.deps.texts.nl;
    if (!t) throw new Error(`no kiosk texts for "${lang}"`);
    return t;
  }

  /** A decorative pictogram: the text next to it says the same, so screen readers skip it. */
  private icon(id: string, lang: Language): string {
    return `<span class="picto" aria-hidden="true">${svgMarkup(id, { lang })}</span>`;
  }

  private frame(where: Where, display: DisplaySettings, options: FrameOptions): Record<string, unknown> {
    const { site, lang } = where;
    const k = this.texts(lang);
    const home = base(site.id, lang);
    const languages = this.languages(site);
    return {
      k,
      lang,
      siteId: site.id,
      siteName: pick(site.name, lang),
      title: options.title,
      display,
      displayClass: `size-${display.size} theme-${display.theme}`,
      path: options.path,
      sizeLink: {
        href: `${options.path}?size=${display.size === "large" ? "normal" : "large"}`,
        label: display.size === "large" ? k.normalText : k.largerText,
      },
      themeLink: {
        href: `${options.path}?theme=${display.theme === "dark" ? "light" : "dark"}`,
        label: display.theme === "dark" ? k.lightScreen : k.highContrast,
      },
      nav: {
        start: options.start ?? false,
        home,
        back: options.back ?? home,
        language: base(site.id),
        talk: `${home}/help`,
        speech: options.speech === null ? null : (options.speech ?? `${options.path}/speech.wav`),
      },
      // "Taal · Langue · Sprache · Language": someone in the wrong language must still find the way back.
      languageLabels: languages.map((l) => ({ lang: l, text: this.texts(l).languageButton })),
      talkLabels: options.start ? languages.map((l) => ({ lang: l, text: this.texts(l).talkToPerson })) : null,
      idle: {
        timeout: site.idleTimeoutSeconds,
        warning: site.idleWarningSeconds,
        reset: `${base(site.id)}/reset`,
        text: k.idleWarning({ seconds: `<span data-idle-count>${site.idleWarningSeconds}</span>` }),
      },
      icon: (id: string) => this.icon(id, lang),
    };
  }

  // ---- screens ------------------------------------------------------------------------------------------

  languageScreen(site: Site, display: DisplaySettings): Page {
    const languages = this.languages(site);
    const first = languages[0] ?? "nl";
    const locals = this.frame({ site, lang: first }, display, {
      path: base(site.id),
      title: languages.map((l) => this.texts(l).chooseLanguage).join(" · "),
      start: true,
    });
    return {
      status: 200,
      view: "kiosk/language",
      locals: {
        ...locals,
        choices: languages.map((l) => ({
          lang: l,
          name: this.texts(l).languageName,
          prompt: this.texts(l).chooseLanguage,
          href: base(site.id, l),
        })),
      },
    };
  }

  homeScreen(where: Where, display: DisplaySettings): Page {
    const { site, lang } = where;
    const k = this.texts(lang);
    return {
      status: 200,
      view: "kiosk/home",
      locals: {
        ...this.frame(where, display, { path: base(site.id, lang), title: k.welcome, back: base(site.id) }),
        buttons: homeServices(site).map((s) => ({
          label: pick(s.label, lang),
          pictogram: s.pictogram,
          href: `${base(site.id, lang)}/service/${s.id}`,
        })),
      },
    };
  }

  serviceScreen(where: Where, service: Service, display: DisplaySettings): Page {
    const { site, lang } = where;
    const path = `${base(site.id, lang)}/service/${service.id}`;
    const open = service.hours.weekly.length ? isOpenAt(service.hours.weekly, this.#now()) : null;
    return {
      status: 200,
      view: "kiosk/service",
      locals: {
        ...this.frame(where, display, { path, title: pick(service.label, lang) }),
        service: {
          label: pick(service.label, lang),
          pictogram: service.pictogram,
          explanation: pick(service.explanation, lang),
          where: pick(service.where, lang),
          hours: pick(service.hours.text, lang),
          open,
          hasBring: pick(service.bring, lang).length > 0,
          bringHref: `${path}/bring`,
          ticketAction: service.ticketPrefix ? `${path}/ticket` : null,
          letterHref: service.kind === "explain-letter" ? `${base(site.id, lang)}/letter` : null,
        },
      },
    };
  }

  bringScreen(where: Where, service: Service, display: DisplaySettings): Page {
    const { site, lang } = where;
    const servicePath = `${base(site.id, lang)}/service/${service.id}`;
    const dutch = pick(service.bring, "nl");
    return {
      status: 200,
      view: "kiosk/bring",
      locals: {
        ...this.frame(where, display, {
          path: `${servicePath}/bring`,
          title: `${this.texts(lang).whatToBring} ${pick(service.label, lang)}`,
          back: servicePath,
        }),
        service: {
          label: pick(service.label, lang),
          ticketAction: service.ticketPrefix ? `${servicePath}/ticket` : null,
        },
        items: pick(service.bring, lang).map((text, i) => ({
          text,
          pictogram: bringPictogram(this.#bring, dutch[i] ?? ""),
        })),
      },
    };
  }

  /** Today's ticket of this site, or undefined (unknown, another site, another day: the screen is gone). */
  private ticketOf(site: Site, ticketId: string): Ticket | undefined {
    if (!/^\d{1,12}$/.test(ticketId)) return undefined;
    try {
      const ticket = this.deps.queue.ticket(Number(ticketId));
      const today = localTime(this.#now()).date;
      return ticket.siteId === site.id && ticket.day === today ? ticket : undefined;
    } catch (error) {
      if (error instanceof QueueError) return undefined;
      throw error;
    }
  }

  /** What the ticket screen shows and says; undefined when there is no such ticket. */
  private ticketView(where: Where, ticketId: string) {
    const { site, lang } = where;
    const k = this.texts(lang);
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
      const ticket = this.ticketOf(site, ticketId);
      if (!ticket) return undefined;
      number = ticket.number;
      spoken = spokenTicketNumber(ticket);
      serviceId = ticket.serviceId;
      if (ticket.status === "waiting") {
        const standing = this.deps.queue.standing(ticket.id, this.#now());
        peopleBefore = standing.peopleBefore;
        wait = standing.estimatedWaitMinutes;
      } else if (ticket.status === "called") {
        counter = ticket.counter;
      }
    }
    const service = this.service(site, serviceId);
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

  ticketScreen(where: Where, ticketId: string, display: DisplaySettings): Page | undefined {
    const view = this.ticketView(where, ticketId);
    if (!view) return undefined;
    const { site, lang } = where;
    const k = this.texts(lang);
    const path = `${base(site.id, lang)}/ticket/${ticketId}`;
    return {
      status: 200,
      view: "kiosk/ticket",
      locals: {
        ...this.frame(where, display, { path, title: `${k.yourNumber}: ${view.number}`, back: view.servicePath }),
        ticket: view,
        finishHref: `${base(site.id)}/reset`,
      },
    };
  }

  /** The ticket as an 80 mm receipt PDF for a kiosk printer. */
  async ticketPdf(where: Where, ticketId: string): Promise<Buffer | undefined> {
    const view = this.ticketView(where, ticketId);
    if (!view) return undefined;
    const k = this.texts(where.lang);
    const html = renderView("kiosk/ticket-print", {
      k,
      lang: where.lang,
      siteName: pick(where.site.name, where.lang),
      ticket: view,
      privacy: k.privacy,
    });
    return renderPdf(html, {
      title: `${k.yourNumber}: ${view.number}`,
      lang: `${where.lang}-BE`,
      format: "receipt80",
      pool: this.deps.browserPool,
    });
  }

  helpScreen(where: Where, kioskId: string, display: DisplaySettings): Page {
    const { site, lang } = where;
    const talk = talkToPerson(site);
    const coming = this.deps.queue.openHelpRequests(site.id).some((r) => r.kioskId === kioskId);
    return {
      status: 200,
      view: "kiosk/help",
      locals: {
        ...this.frame(where, display, { path: `${base(site.id, lang)}/help`, title: pick(talk.label, lang) }),
        coming,
        help: {
          label: pick(talk.label, lang),
          explanation: pick(talk.explanation, lang),
          where: pick(talk.where, lang),
          phone: site.phone.number,
          phoneHref: `tel:${site.phone.number.replace(/[^\d+]/g, "")}`,
          phoneHours: pick(site.phone.hours, lang),
        },
      },
    };
  }

  letterScreen(
    where: Where,
    display: DisplaySettings,
    problem?: { title: string; detail: string },
    text = "",
    pages = 0,
  ): Page {
    const { site, lang } = where;
    const service = site.services.find((s) => s.kind === "explain-letter");
    const k = this.texts(lang);
    return {
      status: problem ? 400 : 200,
      view: "kiosk/letter",
      locals: {
        ...this.frame(where, display, {
          path: `${base(site.id, lang)}/letter`,
          title: service ? pick(service.label, lang) : k.explainSubmit,
          back: service ? `${base(site.id, lang)}/service/${service.id}` : undefined,
        }),
        heading: service ? pick(service.label, lang) : k.explainSubmit,
        intro: service ? pick(service.explanation, lang) : "",
        action: `${base(site.id, lang)}/letter`,
        problem,
        text,
        pages,
        o: texts(lang, "outputs"),
      },
    };
  }

  /** "Klaar is reading your letter": the steps, a progress bar, and a way to look again without JavaScript. */
  letterWorkingScreen(where: Where, jobId: string, job: LetterJob, display: DisplaySettings): Page {
    const { site, lang } = where;
    const o = texts(lang, "outputs");
    const path = `${base(site.id, lang)}/letter/wait/${jobId}`;
    const current = job.state === "working" ? JOB_STEPS.indexOf(job.step) : JOB_STEPS.length;
    return {
      status: 200,
      view: "kiosk/letter-working",
      locals: {
        ...this.frame(where, display, {
          path,
          title: o.workingTitle,
          back: `${base(site.id, lang)}/letter`,
          speech: null,
        }),
        o,
        busy: true,
        progress: Math.round(jobProgress(job) * 100),
        statusUrl: `${path}/status.json`,
        refresh: path,
        steps: JOB_STEPS.map((step, i) => ({
          label: o.steps[step],
          state: i < current ? o.stepDone : i === current ? o.stepBusy : o.stepWaiting,
          current: i === current,
        })),
      },
    };
  }

  explainLetter(where: Where, input: Omit<ExplainInput, "uiLang">): string {
    return this.deps.letters.explain({ ...input, uiLang: where.lang }).id;
  }

  /** Waits until the spoken essentials are made, so the result screen can read them aloud at once. */
  async letterAudio(letterId: string): Promise<void> {
    await this.deps.letters.audio(letterId).catch(() => undefined);
  }

  letterResultScreen(where: Where, letterId: string, display: DisplaySettings): Page | undefined {
    const letter = this.deps.letters.get(letterId);
    if (!letter || letter.explanation.uiLang !== where.lang) return undefined;
    const { site, lang } = where;
    const { explanation } = letter;
    return {
      status: 200,
      view: "kiosk/letter-result",
      locals: {
        ...this.frame(where, display, {
          path: `${base(site.id, lang)}/letter/${letterId}`,
          title: explanation.title,
          back: `${base(site.id, lang)}/letter`,
          speech: `/letters/${letterId}/audio.wav`,
        }),
        t: texts(lang, "pages"),
        o: texts(lang, "outputs"),
        essentials: essentialsOf(explanation),
        // The essentials are read aloud once by themselves (kiosk.js, where the browser allows it).
        autoplay: true,
        printAction: `/letters/${letterId}/print.pdf`,
        tracks: [
          { label: texts(lang, "outputs").listenWords, src: `/letters/${letterId}/audio-words.wav` },
          { label: texts(lang, "outputs").listenFull, src: `/letters/${letterId}/audio-full.wav` },
        ],
        explanation,
        uiLang: lang,
        letterLang: explanation.letterLang,
        pictogram: (id: string) => svgMarkup(id, { lang }),
        evidenceId,
        finishHref: `${base(site.id)}/reset`,
      },
    };
  }

  /** The friendly 404 in the kiosk style. Without a known site it offers the list of kiosks. */
  notFound(siteId: string | undefined, lang: string | undefined, display: DisplaySettings): Page {
    const site = siteId ? this.site(siteId) : undefined;
    if (!site) {
      const langs = LANGUAGES.map((l) => ({ lang: l, k: this.texts(l) }));
      return {
        status: 404,
        view: "kiosk/lost",
        locals: { display, displayClass: `size-${display.size} theme-${display.theme}`, langs, home: "/kiosk" },
      };
    }
    const known = this.where(site.id, lang ?? "");
    const where = known ?? { site, lang: this.languages(site)[0] ?? "nl" };
    const k = this.texts(where.lang);
    return {
      status: 404,
      view: "kiosk/message",
      locals: {
        ...this.frame(where, display, {
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

  /** The 429 page after too many tickets from one kiosk. */
  tooManyTickets(where: Where, display: DisplaySettings, back: string): Page {
    const k = this.texts(where.lang);
    return {
      status: 429,
      view: "kiosk/message",
      locals: {
        ...this.frame(where, display, { path: `${base(where.site.id, where.lang)}/busy`, title: k.errorTitle, back }),
        heading: k.errorTitle,
        lines: [k.tooManyTickets],
        homeLink: { href: back, label: k.back },
      },
    };
  }

  /** Something broke: a calm page with a way home, never a stack trace. */
  failure(where: Where, display: DisplaySettings): Page {
    const k = this.texts(where.lang);
    return {
      status: 500,
      view: "kiosk/message",
      locals: {
        ...this.frame(where, display, { path: `${base(where.site.id, where.lang)}/error`, title: k.errorTitle }),
        heading: k.errorTitle,
        lines: [k.errorGeneric],
        homeLink: { href: base(where.site.id, where.lang), label: k.errorGoBack },
      },
    };
  }

  sitesScreen(display: DisplaySettings): Page {
    return {
      status: 200,
      view: "kiosk/sites",
      locals: {
        display,
        displayClass: `size-${display.size} theme-${display.theme}`,
        sites: this.sites.map((s) => ({
          name: pick(s.name, "nl"),
          href: base(s.id),
          preview: `/kiosk/preview?site=${s.id}`,
        })),
      },
    };
  }

  /** Staff review: every screen × language × orientation of a site, as scaled iframes. */
  previewScreen(site: Site): Page {
    const first = homeServices(site).find((s) => s.ticketPrefix) ?? homeServices(site)[0];
    const screens = (lang: Language) => {
      const home = base(site.id, lang);
      const k = this.texts(lang);
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
      ...this.languages(site).map((lang) => ({ lang, label: this.texts(lang).languageName, screens: screens(lang) })),
    ];
    return {
      status: 200,
      view: "kiosk/preview",
      locals: { siteName: pick(site.name, "nl"), siteId: site.id, groups, orientations },
    };
  }

  // ---- actions ------------------------------------------------------------------------------------------

  /** Takes a ticket unless this kiosk took too many in the last minute. */
  takeTicket(site: Site, service: Service, kioskKey: string): TicketResult | undefined {
    if (!service.ticketPrefix) return undefined;
    const decision = this.deps.ticketLimiter.hit(`${site.id}|${kioskKey}`);
    if (!decision.allowed) return { ok: false, retryAfterSeconds: decision.retryAfterSeconds };
    const taken = this.deps.queue.takeTicket(site.id, service.id, service.ticketPrefix, this.#now());
    return { ok: true, ticketId: taken.id };
  }

  requestHelp(where: Where, kioskId: string): void {
    this.deps.queue.requestHelp(where.site.id, kioskId, where.lang, this.#now());
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
  speechParts(site: Site, lang: Language | null, screen: string, kioskId = ""): SpeechPart[] | undefined {
    if (lang === null) {
      // The language screen: "Kies uw taal: Nederlands." in each language, each in its own voice.
      return this.languages(site).map((l) => ({
        lang: l,
        text: `${this.texts(l).chooseLanguage}: ${this.texts(l).languageName}.`,
      }));
    }
    const k = this.texts(lang);
    const say = (...lines: string[]) => [{ lang, text: lines.filter(Boolean).join(" ") }];
    const sentence = (s: string) => (/[.!?]$/.test(s) ? s : `${s}.`);
    const parts = screen.split("/").filter(Boolean);
    const [first, second, third, fourth] = parts;
    if (parts.length === 0) {
      return say(k.welcome, ...homeServices(site).map((s) => sentence(pick(s.label, lang))), sentence(k.talkToPerson));
    }
    if (first === "service" && second) {
      const service = this.service(site, second);
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
      const view = this.ticketView({ site, lang }, second);
      if (!view) return undefined;
      return say(k.yourNumberIs({ number: view.spoken }), ...view.lines.map(sentence), sentence(view.where));
    }
    if (first === "help" && second === undefined) {
      const coming = this.deps.queue.openHelpRequests(site.id).some((r) => r.kioskId === kioskId);
      return say(coming ? k.someoneIsComing : pick(talkToPerson(site).spoken, lang));
    }
    if (first === "letter" && second === undefined) {
      const service = site.services.find((s) => s.kind === "explain-letter");
      return say(service ? pick(service.spoken, lang) : "", k.letterPrivacy);
    }
    if (first === "not-found" && second === undefined) return say(k.errorNotFound, k.errorGoBack);
    if (first === "busy" && second === undefined) return say(k.tooManyTickets);
    if (first === "error" && second === undefined) return say(k.errorGeneric);
    return undefined;
  }

  speak(parts: SpeechPart[]) {
    return this.deps.speech.speak(parts);
  }
}
