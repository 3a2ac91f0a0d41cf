/** Building blocks of the checklist and letter-kind patterns (checklist-patterns.ts, letter-kind-patterns.ts). */
import { LETTER } from "./facts/pattern.ts";

// Latin letters and digits as word edges: without the u flag (which \p{L} needs) these scans are several times faster.
export const EDGE = `[0-9${LETTER}]`;

/** One alternative per argument, as a whole word or phrase. */
export function words(...alternatives: string[]): RegExp {
  return new RegExp(`(?<!${EDGE})(?:${alternatives.join("|")})(?!${EDGE})`, "i");
}

/** Up to n characters inside one sentence. */
export const gap = (n: number) => `[^.!?]{0,${n}}`;
