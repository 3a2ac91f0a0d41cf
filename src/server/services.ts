/**
 * The composition root: builds every long-lived part of Klaar once (lexicon, analyzer, browser pool, speech engine,
 * letter store) from the configuration. Used by `npm start` and by the tests, so both run the same wiring.
 */
import type { ScryptParams } from "../accounts/password.ts";
import { type AccountStore, defaultAccountsFile, openAccountStore } from "../accounts/store.ts";
import { type Analyzer, createAnalyzer } from "../analysis/index.ts";
import type { Config } from "../config.ts";
import { defaultKioskDevicesFile, type KioskDevices, openKioskDevices } from "../kiosk/devices.ts";
import type { Kiosk } from "../kiosk/kiosk.ts";
import { defaultQueueFile, openQueueStore, type QueueStore } from "../kiosk/queue.ts";
import { createKiosk } from "../kiosk/setup.ts";
import { AnalysisPool } from "../letters/analysis-pool.ts";
import { LetterService } from "../letters/service.ts";
import { type Lexicon, lexiconEntries, loadLexicon } from "../lexicon/load.ts";
import { createScanReader, type ScanReader } from "../ocr/read.ts";
import { type BrowserPool, createBrowserPool } from "../render/browser-pool.ts";
import { AudioCache, withCache } from "../speech/cache.ts";
import { createEspeakEngine } from "../speech/espeak.ts";
import { createStaff, type Staff } from "../staff/setup.ts";
import { createPool } from "../util/pool.ts";
import type { Workbench } from "../workbench/service.ts";
import { createWorkbench } from "../workbench/setup.ts";

export interface Services {
  config: Config;
  lexicon: Lexicon;
  analyzer: Analyzer;
  browserPool: BrowserPool;
  letters: LetterService;
  /** The worker threads that analyse and explain letters (/api/analyze, /api/explain, the kiosk). */
  analysis: AnalysisPool;
  /**
   * Tickets and help requests. One store per process, shared by the kiosk and the staff screens, so its change
   * events reach every listener (Server-Sent Events).
   */
  queue: QueueStore;
  /** The kiosk visitor screens (sites, texts, screen speech, ticket limit). */
  kiosk: Kiosk;
  /** Enrolled kiosks (kiosks.sqlite): device tokens, names and sites. */
  kioskDevices: KioskDevices;
  /** Staff accounts and sessions (accounts.sqlite). */
  accounts: AccountStore;
  /** The counter panel, the "now serving" display and the login middleware. */
  staff: Staff;
  /** On-premise OCR of photos and scans (tesseract), one document at a time, a short queue, then BUSY (503). */
  ocr: ScanReader;
  /** The officers' workbench: the organisation's word list (workbench.sqlite) and the letter editor. */
  workbench: Workbench;
  close(): Promise<void>;
}

export interface ServiceOptions {
  today?: () => string;
  /** The scrypt cost for new password hashes (default OWASP's N = 2^17); tests pass a cheaper one. */
  passwordParams?: ScryptParams;
  /** The clock for the kiosks' opening hours (no ticket while a service is closed); the real one by default. */
  kioskHoursClock?: () => Date;
}

export function createServices(config: Config, options: ServiceOptions = {}): Services {
  const lexicon = loadLexicon({ overlayDir: config.KLAAR_LEXICON_DIR ?? "" });
  const lexicons = lexiconEntries(lexicon);
  const analyzer = createAnalyzer({ lexicons, commonWords: lexicon.commonWords });
  const browserPool = createBrowserPool({ pages: config.KLAAR_PDF_PAGES, maxQueue: config.KLAAR_PDF_QUEUE });
  // Summaries are cached by content: the same explanation is synthesised once.
  const tts = withCache(
    createEspeakEngine(),
    new AudioCache({ maxEntries: 200, maxBytes: 200 * 1024 * 1024, ttlMs: config.KLAAR_RESULT_TTL_MINUTES * 60_000 }),
  );
  const analysis = new AnalysisPool({
    workers: config.KLAAR_ANALYSIS_WORKERS,
    maxQueue: config.KLAAR_ANALYSIS_QUEUE,
    timeoutMs: config.KLAAR_ANALYSIS_TIMEOUT_SECONDS * 1000,
    overlayDir: config.KLAAR_LEXICON_DIR ?? "",
    longSentenceWords: config.KLAAR_LONG_SENTENCE_WORDS,
  });
  const letters = new LetterService({
    analysis,
    ttlMinutes: config.KLAAR_RESULT_TTL_MINUTES,
    tts,
    speechPool: createPool({ concurrency: 2, maxQueue: 8 }),
    browserPool,
    wordsPerMinute: config.KLAAR_SPEECH_WPM,
    today: options.today,
  });
  const queue = openQueueStore(defaultQueueFile(config.KLAAR_DATA_DIR));
  const kiosk = createKiosk({
    queue,
    letters,
    browserPool,
    wordsPerMinute: config.KLAAR_SPEECH_WPM,
    hoursClock: options.kioskHoursClock,
  });
  const kioskDevices = openKioskDevices(defaultKioskDevicesFile(config.KLAAR_DATA_DIR));
  const accounts = openAccountStore(defaultAccountsFile(config.KLAAR_DATA_DIR), {
    passwordParams: options.passwordParams,
  });
  const ocr = createScanReader({ pool: createPool({ concurrency: 1, maxQueue: 4 }) });
  const staff = createStaff({ queue, accounts, sites: kiosk.sites });
  const workbench = createWorkbench({
    dataDir: config.KLAAR_DATA_DIR,
    analyzer,
    lexicons,
    commonWords: lexicon.commonWords,
    letters,
    longSentenceWords: config.KLAAR_LONG_SENTENCE_WORDS,
    today: options.today,
  });
  // Approved words count for citizen explanations and the kiosk from their next letter on.
  const overlay = workbench.overlay;
  analysis.useOverlay({ version: () => overlay.approvedVersion(), entries: () => overlay.approvedEntries() });
  return {
    config,
    lexicon,
    analyzer,
    browserPool,
    letters,
    analysis,
    queue,
    kiosk,
    kioskDevices,
    accounts,
    staff,
    ocr,
    workbench,
    async close() {
      await analysis.close();
      workbench.close();
      letters.close();
      queue.close();
      kioskDevices.close();
      accounts.close();
      await browserPool.close();
    },
  };
}
