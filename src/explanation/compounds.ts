/**
 * Long Dutch compounds split at their parts for reading: "arbeids·ongeschiktheids·uitkering". The splits come from
 * LiNT-II's noun data (lexicon/data/nl-compounds.tsv), applied recursively to both parts.
 */
export type CompoundSplits = ReadonlyMap<string, readonly [modifierEnd: number, headStart: number]>;

export const READING_DOT = "·";
const MIN_LENGTH = 12;

function parts(lower: string, splits: CompoundSplits, depth: number): number[] {
  const split = splits.get(lower);
  if (!split || depth > 4) return [];
  const [modifierEnd, headStart] = split;
  // Break points inside the modifier (without its linking letters) and inside the head.
  const inModifier = parts(lower.slice(0, modifierEnd), splits, depth + 1);
  const inHead = parts(lower.slice(headStart), splits, depth + 1).map((p) => p + headStart);
  return [...inModifier, headStart, ...inHead];
}

/** The word with reading dots between its parts, or null when it is short or not a known compound. */
export function splitForReading(word: string, splits: CompoundSplits): string | null {
  if (word.length < MIN_LENGTH) return null;
  const points = parts(word.toLowerCase(), splits, 0);
  if (points.length === 0) return null;
  let out = "";
  let from = 0;
  for (const p of points) {
    out += `${word.slice(from, p)}${READING_DOT}`;
    from = p;
  }
  return out + word.slice(from);
}
