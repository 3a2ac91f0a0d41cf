/**
 * Large case-insensitive patterns, rewritten so that V8 compiles them several times faster and they still match
 * exactly the same (tests/analysis/facts/quick-pattern.test.ts). Two things make such a pattern slow to compile
 * (issue 17: tens of milliseconds for the opening hours, the deadlines and the dates, at every start of `klaar`):
 *
 * - The `i` flag. At every branch V8 looks a few characters ahead into each alternative, and for every letter it
 *   meets there it asks ICU for the letter's case variants, again and again. Written out as classes ("[mM][aA]…")
 *   without the flag, the same pattern needs none of that.
 * - Short bounded repeats such as `[ \t]{1,3}` and `(?:…){0,3}`: V8 copies their body once for every count. A
 *   body that can also match nothing, `(?:[ \t]|(?!)){1,3}` (the second branch never matches), is compiled as one
 *   loop with a counter instead; what it matches is the same.
 *
 * The rewrite reads the pattern syntax the fact patterns use: no `v` flag, no numbered backreferences, and a named
 * backreference only to a group without letters. With the `u` flag, where `i` compares by Unicode case folding, also
 * no \p{…}, \b or \w, and only letters below U+0250. Anything else throws.
 */

/**
 * The letter V8 compares a letter by under the `i` flag without `u` (ECMAScript Canonicalize): its upper case when
 * that is one character, except that a letter outside ASCII never becomes an ASCII one ("ſ" is no "S").
 */
function canonical(c: string): string {
  const upper = c.toUpperCase();
  if (upper.length !== 1) return c;
  return c.charCodeAt(0) >= 128 && upper.charCodeAt(0) < 128 ? c : upper;
}

import { LETTER } from "./pattern.ts";
import { prebuilt, textKey } from "./prebuilt.ts";

/**
 * The characters that are neither the canonical letter nor its lower case, yet have one ("µ", "ǅ", "ς", "ϐ", "ẛ"):
 * all of them in Node 20's Unicode (the test checks every character).
 */
const ODD = [
  0xb5, 0x1c5, 0x1c8, 0x1cb, 0x1f2, 0x345, 0x3c2, 0x3d0, 0x3d1, 0x3d5, 0x3d6, 0x3f0, 0x3f1, 0x3f5, 0x1c80, 0x1c81,
  0x1c82, 0x1c83, 0x1c84, 0x1c85, 0x1c86, 0x1c87, 0x1c88, 0x1e9b, 0x1fbe,
];
let oddByCanonical: Map<string, number[]> | undefined;

const variantsOf = new Map<number, number[]>();

/** The characters the `i` flag lets a character match: those with the same canonical letter. */
function variants(code: number): number[] {
  let found = variantsOf.get(code);
  if (!found) {
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) found = [code & ~32, code | 32];
    else {
      const c = String.fromCharCode(code);
      const key = canonical(c);
      const set = new Set([code]);
      // The others are its lower and upper case, or those of its canonical letter ("µ" → "Μ" → "μ").
      for (const other of [c.toLowerCase(), c.toUpperCase(), key, key.toLowerCase()]) {
        if (other.length === 1 && canonical(other) === key) set.add(other.charCodeAt(0));
      }
      if (!oddByCanonical) {
        oddByCanonical = new Map();
        for (const odd of ODD) {
          const k = canonical(String.fromCharCode(odd));
          oddByCanonical.set(k, [...(oddByCanonical.get(k) ?? []), odd]);
        }
      }
      for (const odd of oddByCanonical.get(key) ?? []) set.add(odd);
      found = [...set].sort((a, b) => a - b);
    }
    variantsOf.set(code, found);
  }
  return found;
}

/**
 * With the `u` flag as well, `i` compares by Unicode case folding, which also pairs these (for every character below
 * U+0250; the test checks them all): "K" (Kelvin) with "k", "ſ" with "s", "Å" (Ångström) with "å", "ẞ" with "ß".
 */
const FOLDED: [number, number[]][] = [
  [0x4b, [0x212a]],
  [0x6b, [0x212a]],
  [0x212a, [0x4b, 0x6b]],
  [0x53, [0x17f]],
  [0x73, [0x17f]],
  [0x17f, [0x53, 0x73]],
  [0xc5, [0x212b]],
  [0xe5, [0x212b]],
  [0x212b, [0xc5, 0xe5]],
  [0xdf, [0x1e9e]],
  [0x1e9e, [0xdf]],
];
const foldedOf = new Map(FOLDED);
const unicodeVariantsOf = new Map<number, number[]>();

