/**
 * Finds lexicon terms in a token stream: inflected forms through the language's stemmer, multi-word terms
 * ("bezwaar aantekenen"), case-sensitive acronyms (OCMW, RVA) and terms inside compounds ("leefloonaanvraag").
 * Built once per lexicon; matching is a few map look-ups per word.
 *
 * A form may belong to several entries, one per sense ("beroep": appeal, job). An entry with `contextWords` applies
 * only when one of them (by stem) stands in the same sentence; an entry without is the default sense. When no
 * context sense applies the default is used, and when there is no default the form is not explained at all: never
 * explain a word in the wrong sense.
 */

import type { LexiconEntry } from "../lexicon/schema.ts";
import { usesStemming } from "../lexicon/stemming.ts";
import { GRAMMARS, type Grammar } from "./grammar.ts";
import { inSentence, sentenceWordsReader, type WordForms } from "./lexicon-context.ts";
import { tokenize } from "./tokenize.ts";
import type { Language, Span, Token } from "./types.ts";
import { stemOf } from "./word-facts.ts";
import { remembered, wordMemo } from "./word-memo.ts";

export interface TermMatch {
  /** The sense that applies here. */
  entry: LexiconEntry;
  /** Every entry the matched form can stand for (the chosen one included); more than one when it has senses. */
  senses: LexiconEntry[];
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** The match is a part of a compound word. */
  inCompound: boolean;
}

/** A list of senses to try for a word standing alone, and whether it was found inside a compound. */
interface Candidate {
  senses: LexiconEntry[];
  inCompound: boolean;
}

/** What the index knows about a word as written (its forms, and more): the same for every place it stands. */
interface WordRecord extends WordForms {
  /** The phrase lists it can start (as written, in lower case, by stem), or null. */
  starts: Phrase[][] | null;
  /** The sense lists to try in order when it stands alone (see candidates). */
  single: readonly Candidate[];
}

interface Phrase {
  entries: LexiconEntry[];
  keys: string[];
}

/** The phrases of a list with one second word, and their places in the list. */
interface SecondWordPhrases {
  at: number[];
  phrases: Phrase[];
}

/** Linking letters between the parts of a Dutch or German compound ("arbeid-s-ongeschiktheid", "Arbeit-s-amt"). */
const LINKS = ["", "s", "e", "en", "es", "n"];
const MIN_COMPOUND_PART = 5;
/** The answers for the many words that have none (shared, never changed). */
const [NO_CANDIDATES, NO_PHRASES]: [readonly Candidate[], readonly Phrase[]] = [Object.freeze([]), Object.freeze([])];
const MIN_REST = 4;

function addTo(map: Map<string, LexiconEntry[]>, key: string, entry: LexiconEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.includes(entry)) list.push(entry);
}

/** An index as data, made at build time (src/lexicon/compile.ts); entries are their places in the entry list. */
export interface CompiledIndex {
  exact: [string, number[]][];
  stems: [string, number[]][];
  phrases: [string, [number[], string[]][]][];
  compoundParts: [string, number[]][];
  contextKeys: [number, string[]][];
}

export class LexiconIndex {
  private readonly exact = new Map<string, LexiconEntry[]>();
  private readonly stems = new Map<string, LexiconEntry[]>();
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly compoundParts = new Map<string, LexiconEntry[]>();
  /** Per entry with context words: their stems (and lower-case forms). */
  private readonly contextKeys = new Map<LexiconEntry, string[]>();
  private readonly stemMemo = wordMemo<string, string>();
  private readonly records = wordMemo<string, WordRecord>();
  /** Per list of phrases: second-word key → its phrases and their places in the list (see withSecondWord). */
  private readonly bySecond = new WeakMap<Phrase[], Map<string, SecondWordPhrases>>();

  constructor(
    entries: readonly LexiconEntry[],
    private readonly lang: Language,
    private readonly grammar: Grammar,
    private readonly commonWords?: ReadonlySet<string>,
    compiled?: CompiledIndex,
  ) {
    if (compiled) {
      const at = (i: number) => entries[i] as LexiconEntry;
      const fill = (map: Map<string, LexiconEntry[]>, data: [string, number[]][]) => {
        for (const [key, ids] of data) map.set(key, ids.map(at));
      };
      fill(this.exact, compiled.exact);
      fill(this.stems, compiled.stems);
      fill(this.compoundParts, compiled.compoundParts);
      for (const [key, list] of compiled.phrases)
        this.phrases.set(
          key,
          list.map(([ids, keys]) => ({ entries: ids.map(at), keys })),
        );
      for (const [id, keys] of compiled.contextKeys) this.contextKeys.set(at(id), keys);
      return;
    }
    for (const entry of entries) {
      for (const form of [entry.term, ...entry.variants]) this.add(entry, form);
      if (entry.contextWords?.length) {
        this.contextKeys.set(
          entry,
          entry.contextWords.map((w) => this.stemOf(w.toLowerCase())),
        );
      }
    }
  }

