/**
 * Finds lexicon terms in a token stream: inflected forms through the language's stemmer, multi-word terms
 * ("bezwaar aantekenen"), case-sensitive acronyms (OCMW, RVA) and terms inside compounds ("leefloonaanvraag").
 * Built once per lexicon (from the index the build made, src/lexicon/compile.ts, or from the entries:
 * lexicon-build.ts).
 *
 * One pass over the tokens. Each word is looked up once per form (as written, in lower case, by stem) in one map of
 * keys that says at once which entries it is and which phrases it starts; a phrase is then narrowed by its second
 * word (a token trie two words deep) and its other words are compared. What a written word stands for is the same
 * wherever it stands, so it is worked out once per word (a word memo) and only the verb stem of a word is left until
 * a phrase asks for it.
 *
 * A form may belong to several entries, one per sense ("beroep": appeal, job). An entry with `contextWords` applies
 * only when one of them (by stem) stands in the same sentence; an entry without is the default sense. When no
 * context sense applies the default is used, and when there is no default the form is not explained at all: never
 * explain a word in the wrong sense.
 */

import type { LexiconEntry } from "../lexicon/schema.ts";
import { usesStemming } from "../lexicon/stemming.ts";
import { GRAMMARS, type Grammar } from "./grammar.ts";
import { buildIndexData, type CompiledIndex } from "./lexicon-build.ts";
import { CompoundParts, MIN_REST } from "./lexicon-compounds.ts";
import { inSentence, sentenceWordsReader, type WordForms } from "./lexicon-context.ts";
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

/** What the index knows about a word as written (its forms, and more): the same for every place it stands. */
interface WordRecord extends WordForms {
  text: string;
  /** The stem without a verb's -t/-d ("komt" → "kom") or null; undefined until a phrase asks (see verbOf). */
  verb: string | null | undefined;
  /** The phrase lists it can start (as written, in lower case, by stem), or null. */
  starts: PhraseList[] | null;
  /** The sense lists to try in order when it stands alone (see candidates). */
  single: readonly Candidate[];
}

interface Phrase {
  entries: LexiconEntry[];
  keys: string[];
}

/**
 * The phrases that start with one key, in order, as compiled; made into phrases with an index by their second word
 * when a letter first has the key (see indexed): most lists are never needed by a command that reads one letter.
 */
interface PhraseList {
  compiled: [number[], string[]][];
  phrases: Phrase[];
  bySecond: Map<string, SecondWordPhrases> | undefined;
  /** Whether one of them compares words by stem, so that a verb's stem can be its second word. */
  stemmed: boolean;
}

/** The phrases of a list with one second word, and their places in the list. */
interface SecondWordPhrases {
  at: number[];
  phrases: Phrase[];
}

/**
 * What one key (a form as written, in lower case, or a stem) stands for: one look-up finds all of it. Entries are
 * their places in the entry list, as compiled: they are looked up only for the words that have them.
 */
interface KeyInfo {
  /** The entries with this form (as written or in lower case). */
  exact: number[] | undefined;
  /** The entries whose forms have this stem. */
  stems: number[] | undefined;
  /** The phrases whose first word has this key. */
  phrases: PhraseList | undefined;
}

/** The answers for the many words that have none (shared, never changed). */
const [NO_CANDIDATES, NO_PHRASES]: [readonly Candidate[], readonly Phrase[]] = [Object.freeze([]), Object.freeze([])];

