/**
 * Finds lexicon terms in a token stream: inflected forms through the language's stemmer, multi-word terms
 * ("bezwaar aantekenen"), case-sensitive acronyms (OCMW, RVA) and terms inside compounds ("leefloonaanvraag").
 * Built once per lexicon (from the index the build made, src/lexicon/compile.ts, or from the entries:
 * lexicon-build.ts).
 *
 * One pass over the tokens. Each word is looked up once per form (as written, in lower case, by stem) in one table of
 * keys (lexicon-keys.ts) that says at once which entries it is and which phrases it starts; a phrase is then found by
 * its first two words (a token trie two words deep) and its other words are compared, as key numbers. What a written
 * word stands for is the same wherever it stands, so it is worked out once per word (a word memo) and only the verb
 * stem of a word is left until a phrase asks for it.
 *
 * A form may belong to several entries, one per sense ("beroep": appeal, job). An entry with `contextWords` applies
 * only when one of them (by stem) stands in the same sentence; an entry without is the default sense. When no
 * context sense applies the default is used, and when there is no default the form is not explained at all: never
 * explain a word in the wrong sense.
 */

import type { LexiconEntry } from "../lexicon/schema.ts";
import { GRAMMARS, type Grammar } from "./grammar.ts";
import { buildIndexData, type CompiledIndex } from "./lexicon-build.ts";
import { CompoundParts, MIN_REST } from "./lexicon-compounds.ts";
import { inSentence, sentenceWordsReader, type WordForms } from "./lexicon-context.ts";
import { AS_WRITTEN, IndexKeys, LOWER_CASE } from "./lexicon-keys.ts";
import type { Language, Span, Token } from "./types.ts";
import { stemOf } from "./word-facts.ts";
import { remembered, wordMemo } from "./word-memo.ts";

export type { CompiledIndex } from "./lexicon-build.ts";

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

/**
 * What the index knows about a word as written (its forms, and more): the same for every place it stands. Its forms
 * as key numbers of the index (-1: not a key), to compare with the words of phrases.
 */
interface WordRecord extends WordForms {
  text: string;
  atText: number;
  atLower: number;
  atStem: number;
  /** The key of its stem without a verb's -t/-d ("komt" → "kom"), or -1; undefined until a phrase asks (verbAt). */
  atVerb: number | undefined;
  /** The keys it can start phrases with (as written, in lower case, by stem), or null. */
  starts: number[] | null;
  /** The sense lists to try in order when it stands alone (see candidates). */
  single: readonly Candidate[];
}

/** The answers for the many words that have none (shared, never changed). */
const [NO_CANDIDATES, NO_PHRASES]: [readonly Candidate[], readonly number[]] = [Object.freeze([]), Object.freeze([])];

export class LexiconIndex {
  /**
   * What one key (a form as written, in lower case, or a stem) stands for, found with one look-up: the entries with
   * this form (as written or in lower case), the entries whose forms have this stem, the phrases whose first word
   * has this key. Entries are their places in the entry list: they are looked up only for the words that have them.
   */
  private readonly keys: IndexKeys;
  /** The entries of a phrase (by its place in the index), made when a letter first has it. */
  private readonly phraseEntries = new Map<number, LexiconEntry[]>();
  private readonly compounds: CompoundParts;
  /** Per entry with context words: their stems (and lower-case forms). */
  private readonly contextKeys = new Map<LexiconEntry, string[]>();
  private readonly data: CompiledIndex;
  /** The entry at a place in the entry list. */
  private readonly at: (id: number) => LexiconEntry;
  /** Whether the stems are the language's own, shared with the rest of the analysis (word-facts.ts). */
  private readonly sharedStems: boolean;
  private readonly stemMemo = wordMemo<string, string>();
  private readonly records = wordMemo<string, WordRecord>();

  constructor(
    entries: readonly LexiconEntry[],
    private readonly lang: Language,
    private readonly grammar: Grammar,
    private readonly commonWords?: ReadonlySet<string>,
    compiled?: CompiledIndex,
  ) {
    this.sharedStems = grammar === GRAMMARS[lang];
    this.data = compiled ?? buildIndexData(entries, lang, (lower) => this.stemOf(lower));
    this.at = (i: number) => entries[i] as LexiconEntry;
    // Used as compiled: this runs when a command starts, before the code is optimised.
    this.keys = new IndexKeys(this.data);
    this.compounds = new CompoundParts(this.keys, commonWords);
    for (const [id, keys] of this.keys.contextKeys()) this.contextKeys.set(this.at(id), keys);
  }

  /** The index as data, for the entries it was built from (in the same order). */
  compile(_entries: readonly LexiconEntry[]): CompiledIndex {
    return this.data;
  }

