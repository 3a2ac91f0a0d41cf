/**
 * Loads the kiosk sites (kiosk/sites/*.json) once, at start.
 * Everything is checked before a visitor sees a screen: the schema, every text in every language the site offers,
 * pictograms against kiosk/pictograms/catalogue.json, unique service ids and ticket prefixes. One error lists every
 * problem as "kiosk/sites/stadhuis.json: services[2].label.fr: …", so a municipality can fix its files in one go.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { basename, dirname, isAbsolute, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { type AreaTexts, texts as catalogueTexts, type LanguageInfo, languagesWith } from "../i18n/catalogue.ts";
import { MAX_HOME_BUTTONS, type Service, type Site, siteSchema } from "./site-schema.ts";

export type { LocalizedText, Service, Site } from "./site-schema.ts";

/** The fixed screen strings of one language (locales/<lang>/kiosk.json). */
export type UiStrings = AreaTexts["kiosk"] & LanguageInfo;
/** The screen strings per language that has them. */
export type KioskTexts = Record<string, UiStrings>;

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const SITES_DIR = join(projectRoot, "kiosk", "sites");
export const CATALOGUE_FILE = join(projectRoot, "kiosk", "pictograms", "catalogue.json");

export class KioskDataError extends Error {
  constructor(readonly problems: string[]) {
    super(`The kiosk files have errors:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "KioskDataError";
  }
}

/** A file name as people see it: relative to the project when inside it. */
function shown(file: string): string {
  const rel = relative(projectRoot, file);
  return rel.startsWith("..") || isAbsolute(rel) ? file : rel;
}

/** ["services", 2, "label", "fr"] → "services[2].label.fr" */
function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)),
    "",
  );
}

function zodProblems(name: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${name}: ${fieldPath(issue.path) || "file"}: ${issue.message}`);
}

function readJson(file: string, problems: string[]): unknown {
  try {
    return JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    problems.push(`${shown(file)}: cannot read it as JSON: ${(error as Error).message}`);
    return undefined;
  }
}

/** The screen texts of every language that has locales/<lang>/kiosk.json (checked by the catalogue loader). */
export function loadKioskTexts(): KioskTexts {
  return Object.fromEntries(languagesWith("kiosk").map((lang) => [lang, catalogueTexts(lang, "kiosk")]));
}

function pictogramIds(file: string, problems: string[]): Set<string> {
  const data = readJson(file, problems);
  if (data === undefined) return new Set();
  const parsed = z.object({ pictograms: z.array(z.object({ id: z.string() })) }).safeParse(data);
  if (!parsed.success) {
    problems.push(`${shown(file)}: expected an object with a "pictograms" list of entries with an "id"`);
    return new Set();
  }
  return new Set(parsed.data.pictograms.map((p) => p.id));
}

/**
 * A lenient read of a site file for the cross-checks. It only fails when the file is not an object, so a file with
 * a schema error still gets its missing translations, unknown pictograms and duplicate prefixes reported at once.
 */
const perLanguage = z.record(z.string(), z.unknown()).optional().catch(undefined);
const maybe = z.string().optional().catch(undefined);
const looseSite = z.object({
  id: maybe,
  languages: z
    .array(z.unknown())
    .catch([])
    .transform((list) => list.filter((lang): lang is string => typeof lang === "string")),
  name: perLanguage,
  address: perLanguage,
  phone: z.object({ hours: perLanguage }).optional().catch(undefined),
  services: z
    .array(
      z
        .object({
          id: maybe,
          kind: maybe,
          pictogram: maybe,
          ticketPrefix: maybe,
          label: perLanguage,
          spoken: perLanguage,
          explanation: perLanguage,
          bring: perLanguage,
          where: perLanguage,
          hours: z.object({ text: perLanguage }).optional().catch(undefined),
        })
        .catch({}),
    )
    .catch([]),
});
type LooseSite = z.infer<typeof looseSite>;

function localizedFields(site: LooseSite): [string, Record<string, unknown> | undefined][] {
  return [
    ["name", site.name],
    ["phone.hours", site.phone?.hours],
    ["address", site.address],
    ...site.services.flatMap((s, i): [string, Record<string, unknown> | undefined][] => [
      [`services[${i}].label`, s.label],
      [`services[${i}].spoken`, s.spoken],
      [`services[${i}].explanation`, s.explanation],
      [`services[${i}].bring`, s.bring],
      [`services[${i}].where`, s.where],
      [`services[${i}].hours.text`, s.hours?.text],
    ]),
  ];
}

/** The checks that look at more than one field or file. Fields the schema rejects outright are skipped here. */
function crossCheck(site: LooseSite, file: string, texts: KioskTexts, pictograms: Set<string>): string[] {
  const name = shown(file);
  const problems: string[] = [];
  const expectedId = basename(file, ".json");
  if (site.id !== undefined && site.id !== expectedId) {
    problems.push(`${name}: id: "${site.id}" must match the file name ("${expectedId}")`);
  }

  site.languages.forEach((lang, i) => {
    if (!texts[lang])
      problems.push(`${name}: languages[${i}]: "${lang}" has no screen texts in locales/${lang}/kiosk.json`);
  });
  for (const [field, values] of localizedFields(site)) {
    if (values === undefined) continue;
    for (const lang of site.languages) {
      const value = values[lang];
      if (value === undefined) problems.push(`${name}: ${field}.${lang}: the text in "${lang}" is missing`);
      // A shorter list in one language is a forgotten translation, and a visitor would go home without a paper.
      else if (Array.isArray(value) && Array.isArray(values.nl) && value.length !== values.nl.length) {
        problems.push(`${name}: ${field}.${lang}: ${value.length} of the ${values.nl.length} items in nl`);
      }
    }
  }

  const ids = new Map<string, number>();
  const prefixes = new Map<string, number>();
  site.services.forEach((service, i) => {
    const at = `${name}: services[${i}]`;
    if (service.pictogram !== undefined && !pictograms.has(service.pictogram)) {
      problems.push(`${at}.pictogram: "${service.pictogram}" is not in kiosk/pictograms/catalogue.json`);
    }
    if (service.id !== undefined) {
      const sameId = ids.get(service.id);
      if (sameId !== undefined) problems.push(`${at}.id: "${service.id}" is also used by services[${sameId}]`);
      else ids.set(service.id, i);
    }
    if (service.ticketPrefix !== undefined) {
      const samePrefix = prefixes.get(service.ticketPrefix);
      if (samePrefix !== undefined) {
        problems.push(`${at}.ticketPrefix: "${service.ticketPrefix}" is also used by services[${samePrefix}]`);
      } else prefixes.set(service.ticketPrefix, i);
    }
  });

  // "Talk to a person" is not a home button: the screens show it on every page, so a visitor is never stuck.
  const talk = site.services.flatMap((s, i) => (s.kind === "talk-to-person" ? [i] : []));
  if (talk.length === 0) {
    problems.push(
      `${name}: services: add one service with kind "talk-to-person": a visitor must always reach a person`,
    );
  }
  for (const i of talk.slice(1)) problems.push(`${name}: services[${i}].kind: only one "talk-to-person" per site`);
  const home = site.services.length - talk.length;
  if (home > MAX_HOME_BUTTONS) {
    problems.push(
      `${name}: services: at most ${MAX_HOME_BUTTONS} home buttons (not counting "talk-to-person"), found ${home}`,
    );
  }
  return problems;
}

export interface LoadSitesOptions {
  /** The screen texts every offered language must have; read from locales/<lang>/kiosk.json when not given. */
  texts?: KioskTexts;
  catalogueFile?: string;
}

/** Reads and checks every site file in `dir`; throws one KioskDataError listing every problem. */
export function loadSites(dir: string = SITES_DIR, options: LoadSitesOptions = {}): Map<string, Site> {
  const problems: string[] = [];
  if (!existsSync(dir)) throw new KioskDataError([`${shown(dir)}: the folder does not exist`]);
  const texts = options.texts ?? loadKioskTexts();
  const pictograms = pictogramIds(options.catalogueFile ?? CATALOGUE_FILE, problems);
  const files = readdirSync(dir)
    .filter((n) => n.endsWith(".json"))
    .sort();
  if (files.length === 0) problems.push(`${shown(dir)}: there are no site files (*.json)`);

  const sites = new Map<string, Site>();
  for (const fileName of files) {
    const file = join(dir, fileName);
    const data = readJson(file, problems);
    if (data === undefined) continue;
    const parsed = siteSchema.safeParse(data);
    if (parsed.success) sites.set(parsed.data.id, parsed.data);
    else problems.push(...zodProblems(shown(file), parsed.error));
    const loose = looseSite.safeParse(data);
    if (loose.success) problems.push(...crossCheck(loose.data, file, texts, pictograms));
  }
  if (problems.length) throw new KioskDataError(problems);
  return sites;
}

/** The buttons on the home screen, in file order. */
export function homeServices(site: Site): Service[] {
  return site.services.filter((s) => s.kind !== "talk-to-person");
}

/** The "talk to a person" service; the loader makes sure there is exactly one. */
export function talkToPerson(site: Site): Service {
  const found = site.services.find((s) => s.kind === "talk-to-person");
  if (!found) throw new Error(`site ${site.id} has no "talk-to-person" service`);
  return found;
}

/** The text in `lang`, or the Dutch one (every site offers Dutch). */
export function pick<T>(values: Record<string, T>, lang: string): T {
  const value = values[lang] ?? values.nl;
  if (value === undefined) throw new Error(`no text in "${lang}" nor in "nl"`);
  return value;
}
