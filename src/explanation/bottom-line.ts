/**
 * The bottom line in one plain sentence in the visitor's language, composed from the letter model's structured
 * bottom line (who, what, which benefit, how much, from when) with the catalogue's ICU selects:
 * "Het OCMW geeft u geen leefloon." / "Le CPAS vous réclame 2 148,36 €." The letter's own sentence is kept as
 * evidence below it, never instead of it.
 */
import type { BottomLine, LetterModel } from "../analysis/types.ts";
import { t } from "../i18n/catalogue.ts";
import { amountInWords, dateInWords } from "../speech/words.ts";

export interface Formatters {
  date: (iso: string) => string;
  amount: (value: number) => string;
}

/** Below this the bottom line is said with "we are not sure" and "ask at the counter". */
export const SURE_BOTTOM_LINE = 0.6;

/** "FOD FINANCIËN" → "FOD Financiën": words in capitals are shouted; short ones are acronyms and stay. */
function unshout(words: string, lower: boolean): string {
  return words.replace(/\p{Lu}{5,}/gu, (w) => (lower ? w.toLowerCase() : w.charAt(0) + w.slice(1).toLowerCase()));
}

function who(lang: string, actor: string | null): string {
  return actor
    ? t(lang, "explanation.bottom.who", { actor: unshout(actor, false) })
    : t(lang, "explanation.bottom.sender");
}

/**
 * The object as a citizen reads it: lower case unless it is a name or acronym ("leefloon", "GAS-boete"); in a German
 * sentence a noun starts with a capital ("für Geldbuße").
 */
function objectWord(object: string | null, lang: string): string | undefined {
  if (!object) return undefined;
  const o = unshout(object, true);
  if (lang === "de") return o.charAt(0).toUpperCase() + o.slice(1);
  return /^\p{Lu}\p{Ll}/u.test(o) && !/\p{Lu}/u.test(o.slice(1)) ? o.toLowerCase() : o;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const VOWEL_START = /^[aeiouyàâéèêëîïôûüh]/iu;

/**
 * French articles before the object: "votre demande d’allocation de chauffage", "l’allocation", plural "les
 * allocations familiales", "vos indemnités". The catalogue's "de {object}" cannot elide by itself.
 */
function frenchArticles(text: string, object: string | undefined): string {
  if (!object) return text;
  const plural = /^\p{L}+[sx](?:\s|$)/u.test(object);
  const vowel = VOWEL_START.test(object);
  return text
    .replace(`de ${object}`, vowel ? `d’${object}` : `de ${object}`)
    .replace(`le ${object}`, plural ? `les ${object}` : vowel ? `l’${object}` : `le ${object}`)
    .replace(`votre ${object}`, plural ? `vos ${object}` : `votre ${object}`)
    .replace(new RegExp(`\\b(pour|sur) ${escapeRegExp(object)}`), (_m, p: string) =>
      plural ? `${p} les ${object}` : vowel ? `${p} l’${object}` : `${p} ${object}`,
    );
}

export function bottomLineSentence(
  lang: string,
  model: Pick<LetterModel, "bottomLine" | "appointments"> & Partial<Pick<LetterModel, "amounts" | "toPay">>,
  format: Formatters,
  spoken: boolean,
): { text: string; values: string[] } {
  const b: BottomLine = model.bottomLine;
  const values: string[] = [];
  const amount =
    b.amount !== undefined ? (spoken ? amountInWords(b.amount, lang) : format.amount(b.amount)) : undefined;
  const fromIso = b.from;
  const from = fromIso ? (spoken ? dateInWords(fromIso, lang) : format.date(fromIso)) : undefined;
  const appointment = b.action === "attend" ? model.appointments.find((a) => a.date)?.date : undefined;
  const date = appointment ? (spoken ? dateInWords(appointment, lang) : format.date(appointment)) : undefined;
  for (const v of [amount, from, date]) if (v && spoken) values.push(v);
  // A new rent: the amount is what the reader pays from now on, not what they get.
  const total = model.toPay !== null && model.toPay !== undefined ? model.amounts?.[model.toPay] : undefined;
  const direction = total && b.amount !== undefined && total.value === b.amount ? "pay" : "receive";
  const args = { who: who(lang, b.actor), object: objectWord(b.object, lang), amount, from, date, direction };
  const said = t(lang, `explanation.bottom.${b.action}`, args);
  const text = lang === "fr" ? frenchArticles(said, args.object) : said;
  return { text: text.charAt(0).toUpperCase() + text.slice(1), values };
}
