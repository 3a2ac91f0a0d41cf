/**
 * Readability scores per language, mean sentence length, long and uncommon word shares, and a CEFR band estimate
 * that says which measures drove it.
 */

import { CEFR_LIMITS, type CefrLimits, type CefrMeasure } from "./cefr-calibration.ts";
import { commonWordTest, looksLikeGermanName } from "./common-words.ts";
import { inLatinRange, latinCopy } from "./latin-letters.ts";
import type { CefrBand, CefrReason, Language, ReadabilityData, Sentence, Token } from "./types.ts";
import { syllablesOf } from "./word-facts.ts";
import { memoFor } from "./word-memo.ts";

/** What the formulas count. Shares are 0..1. */
export interface TextStats {
  /** Words per sentence. */
  asl: number;
  /** Syllables per word. */
  asw: number;
  /** Words of three syllables or more. */
  polysyllableShare: number;
  /** Words of one syllable. */
  monosyllableShare: number;
  /** Words of more than six letters. */
  longLetterShare: number;
}

interface Formula {
  id: string;
  name: string;
  source: string;
  score(s: TextStats): number;
}

const FLESCH_KINCAID_GRADE: Formula = {
  id: "flesch-kincaid-grade",
  name: "Flesch-Kincaid grade",
  // Kincaid, Fishburne, Rogers & Chissom (1975), Derivation of new readability formulas for Navy enlisted personnel.
  source: "Kincaid et al. 1975",
  score: (s) => 0.39 * s.asl + 11.8 * s.asw - 15.59,
};

/**
 * The formulas of each language. The first is the main reading-ease score (higher is easier) that the CEFR estimate
 * uses; the others are shown beside it (LIX and the Wiener Sachtextformel: higher is harder).
 */
const FORMULAS: Record<Language, Formula[]> = {
  nl: [
    {
      id: "flesch-douma",
      name: "Flesch-Douma",
      // Douma, W.H. (1960), De leesbaarheid van landbouwbladen: Flesch adapted to Dutch word and sentence lengths.
      source: "Douma 1960",
      score: (s) => 206.835 - 0.93 * s.asl - 77 * s.asw,
    },
    {
      id: "brouwer",
      name: "Leesindex Brouwer",
      // Brouwer, R.H.M. (1963), Onderzoek naar de leesmoeilijkheden van Nederlands proza.
      source: "Brouwer 1963",
      score: (s) => 195 - 2 * s.asl - 67 * s.asw,
    },
  ],
  fr: [
    {
      id: "kandel-moles",
      name: "Kandel-Moles",
      // Kandel, L. & Moles, A. (1958), Application de l'indice de Flesch à la langue française.
      source: "Kandel & Moles 1958",
      score: (s) => 207 - 1.015 * s.asl - 73.6 * s.asw,
    },
    {
      id: "lix",
      name: "LIX",
      // Björnsson, C.H. (1968), Läsbarhet. Stockholm: Liber. Words per sentence plus the percentage of words of more
      // than six letters; counts letters, not syllables, so it suits French, whose silent vowels trouble syllable
      // counts. Below 30 very easy, 40 plain, 50 average, 60 hard, above very hard.
      source: "Björnsson 1968",
      score: (s) => s.asl + 100 * s.longLetterShare,
    },
  ],
  de: [
    {
      id: "amstad",
      name: "Flesch-Amstad",
      // Amstad, T. (1978), Wie verständlich sind unsere Zeitungen? (Dissertation, Universität Zürich).
      source: "Amstad 1978",
      score: (s) => 180 - s.asl - 58.5 * s.asw,
    },
    {
      id: "wiener-sachtextformel",
      name: "Wiener Sachtextformel (1)",
      // Bamberger, R. & Vanecek, E. (1984), Lesen – Verstehen – Lernen – Schreiben. Wien: Jugend und Volk. The first
      // formula, for prose: a school grade from 4 (easy) to 15 (very hard). MS: % words of 3+ syllables, SL: words
      // per sentence, IW: % words of more than 6 letters, ES: % words of one syllable.
      source: "Bamberger & Vanecek 1984",
      score: (s) =>
        0.1935 * 100 * s.polysyllableShare +
        0.1672 * s.asl +
        0.1297 * 100 * s.longLetterShare -
        0.0327 * 100 * s.monosyllableShare -
        0.875,
    },
  ],
  en: [
    {
      id: "flesch",
      name: "Flesch Reading Ease",
      // Flesch, R. (1948), A new readability yardstick. Journal of Applied Psychology 32(3).
      source: "Flesch 1948",
      score: (s) => 206.835 - 1.015 * s.asl - 84.6 * s.asw,
    },
    FLESCH_KINCAID_GRADE,
  ],
};

