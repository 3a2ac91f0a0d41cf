/** Configuration from the environment, validated once at start. */
import { join } from "node:path";
import { z } from "zod";

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default("127.0.0.1"),
  KLAAR_DATA_DIR: z.string().min(1).default(join(process.cwd(), "data")),
  KLAAR_LEXICON_DIR: z.string().min(1).optional(),
  CHROMIUM_PATH: z.string().min(1).default("/usr/bin/chromium"),
  /** Longest letter text accepted, in characters. */
  KLAAR_MAX_TEXT_CHARS: z.coerce.number().int().positive().default(200_000),
  /** Largest upload, in bytes. */
  KLAAR_MAX_UPLOAD_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(10 * 1024 * 1024),
  /** How long an explained letter stays in memory. */
  KLAAR_RESULT_TTL_MINUTES: z.coerce.number().positive().default(30),
  /** Chromium pages that render PDFs at once, and jobs that may wait; more gets 503 with Retry-After. */
  KLAAR_PDF_PAGES: z.coerce.number().int().min(1).max(16).default(4),
  KLAAR_PDF_QUEUE: z.coerce.number().int().min(0).max(200).default(16),
  /** Worker threads that analyse and explain letters at once, jobs that may wait (more get 503), time limit of one. */
  KLAAR_ANALYSIS_WORKERS: z.coerce.number().int().min(1).max(16).default(2),
  KLAAR_ANALYSIS_QUEUE: z.coerce.number().int().min(0).max(500).default(16),
  KLAAR_ANALYSIS_TIMEOUT_SECONDS: z.coerce.number().positive().max(600).default(30),
  /** The address phones and visitors reach Klaar at (https://klaar.gemeente.be/), for QR codes. */
  KLAAR_PUBLIC_URL: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//.test(u), "must start with http:// or https://")
    .optional(),
  /** Live connections (display and staff events): per client address and in all. */
  KLAAR_LIVE_PER_CLIENT: z.coerce.number().int().min(1).max(1000).default(8),
  KLAAR_LIVE_TOTAL: z.coerce.number().int().min(1).max(100_000).default(500),
  /** Tickets and help requests only from enrolled kiosks; default: required when HOST is not loopback. */
  KLAAR_KIOSK_ENROLMENT: z.enum(["required", "off"]).optional(),
  KLAAR_LONG_SENTENCE_WORDS: z.coerce.number().int().positive().default(20),
  KLAAR_SPEECH_WPM: z.coerce.number().int().min(80).max(300).default(145),
  KLAAR_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "silent"]).default("info"),
});

export type Config = z.infer<typeof schema>;

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Klaar cannot start: the configuration has errors:\n${lines.join("\n")}`);
  }
  return parsed.data;
}
