/**
 * File references ("refertes van het dossier"): the number after "ons kenmerk", "dossiernummer", "notre référence",
 * "Aktenzeichen", "our reference", … The span covers label and number, because the label says whose reference it is;
 * the value is the number alone.
 *
 * Numbers that identify the reader's file with this sender count too: invoice, patient, member, tenant and tax
 * article numbers ("Factuurnummer", "Lidnummer", "Artikelnummer"), and "Dossier <soort>: …". Personal identity
 * numbers ("Rijksregisternummer", "INSZ", "numéro national", "Sozialversicherungsnummer") do not: they name the
 * person, not the file, and the reader should not be told to quote them as the reference of the letter.
 */
import type { ValueFact } from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { LETTER } from "./pattern.ts";
import { quickPattern } from "./quick-pattern.ts";

const LABELS = [
  // nl
  String.raw`(?:ons|uw|onze|jouw)\s{1,3}(?:kenmerk|referentie|ref\.?)`,
  "kenmerk",
  String.raw`dossier\s{0,3}(?:nummer|nr\.?|n[°º]|number)`,
  String.raw`dossiernr\.?`,
  "referentie(?:nummer)?",
  "refertes?",
  "klantnummer",
  // Numbers of the reader's file with this sender: "Factuurnummer", "Patiëntnummer", "Lidnummer", "Artikelnummer".
  String.raw`(?:factuur|patiënt|patient|lid|leden|artikel|huurders|polis|contract|aansluitings|klant)(?:nummer|nr\.?)`,
  // "Dossier arbeidsongeschiktheid: AO/2025/07731": a kind of file, then a colon.
  String.raw`dossier\s{1,3}[${LETTER}]{4,30}(?=[ \t\u00A0]{0,3}:)`,
  String.raw`ref\.`,
  // fr
  String.raw`(?:notre|votre|nos|vos)\s{1,3}(?:référence|réf\.?)s?`,
  String.raw`(?:n[°º]|numéro)\s{0,3}de\s{1,3}dossier`,
  "référence",
  String.raw`réf\.`,
  String.raw`(?:n[°º]|numéro)\s{0,3}(?:de\s{1,3}(?:facture|patient|membre|client|contrat)|d['’](?:affiliation|article|affilié))`,
  // de
  "Aktenzeichen",
  String.raw`(?:unser|Ihr)\s{1,3}Zeichen`,
  "Geschäftszeichen",
  String.raw`Az\.`,
  "Referenz",
  String.raw`Akten(?:nummer|nr\.?)`,
  String.raw`(?:Rechnungs|Patienten|Mitglieds|Kunden|Vertrags)(?:nummer|nr\.?)`,
  // en
  String.raw`(?:our|your)\s{1,3}(?:reference|ref\.?)`,
  String.raw`(?:file|case)\s{1,3}(?:number|no\.?|ref(?:erence)?)`,
  String.raw`reference(?:\s{1,3}number)?`,
  String.raw`(?:invoice|patient|member(?:ship)?|customer|contract|policy)\s{1,3}(?:number|no\.?)`,
  // "dossier" last: "dossier 2026/123"
  "dossier",
];

// The reference itself: letters, digits and / . - _ with at least one digit; spaces only around a slash or dash
// ("2026 / 1234"), so that a date or word after the number is not taken along.
const VALUE = String.raw`(?=[${LETTER}\d./\-_]{0,40}\d)[${LETTER}\d][${LETTER}\d./\-_]{0,40}(?:[ ]?[/\-][ ]?\d[${LETTER}\d./\-_]{0,20}){0,2}`;
const REFERENCE_RE = quickPattern(
  String.raw`(?<![${LETTER}])(?:${LABELS.join("|")})(?![${LETTER}])[ \t\u00A0]{0,3}(?:[:.]|n[°º]\.?|nr\.?)?[ \t\u00A0]{0,3}(?<value>${VALUE})`,
  "gi",
);

/** `words`: the word starts of the text, when the caller has them (word-starts.ts). */
export function findReferences(text: string, words = new WordStarts(text)): ValueFact[] {
  const found: ValueFact[] = [];
  for (const m of words.allMatches(REFERENCE_RE)) {
    // A sentence dot or comma after the number is not part of it.
    const value = (m.groups?.value ?? "").replace(/[./\-_]+$/, "");
    if (!/\d/.test(value)) continue;
    const end = m.index + m[0].length - ((m.groups?.value ?? "").length - value.length);
    found.push({ start: m.index, end, text: text.slice(m.index, end), value });
  }
  return found;
}