  /** The index as data, for the entries it was built from (in the same order). */
  compile(entries: readonly LexiconEntry[]): CompiledIndex {
    const ids = new Map(entries.map((e, i) => [e, i]));
    const id = (e: LexiconEntry) => ids.get(e) as number;
    const dump = (map: Map<string, LexiconEntry[]>): [string, number[]][] =>
      [...map].map(([key, list]) => [key, list.map(id)]);
    return {
      exact: dump(this.exact),
      stems: dump(this.stems),
      phrases: [...this.phrases].map(([key, list]) => [key, list.map((p) => [p.entries.map(id), p.keys])]),
      compoundParts: dump(this.compoundParts),
      contextKeys: [...this.contextKeys].map(([entry, keys]) => [id(entry), keys]),
    };
  }

  private add(entry: LexiconEntry, form: string): void {
    // The same tokenizer as the letter, so "d'intégration" or "art." split the same way on both sides.
    const words = tokenize(form, this.lang)
      .filter((t) => t.kind !== "punct")
      .map((t) => t.text);
    if (words.length === 0) return;
    if (words.length === 1) {
      const word = words[0] as string;
      if (entry.caseSensitive) {
        addTo(this.exact, word, entry);
        return;
      }
      const lower = word.toLowerCase();
      addTo(this.exact, lower, entry);
      const stemming = usesStemming(entry);
      if (stemming && lower.length > 3) addTo(this.stems, this.stemOf(lower), entry);
      const compoundable = entry.inCompounds ?? (stemming && lower.length >= 6 && entry.category !== "tone");
      if (compoundable && lower.length >= MIN_COMPOUND_PART && /^\p{L}+$/u.test(lower))
        addTo(this.compoundParts, lower, entry);
      return;
    }
    const keys = words.map((w) => this.key(w, entry));
    const first = keys[0] as string;
    const list = this.phrases.get(first) ?? [];
    // Two senses of one phrase share a slot, when they compare words the same way.
    const same = list.find(
      (p) =>
        p.keys.join(" ") === keys.join(" ") &&
        p.entries[0]?.caseSensitive === entry.caseSensitive &&
        usesStemming(p.entries[0] as LexiconEntry) === usesStemming(entry),
    );
    if (same) {
      if (!same.entries.includes(entry)) same.entries.push(entry);
    } else list.push({ entries: [entry], keys });
    this.phrases.set(first, list);
  }

  private stemOf(lower: string): string {
    // The language's own stemmer: the stems every part of the analysis shares (word-facts.ts).
    if (this.grammar === GRAMMARS[this.lang]) return stemOf(this.lang, lower);
    return remembered(this.stemMemo, lower, 100_000, (word) => this.grammar.stem(word));
  }

  /** How a word of a phrase is compared: as written (acronyms), in lower case, or by stem. */
  private key(word: string, entry: LexiconEntry): string {
    if (entry.caseSensitive) return word;
    return usesStemming(entry) ? this.stemOf(word.toLowerCase()) : word.toLowerCase();
  }

  /**
   * All term matches, longest first at each position, never overlapping. `sentences` (spans into the same text)
   * tell which words stand in the same sentence, for entries with context words; without them, sentences end at
   * ". ! ?".
   */
  match(tokens: readonly Token[], sentences?: readonly Span[]): TermMatch[] {
    // Each word's forms and candidates, looked up once: phrases look at the same words again and again.
    const records: (WordRecord | undefined)[] = new Array(tokens.length);
    const recordAt = (i: number): WordRecord | undefined => {
      const known = records[i];
      if (known) return known;
      const token = tokens[i];
      if (token?.kind !== "word") return undefined;
      const made = this.record(token.text);
      records[i] = made;
      return made;
    };
    const context = this.contextKeys.size ? sentenceWordsReader(tokens, sentences, recordAt) : () => new Set<string>();
    const matches: TermMatch[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const record = recordAt(t);
      if (!record) continue;
      const phrase = record.starts && this.matchPhrase(record.starts, recordAt, t, context);
      if (phrase) {
        matches.push(phrase);
        t = phrase.last;
        continue;
      }
      // Indexed loops here and below: these run for every word, and iterators would be made for each.
      const single = record.single;
      for (let c = 0; c < single.length; c++) {
        const { senses, inCompound } = single[c] as Candidate;
        const entry = this.choose(senses, () => context(t));
        if (entry) {
          matches.push({ entry, senses, inCompound, first: t, last: t });
          break;
        }
      }
    }
    return matches;
  }

