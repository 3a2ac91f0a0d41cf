/**
 * The annotated letter corpus (tests/corpus/<lang>/<id>.txt + .json, see tests/corpus/README.md): loading, and a
 * fixed split into a development part and a held-out third that rules must not be tuned on.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Language } from "../src/analysis/types.ts";

export interface CorpusAmount {
  text: string;
  value: number;
  role: string;
}
export interface CorpusDeadline {
  text: string;
  purpose: string;
  anchor: string;
  term: { n: number; unit: string } | null;
  date: string | null;
}
export interface CorpusCode {
  text: string;
  value: string;
  valid: boolean;
}
export interface CorpusExpectation {
  lang: Language;
  genre: string;
  letterDate: string | null;
  kind: string;
  decision: string | null;
  bottomLine: {
    actor: string | null;
    action: string;
    object: string | null;
    amount: number | null;
    from: string | null;
    sentence?: string;
  };
  amounts: CorpusAmount[];
  deadlines: CorpusDeadline[];
  notDeadlines?: string[];
  appointments?: { date: string | null; time: string | null; place: string | null; bring?: string[] }[];
  appeal: { present: boolean; route: string | null; deadlineText: string | null };
  ibans?: CorpusCode[];
  paymentReferences?: CorpusCode[];
  hardWords?: string[];
  /** Marks a letter held out by hand (letters written as a fresh held-out set), whatever the hash says. */
  heldOut?: boolean;
  /** The set a letter was written in ("fresh-2026-12"), so that a set can be scored on its own (CORPUS_BATCH). */
  batch?: string;
}
export interface CorpusLetter {
  id: string;
  lang: Language;
  text: string;
  expected: CorpusExpectation;
  heldOut: boolean;
  batch?: string;
}

/** FNV-1a: a stable hash, so that the held-out third stays the same as letters are added. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

export function isHeldOut(id: string): boolean {
  return hash(id) % 3 === 0;
}

/**
 * Letters of the corpus folders (default tests/corpus; KLAAR_CORPUS adds folders, separated by ":"). CORPUS_BATCH
 * keeps only the letters of one batch ("none": the letters of no batch; see tests/corpus/README.md).
 */
export function loadCorpus(roots: readonly string[] = corpusRoots()): CorpusLetter[] {
  const letters = new Map<string, CorpusLetter>();
  const batch = process.env.CORPUS_BATCH;
  for (const root of roots) {
    for (const lang of ["nl", "fr", "de", "en"] as const) {
      const dir = join(root, lang);
      if (!existsSync(dir)) continue;
      for (const file of readdirSync(dir).sort()) {
        if (!file.endsWith(".json")) continue;
        const id = file.slice(0, -5);
        const txt = join(dir, `${id}.txt`);
        if (!existsSync(txt)) continue;
        try {
          const expected = JSON.parse(readFileSync(join(dir, file), "utf8")) as CorpusExpectation;
          const key = `${lang}/${id}`;
          if (batch && (expected.batch ?? "none") !== batch) continue;
          letters.set(key, {
            id: key,
            lang,
            text: readFileSync(txt, "utf8"),
            expected,
            heldOut: expected.heldOut ?? isHeldOut(key),
            ...(expected.batch ? { batch: expected.batch } : {}),
          });
        } catch {
          // A letter whose annotation is being written is skipped until it parses.
        }
      }
    }
  }
  return [...letters.values()].sort((a, b) => a.id.localeCompare(b.id));
}

export function corpusRoots(): string[] {
  const extra = (process.env.KLAAR_CORPUS ?? "").split(":").filter(Boolean);
  return [join(import.meta.dirname, "..", "tests", "corpus"), ...extra];
}
