/**
 * Readability scores per language, mean sentence length, long and uncommon word shares, and a CEFR band estimate
 * that says which measures drove it.
 */
import { isCommonWord, looksLikeGermanName } from "./common-words.ts";
import { readabilityReason } from "./messages.ts";
import { countSyllables } from "./syllables.ts";
import type { CefrBand, Language, Readability, Sentence, Token } from "./types.ts";

interface Formula {
  id: string;
  name: string;
  source: string;
  /** asl = words per sentence, asw = syllables per word. */
  score(asl: number, asw: number): number;
}

const FLESCH_KINCAID_GRADE: Formula = {
  id: "flesch-kincaid-grade",
  name: "Flesch-Kincaid grade",
  // Kincaid, Fishburne, Rogers & Chissom (1975), Derivation of new readability formulas for Navy enlisted personnel.
  source: "Kincaid et al. 1975",
  score: (asl, asw) => 0.39 * asl + 11.8 * asw - 15.59,
};

/** The first formula of each language is the main reading-ease score (higher is easier). */
const FORMULAS: Record<Language, Formula[]> = {
  nl: [
    {
      id: "flesch-douma",
      name: "Flesch-Douma",
      // Douma, W.H. (1960), De leesbaarheid van landbouwbladen: Flesch adapted to Dutch word and sentence lengths.
      source: "Douma 1960",
      score: (asl, asw) => 206.835 - 0.93 * asl - 77 * asw,
    },
    {
      id: "brouwer",
      name: "Leesindex Brouwer",
      // Brouwer, R.H.M. (1963), Onderzoek naar de leesmoeilijkheden van Nederlands proza.
      source: "Brouwer 1963",
      score: (asl, asw) => 195 - 2 * asl - 67 * asw,
    },
  ],
  fr: [
    {
      id: "kandel-moles",
      name: "Kandel-Moles",
      // Kandel, L. & Moles, A. (1958), Application de l'indice de Flesch à la langue française.
      source: "Kandel & Moles 1958",
      score: (asl, asw) => 207 - 1.015 * asl - 73.6 * asw,
    },
  ],
  de: [
    {
      id: "amstad",
      name: "Flesch-Amstad",
      // Amstad, T. (1978), Wie verständlich sind unsere Zeitungen? (Dissertation, Universität Zürich).
      source: "Amstad 1978",
      score: (asl, asw) => 180 - asl - 58.5 * asw,
    },
  ],
  en: [
    {
      id: "flesch",
      name: "Flesch Reading Ease",
      // Flesch, R. (1948), A new readability yardstick. Journal of Applied Psychology 32(3).
      source: "Flesch 1948",
      score: (asl, asw) => 206.835 - 1.015 * asl - 84.6 * asw,
    },
    FLESCH_KINCAID_GRADE,
  ],
};

const BANDS: CefrBand[] = ["A2", "B1", "B2", "C1+"];

/**
 * Upper limits per band (A2, B1, B2; above is C1+). Reading-ease limits are lower limits (higher is easier).
 * The limits follow the usual reading-ease tables (60–70 "plain", 50–60 "fairly difficult") and the B1 writing
 * guides (sentences of 15 words at most on average); the uncommon-word limits follow LiNT-II's level texts.
 */
const LIMITS = {
  readingEase: [70, 60, 45],
  meanSentenceLength: [11, 15, 20],
  longWordShare: [0.08, 0.13, 0.19],
  uncommonWordShare: [0.04, 0.08, 0.14],
};

export interface ReadabilityInput {
  lang: Language;
  messageLang: Language;
  tokens: Token[];
  sentences: Sentence[];
  /** Lower-case words with Zipf ≥ 3; absent for a language without a frequency list. */
  commonWords?: ReadonlySet<string>;
  /** Words that are not content words (articles, pronouns …); they never count as uncommon. */
  functionWords: ReadonlySet<string>;
}

