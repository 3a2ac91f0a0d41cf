/**
 * The format of a kiosk site file (kiosk/sites/<id>.json) and of the shared screen texts (kiosk/texts.json).
 * Pure: no I/O. Checks that need more than one field or file (every text in every offered language, known
 * pictograms, unique ids and prefixes) are in sites.ts.
 */
import { z } from "zod";
import { WEEKDAYS } from "./local-time.ts";
import { minutesOf } from "./opening-hours.ts";

/** A BCP-47-like language code: "nl", "fr", "de", "en", "ar", "pt-BR", "uk". */
export const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a language code such as "nl" or "pt-BR"');

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes");
const text = z.string().trim().min(1, "the text is empty");

/** Words between spaces; a lone "?" or ":" (French spacing) is not a word. */
export function wordCount(value: string): number {
  return value.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/** Sentences as a reader hears them: split after . ! ? followed by a space or the end. */
export function sentences(value: string): string[] {
  return value
    .trim()
    .split(/(?<=[.!?])\s+/)
    .filter(Boolean);
}

const maxWords = (max: number, what: string) =>
  text.refine((value) => wordCount(value) <= max, `${what} has at most ${max} words`);

/** One text per language. Which languages must be there depends on the site, so sites.ts checks that. */
const localized = <T extends z.ZodType>(value: T) => z.record(languageCode, value);

/** Read aloud by the kiosk: one or two short sentences (at most 20 words each, our long-sentence limit). */
const spoken = text
  .refine((value) => sentences(value).length <= 2, "say it in one or two sentences")
  .refine((value) => sentences(value).every((s) => wordCount(s) <= 20), "a spoken sentence has at most 20 words");

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'use "HH:MM", e.g. "08:30"');

const openingRange = z
  .strictObject({
    days: z.array(z.enum(WEEKDAYS)).min(1),
    from: clock,
    to: clock,
  })
  .refine((r) => minutesOf(r.from) < minutesOf(r.to), { message: '"from" must be before "to"', path: ["to"] });

export const KINDS = ["service", "explain-letter", "talk-to-person", "info"] as const;
export type ServiceKind = (typeof KINDS)[number];

export const serviceSchema = z.strictObject({
  id,
  /**
   * "service": a counter that serves with tickets; "explain-letter": Klaar explains a letter or bill;
   * "talk-to-person": calls a person to the kiosk (the button on every screen); "info": information only.
   */
  kind: z.enum(KINDS).default("service"),
  /** The button text: at most three words, so it fits in large type next to the pictogram. */
  label: localized(maxWords(3, "a label")),
  spoken: localized(spoken),
  pictogram: id,
  explanation: localized(maxWords(30, "an explanation")),
  /** What to bring, so nobody is sent home for a missing paper. May be empty. */
  bring: localized(z.array(text)),
  /** Where to go: floor and counter, e.g. "Gelijkvloers, loket 3". */
  where: localized(text),
  hours: z.strictObject({
    text: localized(text),
    /** For "open now". Empty when the service keeps no fixed hours. */
    weekly: z.array(openingRange),
  }),
  /** One capital letter on the ticket ("A 042"), unique within the site; null when the service gives no ticket. */
  ticketPrefix: z
    .string()
    .regex(/^[A-Z]$/, "use one capital letter")
    .nullable(),
});

export const MAX_HOME_BUTTONS = 6;

export const siteSchema = z
  .strictObject({
    id,
    name: localized(text),
    /** Languages the kiosk offers, in the order of the language buttons. Dutch is always there. */
    languages: z
      .array(languageCode)
      .min(1)
      .refine((list) => list.includes("nl"), 'the list must contain "nl"')
      .refine((list) => new Set(list).size === list.length, "a language is listed twice"),
    idleTimeoutSeconds: z.number().int().positive().default(60),
    /** How long "Are you still there?" shows before the kiosk returns to the start; enough time to read and tap. */
    idleWarningSeconds: z.number().int().min(20, "give people at least 20 seconds").default(20),
    phone: z.strictObject({
      number: z.string().regex(/^\+?[\d ./-]{6,}$/, 'use digits, spaces and "+", e.g. "+32 9 123 45 67"'),
      hours: localized(text),
    }),
    address: localized(text),
    services: z.array(serviceSchema).min(1),
  })
  .refine((site) => site.idleWarningSeconds < site.idleTimeoutSeconds, {
    message: "the warning must start before the timeout",
    path: ["idleWarningSeconds"],
  });

export type Site = z.infer<typeof siteSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type LocalizedText = Record<string, string>;

/** The fixed screen strings. `{name}` placeholders are filled in by formatText. */
export const UI_KEYS = [
  "languageName",
  "welcome",
  "chooseLanguage",
  "home",
  "back",
  "readAloud",
  "repeat",
  "talkToPerson",
  "someoneIsComing",
  "takeTicket",
  "noTicketNeeded",
  "yourNumber",
  "waitForYourNumber",
  "peopleBeforeNone",
  "peopleBeforeOne",
  "peopleBeforeMany",
  "estimatedWait",
  "nowServing",
  "counter",
  "stillHere",
  "idleWarning",
  "whatToBring",
  "whereToGo",
  "openingHours",
  "openNow",
  "closedNow",
  "closedNoTicket",
  "opensToday",
  "opensTomorrow",
  "opensOn",
  "notEnrolled",
  "callUs",
  "largerText",
  "highContrast",
  "privacy",
  "errorTitle",
  "errorNotFound",
  "errorGoBack",
  "errorGeneric",
  "languageButton",
  "menu",
  "display",
  "normalText",
  "lightScreen",
  "yourNumberIs",
  "yourTurn",
  "printTicket",
  "explainHere",
  "letterTextLabel",
  "letterFileLabel",
  "cameraStart",
  "cameraTake",
  "cameraRetake",
  "cameraPreview",
  "cameraPhoto",
  "cameraHint",
  "explainSubmit",
  "letterPrivacy",
  "finish",
  "tooManyTickets",
  "audioFallback",
  "phoneNumber",
] as const;
export type UiKey = (typeof UI_KEYS)[number];
export type UiStrings = Record<UiKey, string>;

const uiStrings = z.strictObject(Object.fromEntries(UI_KEYS.map((key) => [key, text])) as Record<UiKey, typeof text>);

/** kiosk/texts.json: one block per language. Adding a language is copying a block and translating it. */
export const kioskTextsSchema = z.record(languageCode, uiStrings);

export type KioskTexts = Record<string, UiStrings>;
