/** Builds the kiosk once at start: sites and texts (checked), the screen speech with its cache, the ticket and help limits. */
import type { LetterService } from "../letters/service.ts";
import type { BrowserPool } from "../render/browser-pool.ts";
import { AudioCache } from "../speech/cache.ts";
import { createEspeakEngine } from "../speech/espeak.ts";
import type { TtsEngine } from "../speech/tts.ts";
import { createPool } from "../util/pool.ts";
import { Kiosk } from "./kiosk.ts";
import type { QueueStore } from "./queue.ts";
import { RateLimiter } from "./rate-limit.ts";
import { loadKioskTexts, loadSites } from "./sites.ts";
import { KioskSpeech } from "./speech.ts";

export interface KioskSetup {
  queue: QueueStore;
  letters: LetterService;
  browserPool: BrowserPool;
  wordsPerMinute: number;
  engine?: TtsEngine;
  /** Tickets one kiosk may take per minute; more is refused (429). */
  ticketsPerMinute?: number;
  /** New help requests one kiosk may make in 10 minutes; more is refused (429). */
  helpRequestsPer10Minutes?: number;
  now?: () => Date;
  /** The clock for opening hours; tests fix it at a moment when the example services are open. */
  hoursClock?: () => Date;
}

export function createKiosk(setup: KioskSetup): Kiosk {
  const texts = loadKioskTexts();
  const sites = loadSites(undefined, { texts });
  // Screen texts are not personal (a ticket screen says a number), so they may stay for a day; 300 screens is
  // every screen of several sites in every language.
  const cache = new AudioCache({ maxEntries: 300, maxBytes: 100 * 1024 * 1024, ttlMs: 24 * 60 * 60_000 });
  const speech = new KioskSpeech({
    engine: setup.engine ?? createEspeakEngine(),
    cache,
    pool: createPool({ concurrency: 2, maxQueue: 16 }),
    wordsPerMinute: setup.wordsPerMinute,
  });
  return new Kiosk({
    sites,
    texts,
    queue: setup.queue,
    speech,
    ticketLimiter: new RateLimiter({ limit: setup.ticketsPerMinute ?? 10, windowMs: 60_000 }),
    helpLimiter: new RateLimiter({ limit: setup.helpRequestsPer10Minutes ?? 3, windowMs: 10 * 60_000 }),
    letters: setup.letters,
    browserPool: setup.browserPool,
    now: setup.now,
    hoursClock: setup.hoursClock,
  });
}
