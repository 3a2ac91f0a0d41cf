/** The body of POST /api/analyze: validated with zod; each problem names its field. */
import { z } from "zod";
import { LANGUAGES } from "../analysis/types.ts";
import { VISITOR_CODES } from "../languages.ts";
import { hasWords, looksBinaryText } from "../text/decode.ts";
import { Problem } from "./problem.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s));

export const analyzeRequestSchema = z.object({
  text: z.string(),
  lang: z.enum(LANGUAGES as [string, ...string[]]).optional(),
  letterDate: isoDate.optional(),
  /** The reader's language: any visitor language (src/languages.ts). */
  uiLang: z.enum(VISITOR_CODES as [string, ...string[]]).optional(),
});

export type AnalyzeRequest = z.infer<typeof analyzeRequestSchema>;

/** Checks a parsed JSON body; throws the Problem a person should see. */
export function parseAnalyzeRequest(body: unknown, maxChars: number): AnalyzeRequest {
  if (body === null || typeof body !== "object" || Array.isArray(body)) throw new Problem("invalid-json");
  const parsed = analyzeRequestSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = String(issue?.path[0] ?? "text");
    const missing = (body as Record<string, unknown>)[field] === undefined;
    throw new Problem(missing ? "missing-field" : "invalid-field", { field });
  }
  const { text } = parsed.data;
  if (text.length > maxChars) throw new Problem("too-large", { limit: `${maxChars.toLocaleString("nl-BE")}` });
  if (looksBinaryText(text)) throw new Problem("binary");
  if (!hasWords(text)) throw new Problem("no-words");
  return parsed.data;
}
