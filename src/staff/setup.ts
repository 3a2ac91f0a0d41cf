/**
 * Builds the staff side once at start: the staff texts, the counters of each site, the counter desk, the "now
 * serving" board with its own speech cache, and the account middleware (login, roles, CSRF) other pages reuse.
 */
import { type AccountMiddleware, accountMiddleware } from "../accounts/http.ts";
import type { AccountStore } from "../accounts/store.ts";
import { DisplayBoard } from "../display/board.ts";
import type { QueueStore } from "../kiosk/queue.ts";
import { loadKioskTexts, type Site } from "../kiosk/sites.ts";
import { AudioCache, withCache } from "../speech/cache.ts";
import { createEspeakEngine } from "../speech/espeak.ts";
import type { TtsEngine } from "../speech/tts.ts";
import { loadCounters, type SiteCounters } from "./counters.ts";
import { CounterDesk } from "./desk.ts";
import { sendMessagePage } from "./pages.ts";
import { type AllStaffTexts, loadStaffTexts } from "./texts.ts";

export interface Staff {
  texts: AllStaffTexts;
  sites: Map<string, Site>;
  counters: SiteCounters;
  desk: CounterDesk;
  board: DisplayBoard;
  /** `loadSession`, `requireRole(...)`, `requireCsrf` for every page behind a login. */
  auth: AccountMiddleware;
}

export interface StaffSetup {
  queue: QueueStore;
  accounts: AccountStore;
  sites: Iterable<Site>;
  engine?: TtsEngine;
  /** The spoken call on the display; a little slower than the summaries, it is heard across a waiting room. */
  wordsPerMinute?: number;
  now?: () => Date;
}

export function createStaff(setup: StaffSetup): Staff {
  const texts = loadStaffTexts();
  const sites = new Map([...setup.sites].map((site) => [site.id, site]));
  const counters = loadCounters(sites);
  // A call ("Nummer A 42, loket 3") is not personal and comes back all day: keep it for a day.
  const tts = withCache(
    setup.engine ?? createEspeakEngine(),
    new AudioCache({ maxEntries: 500, maxBytes: 50 * 1024 * 1024, ttlMs: 24 * 60 * 60_000 }),
  );
  return {
    texts,
    sites,
    counters,
    desk: new CounterDesk({ queue: setup.queue, sites, counters, kioskTexts: loadKioskTexts(), texts, now: setup.now }),
    board: new DisplayBoard({ queue: setup.queue, texts, tts, wordsPerMinute: setup.wordsPerMinute, now: setup.now }),
    auth: accountMiddleware(setup.accounts, (req, res, kind) => sendMessagePage(req, res, texts, 403, kind)),
  };
}
