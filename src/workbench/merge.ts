/** The shared lexicon with the organisation's own entries. Pure. */
import type { Language } from "../analysis/types.ts";
import type { LexiconEntry } from "../lexicon/schema.ts";

/** Shared entries with the organisation's entries: an organisation entry replaces a shared one with the same id. */
export function mergeLexicons(
  shared: Record<Language, readonly LexiconEntry[]>,
  own: Record<Language, readonly LexiconEntry[]>,
): Record<Language, LexiconEntry[]> {
  const out = {} as Record<Language, LexiconEntry[]>;
  for (const lang of Object.keys(shared) as Language[]) {
    const mine = own[lang] ?? [];
    const ids = new Set(mine.map((e) => e.id));
    out[lang] = [...(shared[lang] ?? []).filter((e) => !ids.has(e.id)), ...mine];
  }
  return out;
}
