/**
 * Faster scans for patterns that start with a word-edge lookbehind, `(?<![letters])(?:…)`. V8 tries such a
 * lookbehind at every character before it can skip ahead, which makes a scan of a letter two to three times
 * slower than the same pattern without it. Here the pattern runs without its lookbehind, and the character before
 * each match is checked afterwards; a match that fails the check is dropped and the search goes on at the next
 * character, so the matches are exactly those of the whole pattern (tests/analysis/scan.test.ts). It pays for
 * patterns whose body V8 can skip through quickly (the web addresses of contacts.ts); for word lists, which match
 * inside words often, word-starts.ts is the better tool.
 */

interface Split {
  /** The pattern without its leading lookbehind, global. */
  body: RegExp;
  /** The lookbehind's character class, as a pattern for one character; null when the pattern has none to split. */
  edge: RegExp | null;
  unicode: boolean;
}

const splits = new WeakMap<RegExp, Split>();

/** The end of the character class that starts at `from` (just after its "["), or -1. */
function classEnd(source: string, from: number): number {
  for (let i = from; i < source.length; i++) {
    if (source[i] === "\\") i++;
    else if (source[i] === "]") return i;
  }
  return -1;
}

/** True when the source has an alternation at its top level: a leading lookbehind would then cover one branch. */
function hasTopLevelBar(source: string): boolean {
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") {
      const end = classEnd(source, i + 1);
      if (end < 0) return true;
      i = end;
    } else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

function splitOf(re: RegExp): Split {
  let split = splits.get(re);
  if (split) return split;
  const flags = re.flags.replace(/[gy]/g, "");
  const unicode = re.unicode || re.flags.includes("v");
  const source = re.source;
  const end = source.startsWith("(?<![") ? classEnd(source, 5) : -1;
  const rest = end > 0 && source[end + 1] === ")" ? source.slice(end + 2) : null;
  split =
    rest && !hasTopLevelBar(rest)
      ? {
          body: new RegExp(rest, `${flags}g`),
          edge: new RegExp(`^[${source.slice(5, end)}]$`, flags),
          unicode,
        }
      : { body: new RegExp(source, `${flags}g`), edge: null, unicode };
  splits.set(re, split);
  return split;
}

/** The character (code point, for a unicode pattern) that ends at `at`. */
function charBefore(text: string, at: number, unicode: boolean): string {
  const low = text.charCodeAt(at - 1);
  if (unicode && low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(at - 2, at);
  }
  return text[at - 1] as string;
}

/** The index after the character at `at` (a whole surrogate pair, for a unicode pattern). */
function nextIndex(text: string, at: number, unicode: boolean): number {
  const high = text.charCodeAt(at);
  if (unicode && high >= 0xd800 && high <= 0xdbff) {
    const low = text.charCodeAt(at + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return at + 2;
  }
  return at + 1;
}

/** The next match at or after `from`, or null. */
function nextMatch(split: Split, text: string, from: number): RegExpExecArray | null {
  const { body, edge, unicode } = split;
  body.lastIndex = from;
  while (body.lastIndex <= text.length) {
    const m = body.exec(text);
    if (!m) return null;
    if (!edge || m.index === 0 || !edge.test(charBefore(text, m.index, unicode))) return m;
    body.lastIndex = nextIndex(text, m.index, unicode);
  }
  return null;
}

/** Every match of `re` in `text`, as `text.matchAll` with a global copy of `re` gives them. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const split = splitOf(re);
  const found: RegExpExecArray[] = [];
  let from = 0;
  for (let m = nextMatch(split, text, from); m; m = nextMatch(split, text, from)) {
    found.push(m);
    from = m[0].length === 0 ? nextIndex(text, m.index, split.unicode) : m.index + m[0].length;
    if (from > text.length) break;
  }
  return found;
}