  private stemOf(lower: string): string {
    // The language's own stemmer: the stems every part of the analysis shares (word-facts.ts).
    if (this.sharedStems) return stemOf(this.lang, lower);
    return remembered(this.stemMemo, lower, 100_000, (word) => this.grammar.stem(word));
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
        const entry = this.choose(senses, t, context);
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
      const { keys } = this;
      const lower = text.toLowerCase();
      const stem = this.stemOf(lower);
      const atText = keys.find(text);
      const atLower = lower === text ? atText : keys.find(lower);
      const atStem = stem === lower ? atLower : stem === text ? atText : keys.find(stem);
      const lowerDiffers = lower !== text;
      // The keys it starts phrases with as written, in lower case and by stem (most words start none).
      let starts: number[] | null = null;
      if (keys.startsPhrases(atText)) starts = [atText];
      if (lowerDiffers && keys.startsPhrases(atLower) && atLower !== atText)
        starts = starts ? [...starts, atLower] : [atLower];
      if (keys.startsPhrases(atStem) && !starts?.includes(atStem)) starts = starts ? [...starts, atStem] : [atStem];
      const byStemSenses = lower.length > 3 ? this.ids(keys.stemsAt(atStem)) : undefined;
      const single = this.candidates(
        text,
        lower,
        this.ids(keys.exactAt(atText)),
        lowerDiffers ? this.ids(keys.exactAt(atLower)) : undefined,
        byStemSenses,
      );
      record = { text, lower, stem, atText, atLower, atStem, atVerb: undefined, starts, single };
      if (this.records.size >= 100_000) this.records.clear();
      this.records.set(text, record);
    }
    return record;
  }

  /** The entry places of a list of the index, or undefined for none (-1). */
  private ids(at: number): number[] | undefined {
    return at < 0 ? undefined : this.keys.items(at);
  }

  /**
   * Verbs in a phrase are conjugated ("in aanmerking komt"): the stem of the form without its -t/-d also counts.
   * Its key, or -1 (also when it is no key of the index: then no phrase has it).
   */
  private verbAt(word: WordRecord): number {
    if (word.atVerb === undefined) {
      const { lower } = word;
      const last = lower.charCodeAt(lower.length - 1);
      word.atVerb =
        lower.length > 3 && (last === 116 || last === 100) ? this.keys.find(this.stemOf(lower.slice(0, -1))) : -1;
    }
    return word.atVerb;
  }

  /**
   * The sense that applies: the context sense with the most context words in the sentence, else the default sense
   * (an entry without context words), else none. The sentence of token `t` is read only when a sense asks for it.
   */
  private choose(
    senses: readonly LexiconEntry[],
    t: number,
    context: (t: number) => ReadonlySet<string>,
  ): LexiconEntry | undefined {
    if (this.contextKeys.size === 0) return senses[0];
    let best: LexiconEntry | undefined;
    let bestHits = 0;
    for (const entry of senses) {
      const keys = this.contextKeys.get(entry);
      if (!keys) continue;
      const sentenceWords = context(t);
      let hits = 0;
      for (const key of keys) if (inSentence(key, sentenceWords)) hits++;
      if (hits > bestHits) {
        best = entry;
        bestHits = hits;
      }
    }
    return best ?? senses.find((entry) => !this.contextKeys.has(entry));
  }

  private matchPhrase(
    starts: readonly number[],
    recordAt: (i: number) => WordRecord | undefined,
    t: number,
    context: (t: number) => ReadonlySet<string>,
  ): TermMatch | null {
    const second = recordAt(t + 1);
    // Most words start no phrase at all; those that do mostly start none with this second word.
    if (!second) return null;
    const { keys } = this;
    let found: number[] | undefined;
    for (let s = 0; s < starts.length; s++) {
      const phrases = this.withSecondWord(starts[s] as number, second);
      for (let p = 0; p < phrases.length; p++) {
        const phrase = phrases[p] as number;
        if (found?.includes(phrase)) continue;
        let ok = true;
        const mode = keys.phraseMode(phrase);
        const words = keys.phraseKeysAt(phrase);
        for (let k = 0, count = keys.lists[words] as number; k < count && ok; k++) {
          const forms = recordAt(t + k);
          ok = forms !== undefined && this.sameWord(forms, keys.lists[words + 1 + k] as number, mode);
        }
        if (!ok) continue;
        if (found) found.push(phrase);
        else found = [phrase];
      }
    }
    if (!found) return null;
    // The longest phrase whose sense applies here; the rest of the words may still match on their own. A phrase
    // listed for one sense only ("beroep aangetekend") is its own context.
    const length = (phrase: number) => keys.lists[keys.phraseKeysAt(phrase)] as number;
    if (found.length > 1) found.sort((a, b) => length(b) - length(a));
    for (const phrase of found) {
      const entries = this.entriesOf(phrase);
      const entry = entries.length === 1 ? entries[0] : this.choose(entries, t, context);
      if (entry) return { entry, senses: entries, first: t, last: t + length(phrase) - 1, inCompound: false };
    }
    return null;
  }

  /** The entries of the phrase at a place in the index. */
  private entriesOf(phrase: number): LexiconEntry[] {
    let entries = this.phraseEntries.get(phrase);
    if (!entries) {
      entries = this.keys.phraseIds(phrase).map(this.at);
      this.phraseEntries.set(phrase, entries);
    }
    return entries;
  }

  /**
   * The phrases (their places, in the order of the lexicon) that start with key `first` and whose second word can be
   * this one: every form sameWord accepts, as written, lower case, stem, and the stem without a verb's -t/-d. Mostly
   * one of them goes on a phrase of `first`, or none. A verb's stem only matches a phrase that compares by stem: a
   * key whose phrases have none does not need it.
   */
  private withSecondWord(first: number, second: WordRecord): readonly number[] {
    const { keys } = this;
    const { atText, atLower, atStem } = second;
    const verb = keys.startsStemmed(first) ? this.verbAt(second) : -1;
    // Two forms that are the same key (or no key) are looked up once.
    const byText = keys.pairAt(first, atText);
    const byLower = atLower === atText ? -1 : keys.pairAt(first, atLower);
    const byStem = atStem === atText || atStem === atLower ? -1 : keys.pairAt(first, atStem);
    const byVerb = verb === atText || verb === atLower || verb === atStem ? -1 : keys.pairAt(first, verb);
    const hits = (byText < 0 ? 0 : 1) + (byLower < 0 ? 0 : 1) + (byStem < 0 ? 0 : 1) + (byVerb < 0 ? 0 : 1);
    if (hits === 0) return NO_PHRASES;
    const at: number[] = []; // their phrases in the order of the lexicon (places rise with it)
    for (const hit of [byText, byLower, byStem, byVerb]) if (hit >= 0) at.push(...keys.items(hit));
    return hits === 1 ? at : at.sort((a, b) => a - b);
  }

  /** How a word of the letter compares with a key of a phrase: as written, in lower case, or by stem. */
  private sameWord(word: WordRecord, key: number, mode: number): boolean {
    if (mode === AS_WRITTEN) return word.atText === key;
    if (mode === LOWER_CASE) return word.atLower === key;
    return word.atStem === key || this.verbAt(word) === key;
  }

  /**
   * The sense lists to try for a word standing alone, in order; the first whose sense applies wins: the entries of
   * its form as written, in lower case (when that differs) and by stem. A word with senses of its own tries only
   * those; "OCMW-raad", "leefloon-aanvraag" try the parts of the hyphenated word; any other word tries a term
   * inside it as a compound.
   */
  private candidates(
    text: string,
    lower: string,
    exact: number[] | undefined,
    exactLower: number[] | undefined,
    byStem: number[] | undefined,
  ): readonly Candidate[] {
    // An entry has one place in the list (lexicon-build.ts), so places compare as entries do.
    const ids = exact || exactLower || byStem ? [...(exact ?? []), ...(exactLower ?? [])] : [];
    for (const id of byStem ?? []) if (!ids.includes(id)) ids.push(id);
    if (ids.length) return [{ senses: ids.map(this.at), inCompound: false }];
    if (text.includes("-")) {
      const parts: Candidate[] = [];
      for (const part of text.split("-")) {
        if (part.length > 1)
          for (const { senses } of this.partCandidates(part)) parts.push({ senses, inCompound: true });
      }
      return parts;
    }
    const inCompound = this.compounds.find(lower, this.isWord);
    return inCompound ? [{ senses: inCompound.map(this.at), inCompound: true }] : NO_CANDIDATES;
  }

  /** The candidates of a part of a hyphenated word. */
  private partCandidates(text: string): readonly Candidate[] {
    const { keys } = this;
    const lower = text.toLowerCase();
    const exact = this.ids(keys.exactAt(keys.find(text)));
    const exactLower = text === lower ? undefined : this.ids(keys.exactAt(keys.find(lower)));
    const byStem = lower.length > 3 ? this.ids(keys.stemsAt(keys.find(this.stemOf(lower)))) : undefined;
    return this.candidates(text, lower, exact, exactLower, byStem);
  }

  /** The other part of a compound is a word: a common word, or a form or stem of the lexicon. */
  private readonly isWord = (part: string): boolean => {
    if (part.length < MIN_REST) return false;
    if (!this.commonWords) return true;
    const { keys } = this;
    return (
      this.commonWords.has(part) ||
      keys.exactAt(keys.find(part)) >= 0 ||
      keys.stemsAt(keys.find(this.stemOf(part))) >= 0
    );
  };
}