/** The characters `i` with `u` lets a character match; only known below U+0250 (and for the pairs above). */
function unicodeVariants(code: number): number[] {
  let found = unicodeVariantsOf.get(code);
  if (!found) {
    const plain = variants(code);
    const folded = foldedOf.get(code);
    if (code >= 0x250 && plain.length > 1 && !folded) {
      throw new Error(`quickPattern: no case variants known for U+${code.toString(16)} with the u flag`);
    }
    found = folded ? [...new Set([...plain, ...folded])].sort((a, b) => a - b) : plain;
    unicodeVariantsOf.set(code, found);
  }
  return found;
}

/**
 * What the `i` flag adds to a class with all of LETTER (pattern.ts): the letters outside it whose case variant is
 * in it ("ɓ" for "Ɓ", "ⱥ" for "Ⱥ"). Written out, as working it out costs a few milliseconds at every start.
 */
const LETTER_VARIANTS = String.raw`\u0253\u0254\u0256\u0257\u0259\u025B\u0260\u0263\u0268\u0269\u026F\u0272\u0275\u0280\u0283\u0288\u0289\u028A\u028B\u028C\u0292\u2C65\u2C66\u2C7E\u2C7F\uA7DC`;
/** The same with the `u` flag: also "ẞ", "K" and "Å" ("ſ" is in LETTER). */
const LETTER_UNICODE_VARIANTS = String.raw`\u0253\u0254\u0256\u0257\u0259\u025B\u0260\u0263\u0268\u0269\u026F\u0272\u0275\u0280\u0283\u0288\u0289\u028A\u028B\u028C\u0292\u1E9E\u212A\u212B\u2C65\u2C66\u2C7E\u2C7F\uA7DC`;

const hex = (code: number) => `\\u${code.toString(16).toUpperCase().padStart(4, "0")}`;
/** Characters with a meaning of their own in a pattern, outside and inside [ ]. */
const SYNTAX = "\\^$.*+?()[]{}|/";
const CLASS_SYNTAX = "\\]^[-";
/** A character written for use inside [ ]. */
const inClass = (code: number) =>
  code >= 32 && code < 127
    ? (CLASS_SYNTAX.includes(String.fromCharCode(code)) ? "\\" : "") + String.fromCharCode(code)
    : hex(code);

const caseClasses = new Map<number, string>();
/**
 * A single character as a pattern that matches it and its case variants (with the `u` flag: `unicode`); for a text
 * folded by foldText (`folded`), the one character all of them fold to.
 */
function caseClass(code: number, unicode: boolean, folded = false): string {
  const key = folded ? code + 0x20000 : unicode ? code + 0x10000 : code;
  let text = caseClasses.get(key);
  if (text === undefined) {
    const all = folded ? [canonicalCode(code)] : unicode ? unicodeVariants(code) : variants(code);
    const c = String.fromCharCode(all[0] as number);
    text = all.length > 1 ? `[${all.map(inClass).join("")}]` : SYNTAX.includes(c) ? `\\${c}` : c;
    caseClasses.set(key, text);
  }
  return text;
}

/** The character the `i` flag (without `u`) compares `code` by: two match when theirs are the same. */
export function canonicalCode(code: number): number {
  return canonical(String.fromCharCode(code)).charCodeAt(0);
}

const CONTROL: Record<string, number> = { t: 9, n: 10, r: 13, f: 12, v: 11, "0": 0 };
const isAlphanumeric = (c: string) => (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9");

/** One escaped character (`\u00A0`, `\t`, `\.`) as a character code; null for a class escape (`\s`, `\d`, `\w`). */
function escapedCode(source: string, at: number): { code: number | null; end: number } {
  const c = source[at + 1] as string;
  if (c === "u") return { code: Number.parseInt(source.slice(at + 2, at + 6), 16), end: at + 6 };
  if (c === "x") return { code: Number.parseInt(source.slice(at + 2, at + 4), 16), end: at + 4 };
  if ("sSdDwW".includes(c)) return { code: null, end: at + 2 };
  const control = CONTROL[c];
  if (control !== undefined) return { code: control, end: at + 2 };
  if (isAlphanumeric(c)) throw new Error(`quickPattern: unsupported escape \\${c}`);
  return { code: c.charCodeAt(0), end: at + 2 };
}

/** The character ranges of a class's content (without LETTER); class escapes (`\s`) add none. */
function rangesOf(content: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let i = 0; i < content.length; ) {
    let from: number | null;
    if (content[i] === "\\") {
      const e = escapedCode(content, i);
      from = e.code;
      i = e.end;
    } else from = content.charCodeAt(i++);
    if (from === null) continue;
    let to = from;
    if (content[i] === "-" && i + 1 < content.length) {
      if (content[i + 1] === "\\") {
        const e = escapedCode(content, i + 1);
        if (e.code === null) throw new Error("quickPattern: a range ends in a class escape");
        to = e.code;
        i = e.end;
      } else {
        to = content.charCodeAt(i + 1);
        i += 2;
      }
    }
    ranges.push([from, to]);
  }
  return ranges;
}

