/**
 * Building blocks for the fact patterns. Large case-insensitive patterns use this instead of the `u` flag with
 * \p{L}: V8 needs about 100 ms to compile each such pattern with Unicode case folding, and the letters are
 * written in Latin script anyway.
 */

/** A Latin letter (ASCII, Latin-1 and Latin Extended-A/B, without × and ÷), for use inside [ ]. */
export const LETTER = String.raw`A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`;
