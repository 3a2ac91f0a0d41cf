/**
 * How long espeak-ng takes to say an SSML script at 145 words a minute, estimated without running it (the scripts are
 * made in the analysis worker, before any audio). The estimate counts syllables (vowel groups; a spelled capital
 * letter or a digit is one), said slower inside <prosody rate="slow"> (espeak-ng: 80 %), plus the breaks and a pause
 * per comma and per sentence. The weights are fitted on the corpus letters' essentials tracks against soxi
 * (`npx tsx bench/run.ts audio-corpus` prints both).
 */

export interface SpokenFeatures {
  /** Syllables at the normal rate. */
  syllables: number;
  /** Syllables inside <prosody rate="slow">. */
  slowSyllables: number;
  /** Seconds of <break>. */
  breaks: number;
  /** Commas, colons and semicolons (a short pause each). */
  commas: number;
  /** Sentence ends and <s>/<p> boundaries. */
  sentences: number;
}

/** Seconds per syllable at 145 words a minute, per language (others: the mean), and per pause. */
const SYLLABLE: Record<string, number> = { nl: 0.251, fr: 0.181, de: 0.254, en: 0.238 };
const SYLLABLE_OTHER = 0.23;
const SLOW = 1 / 0.8;
/** Fitted to about 0: espeak-ng's pause at a comma is short next to the breaks around values. */
const COMMA = 0;
const SENTENCE = 0.33;

const VOWELS = /[aeiouyàáâäæèéêëìíîïòóôöœùúûüÿ\u0600-\u06ff\u0400-\u04ff]+/giu;

function syllablesOf(text: string): number {
  let n = 0;
  for (const word of text.split(/[\s/-]+/)) {
    if (!word) continue;
    if (/^\p{Lu}$/u.test(word)) n += 1;
    // A number: one syllable for a digit alone, about two a digit in a longer number ("zweihundertneunundzwanzig").
    else if (/\d/.test(word)) for (const d of word.match(/\d+/g) ?? []) n += d.length === 1 ? 1 : 2 * d.length;
    else n += (word.match(VOWELS) ?? []).length || (/\p{L}/u.test(word) ? 1 : 0);
  }
  return n;
}

const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export function spokenFeatures(ssml: string): SpokenFeatures {
  const f: SpokenFeatures = { syllables: 0, slowSyllables: 0, breaks: 0, commas: 0, sentences: 0 };
  let slow = 0;
  for (const piece of ssml.split(/(<[^>]+>)/)) {
    if (piece.startsWith("<")) {
      const pause = /^<break\s+time="(\d+)(m?s)"/.exec(piece);
      if (pause) f.breaks += Number(pause[1]) / (pause[2] === "ms" ? 1000 : 1);
      else if (/^<prosody\s+rate="(x-)?slow"/.test(piece)) slow++;
      else if (piece === "</prosody>" && slow > 0) slow--;
      else if (/^<\/(s|p)>$/.test(piece)) f.sentences++;
      continue;
    }
    const text = unescapeXml(piece);
    if (slow) f.slowSyllables += syllablesOf(text);
    else f.syllables += syllablesOf(text);
    f.commas += (text.match(/[,;:]/g) ?? []).length;
    f.sentences += (text.match(/[.!?](\s|$)/g) ?? []).length;
  }
  return f;
}

/** Seconds that espeak-ng takes to say `ssml` at the default rate (145 words a minute). */
export function estimateSeconds(ssml: string, lang: string): number {
  const f = spokenFeatures(ssml);
  const syllable = SYLLABLE[lang] ?? SYLLABLE_OTHER;
  return syllable * (f.syllables + SLOW * f.slowSyllables) + f.breaks + COMMA * f.commas + SENTENCE * f.sentences;
}
