/** The lexicon file format (lexicon/<lang>.json and overlay files). Pure: no I/O. */
import { z } from "zod";
import { LETTER_LANGUAGES } from "../languages.ts";

export const CATEGORIES = [
  "institution",
  "benefit",
  "procedure",
  "legal",
  "housing",
  "health",
  "work",
  "money",
  "family",
  "identity",
  "digital",
  "tone",
  "archaic",
  "general",
] as const;
export type Category = (typeof CATEGORIES)[number];

const text = z.string().trim().min(1);

export const entrySchema = z
  .object({
    /** Stable id, unique within the language: lower-case words joined by dashes. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "use lower-case letters, digits and dashes"),
    term: text,
    /** Other spellings, plurals that stemming misses, word orders ("aangetekend bezwaar"). */
    variants: z.array(text).default([]),
    /** Match only with this exact case (acronyms: OCMW, RVA, KB). */
    caseSensitive: z.boolean().default(false),
    /**
     * Also match inflected forms through the stemmer ("uitkeringen" for "uitkering"). Default: on, except for archaic
     * and general words, whose stems collide with ordinary words ("reeds" → "red" would match "reden").
     */
    stemming: z.boolean().optional(),
    /** Also match the term inside a compound word ("leefloonaanvraag"). Default: nouns of ≥ 6 letters. */
    inCompounds: z.boolean().optional(),
    category: z.enum(CATEGORIES),
    /** A plain word or phrase that can replace the term as is. Only when that is safe. */
    alternative: text.optional(),
    /** What it means, in B1, at most about 25 words. */
    explanation: text,
    /**
     * Which meaning of the term this entry explains, in a few words of the entry's language ("rechtsmiddel tegen
     * een beslissing"). Needed to tell apart entries that share a term ("beroep": appeal / job).
     */
    sense: text.optional(),
    /**
     * Words (lower case; stems match) of which at least one must stand in the same sentence for this sense to apply:
     * "beroep" as appeal needs "aantekenen", "instellen", "rechtbank", … An entry without contextWords is the safe,
     * default sense of its term.
     */
    contextWords: z.array(text).optional(),
    /** Explanations in other languages, for a visitor whose language differs from the letter's. */
    translations: z.partialRecord(z.enum(LETTER_LANGUAGES), text).optional(),
    /** How text-to-speech should say it ("O C M W", "Rijksdienst voor Arbeidsvoorziening"). */
    spoken: text.optional(),
    /** The term must stay (a name, a legal term) but needs an explanation. */
    keep: z.boolean().default(false),
    pictogram: z.string().regex(/^[a-z0-9-]+$/),
    region: z.enum(["BE", "NL", "both"]),
    source: text,
  })
  .strict();

export type LexiconEntry = z.infer<typeof entrySchema>;

export { usesStemming } from "./stemming.ts";

export const lexiconFileSchema = z
  .object({
    $comment: z.string().optional(),
    language: z.enum(LETTER_LANGUAGES),
    entries: z.array(entrySchema),
  })
  .strict();

export type LexiconFile = z.infer<typeof lexiconFileSchema>;
