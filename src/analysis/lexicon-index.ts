/**
 * Finds lexicon terms in a token stream: inflected forms through the language's stemmer, multi-word terms
 * ("bezwaar aantekenen"), case-sensitive acronyms (OCMW, RVA) and terms inside compounds ("leefloonaanvraag"); of two
 * senses of a word, the one whose context words stand in the sentence.
 * Built once per lexicon; matching is a few map look-ups per word.
 */
import { type LexiconEntry, usesStemming } from "../lexicon/schema.ts";
import type { Grammar } from "./grammar.ts";
import { tokenize } from "./tokenize.ts";
import type { Language, Token } from "./types.ts";

export interface TermMatch {
  entry: LexiconEntry;
  /** Index of the first and last token of the match. */
  first: number;
  last: number;
  /** The match is a part of a compound word. */
  inCompound: boolean;
}

interface WordForms {
  text: string;
  lower: string;
  stem: string;
}

interface Phrase {
  entry: LexiconEntry;
  keys: string[];
}

/** Linking letters between the parts of a Dutch or German compound ("arbeid-s-ongeschiktheid", "Arbeit-s-amt"). */
const LINKS = ["", "s", "e", "en", "es", "n"];
const MIN_COMPOUND_PART = 5;
const MIN_REST = 4;

export class LexiconIndex {
  private readonly exact = new Map<string, LexiconEntry>();
  private readonly stems = new Map<string, LexiconEntry>();
  private readonly phrases = new Map<string, Phrase[]>();
  private readonly compoundParts = new Map<string, LexiconEntry>();
  private readonly stemMemo = new Map<string, string>();
  /** Entries that share a form: the senses of one word ("recours": an appeal, or a claim against a third party). */
  private readonly senses = new Map<LexiconEntry, LexiconEntry[]>();
  private readonly contextStems = new Map<LexiconEntry, string[][]>();

