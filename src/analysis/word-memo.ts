/**
 * Memos of what single written words count for (syllables, stems, common or not, what a rule's word test says):
 * letters repeat their words, and most words of one letter come back in the next ("uw", "aanvraag", "beslissing").
 * Letters are personal data and a word may be a name, so the memos are short-lived, like an explained letter: they
 * are emptied when an analysis ends and the memos are older than `WORD_MEMO_MINUTES`, and by a timer when no other
 * analysis comes in that time (an idle worker keeps nothing). They are never written anywhere.
 */
const memos = new Set<Map<unknown, unknown>>();
/** How long the words of a letter may stay in the memos at most (explained letters themselves stay 30 minutes). */
export const WORD_MEMO_MINUTES = 10;
let filledSince = Date.now();
/** Empties the memos when no analysis ends in time to do it (unref'd: it never keeps a process alive). */
let idleTimer: ReturnType<typeof setTimeout> | undefined;

/** A new memo, emptied with all the others. */
export function wordMemo<K, V>(): Map<K, V> {
  const memo = new Map<K, V>();
  memos.add(memo as Map<unknown, unknown>);
  return memo;
}

/** Empties every word memo now (the bench uses it to measure letters whose words are all new). */
export function forgetWords(): void {
  for (const memo of memos) memo.clear();
  filledSince = Date.now();
  clearTimeout(idleTimer);
  idleTimer = undefined;
}

/**
 * Called when an analysis ends: empties the memos once they are older than `WORD_MEMO_MINUTES`, and otherwise makes
 * sure a timer empties them by then.
 */
export function forgetOldWords(now = Date.now()): void {
  const left = filledSince + WORD_MEMO_MINUTES * 60_000 - now;
  if (left <= 0) forgetWords();
  else if (!idleTimer) {
    idleTimer = setTimeout(forgetWords, left);
    idleTimer.unref?.();
  }
}

/** What `work` gives for `word`: from `memo` when it was worked out before (a memo at `limit` words starts again). */
export function remembered<V>(memo: Map<string, V>, word: string, limit: number, work: (word: string) => V): V {
  let value = memo.get(word);
  if (value === undefined) {
    value = work(word);
    if (memo.size >= limit) memo.clear();
    memo.set(word, value);
  }
  return value;
}

/** The word memo of one word list (or pattern) and one language in `table`, made on first use. */
export function memoFor<K extends object, V>(
  table: WeakMap<K, Map<string, Map<string, V>>>,
  key: K,
  lang: string,
): Map<string, V> {
  let byLang = table.get(key);
  if (!byLang) {
    byLang = new Map();
    table.set(key, byLang);
  }
  let memo = byLang.get(lang);
  if (!memo) {
    memo = wordMemo();
    byLang.set(lang, memo);
  }
  return memo;
}