const LETTER_RANGES: [number, number][] = [
  [65, 90],
  [97, 122],
  [0xc0, 0xd6],
  [0xd8, 0xf6],
  [0xf8, 0x24f],
];

const closedClasses = new Map<string, string>();

/** A class `[…]` (from `at`) with the case variants of its letters added; and where it ends. */
function closeClass(source: string, at: number, unicode = false): { text: string; end: number } {
  let end = at + 1;
  if (source[end] === "^") end++;
  if (source[end] === "]") end++;
  while (source[end] !== "]") {
    if (end >= source.length) throw new Error("quickPattern: unclosed class");
    end += source[end] === "\\" ? 2 : 1;
  }
  const text = source.slice(at, end + 1);
  let closed = closedClasses.get(unicode ? `u${text}` : text);
  if (closed === undefined) {
    const negated = text[1] === "^";
    // With `i` and `u`, \w and \W also hold "ſ" and "K" (Kelvin).
    if (unicode && /\\[wW]/.test(text)) throw new Error("quickPattern: \\w in a class with the u flag");
    let content = text.slice(negated ? 2 : 1, -1);
    // All of LETTER: its variants are known (LETTER_VARIANTS); those of the rest are worked out.
    const letters = content.includes(LETTER);
    if (letters) content = content.replace(LETTER, "");
    const own = rangesOf(content);
    const all = letters ? [...LETTER_RANGES, ...own] : own;
    const inside = (code: number) => all.some(([from, to]) => from <= code && code <= to);
    const extra = new Set<number>();
    for (const [from, to] of own) {
      for (let code = from; code <= to; code++) {
        for (const v of unicode ? unicodeVariants(code) : variants(code)) if (!inside(v)) extra.add(v);
      }
    }
    const added = [...extra]
      .sort((a, b) => a - b)
      .map(inClass)
      .join("");
    const lettersAdded = letters ? (unicode ? LETTER_UNICODE_VARIANTS : LETTER_VARIANTS) : "";
    closed = `${text.slice(0, -1)}${lettersAdded}${added}]`;
    closedClasses.set(unicode ? `u${text}` : text, closed);
  }
  return { text: closed, end: end + 1 };
}

/** The source of the group that opens at `at`, to its closing parenthesis. */
function groupAt(source: string, at: number): string {
  let depth = 0;
  for (let i = at; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") i++;
    else if (c === "[") i = closeClass(source, i).end - 1;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return source.slice(at, i + 1);
  }
  throw new Error("quickPattern: unclosed group");
}

/**
 * The pieces of a pattern, for a quick pass over it: an escape, a class, the start of a group (with its name), the
 * end of a group, a counted repeat, a run of ASCII letters, or any other character.
 */
const PIECES =
  /(\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|k<\w+>|[\s\S])|\[\^?\]?(?:\\[\s\S]|[^\]\\])*\]|\((?:\?(?:<[A-Za-z_]\w*>|<[=!]|[:=!]))?|\{\d+(?:,\d*)?\}|[A-Za-z]+|[\s\S])/;
const BOUNDS = /^\{(\d+),(\d+)\}$/;

const runs = new Map<string, string>();
/** A run of ASCII letters, each as a class of its case variants. */
function caseRun(run: string, unicode: boolean, folded = false): string {
  // A run holds only letters: "\u0000" and "\u0001" keep the kinds of keys apart.
  const key = folded ? `\u0001${run}` : unicode ? `\u0000${run}` : run;
  let text = runs.get(key);
  if (text === undefined) {
    text = "";
    for (let i = 0; i < run.length; i++) text += caseClass(run.charCodeAt(i), unicode, folded);
    runs.set(key, text);
  }
  return text;
}

/**
 * The source rewritten as described above: without the need of the `i` flag when `caseless`, and with its short
 * bounded repeats as loops.
 */