const BANDS: CefrBand[] = ["A2", "B1", "B2", "C1+"];

export interface ReadabilityInput {
  lang: Language;
  tokens: Token[];
  sentences: Sentence[];
  /** Lower-case words with Zipf ≥ 3; absent for a language without a frequency list. */
  commonWords?: ReadonlySet<string>;
  /** Words that are not content words (articles, pronouns …); they never count as uncommon. */
  functionWords: ReadonlySet<string>;
}

/**
 * A word of Latin letters only (ASCII, Latin-1 and Latin Extended-A/B, all \p{L}): most words, which need no
 * pattern to take out what is not a letter.
 */
function onlyLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) continue;
    if (c < 0xc0 || c > 0x24f || c === 0xd7 || c === 0xf7) return false;
  }
  return true;
}

/**
 * What a word as written counts for, in one number: its syllables times eight, plus LONG_LETTERS (more than six
 * letters), COUNTED (vocabulary that is not a function word, in a language with a list of common words: it counts
 * in the uncommon-word share) and UNCOMMON (such a word that is not common).
 */
const LONG_LETTERS = 4;
const COUNTED = 2;
const UNCOMMON = 1;
const NO_COMMON_WORDS: ReadonlySet<string> = new Set();
/**
 * Per function-word list, common-word list and language, what a word as written counts for: letters repeat the same
 * words, so each is worked out once (and the memo is a word memo: it lives minutes at most).
 */
const statsMemo = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlySet<string>, Map<string, Map<string, number>>>>();
const STATS_LIMIT = 50_000;

function statsMemoFor(input: ReadabilityInput): Map<string, number> {
  let byCommon = statsMemo.get(input.functionWords);
  if (!byCommon) {
    byCommon = new WeakMap();
    statsMemo.set(input.functionWords, byCommon);
  }
  return memoFor(byCommon, input.commonWords ?? NO_COMMON_WORDS, input.lang);
}

const NON_LETTERS = /[^\p{L}]/gu;
/** The same for a word of Latin script, without the u flag (dear to compile for some words: see latin-letters.ts). */
const LATIN_NON_LETTERS = latinCopy(NON_LETTERS) as RegExp;

function wordStats(
  text: string,
  lang: Language,
  functionWords: ReadonlySet<string>,
  isCommon: ((lower: string) => boolean) | undefined,
): number {
  const lower = text.toLowerCase();
  const plain = onlyLetters(lower);
  const letters = plain ? lower : lower.replace(inLatinRange(lower) ? LATIN_NON_LETTERS : NON_LETTERS, "");
  // Names, acronyms and codes are not vocabulary: they never count as uncommon words. German nouns have a capital.
  const vocabulary =
    (lang === "de" ? text !== text.toUpperCase() : text[0] === lower[0]) && (plain || !/\d/.test(lower));
  let share = 0;
  if (isCommon && vocabulary && !functionWords.has(lower)) {
    const common = isCommon(lower);
    // A short capitalised German word that is not common is more often a name than a rare noun.
    if (common || lang !== "de" || !looksLikeGermanName(text)) share = COUNTED | (common ? 0 : UNCOMMON);
  }
  return syllablesOf(lang, letters) * 8 + (letters.length > 6 ? LONG_LETTERS : 0) + share;
}

