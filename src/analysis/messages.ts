/** What the analysis says to people: the texts are in locales/<lang>/findings.json and readability.json. */
import { type AreaTexts, tDynamic } from "../i18n/catalogue.ts";
import type { Language } from "./types.ts";

type Params = Record<string, string | number | undefined>;

export type MessageId = keyof AreaTexts["findings"];

export function message(lang: Language, id: MessageId, params: Params = {}): string {
  return tDynamic(lang, `findings.${id}`, params);
}

type ReasonId = keyof AreaTexts["readability"];
const pct = (n: number) => `${Math.round(n * 100)} %`;
const num = (n: number) => (Math.round(n * 10) / 10).toString();

export function readabilityReason(lang: Language, id: ReasonId, value: number, band: string, b1: number): string {
  const share = id === "longWordShare" || id === "uncommonWordShare";
  return tDynamic(lang, `readability.${id}`, {
    value: share ? pct(value) : num(value),
    band,
    limit: share ? pct(b1) : String(b1),
  });
}
