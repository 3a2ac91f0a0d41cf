/** Error messages for people (RFC 9457 problem details): the texts are in locales/<lang>/problems.json. */
import type { ExtractFailure } from "../text/extract.ts";
import { type AreaTexts, texts } from "./catalogue.ts";

export type ProblemId = keyof AreaTexts["problems"];

export function problemText(lang: string, id: ProblemId, params: { field?: string; limit?: string } = {}) {
  const p = texts(lang, "problems")[id];
  const detail = p.detail;
  return {
    title: p.title,
    detail: typeof detail === "string" ? detail : detail({ field: params.field ?? "", limit: params.limit ?? "" }),
  };
}

/** What a person is told when a file cannot be read, per reason of the text extractor. */
export const EXTRACT_PROBLEMS: Record<ExtractFailure, ProblemId> = {
  "unsupported-type": "unsupported-type",
  scan: "scan",
  encrypted: "unreadable-file",
  corrupt: "unreadable-file",
  binary: "binary",
  "too-many-pages": "too-many-pages",
  "too-large": "too-large",
  "image-too-large": "image-too-large",
  "unreadable-image": "unreadable-image",
};