export function quickSource(source: string, caseless: boolean, unicode = false, folded = false): string {
  if (folded && (!caseless || unicode))
    throw new Error("quickPattern: a folded pattern is case-insensitive, without u");
  const out: string[] = [];
  /** Where the last atom (character, class or group) starts in `out`. */
  let atom = 0;
  const groups: number[] = [];
  // One split: every other element is a piece (the others are empty).
  const pieces = source.split(PIECES);
  for (let k = 1; k < pieces.length; k += 2) {
    const piece = pieces[k] as string;
    const c = piece[0] as string;
    if (c === "\\") {
      atom = out.length;
      const next = piece[1] as string;
      if (next === "k") {
        const name = piece.slice(3, -1);
        const group = groupAt(source, source.indexOf(`(?<${name}>`));
        if (caseless && /[A-Za-z\u00C0-\uFFFF]|\\[wWu]/.test(group.slice(name.length + 4))) {
          throw new Error(`quickPattern: a backreference to a group with letters (${name})`);
        }
        out.push(piece);
      } else if (next >= "1" && next <= "9") throw new Error("quickPattern: numbered backreference");
      else if (caseless && unicode && "bBwWpPu".includes(next) && !/^\\u[0-9A-Fa-f]{4}$/.test(piece)) {
        // With `u`, `i` changes \b and \w ("ſ", "K") and \p, and \u{…} is a code point: not rewritten.
        throw new Error(`quickPattern: ${piece} with the u and i flags`);
      } else if (!caseless || next === "b" || next === "B") out.push(piece);
      else {
        const code = escapedCode(piece, 0).code;
        out.push(code === null ? piece : caseClass(code, unicode, folded));
      }
    } else if (c === "[") {
      atom = out.length;
      out.push(caseless ? closeClass(piece, 0, unicode).text : piece);
    } else if (c === "(") {
      groups.push(out.length);
      out.push(piece);
    } else if (c === ")") {
      atom = groups.pop() ?? 0;
      out.push(c);
    } else if (c === "{" && piece.length > 1) {
      const bounds = BOUNDS.exec(piece);
      // A short bounded repeat, as a loop: its body can also match nothing (and then the repeat stops).
      if (bounds && Number(bounds[2]) <= 3 && Number(bounds[2]) - Number(bounds[1]) >= 2) {
        out[atom] = `(?:${out[atom]}`;
        out.push("|(?!))");
      }
      out.push(piece);
    } else if (piece.length > 1 || (c >= "A" && c <= "Z") || (c >= "a" && c <= "z")) {
      // A run of letters: a repeat after it repeats its last letter.
      if (piece.length > 1) out.push(caseless ? caseRun(piece.slice(0, -1), unicode, folded) : piece.slice(0, -1));
      atom = out.length;
      const last = piece.slice(-1);
      out.push(caseless ? caseRun(last, unicode, folded) : last);
    } else {
      const syntax = "|?*+^$.".includes(c);
      if (!syntax) atom = out.length;
      out.push(caseless && !syntax ? caseClass(c.charCodeAt(0), unicode, folded) : c);
    }
  }
  return out.join("");
}

/**
 * The textKey (prebuilt.ts) of each source that quickSourceOf gave, by that source: what word-start-plan.ts names the
 * plan of such a pattern by. A look-up here hashes the source in V8's own code, where textKey reads it character by
 * character (some milliseconds over the analysis's long patterns at a start of `klaar`, before V8 optimises it).
 */
export const quickSourceKeys = new Map<string, string>();

/** The source of quickPattern(source, flags), for a pattern that is put together with other parts. */
export function quickSourceOf(source: string, flags: string): string {
  if (flags.includes("v")) throw new Error("quickPattern: the v flag is not supported");
  const caseless = flags.includes("i");
  const unicode = flags.includes("u");
  // Worked out when the command line is bundled (prebuilt.ts): the source, a NUL and its textKey (which holds none).
  const made = prebuilt(`quickSource\u0000${caseless}\u0000${unicode}\u0000${source}`, () => {
    const quick = quickSource(source, caseless, unicode);
    return `${quick}\u0000${textKey(quick)}`;
  });
  const cut = made.lastIndexOf("\u0000");
  const quick = made.slice(0, cut);
  quickSourceKeys.set(quick, made.slice(cut + 1));
  return quick;
}

/**
 * The pattern `new RegExp(source, flags)`, written for a quick compile (see above): the same matches, groups and
 * flags, except that the `i` flag is replaced by case classes.
 */
export function quickPattern(source: string, flags: string): RegExp {
  return new RegExp(quickSourceOf(source, flags), flags.replace("i", ""));
}
