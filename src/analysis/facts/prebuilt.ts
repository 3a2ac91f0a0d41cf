/**
 * Text that the analysis works out from its own constants when its modules load (patterns rewritten for a quick
 * compile, word trees): the same at every start. When the command line is bundled, scripts/bundle-cli.mjs works it
 * out once and puts it in the bundle as KLAAR_PREBUILT, so that a start of `klaar` skips that work (milliseconds of
 * interpreted code). Elsewhere (the server, the tests), or for a key that is not in it, it is worked out here.
 */
declare const KLAAR_PREBUILT: Record<string, string> | undefined;
const PREBUILT: Record<string, string> = typeof KLAAR_PREBUILT === "object" ? KLAAR_PREBUILT : {};

/**
 * True in the command-line bundle. scripts/build.mjs empties dist/ and makes the bundle and the tables of
 * dist/lexicon-index/ in one run from the same sources, so the bundle needs no check that they agree.
 */
export const IN_BUNDLE = typeof KLAAR_PREBUILT === "object";

/** Everything worked out or looked up in this process, by key: what the bundle puts in. */
export const prebuiltMade = new Map<string, string>();

/** The text for `key` (which must name everything it depends on), from the bundle or made now. */
export function prebuilt(key: string, make: () => string): string {
  const value = Object.hasOwn(PREBUILT, key) ? (PREBUILT[key] as string) : make();
  // Two texts under one key would give the bundle one answer for both (a key shortened by textKey): never silently.
  const before = prebuiltMade.get(key);
  if (before !== undefined && before !== value) throw new Error(`Two different texts have one prebuilt key: ${key}`);
  prebuiltMade.set(key, value);
  return value;
}

/**
 * A short name for a long text in a key (cyrb53, a public-domain 53-bit string hash, and the length): keys that would
 * hold whole pattern sources would make the bundle, and its code cache, larger than the work they save.
 */
export function textKey(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return `${text.length}:${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`;
}
