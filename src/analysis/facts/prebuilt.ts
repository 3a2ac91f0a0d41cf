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
  prebuiltMade.set(key, value);
  return value;
}
