/** Builds the workbench once at start: the overlay store in KLAAR_DATA_DIR and the service around the shared analyzer. */
import type { Analyzer } from "../analysis/index.ts";
import type { Language } from "../analysis/types.ts";
import type { LetterService } from "../letters/service.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";
import { listPictograms } from "../pictograms/catalogue.ts";
import { defaultOverlayFile, type OverlayStoreOptions, openOverlayStore } from "./overlay-store.ts";
import { Workbench } from "./service.ts";

/** Lower-case term and variants → entry id, per language, built on first use. */
export function sharedFormsOf(
  lexicons: Record<Language, readonly LexiconEntry[]>,
): (lang: Language) => Map<string, string> {
  const cache = new Map<Language, Map<string, string>>();
  return (lang) => {
    let forms = cache.get(lang);
    if (!forms) {
      forms = new Map();
      for (const entry of lexicons[lang] ?? [])
        for (const form of [entry.term, ...entry.variants]) forms.set(form.toLowerCase(), entry.id);
      cache.set(lang, forms);
    }
    return forms;
  };
}

export interface WorkbenchSetup {
  dataDir: string;
  analyzer: Analyzer;
  lexicons: Record<Language, readonly LexiconEntry[]>;
  commonWords?: Partial<Record<Language, ReadonlySet<string>>>;
  letters?: LetterService;
  longSentenceWords?: number;
  today?: () => string;
  now?: OverlayStoreOptions["now"];
}

export function createWorkbench(setup: WorkbenchSetup): Workbench {
  const overlay = openOverlayStore(defaultOverlayFile(setup.dataDir), {
    now: setup.now,
    pictograms: new Set(listPictograms().map((p) => p.id)),
    sharedForms: sharedFormsOf(setup.lexicons),
  });
  return new Workbench({
    analyzer: setup.analyzer,
    lexicons: setup.lexicons,
    commonWords: setup.commonWords,
    overlay,
    letters: setup.letters,
    longSentenceWords: setup.longSentenceWords,
    today: setup.today,
  });
}