  private record(text: string): WordRecord {
    let record = this.records.get(text);
    if (!record) {
      const lower = text.toLowerCase();
      const stem = this.stemOf(lower);
      const last = lower.charCodeAt(lower.length - 1);
      const verb = lower.length > 3 && (last === 116 || last === 100) ? this.stemOf(lower.slice(0, -1)) : null;
      // The phrase lists it starts as written, in lower case and by stem (most words start none).
      let starts: Phrase[][] | null = null;
      const asWritten = this.phrases.get(text);
      const asLower = lower === text ? undefined : this.phrases.get(lower);
      const byStem = this.phrases.get(stem);
      if (asWritten) starts = [asWritten];
      if (asLower && asLower !== asWritten) starts = starts ? [...starts, asLower] : [asLower];
      if (byStem && !starts?.includes(byStem)) starts = starts ? [...starts, byStem] : [byStem];
      record = { text, lower, stem, verb, starts, single: this.candidates(text, lower, stem) };
      if (this.records.size >= 100_000) this.records.clear();
      this.records.set(text, record);
    }
    return record;
  }

  /**
   * The sense that applies: the context sense with the most context words in the sentence, else the default sense
   * (an entry without context words), else none.
   */
  private choose(senses: readonly LexiconEntry[], sentence: () => ReadonlySet<string>): LexiconEntry | undefined {
    let best: LexiconEntry | undefined;
    let bestHits = 0;
    for (const entry of senses) {
      const keys = this.contextKeys.get(entry);
      if (!keys) continue;
      const sentenceWords = sentence();
      const hits = keys.filter((key) => inSentence(key, sentenceWords)).length;
      if (hits > bestHits) {
        best = entry;
        bestHits = hits;
      }
    }
    return best ?? senses.find((entry) => !this.contextKeys.has(entry));
  }

  private matchPhrase(
    starts: Phrase[][],
    recordAt: (i: number) => WordRecord | undefined,
    t: number,
    context: (t: number) => ReadonlySet<string>,
  ): TermMatch | null {
    const second = recordAt(t + 1);
    // Most words start no phrase at all; those that do mostly start none with this second word.
    if (!second) return null;
    let found: Phrase[] | undefined;
    for (let s = 0; s < starts.length; s++) {
      const phrases = this.withSecondWord(starts[s] as Phrase[], second);
      for (let p = 0; p < phrases.length; p++) {
        const phrase = phrases[p] as Phrase;
        if (found?.includes(phrase)) continue;
        let ok = true;
        const rules = phrase.entries[0] as LexiconEntry;
        for (let k = 0; k < phrase.keys.length && ok; k++) {
          const forms = recordAt(t + k);
          ok = forms !== undefined && this.sameWord(forms, phrase.keys[k] as string, rules);
        }
        if (!ok) continue;
        if (found) found.push(phrase);
        else found = [phrase];
      }
    }
    if (!found) return null;
    // The longest phrase whose sense applies here; the rest of the words may still match on their own. A phrase
    // listed for one sense only ("beroep aangetekend") is its own context.
    if (found.length > 1) found.sort((a, b) => b.keys.length - a.keys.length);
    for (const phrase of found) {
      const entry = phrase.entries.length === 1 ? phrase.entries[0] : this.choose(phrase.entries, () => context(t));
      if (entry) {
        const last = t + phrase.keys.length - 1;
        return { entry, senses: phrase.entries, first: t, last, inCompound: false };
      }
    }
    return null;
  }