  constructor(
    entries: readonly LexiconEntry[],
    private readonly lang: Language,
    private readonly grammar: Grammar,
    private readonly commonWords?: ReadonlySet<string>,
  ) {
    for (const entry of entries) {
      for (const form of [entry.term, ...entry.variants]) this.add(entry, form);
      if (entry.contextWords?.length)
        this.contextStems.set(
          entry,
          entry.contextWords.map((w) =>
            w
              .toLowerCase()
              .split(/\s+/)
              .map((part) => this.stemOf(part)),
          ),
        );
    }
    for (const list of this.phrases.values()) list.sort((a, b) => b.keys.length - a.keys.length);
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
        this.link(this.exact.get(word), entry);
        this.exact.set(word, entry);
        return;
      }
      const lower = word.toLowerCase();
      this.link(this.exact.get(lower), entry);
      this.exact.set(lower, entry);
      const stemming = usesStemming(entry);
      if (stemming && lower.length > 3) {
        this.link(this.stems.get(this.stemOf(lower)), entry);
        this.stems.set(this.stemOf(lower), entry);
      }
      const compoundable = entry.inCompounds ?? (stemming && lower.length >= 6 && entry.category !== "tone");
      if (compoundable && lower.length >= MIN_COMPOUND_PART && /^\p{L}+$/u.test(lower))
        this.compoundParts.set(lower, entry);
      return;
    }
    const keys = words.map((w) => this.key(w, entry));
    const first = keys[0] as string;
    const list = this.phrases.get(first) ?? [];
    for (const other of list) if (other.keys.join(" ") === keys.join(" ")) this.link(other.entry, entry);
    list.push({ entry, keys });
    this.phrases.set(first, list);
  }

  private link(known: LexiconEntry | undefined, entry: LexiconEntry): void {
    if (!known || known === entry) return;
    for (const [a, b] of [
      [known, entry],
      [entry, known],
    ] as const) {
      const list = this.senses.get(a) ?? [a];
      if (!list.includes(b)) list.push(b);
      this.senses.set(a, list);
    }
  }

  /**
   * The sense that fits the sentence: an entry with context words applies only when one of them (by stem) stands in
   * the same sentence; otherwise the entry without context words, the safe default, is used; with no default, nothing.
   */
  private pickSense(entry: LexiconEntry, sentenceStems: () => ReadonlySet<string>): LexiconEntry | null {
    const candidates = this.senses.get(entry) ?? [entry];
    if (candidates.length === 1 && !this.contextStems.has(entry)) return entry;
    for (const candidate of candidates) {
      const context = this.contextStems.get(candidate);
      if (context?.some((words) => words.every((w) => sentenceStems().has(w)))) return candidate;
    }
    if (!this.contextStems.has(entry)) return entry;
    return candidates.find((c) => !this.contextStems.has(c)) ?? null;
  }

  private stemOf(lower: string): string {
    let stem = this.stemMemo.get(lower);
    if (stem === undefined) {
      stem = this.grammar.stem(lower);
      if (this.stemMemo.size > 100_000) this.stemMemo.clear();
      this.stemMemo.set(lower, stem);
    }
    return stem;
  }

  /** How a word of a phrase is compared: as written (acronyms), in lower case, or by stem. */
  private key(word: string, entry: LexiconEntry): string {
    if (entry.caseSensitive) return word;
    return usesStemming(entry) ? this.stemOf(word.toLowerCase()) : word.toLowerCase();
  }

  /** All term matches, longest first at each position, never overlapping. */
  match(tokens: readonly Token[]): TermMatch[] {
    // Each word's lower case and stem, computed once: phrases look at the same words again and again.
    const forms: (WordForms | undefined)[] = new Array(tokens.length);
    const formsAt = (i: number): WordForms | undefined => {
      const known = forms[i];
      if (known) return known;
      const token = tokens[i];
      if (token?.kind !== "word") return undefined;
      const lower = token.text.toLowerCase();
      const made = { text: token.text, lower, stem: this.stemOf(lower) };
      forms[i] = made;
      return made;
    };
    // The stems of the words of the sentence around a token, for context words.
    const sentenceStems = (t: number) => {
      let stems: Set<string> | undefined;
      return () => {
        if (stems) return stems;
        stems = new Set<string>();
        const end = (i: number) => tokens[i]?.kind === "punct" && /[.!?]/.test(tokens[i]?.text ?? "");
        let from = t;
        while (from > 0 && !end(from - 1)) from--;
        for (let i = from; i < tokens.length && !(i > t && end(i)); i++) {
          const forms = formsAt(i);
          if (forms) stems.add(forms.stem);
        }
        return stems;
      };
    };
    const matches: TermMatch[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const token = tokens[t] as Token;
      if (token.kind !== "word") continue;
      let found: TermMatch | null = this.matchPhrase(formsAt, t);
      if (!found) {
        const single = this.matchWord(token.text);
        found = single ? { ...single, first: t, last: t } : null;
      }
      if (!found) continue;
      const entry = this.pickSense(found.entry, sentenceStems(t));
      if (!entry) continue;
      matches.push({ ...found, entry });
      t = found.last;
    }
    return matches;
  }

  private matchPhrase(formsAt: (i: number) => WordForms | undefined, t: number): TermMatch | null {
    const first = formsAt(t) as WordForms;
    let best: Phrase | undefined;
    for (const list of [this.phrases.get(first.text), this.phrases.get(first.lower), this.phrases.get(first.stem)]) {
      for (const phrase of list ?? []) {
        if (best && best.keys.length >= phrase.keys.length) continue;
        let ok = true;
        for (let k = 0; k < phrase.keys.length && ok; k++) {
          const forms = formsAt(t + k);
          ok = forms !== undefined && this.sameWord(forms, phrase.keys[k] as string, phrase.entry);
        }
        if (ok) best = phrase;
      }
    }
    return best ? { entry: best.entry, first: t, last: t + best.keys.length - 1, inCompound: false } : null;
  }

  /** Verbs in a phrase are conjugated ("in aanmerking komt"): the stem of the form without its -t/-d also counts. */
  private sameWord(word: WordForms, key: string, entry: LexiconEntry): boolean {
    if (entry.caseSensitive) return word.text === key;
    if (!usesStemming(entry)) return word.lower === key;
    if (word.stem === key) return true;
    const lower = word.lower;
    return lower.length > 3 && /[td]$/.test(lower) && this.stemOf(lower.slice(0, -1)) === key;
  }

  private matchWord(text: string): { entry: LexiconEntry; inCompound: boolean } | null {
    const found = this.exact.get(text) ?? this.exact.get(text.toLowerCase());
    if (found) return { entry: found, inCompound: false };
    const lower = text.toLowerCase();
    if (lower.length > 3) {
      const byStem = this.stems.get(this.stemOf(lower));
      if (byStem) return { entry: byStem, inCompound: false };
    }
    // "OCMW-raad", "leefloon-aanvraag": look at the parts of a hyphenated word.
    if (text.includes("-")) {
      for (const part of text.split("-")) {
        const hit = part.length > 1 ? this.matchWord(part) : null;
        if (hit) return { entry: hit.entry, inCompound: true };
      }
      return null;
    }
    const inCompound = this.matchCompound(lower);
    return inCompound ? { entry: inCompound, inCompound: true } : null;
  }

  /** A term as the first or last part of a longer word whose other part is a real word. */
  private matchCompound(lower: string): LexiconEntry | null {
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