export function measureReadability(input: ReadabilityInput): Readability {
  const { lang, tokens, commonWords } = input;
  let words = 0;
  let syllables = 0;
  let longWords = 0;
  let contentWords = 0;
  let uncommon = 0;
  for (const token of tokens) {
    if (token.kind !== "word") continue;
    const lower = token.text.toLowerCase();
    const count = countSyllables(lower.replace(/[^\p{L}]/gu, ""), lang);
    words++;
    syllables += count;
    if (count > 3) longWords++;
    // Names, acronyms and codes are not vocabulary: they never count as uncommon words. German nouns have a capital.
    const vocabulary =
      (lang === "de" ? token.text !== token.text.toUpperCase() : token.text[0] === lower[0]) && !/\d/.test(lower);
    if (commonWords && vocabulary && !input.functionWords.has(lower)) {
      const common = isCommonWord(lower, lang, commonWords);
      if (!common && lang === "de" && looksLikeGermanName(token.text)) continue;
      contentWords++;
      if (!common) uncommon++;
    }
  }
  const sentenceCount = Math.max(1, input.sentences.length);
  const asl = words / sentenceCount;
  const asw = words ? syllables / words : 0;
  const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
  const scores = FORMULAS[lang].map((f) => ({
    id: f.id,
    name: f.name,
    source: f.source,
    value: round(f.score(asl, asw)),
  }));
  const longWordShare = words ? longWords / words : 0;
  const uncommonWordShare = commonWords ? (contentWords ? uncommon / contentWords : 0) : null;
  const readingEase = scores[0]?.value ?? 0;
  const cefr = estimateCefr({
    readingEase: words ? readingEase : 100,
    meanSentenceLength: asl,
    longWordShare,
    uncommonWordShare,
    messageLang: input.messageLang,
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
  readingEase: number;
  meanSentenceLength: number;
  longWordShare: number;
  uncommonWordShare: number | null;
  messageLang: Language;
}

/**
 * Each measure votes for a band; the estimate is the rounded mean of the votes, but never more than one band below
 * the hardest vote, so one very hard measure (say, 30-word sentences) is not averaged away. The reasons name every
 * measure above B1, the target of plain-language letters.
 */
function estimateCefr(input: CefrInput): { band: CefrBand; reasons: string[] } {
  const votes: { measure: keyof typeof LIMITS; value: number; band: number }[] = [];
  const upTo = (value: number, limits: number[]) => {
    const i = limits.findIndex((limit) => value <= limit);
    return i === -1 ? limits.length : i;
  };
  const atLeast = (value: number, limits: number[]) => {
    const i = limits.findIndex((limit) => value >= limit);
    return i === -1 ? limits.length : i;
  };
  votes.push({
    measure: "readingEase",
    value: input.readingEase,
    band: atLeast(input.readingEase, LIMITS.readingEase),
  });
  votes.push({
    measure: "meanSentenceLength",
    value: input.meanSentenceLength,
    band: upTo(input.meanSentenceLength, LIMITS.meanSentenceLength),
  });
  votes.push({
    measure: "longWordShare",
    value: input.longWordShare,
    band: upTo(input.longWordShare, LIMITS.longWordShare),
  });
  if (input.uncommonWordShare !== null) {
    votes.push({
      measure: "uncommonWordShare",
      value: input.uncommonWordShare,
      band: upTo(input.uncommonWordShare, LIMITS.uncommonWordShare),
    });
  }
  const mean = votes.reduce((sum, v) => sum + v.band, 0) / votes.length;
  const hardest = Math.max(...votes.map((v) => v.band));
  const band = Math.min(BANDS.length - 1, Math.max(Math.round(mean), hardest - 1));
  const reasons = votes
    .filter((v) => v.band > 1)
    .sort((a, b) => b.band - a.band)
    .map((v) =>
      readabilityReason(
        input.messageLang,
        v.measure,
        v.value,
        BANDS[v.band] as CefrBand,
        LIMITS[v.measure][1] as number,
      ),
    );
  if (reasons.length === 0) reasons.push(readabilityReason(input.messageLang, "allWithinB1", 0, "B1", 0));
  return { band: BANDS[band] as CefrBand, reasons };
}