export class LexiconIndex {
  private readonly keys = new Map<string, KeyInfo>();
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
    const infoOf = (key: string): KeyInfo => {
      let info = this.keys.get(key);
      if (!info) {
        info = { exact: undefined, stems: undefined, phrases: undefined };
        this.keys.set(key, info);
      }
      return info;
    };
    // Kept as compiled: this runs when a command starts, before the code is optimised.
    for (const [key, ids] of this.data.exact) infoOf(key).exact = ids;
    for (const [key, ids] of this.data.stems) infoOf(key).stems = ids;
    for (const [key, compiled] of this.data.phrases)
      infoOf(key).phrases = { compiled, phrases: [], bySecond: undefined, stemmed: false };
    this.compounds = new CompoundParts(this.data.compoundParts, commonWords);
    for (const [id, keys] of this.data.contextKeys) this.contextKeys.set(this.at(id), keys);
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
      const lower = text.toLowerCase();
      const stem = this.stemOf(lower);
      const atText = this.keys.get(text);
      const atLower = lower === text ? atText : this.keys.get(lower);
      const atStem = stem === lower ? atLower : stem === text ? atText : this.keys.get(stem);
      const lowerDiffers = lower !== text;
      // The phrase lists it starts as written, in lower case and by stem (most words start none).
      let starts: PhraseList[] | null = null;
      const asWritten = atText?.phrases;
      const asLower = lowerDiffers ? atLower?.phrases : undefined;
      const byStem = atStem?.phrases;
      if (asWritten) starts = [asWritten];
      if (asLower && asLower !== asWritten) starts = starts ? [...starts, asLower] : [asLower];
      if (byStem && !starts?.includes(byStem)) starts = starts ? [...starts, byStem] : [byStem];
      const byStemSenses = lower.length > 3 ? atStem?.stems : undefined;
      const single = this.candidates(
        text,
        lower,
        atText?.exact,
        lowerDiffers ? atLower?.exact : undefined,
        byStemSenses,
      );
      record = { text, lower, stem, verb: undefined, starts, single };
      if (this.records.size >= 100_000) this.records.clear();
      this.records.set(text, record);
    }
    return record;
  }

  /** Verbs in a phrase are conjugated ("in aanmerking komt"): the stem of the form without its -t/-d also counts. */
  private verbOf(word: WordRecord): string | null {
    if (word.verb === undefined) {
      const { lower } = word;
      const last = lower.charCodeAt(lower.length - 1);
      word.verb = lower.length > 3 && (last === 116 || last === 100) ? this.stemOf(lower.slice(0, -1)) : null;
    }
    return word.verb;
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
    starts: PhraseList[],
    recordAt: (i: number) => WordRecord | undefined,
    t: number,
    context: (t: number) => ReadonlySet<string>,
  ): TermMatch | null {
    const second = recordAt(t + 1);
    // Most words start no phrase at all; those that do mostly start none with this second word.
    if (!second) return null;
    let found: Phrase[] | undefined;
    for (let s = 0; s < starts.length; s++) {
      const phrases = this.withSecondWord(starts[s] as PhraseList, second);
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
      const entry = phrase.entries.length === 1 ? phrase.entries[0] : this.choose(phrase.entries, t, context);
      if (entry) {
        const last = t + phrase.keys.length - 1;
        return { entry, senses: phrase.entries, first: t, last, inCompound: false };
      }
    }
    return null;
  }

  /** The phrases of a list (in order) whose second word can be this one: lists like "in" hold 200+ phrases. */
  private withSecondWord(list: PhraseList, second: WordRecord): readonly Phrase[] {
    const index = list.bySecond ?? this.indexed(list);
    // Every form sameWord accepts: as written, lower case, stem, and the stem without a verb's -t/-d. Mostly one
    // of them is a second word of the list, or none: its phrases are given as they are (a list never changed). A
    // verb's stem only matches a phrase that compares by stem: a list without one does not need it.
    const { text, lower, stem } = second;
    const verb = list.stemmed ? this.verbOf(second) : null;
    const byText = index.get(text);
    const byLower = lower === text ? undefined : index.get(lower);
    const byStem = stem === text || stem === lower ? undefined : index.get(stem);
    const byVerb = verb === null || verb === text || verb === lower || verb === stem ? undefined : index.get(verb);
    const hits = (byText ? 1 : 0) + (byLower ? 1 : 0) + (byStem ? 1 : 0) + (byVerb ? 1 : 0);
    if (hits === 0) return NO_PHRASES;
    if (hits === 1) return ((byText ?? byLower ?? byStem ?? byVerb) as SecondWordPhrases).phrases;
    const at: number[] = []; // several: their phrases in the order of the list
    for (const hit of [byText, byLower, byStem, byVerb]) if (hit) at.push(...hit.at);
    return at.sort((a, b) => a - b).map((i) => list.phrases[i] as Phrase);
  }

  /** Makes the phrases of a list and their index by second word. */
  private indexed(list: PhraseList): Map<string, SecondWordPhrases> {
    const index = new Map<string, SecondWordPhrases>();
    list.phrases = list.compiled.map(([ids, keys]) => ({ entries: ids.map(this.at), keys }));
    list.stemmed = list.phrases.some(comparesByStem);
    for (const [i, phrase] of list.phrases.entries()) {
      const key = phrase.keys[1] as string;
      const known = index.get(key);
      if (known) {
        known.at.push(i);
        known.phrases.push(phrase);
      } else index.set(key, { at: [i], phrases: [phrase] });
    }
    list.bySecond = index;
    return index;
  }

  /** How a word of the letter compares with a key of a phrase: as written, in lower case, or by stem. */
  private sameWord(word: WordRecord, key: string, entry: LexiconEntry): boolean {
    if (entry.caseSensitive) return word.text === key;
    if (!usesStemming(entry)) return word.lower === key;
    return word.stem === key || this.verbOf(word) === key;
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
    const lower = text.toLowerCase();
    const exact = this.keys.get(text)?.exact;
    const exactLower = text === lower ? undefined : this.keys.get(lower)?.exact;
    const byStem = lower.length > 3 ? this.keys.get(this.stemOf(lower))?.stems : undefined;
    return this.candidates(text, lower, exact, exactLower, byStem);
  }

  /** The other part of a compound is a word: a common word, or a form or stem of the lexicon. */
  private readonly isWord = (part: string): boolean => {
    if (part.length < MIN_REST) return false;
    if (!this.commonWords) return true;
    return (
      this.commonWords.has(part) ||
      this.keys.get(part)?.exact !== undefined ||
      this.keys.get(this.stemOf(part))?.stems !== undefined
    );
  };
}

/** Whether a phrase compares its words by stem (see sameWord). */
function comparesByStem(phrase: Phrase): boolean {
  const rules = phrase.entries[0] as LexiconEntry;
  return !rules.caseSensitive && usesStemming(rules);
}
