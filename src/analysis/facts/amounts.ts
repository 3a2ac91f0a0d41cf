/**
 * Amounts in euro: "€ 1.234,56", "1.234,56 EUR", "EUR 1234.56", "1 234,56 €", "€1,234.56", "150 euro", "€ 50,-",
 * and whether the reader pays or receives them, read from the words nearest to the amount.
 */
import type { AmountFact, Language } from "../types.ts";
import { cueReader } from "./context.ts";
import { LETTER } from "./pattern.ts";

const GROUPED = String.raw`\d{1,3}(?:[.,  \u202F']\d{3}){1,4}(?:[.,]\d{1,2})?`;
// Unit prices have up to four decimals: "€ 2,6110 per m³".
const PLAIN = String.raw`\d{1,9}(?:[.,]\d{4}(?!\d)|[.,]\d{1,2})?`;
const NUMBER = String.raw`(?<![\d.,])(?:${GROUPED}|${PLAIN})(?:,-{1,2}|\.-)?`;
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:€|EUR)[  ]{0,6}(?<after>${NUMBER})(?![\d\p{L}])|(?<before>${NUMBER})[  ]?(?:€|(?:EUR|[Ee]uros?)(?![\p{L}]))`,
  "gu",
);

/** The number in "1.234,56", "1,234.56", "1 234,56", "50,-". English letters use the comma for thousands. */
export function parseAmount(written: string, lang: Language): number | null {
  const digits = written.replace(/[.,]-{1,2}$|\.-$/, "").replace(/[  \u202F']/g, "");
  const lastDot = digits.lastIndexOf(".");
  const lastComma = digits.lastIndexOf(",");
  let decimal: "." | "," | null = null;
  if (lastDot !== -1 && lastComma !== -1) decimal = lastDot > lastComma ? "." : ",";
  else if (lastDot !== -1 || lastComma !== -1) {
    const sep = lastDot !== -1 ? "." : ",";
    const count = digits.split(sep).length - 1;
    const tail = digits.length - digits.lastIndexOf(sep) - 1;
    const thousands = count > 1 || (tail === 3 && (sep === "." || lang === "en"));
    decimal = thousands ? null : sep;
  }
  const [whole = "", fraction = ""] = decimal ? digits.split(decimal) : [digits];
  const value = Number(`${whole.replace(/[.,]/g, "")}.${fraction || "0"}`);
  return Number.isFinite(value) ? Math.round(value * 10_000) / 10_000 : null;
}

// Strong cues say who pays whatever the subject; weak cues ("storten", "leefloon", "huurprijs") count only when no
// strong cue is near. The reader's own income ("uw inkomen van", "bestaansmiddelen") is neither paid nor received.
// Stems end in \p{L}{0,n} so that "vorderen" and "terugvordering" match and "industrie" does not match "indu".
const directionOf = cueReader<AmountFact["direction"]>([
  {
    value: "receive",
    strong: true,
    words: String.raw`wij\s(?:storten|betalen|keren)|(?:storten|betalen)\swij|(?:wordt|worden)\s(?:u\s)?(?:[${LETTER}]{1,20}\s){0,3}(?:gestort|uitbetaald|overgeschreven)|op\suw\srekening|u\sontvangt|ontvangt\su|u\skrijgt|krijgt\su|toegekend|uitbetaald|nous\s(?:vous\s)?(?:versons|verserons|payons|paierons|remboursons|rembourserons)|vous\s(?:recevez|recevrez|percevez|percevrez)|sera\sversée?|sur\svotre\scompte|accordée?s?|octroyée?s?|wir\s(?:zahlen|überweisen)|erhalten\sSie|Sie\s(?:erhalten|bekommen)|(?:wird|werden)\s(?:Ihnen\s)?(?:[${LETTER}]{1,20}\s){0,3}(?:ausgezahlt|überwiesen|gezahlt)|auf\sIhr\sKonto|gewährt|bewilligt|you\s(?:will\s)?(?:receive|get)|will\sbe\spaid\sto\syou|paid\sinto\syour\saccount|we\s(?:will\s)?pay\syou|granted|awarded`,
  },
  {
    value: "pay",
    strong: true,
    words: String.raw`(?:terug)?vorder[${LETTER}]{0,6}|terugbeta(?:al|alt|len)|verschuldigd[${LETTER}]?|te\sbetalen|openstaand[${LETTER}]{0,2}|achterstal[${LETTER}]{0,6}|moet\s(?:u\s)?(?:[${LETTER}]{1,20}\s){0,3}betalen|boete[${LETTER}]?|aanmaning|vous\s(?:devez|devrez)|à\s(?:payer|rembourser|verser)|rembourser|redevable|dû|due?s?\sby|amount\sdue|is\sdue|indûment|indu|récupér[${LETTER}]{0,6}|zurück(?:zahlen|fordern|forderung)|Rückforderung|zu\s(?:zahlen|überweisen)|schulden|offene[nr]?|fordern\s(?:[${LETTER}]{1,20}\s){0,3}zurück|Mahnung|you\s(?:must|have\sto|need\sto)\s(?:re)?pay|owe[${LETTER}]?|repay[${LETTER}]{0,4}|outstanding|overpa[${LETTER}]{0,5}|reclaim[${LETTER}]{0,2}|recover[${LETTER}]{0,2}`,
  },
  {
    // The reader's income or means that the decision took into account: neither to pay nor to receive.
    value: "unknown",
    strong: true,
    beforeOnly: true,
    words: String.raw`(?:uw|zijn|haar|hun)\s(?:[${LETTER}]{1,20}\s){0,2}inkomen|inkomsten(?:\suit\s[${LETTER}]{1,20})?|bestaansmiddelen|(?:u|hij|zij)\sbeschikt\sover|beschikt\s(?:u|hij|zij)\sover|(?:vos|ses|leurs)\s(?:ressources|revenus)|ressources|vous\sdisposez|(?:Ihr|sein|ihr)\s(?:[${LETTER}]{1,20}\s){0,2}Einkommen|Einkünfte|Existenzmittel|Sie\sverfügen|verfügen\sSie|(?:your|his|her|their)\s(?:[${LETTER}]{1,20}\s){0,2}income|means\sof\ssubsistence`,
  },
  {
    value: "receive",
    strong: false,
    words: String.raw`ontvang[${LETTER}]{0,3}|krijg[${LETTER}]{0,3}|leefloon|huur(?:premie|subsidie|toelage)|uitkering[${LETTER}]?|tegemoetkoming[${LETTER}]?|premie|toelage|recev[${LETTER}]{0,4}|revenu\sd'intégration|allocations?|remboursements?|erhalt[${LETTER}]{0,2}|bekomm[${LETTER}]{0,2}|Leistung[${LETTER}]{0,2}|Zulage|Beihilfe|receiv[${LETTER}]{0,3}|benefits?|allowances?|refunds?`,
  },
  {
    value: "pay",
    strong: false,
    words: `beta(?:al|len|ling)[${LETTER}]{0,2}|stort[${LETTER}]{0,3}|overschrijv[${LETTER}]{0,3}|factuur|kosten|huur(?:prijs|prijzen|geld|som|lasten)?|loyers?|Miete|Mietpreis|Kaltmiete|rent|pa(?:y|ie)[${LETTER}]{0,5}|vers(?:er|ez|ement)|facture|frais|(?:be)?zahl[${LETTER}]{0,4}|überweis[${LETTER}]{0,3}|Rechnung|invoice|fees?`,
  },
]);

/** Every amount in euro, with its value and whether the reader pays or receives it. */
export function findAmounts(text: string, lang: Language): AmountFact[] {
  const found: AmountFact[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const value = parseAmount(m.groups?.after ?? m.groups?.before ?? "", lang);
    if (value === null) continue;
    const start = m.index;
    const end = start + m[0].length;
    const direction = directionOf(text, start, end) ?? "unknown";
    found.push({ start, end, text: m[0], value, currency: "EUR", direction });
  }
  return found;
}