  /** The phrases of a list (in order) whose second word can be this one: lists like "in" hold 200+ phrases. */
  private withSecondWord(list: Phrase[], second: WordForms): readonly Phrase[] {
    let index = this.bySecond.get(list);
    if (!index) {
      index = new Map<string, SecondWordPhrases>();
      for (const [i, phrase] of list.entries()) {
        const key = phrase.keys[1] as string;
        const known = index.get(key);
        if (known) {
          known.at.push(i);
          known.phrases.push(phrase);
        } else index.set(key, { at: [i], phrases: [phrase] });
      }
      this.bySecond.set(list, index);
    }
    // Every form sameWord accepts: as written, lower case, stem, and the stem without a verb's -t/-d. Mostly one
    // of them is a second word of the list, or none: its phrases are given as they are (a list never changed).
    const { text, lower, stem, verb } = second;
    const byText = index.get(text);
    const byLower = lower === text ? undefined : index.get(lower);
    const byStem = stem === text || stem === lower ? undefined : index.get(stem);
    const byVerb = verb === null || verb === text || verb === lower || verb === stem ? undefined : index.get(verb);
    const hits = (byText ? 1 : 0) + (byLower ? 1 : 0) + (byStem ? 1 : 0) + (byVerb ? 1 : 0);
    if (hits === 0) return NO_PHRASES;
    if (hits === 1) return ((byText ?? byLower ?? byStem ?? byVerb) as SecondWordPhrases).phrases;
    const at: number[] = []; // several: their phrases in the order of the list
    for (const hit of [byText, byLower, byStem, byVerb]) if (hit) at.push(...hit.at);
    return at.sort((a, b) => a - b).map((i) => list[i] as Phrase);
  }

  /** Verbs in a phrase are conjugated ("in aanmerking komt"): the stem of the form without its -t/-d also counts. */
  private sameWord(word: WordForms, key: string, entry: LexiconEntry): boolean {
    if (entry.caseSensitive) return word.text === key;
    if (!usesStemming(entry)) return word.lower === key;
    return word.stem === key || word.verb === key;
  }

  /**
   * The sense lists to try for a word standing alone, in order; the first whose sense applies wins. A word with
   * senses of its own tries only those; "OCMW-raad", "leefloon-aanvraag" try the parts of the hyphenated word; any
   * other word tries a term inside it as a compound.
   */
  private candidates(text: string, lower = text.toLowerCase(), stem?: string): readonly Candidate[] {
    const exact = this.exact.get(text);
    const exactLower = text === lower ? undefined : this.exact.get(lower);
    const byStem = lower.length > 3 ? this.stems.get(stem ?? this.stemOf(lower)) : undefined;
    const senses = exact || exactLower || byStem ? [...(exact ?? []), ...(exactLower ?? [])] : [];
    for (const entry of byStem ?? []) if (!senses.includes(entry)) senses.push(entry);
    if (senses.length) return [{ senses, inCompound: false }];
    if (text.includes("-")) {
      const parts: Candidate[] = [];
      for (const part of text.split("-")) {
        if (part.length > 1) for (const { senses } of this.candidates(part)) parts.push({ senses, inCompound: true });
      }
      return parts;
    }
    const inCompound = this.matchCompound(lower);
    return inCompound ? [{ senses: inCompound, inCompound: true }] : NO_CANDIDATES;
  }

  /** A term as the first or last part of a longer word whose other part is a real word. */
  private matchCompound(lower: string): LexiconEntry[] | null {
    if (lower.length < MIN_COMPOUND_PART + MIN_REST || this.commonWords?.has(lower)) return null;
    for (let i = lower.length - MIN_REST; i >= MIN_COMPOUND_PART; i--) {
      const head = this.compoundParts.get(lower.slice(0, i));
      if (!head) continue;
      for (const link of LINKS) {
        if (lower.startsWith(link, i) && this.isWord(lower.slice(i + link.length))) return head;
      }
    }
    for (let i = MIN_REST; i <= lower.length - MIN_COMPOUND_PART; i++) {
      const tail = this.compoundParts.get(lower.slice(i));
      if (tail && this.isWord(lower.slice(0, i))) return tail;
      for (const link of LINKS) {
        if (tail && link && lower.slice(0, i).endsWith(link) && this.isWord(lower.slice(0, i - link.length)))
          return tail;
      }
    }
    return null;
  }

  private isWord(part: string): boolean {
    if (part.length < MIN_REST) return false;
    if (!this.commonWords) return true;
    return this.commonWords.has(part) || this.exact.has(part) || this.stems.has(this.stemOf(part));
  }
}
