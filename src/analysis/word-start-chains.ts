/**
 * The word starts of a text chained by a key (their first letter, or first two: word-starts.ts), for patterns with
 * few prefixes in a long text: from a key to its first place, and from each place to the next with the same key.
 */

/**
 * For each key, the index of its first place (`headOf`); `next` leads from a place to the next with the same key, or
 * -1. The heads are an open-addressing table in typed lists: `keys` (key + 1, 0 for a free slot) and `heads`.
 */
export interface Chain {
  keys: Int32Array;
  heads: Int32Array;
  next: Int32Array;
}

/** The slot of `key` in a chain's table: where it is, or the free slot where it would go. */
function slotOf(keys: Int32Array, key: number): number {
  const mask = keys.length - 1;
  let slot = Math.imul(key, 0x9e3779b1) >>> 0;
  for (;;) {
    slot &= mask;
    const stored = keys[slot] as number;
    if (stored === 0 || stored === key + 1) return slot;
    slot++;
  }
}

/** The index of the first place with `key`, or -1. */
export function headOf(chain: Chain, key: number): number {
  const slot = slotOf(chain.keys, key);
  return chain.keys[slot] === 0 ? -1 : (chain.heads[slot] as number);
}
export function chain(keys: ArrayLike<number>): Chain {
  let size = 16;
  while (size < keys.length * 2) size *= 2;
  const chain: Chain = { keys: new Int32Array(size), heads: new Int32Array(size), next: new Int32Array(keys.length) };
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i] as number;
    const slot = slotOf(chain.keys, key);
    if (chain.keys[slot] === 0) {
      chain.keys[slot] = key + 1;
      chain.next[i] = -1;
    } else chain.next[i] = chain.heads[slot] as number;
    chain.heads[slot] = i;
  }
  return chain;
}
