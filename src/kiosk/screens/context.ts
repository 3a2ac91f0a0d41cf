/**
 * What every kiosk screen builds on: the sites and texts, the language of a request, and the frame every screen
 * shares (home, back, language, read aloud, "talk to a person", display settings, idle timeout).
 */

import { isVisitorLanguage } from "../../languages.ts";
import type { LetterService } from "../../letters/service.ts";
import { svgMarkup } from "../../pictograms/catalogue.ts";
import type { BrowserPool } from "../../render/browser-pool.ts";
import { type BringRules, loadBringRules } from "../bring-rules.ts";
import type { DisplaySettings } from "../display.ts";
import type { QueueStore } from "../queue.ts";
import type { RateLimiter } from "../rate-limit.ts";
import { type KioskTexts, pick, type Service, type Site, type UiStrings } from "../sites.ts";
import type { KioskSpeech } from "../speech.ts";

export interface KioskDeps {
  sites: Map<string, Site>;
  texts: KioskTexts;
  queue: QueueStore;
  speech: KioskSpeech;
  /** Tickets per kiosk (client address) and site. */
  ticketLimiter: RateLimiter;
  /** New help requests per kiosk and site. */
  helpLimiter: RateLimiter;
  letters: LetterService;
  browserPool: BrowserPool;
  now?: () => Date;
  /** The clock for opening hours ("open now", no ticket while closed); `now` when absent. */
  hoursClock?: () => Date;
}

/** What a route needs to answer: a view and its locals, with the HTTP status. */
export interface Page {
  status: number;
  view: string;
  locals: Record<string, unknown>;
}

export const base = (siteId: string, lang?: string) => (lang ? `/kiosk/${siteId}/${lang}` : `/kiosk/${siteId}`);

export interface Where {
  site: Site;
  lang: string;
}

export interface FrameOptions {
  /** The path of this screen; its speech is at `${path}/speech.wav` unless `speech` says otherwise. */
  path: string;
  title: string;
  back?: string;
  speech?: string | null;
  /** The language screen has no home, back and language buttons: it is the start. */
  start?: boolean;
}

export class KioskContext {
  readonly now: () => Date;
  readonly hoursNow: () => Date;
  readonly bring: BringRules;

  constructor(readonly deps: KioskDeps) {
    this.now = deps.now ?? (() => new Date());
    this.hoursNow = deps.hoursClock ?? this.now;
    this.bring = loadBringRules();
  }

  get sites(): Site[] {
    return [...this.deps.sites.values()];
  }

  site(id: string): Site | undefined {
    return this.deps.sites.get(id);
  }

  /** The languages a site's kiosk shows: the site's list, limited to registered visitor languages with screen texts. */
  languages(site: Site): string[] {
    return site.languages.filter((l) => isVisitorLanguage(l) && this.deps.texts[l] !== undefined);
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

  texts(lang: string): UiStrings {
    const t = this.deps.texts[lang] ?? this.deps.texts.nl;
    if (!t) throw new Error(`no kiosk texts for "${lang}"`);
    return t;
  }

  /** A decorative pictogram: the text next to it says the same, so screen readers skip it. */
  icon(id: string, lang: string): string {
    return `<span class="picto picto-${id}" aria-hidden="true">${svgMarkup(id, { lang })}</span>`;
  }

  frame(where: Where, display: DisplaySettings, options: FrameOptions): Record<string, unknown> {
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
      languageLabels: languages.map((l) => ({ lang: l, dir: this.texts(l).dir, text: this.texts(l).languageButton })),
      talkLabels: options.start
        ? languages.map((l) => ({ lang: l, dir: this.texts(l).dir, text: this.texts(l).talkToPerson }))
        : null,
      idle: {
        timeout: site.idleTimeoutSeconds,
        warning: site.idleWarningSeconds,
        reset: `${base(site.id)}/reset`,
        text: k.idleWarning({ seconds: `<span data-idle-count>${site.idleWarningSeconds}</span>` }),
      },
      icon: (id: string) => this.icon(id, lang),
    };
  }
}
