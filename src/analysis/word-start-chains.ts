/**
 * The word starts of a text chained by a small key (their first letter, or first two: smallKeyOf in
 * word-start-plan.ts), for patterns with few prefixes in a long text: from a key to its first place, and from each
 * place to the next with the same key. The keys are small numbers, so the heads are a plain typed list by key.
 */

export interface Chain {
  /** For each key, the index of its first place, or -1. */
  heads: Int32Array;
  /** From a place to the next with the same key, or -1. */
  next: Int32Array;
}

/** The chain of the places by `keys[i] / per` (rounded down), for keys below `size * per`. */
export function chain(keys: Uint16Array, size: number, per: number): Chain {
  const found: Chain = { heads: new Int32Array(size).fill(-1), next: new Int32Array(keys.length) };
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = ((keys[i] as number) / per) | 0;
    found.next[i] = found.heads[key] as number;
    found.heads[key] = i;
  }
  return found;
}