export function measureReadability(input: ReadabilityInput): ReadabilityData {
  const { lang, tokens, commonWords } = input;
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let polysyllables = 0;
  let monosyllables = 0;
  let longLetterWords = 0;
  let contentWords = 0;
  let uncommon = 0;
  const isCommon = commonWords && commonWordTest(lang, commonWords);
  const memo = statsMemoFor(input);
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t] as Token;
    if (token.kind !== "word") continue;
    const text = token.text;
    let known = memo.get(text);
    if (known === undefined) {
      known = wordStats(text, lang, input.functionWords, isCommon);
      if (memo.size >= STATS_LIMIT) memo.clear();
      memo.set(text, known);
    }
    const count = known >> 3;
    words++;
    syllables += count;
    if (count > 3) longWords++;
    if (count >= 3) polysyllables++;
    if (count === 1) monosyllables++;
    if (known & LONG_LETTERS) longLetterWords++;
    if (known & COUNTED) {
      contentWords++;
      if (known & UNCOMMON) uncommon++;
    }
  }
  const sentenceCount = Math.max(1, input.sentences.length);
  const asl = words / sentenceCount;
  const asw = words ? syllables / words : 0;
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
  const share = (n: number) => (words ? n / words : 0);
  const stats: TextStats = {
    asl,
    asw,
    polysyllableShare: share(polysyllables),
    monosyllableShare: share(monosyllables),
    longLetterShare: share(longLetterWords),
  };
  const scores = FORMULAS[lang].map((f) => ({
    id: f.id,
    name: f.name,
    source: f.source,
    value: round(f.score(stats)),
  }));
  const longWordShare = words ? longWords / words : 0;
  const uncommonWordShare = commonWords ? (contentWords ? uncommon / contentWords : 0) : null;
  const readingEase = scores[0]?.value ?? 0;
  const cefr = estimateCefr({
    lang,
    readingEase: words ? readingEase : 100,
    meanSentenceLength: asl,
    longWordShare,
    uncommonWordShare,
  });
  return {
    scores,
    sentences: input.sentences.length,
    words,
    syllables,
    meanSentenceLength: round(asl),
    meanSyllablesPerWord: round(asw, 2),
    longWordShare: round(longWordShare, 3),
    uncommonWordShare: uncommonWordShare === null ? null : round(uncommonWordShare, 3),
    cefr,
  };
}

interface CefrInput {
  lang: Language;
  readingEase: number;
  meanSentenceLength: number;
  longWordShare: number;
  uncommonWordShare: number | null;
}

/** The band a measure votes for, with the language's limits (see cefr-calibration.ts). */
function vote(measure: CefrMeasure, value: number, limits: CefrLimits): number {
  const i =
    measure === "readingEase"
      ? limits.findIndex((limit) => value >= limit)
      : limits.findIndex((limit) => value <= limit);
  return i === -1 ? limits.length : i;
}

/**
 * Each measure votes for a band with the limits calibrated for the language on texts of known level; the estimate
 * is the rounded mean of the votes, but never more than one band below the hardest vote, so one very hard measure
 * (say, 30-word sentences) is not averaged away. The reasons name every measure above B1, the target of
 * plain-language letters, with the language's B1 limit.
 */
function estimateCefr(input: CefrInput): { band: CefrBand; why: CefrReason[] } {
  const limits = CEFR_LIMITS[input.lang];
  const votes: { measure: CefrMeasure; value: number; band: number; b1: number }[] = [];
  for (const measure of ["readingEase", "meanSentenceLength", "longWordShare", "uncommonWordShare"] as const) {
    const value = input[measure];
    const measureLimits = limits[measure];
    if (value === null || !measureLimits) continue;
    votes.push({ measure, value, band: vote(measure, value, measureLimits), b1: measureLimits[1] as number });
  }
  if (votes.length === 0) return { band: "B1", why: [{ id: "allWithinB1", value: 0, band: "B1", limit: 0 }] };
  const mean = votes.reduce((sum, v) => sum + v.band, 0) / votes.length;
  const hardest = Math.max(...votes.map((v) => v.band));
  const band = Math.min(BANDS.length - 1, Math.max(Math.round(mean), hardest - 1));
  const why = votes
    .filter((v) => v.band > 1)
    .sort((a, b) => b.band - a.band)
    .map(
      (v): CefrReason => ({
        id: v.measure,
        value: v.value,
        band: BANDS[v.band] as CefrBand,
        limit: v.b1,
      }),
    );
  if (why.length === 0) why.push({ id: "allWithinB1", value: 0, band: "B1", limit: 0 });
  return { band: BANDS[band] as CefrBand, why };
}
