/**
 * Amounts with their role for the reader: the total to pay (once), what the reader will receive, what was paid
 * already or withheld, a reduction, a line of a bill, a fee that only applies when the reader pays late, or
 * information (an income limit, the reason for a refusal). The role is read from the label on the amount's line
 * (table rows) and from the words nearest to it in its sentence, in nl/fr/de/en.
 */
import { findAmounts } from "../facts/amounts.ts";
import { cueReader, sentenceAround } from "../facts/context.ts";
import { LETTER } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";
import type { AmountFact, AmountRole, DecisionType, Language, LetterAmount, LetterModelKind } from "../types.ts";
import { findWordAmounts } from "./number-words.ts";
import { holdsWord, quick, ready } from "./ready.ts";

const L = `[${LETTER}]`;
const TOTAL = String.raw`(?<!in\s)totaal(?:bedrag)?|montant\sà\srembourser|terug\ste\sbetalen|(?:total\s)?à\srembourser|zurückzuzahlen(?:der\sBetrag)?|to\sbe\srepaid|zu\serstattende[rn]?\sBetrag|terug\ste\s(?:krijgen|geven)|amount\sto\sbe\srefunded|totale?|te\sbetalen|nog\ste\sbetalen|saldo|openstaand(?:e|\sbedrag)?|verschuldigd(?:e|\sbedrag)?|total(?:e|\sà\spayer|\sdû)?|montant\s(?:total|dû|à\spayer)|solde|à\spayer|reste\sà\spayer|Gesamt(?:betrag|summe)?|zu\szahlen(?:der\sBetrag)?|offene[rn]?\sBetrag|Restbetrag|Summe|amount\sdue|total\sdue|balance(?:\sdue)?|to\spay`;
const LATE = String.raw`nalatigheidsintrest${L}{0,3}|verwijlintrest${L}{0,3}|intrest(?:en)?|rente|aanmaningskosten|herinneringskosten|rappelkosten|invorderingskosten|verhoging|intérêts(?:\sde\sretard|\smoratoires)?|frais\sde\s(?:rappel|recouvrement)|majoration|Verzugszinsen|Zinsen|Mahngebühr${L}{0,2}|Säumniszuschlag|Zuschlag|late(?:[-\s]payment)?\s(?:fee|charge|interest)s?|interest|surcharge`;
const LATE_CONDITION = String.raw`(?:indien|als|wanneer|zo|si|falls|wenn|if|should)\s(?:[${LETTER}'’]+\s){0,6}(?:niet|pas|n['’]|ne|nicht|not|te\slaat|en\sretard|late|verspätet)|niet\s(?:tijdig|op\stijd)|bij\sgebrek\saan\sbetaling|mangels\sZahlung|in\sdefault\sof\spayment|laattijdig${L}{0,3}|achterstal${L}{0,4}|à\sdéfaut|faute\sde|en\scas\sde\s(?:retard|non-paiement)|bei\s(?:verspäteter\s|Nicht)${L}*|Nichtzahlung|unbezahlt|non-paiement|niet-betaling|non-payment|in\scase\sof\s(?:late|non)|fail(?:s|ing)?\sto\spay|after\sthe\sdue\sdate|na\sde\svervaldag|après\s(?:l['’]échéance|la\sdate)|nach\sAblauf|(?:betaalt|ontvangen|wordt|blijft|zahlen|erhalten|wird)\s(?:[${LETTER}'’]+\s){0,5}(?:niet|nicht|uit)|n['’]est\spas\s(?:payée?|réglée?)|ne\s(?:payez|recevons)\spas|(?:is|are)\snot\spaid|do\snot\spay`;
// A late condition only counts in a sentence about paying.
const PAYMENT_WORD_RE = quickPattern(
  String.raw`(?<!${L})(?:Nichtzahlung|unbezahlt|non-paiement|niet-betaling|betaa?l${L}{0,4}|betaling|vervaldatum|factuur|paie?${L}{0,5}|pay${L}{0,4}|réglé${L}?|échéance|facture|zahl${L}{0,4}|Zahlung|Rechnung|Fälligkeit|payment|invoice|due)(?!${L})`,
  "i",
);
const PAID = String.raw`voorschot${L}{0,3}|reeds\s(?:betaald|ontvangen|gestort)|al\s(?:betaald|gestort)|eerder\sbetaald|betaald\sop|ontvangen\sbetaling${L}{0,2}|ingehouden|inhouding${L}{0,2}|(?:bedrijfs)?voorheffing|voorafbetaling${L}{0,2}|acomptes?|avance|déjà\s(?:payée?s?|versée?s?|perçue?s?)|payée?\sle|précompte(?:\sprofessionnel)?|versements?\santicipés?|retenue${L}{0,2}|retenue?s?|Vorschuss${L}{0,2}|Anzahlung|bereits\s(?:gezahlt|bezahlt|erhalten|überwiesen)|Vorauszahlung${L}{0,2}|einbehalten${L}{0,2}|Berufssteuervorabzug|Vorabzug|already\spaid|advance(?:\spayment)?|withheld|withholding(?:\stax)?|prepayments?|paid\son|payments?\sreceived`;
const REDUCTION = String.raw`${L}*korting${L}{0,2}|${L}*vermindering${L}{0,2}|verminderd|${L}*vrijstelling${L}{0,2}|aftrek${L}{0,3}|réduction${L}{0,1}|remise|exonération|abattement|déduction|${L}*ermäßigung${L}{0,2}|Rabatt|Abzug|Nachlass|Befreiung|reductions?|discount|deduction|rebate|exemption`;
const INFO = String.raw`(?:uw|zijn|haar|hun|het)\s(?:[${LETTER}]{1,20}\s){0,2}inkomen|inkomsten|bestaansmiddelen|(?:hoger|lager|meer|minder)\sdan|grens(?:bedrag)?|plafond|maximum|minimum|(?:vos|ses|votre|leurs)\s(?:[${LETTER}]{1,20}\s){0,1}(?:ressources|revenus?(?!\sd['’]intégration))|ressources|supérieure?s?\sà|inférieure?s?\sà|dépasse${L}{0,2}|(?:Ihr|sein|ihr)\s(?:[${LETTER}]{1,20}\s){0,2}Einkommen|Einkünfte|(?:höher|niedriger)\sals|übersteig${L}{0,2}|Grenze|Höchstbetrag|(?:your|his|her|their)\s(?:[${LETTER}]{1,20}\s){0,2}income|(?:higher|lower|more|less)\sthan|exceeds?|limit|threshold|kadastraal\sinkomen|revenu\scadastral|Katastereinkommen|cadastral\sincome|per\suur|par\sheure|pro\sStunde|per\shour`;
const RECEIVE = String.raw`(?:recht|droit|Anspruch)\s(?:op|à|auf)|entitled\sto|wij\s(?:storten|betalen|keren)|(?:storten|betalen)\swij|(?:wordt|worden)\s(?:u\s)?(?:[${LETTER}]{1,20}\s){0,6}(?:gestort|uitbetaald|overgeschreven|terugbetaald)|op\suw\srekening(?:nummer)?|terugbetaald|terugbetaling|remboursée?s?|erstattet|refunded|u\sontvangt|ontvangt\su|u\skrijgt|krijgt\su|toegekend|terug\ste\skrijgen|teruggave|nous\s(?:vous\s)?(?:versons|verserons|payons|paierons|remboursons|rembourserons)|vous\s(?:recevez|recevrez|percevez|percevrez)|sera\sversée?|sur\svotre\scompte|vous\sbénéficiez|bénéficierez|accordée?s?|octroyée?s?|en\svotre\sfaveur|wir\s(?:zahlen|überweisen|erstatten)|erhalten\sSie|Sie\s(?:erhalten|bekommen)|(?:wird|werden)\s(?:Ihnen\s)?(?:[${LETTER}]{1,20}\s){0,3}(?:ausgezahlt|überwiesen|gezahlt|erstattet)|auf\sIhr\sKonto|gewährt|bewilligt|Erstattung|you\s(?:will\s)?(?:receive|get)|will\sbe\spaid\sto\syou|paid\sinto\syour\saccount|we\s(?:will\s)?(?:pay|refund)\syou|granted|awarded|refund`;
const PAY = String.raw`(?:terug)?vorder${L}{0,6}|terugbeta(?:al|alt|len)|terug\ste\sbetalen|te\sbetalen|betaal|betalen|over\ste\s(?:schrijven|maken)|storten|verschuldigd${L}?|openstaand${L}{0,2}|boete${L}?|geldboete|vous\s(?:devez|devrez)|à\s(?:payer|rembourser|verser)|payer|payez|verser|versez|rembourser|remboursez|redevable|dû|dus|due|réclam${L}{0,4}|récupér${L}{0,6}|indûment|amende|zurück(?:zahlen|fordern|forderung)|Rückforderung|zu\s(?:zahlen|überweisen)|zahlen|überweisen|schulden|Geldbuße|Bußgeld|Strafe|you\s(?:must|have\sto|need\sto|should)\s(?:re)?pay|pay|owe${L}?|repay${L}{0,4}|outstanding|reclaim${L}{0,2}|recover${L}{0,2}|fine`;

// An advance ("voorschot") counts as paid only when the letter says it was paid or subtracts it; "uw voorschot vanaf
// april" is information.
const ADVANCE = String.raw`voorschot${L}{0,3}|acomptes?|avance|Vorschuss${L}{0,2}|Anzahlung|advance(?:\spayment)?`;
const PAST_PAYMENT_RE = quickPattern(
  String.raw`(?<!${L})(?:betaald${L}?|betaalde|reeds|al\s|ontvangen|paid|payée?s?|versée?s?|déjà|gezahlt${L}?|bezahlt${L}?|bereits|already|received)(?!${L})`,
  "i",
);
// What was so until now, or a rate, is information: "Tot nu toe betaalde u € 421,30", "€ 2,6110 per m³", "4 × € 65".
const INFO_AFTER = String.raw`per\sjaar|par\san|pro\sJahr|per\syear|tot\snu\stoe|voorheen|vroeger|jusqu['’](?:à\sprésent|ici)|auparavant|bisher|früher|until\snow|so\sfar|previously|per\s(?:liter|m³|m3|kWh|eenheid|stuk)|par\s(?:litre|m³|m3|kWh|unité)|pro\s(?:Liter|m³|m3|kWh|Einheit|Stück)|per\s(?:litre|cubic\smetre|unit)`;

// The benefit itself: "Het leefloon bedraagt € 1.376,54 per maand" (weak: any strong cue wins).
const BENEFIT = String.raw`leefloon|steun|hulp|aide|Hilfe|aid|uitkering${L}{0,2}|pensioen|toelage|premie|tegemoetkoming|revenu\sd['’]intégration|allocations?|pension|indemnités?|prime|Eingliederungseinkommen|Leistung${L}{0,2}|Rente|Zulage|Beihilfe|Prämie|benefits?|allowance|pension`;

// One instalment of a payment plan is not the total: "in drie maandelijkse schijven van € 49,28".
const INSTALMENT = String.raw`(?:maandelijkse\s)?(?:schijven|afbetalingen|aflossingen|mensualités|tranches|versements\smensuels|(?:Monats)?raten|Teilzahlungen|(?:monthly\s)?instal(?:l)?ments)`;

// "Impôt État après réductions", "Steuer nach Ermäßigungen": a line of the tax, not a reduction.
// "Totaal vóór vermindering", "Total avant réduction": the subtotal the reduction comes off, a line of the bill too.
const AFTER_REDUCTIONS = String.raw`(?:(?:sub)?tota(?:al|le?)\s|Gesamt${L}*\s|Zwischensumme\s)?(?:na|après|nach|after|vóór|voor|avant|vor|before)\s(?:vermindering(?:en)?|aftrek|réductions?|Ermäßigung(?:en)?|reductions?|deductions?)`;
// "Belasting op het belastbaar inkomen  € 4.415,62": the tax computed on the income, a line of the tax bill.
const TAX_ON_INCOME = String.raw`(?:belasting|impôt|Steuer|tax)\s(?:op|sur|auf|on)(?:\s[${LETTER}'’]+){0,2}\s(?:inkomen|revenus?|Einkommen|income)`;
// "Bonificatie voor voorafbetalingen", "Bonification pour versements anticipés": a bonus, not a payment.
const BONUS = String.raw`(?:bonificatie|bonification|Bonifikation|bonus)(?:\s(?:voor|pour|für|for)(?:\s${L}+){1,3})?`;

// "had u geen recht op het basisbedrag van € 185,79": a benefit not given is information.
const NOT_ENTITLED = String.raw`geen\srecht\s(?:meer\s)?op|pas\s(?:ou\splus\s)?droit\sà|plus\sdroit\sà|kein(?:en)?\s(?:Anspruch|Recht)\sauf|not\s(?:entitled|eligible)\sto|no\sright\sto`;

// Income taken into account ("Belastbaar inkomen", "Revenu imposable", "Household income", "Einkommen"): a basis of
// the calculation, not money paid or received.
// The integration income is a benefit, not income: "revenu d'intégration", "Eingliederungseinkommen".
const NOT_BENEFIT = String.raw`(?!\sd['’]intégration)`;
const INCOME_LABEL = String.raw`${L}*inkomen|${L}*inkomsten|revenus?${NOT_BENEFIT}(?:\s${L}+){0,2}|${L}*einkommen(?<!eingliederungseinkommen)|${L}*einkünfte|(?:${L}+\s){0,2}income(?<!integration\sincome)`;

// Social rent: the rent "op basis van uw inkomen" is a line of the rent, the basic (market) rent only a comparison.
const INCOME_BASED = String.raw`(?:(?:berekend\s)?op\sbasis\svan|berekend\sop|(?:calculated\s)?based\son|calculated\son|sur\sla\sbase\sd[eu]s?|calculée?\ssur|en\sfonction\sd[eu]s?|auf\s(?:der\s)?(?:Grundlage|Basis)|berechnet\s(?:nach|auf)|nach)(?:\s[${LETTER}'’]+){0,2}\s(?:inkomen|income|revenus?|Einkommen)`;
const BASIC_RENT = String.raw`basishuur(?:prijs)?|basic\srent|loyer\sde\sbase|Grundmiete|Basismiete|marktwaarde|market\s(?:value|rent)|valeur\slocative|Marktwert`;

type Cued = AmountRole | "total" | "late" | "advance" | "benefit" | "income-based";
const readRole = cueReader<Cued>([
  { value: "info", words: INFO_AFTER, strong: true },
  { value: "info", words: BASIC_RENT, strong: true, beforeOnly: true },
  { value: "income-based", words: INCOME_BASED, strong: true, beforeOnly: true },
  { value: "line-item", words: AFTER_REDUCTIONS, strong: true },
  { value: "reduction", words: BONUS, strong: true },
  { value: "line-item", words: TAX_ON_INCOME, strong: true, beforeOnly: true },
  { value: "info", words: INCOME_LABEL, strong: true, beforeOnly: true },
  { value: "info", words: INSTALMENT, strong: true, beforeOnly: true },
  { value: "total", words: TOTAL, strong: true },
  { value: "late", words: LATE, strong: true },
  { value: "advance", words: ADVANCE, strong: true },
  { value: "already-paid", words: PAID, strong: true },
  { value: "reduction", words: REDUCTION, strong: true },
  { value: "info", words: INFO, strong: true, beforeOnly: true },
  { value: "info", words: NOT_ENTITLED, strong: true },
  { value: "to-receive", words: RECEIVE, strong: true },
  { value: "to-pay", words: PAY, strong: false },
  { value: "benefit", words: BENEFIT, strong: false },
]);
const RECEIVE_RE = quickPattern(`(?<!${L})(?:${RECEIVE})(?!${L})`, "i");
const LATE_CONDITION_RE = quickPattern(`(?<!${L})(?:${LATE_CONDITION})(?!${L})`, "i");
// The reader is told to pay this: "u moet … betalen", "gelieve … te betalen", "vous devez", "bitte zahlen Sie".
const OBLIGATION_RE = quickPattern(
  String.raw`(?<!${L})(?:u\smoet|moet\su|gelieve|(?:wij\s)?vragen\su|nous\svous\sdemandons|wir\sbitten\sSie|we\sask\syou|betaal\s|betaalt\su|u\sbetaalt|vous\sdevez|veuillez|vous\spayez|payez|Sie\smüssen|müssen\sSie|zahlen\sSie|Sie\szahlen|bitte|you\s(?:must|need\sto|have\sto|pay)|please\spay)(?!${L})`,
  "i",
);

interface Row {
  /** The label before the amount on its line, when the line reads as a row of a table. */
  label: string | null;
  line: number;
  /** A minus sign right before the amount: "– € 30,00". */
  negative: boolean;
  /** Inside brackets after a times sign: "(4 nachten × € 65,00)". */
  rate: boolean;
  /** Another row with an amount is near: the row belongs to a table. */
  inTable?: boolean;
}

// "Wij vorderen het bedrag van € 147,84 van u terug." is a sentence, not a row of a table.
const SENTENCE_END_RE = /\p{L}{2,}[.!?]$/u;
const SENTENCE_BEFORE_RE = /\p{Ll}{3,}[.!?]\s/u;

/** A line of a table or list: short, and the amount ends it (perhaps with "per maand" or a second column). */
function rowOf(text: string, start: number, end: number): Row {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const next = text.indexOf("\n", end);
  const lineEnd = next === -1 ? text.length : next;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd).trim();
  const isRow =
    lineEnd - lineStart < 110 &&
    after.length <= 20 &&
    !ready(SENTENCE_END_RE, after).test(after) &&
    !ready(SENTENCE_BEFORE_RE, before).test(before) &&
    /\S/.test(before) &&
    (/[:\t]|\s{2,}|\.{3,}|…|[=|]/.test(before) || before.trim().split(/\s+/).length <= 5);
  return {
    label: isRow ? before.replace(/[\s–-]+$/, "") : null,
    line: lineStart,
    negative: /[–−-]\s{0,3}$/.test(before),
    rate: /[×x*]\s{0,3}(?:€|EUR)?\s{0,3}$/.test(before) || /\(\s*[\d.,]+\s*[×x*]\s*$/.test(before.slice(-20)),
  };
}

export interface RoleHints {
  kind: LetterModelKind;
  decision: DecisionType | null;
  lang: Language;
  /** The amounts in digits (findAmounts) when the facts read them already. */
  digits?: readonly AmountFact[];
}

// "21.312,84 € par an, soit 1.776,07 € par mois": the first amount is said again in the unit that counts.
export const RESTATED_RE = quick(
  String.raw`^[^.;\d]{0,20}?,?\s(?:soit|dus|d\.w\.z\.|also|das\sheißt|d\.h\.|i\.e\.|that\sis)\s(?:€\s?)?\d`,
  "i",
);
// Every match holds one of these: most amounts are not said again, and the pattern need not run (holdsWord).
export const RESTATED_WORDS = ["soit", "dus", "d.w.z.", "also", "das", "d.h.", "i.e.", "that"];
function restated(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return holdsWord(after, RESTATED_WORDS) && ready(RESTATED_RE, after).test(after);
}

/**
 * A list item whose lead-in is about paying late: "Indien wij uw betaling niet ontvangen, worden dan volgende kosten
 * aangerekend:\n- een forfaitaire schadevergoeding van € 40,00;".
 */
function lateListItem(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (!/^[ \t]*[-•*–·]\s/.test(text.slice(lineStart, start))) return false;
  const before = text.slice(Math.max(0, lineStart - 600), lineStart);
  const lead = before.split(/\n[ \t]*\n/).pop() ?? "";
  return ready(LATE_CONDITION_RE, lead).test(lead) && ready(PAYMENT_WORD_RE, lead).test(lead);
}

/** The previous sentence too when it is a question: "Betaalt u niet op tijd? Dan rekenen wij € 15 aan." */
function lateConditionNear(text: string, start: number, end: number): boolean {
  const sentence = sentenceAround(text, start, end);
  const previous = sentence.start > 1 ? sentenceAround(text, sentence.start - 2, sentence.start - 1) : null;
  const isLate = (s: string) => ready(LATE_CONDITION_RE, s).test(s) && ready(PAYMENT_WORD_RE, s).test(s);
  return (
    isLate(sentence.text) ||
    (previous !== null && isLate(previous.text) && !ready(OBLIGATION_RE, sentence.text).test(sentence.text))
  );
}

function roleOfCue(cue: Cued, text: string, a: { start: number; end: number }, row: Row, hints: RoleHints): AmountRole {
  if (cue === "total") return "to-pay";
  if (cue === "benefit") return hints.decision === "grant" || hints.decision === "revise" ? "to-receive" : "info";
  if (cue === "late") return row.label ? "line-item" : "to-pay";
  if (cue === "income-based") return row.label ? "line-item" : "info";
  if (cue === "advance") {
    const context = row.label ?? sentenceAround(text, a.start, a.end).text;
    if (row.negative || ready(PAST_PAYMENT_RE, context).test(context)) return "already-paid";
    // "Advance for service charges  EUR 75.00" in a table: a part of what is paid each month.
    return row.label && row.inTable ? "line-item" : "info";
  }
  return cue;
}

/** Every amount in the letter, in text order, with its role. */
export function findLetterAmounts(text: string, hints: RoleHints): LetterAmount[] {
  const digits = (hints.digits ?? findAmounts(text, hints.lang)).map((a) => ({
    start: a.start,
    end: a.end,
    text: a.text,
    value: a.value,
    written: "digits" as const,
  }));
  const words = findWordAmounts(text).map((a) => ({ ...a, written: "words" as const }));
  const all = [...digits, ...words].sort((a, b) => a.start - b.start);
  const rows = all.map((a) => rowOf(text, a.start, a.end));
  // Rows of one table: at least two lines with an amount, next to each other.
  const rowLines = new Set(rows.filter((r) => r.label !== null).map((r) => r.line));
  const inTable = (row: Row) =>
    row.label !== null && [...rowLines].some((line) => line !== row.line && Math.abs(line - row.line) < 260);
  const cued: (Cued | undefined)[] = [];
  const amounts: LetterAmount[] = all.map((a, i) => {
    const row = { ...(rows[i] as Row) };
    row.inTable = inTable(row);
    let role: AmountRole | undefined;
    let cue: Cued | undefined;
    // Asked up to twice below: read once.
    let late: boolean | undefined;
    const lateNear = () => {
      late ??= lateConditionNear(text, a.start, a.end);
      return late;
    };
    if (row.rate || restated(text, a.end)) role = "info";
    else if (lateListItem(text, a.start)) role = "fee-if-late";
    else if (row.label !== null) {
      cue = readRole(`${row.label} €\n\n`, row.label.length + 1, row.label.length + 2);
      if (cue === "to-pay" && inTable(row)) cue = "line-item";
      if (cue) role = roleOfCue(cue, text, a, row, hints);
      else if (row.negative) role = "reduction";
      else if (inTable(row)) role = "line-item";
    }
    if (!role && lateNear()) role = "fee-if-late";
    if (!role) {
      cue = readRole(text, a.start, a.end);
      if (cue) role = roleOfCue(cue, text, a, row, hints);
    }
    // A fee named in a sentence about paying late only applies then, whatever word is nearest.
    if (row.label === null && role !== "fee-if-late" && lateNear()) role = "fee-if-late";
    // A grant names what the reader gets: an amount with no other word is the benefit.
    if (!role && cue === undefined && hints.decision === "grant") role = "to-receive";
    // A refusal gives nothing; an invitation or a request decides nothing yet ("you receive EUR 58.43 a day").
    const decidesNothing = hints.kind === "invitation" || hints.kind === "request";
    if ((hints.decision === "refuse" || decidesNothing) && role === "to-receive") role = "info";
    // A decision that grants or refuses asks for no payment unless a sentence says so.
    const grantsOrRefuses = hints.decision === "refuse" || hints.decision === "grant";
    if (grantsOrRefuses && role === "to-pay") {
      const sentence = sentenceAround(text, a.start, a.end).text;
      if (!ready(OBLIGATION_RE, sentence).test(sentence)) role = "info";
    }
    cued.push(cue);
    return {
      start: a.start,
      end: a.end,
      text: a.text,
      value: a.value,
      role: role ?? "info",
      written: a.written,
      evidence: [a],
    };
  });
  subtotalsBeforePaid(amounts, text, rows);
  // A bill, fine, reminder or recovery has a total to pay: when no word named it, the largest unnamed amount.
  const needsTotal =
    hints.kind === "bill" || hints.kind === "fine" || hints.kind === "reminder" || hints.decision === "recover";
  if (needsTotal && !amounts.some((a) => a.role === "to-pay")) {
    let best = -1;
    amounts.forEach((a, i) => {
      if (cued[i] === undefined && a.role === "info" && (best < 0 || a.value > (amounts[best]?.value ?? 0))) best = i;
    });
    const chosen = amounts[best];
    if (chosen) chosen.role = "to-pay";
  }
  foldTotals(amounts, cued, text, rows);
  sameValueSameRole(amounts, cued);
  flipRefund(amounts, text);
  return amounts;
}

const sameBlock = (text: string, from: number, to: number) => !/\n[ \t]*\n/.test(text.slice(from, to));

/**
 * "Totaal € 875,90 / Voorschot – € 300,00 / Saldo te betalen € 575,90": a total with an advance, tax withheld or a
 * reduction below it in the same table is a subtotal, a line folded under what is still due.
 */
function subtotalsBeforePaid(amounts: LetterAmount[], text: string, rows: readonly Row[]): void {
  amounts.forEach((a, i) => {
    if (a.role !== "to-pay" || (rows[i] as Row).label === null) return;
    const paidBelow = amounts.some(
      (b, j) =>
        j > i &&
        (b.role === "already-paid" || b.role === "reduction") &&
        (rows[j] as Row).label !== null &&
        sameBlock(text, a.end, b.start),
    );
    if (paidBelow) a.role = "line-item";
  });
}

/**
 * An amount named again without a word of its own is the same amount: "la facture … d'un montant de 186,42 €" and
 * the row "Facture n° …  186,42 €" are one line of the bill.
 */
function sameValueSameRole(amounts: LetterAmount[], cued: readonly (Cued | undefined)[]): void {
  amounts.forEach((a, i) => {
    if (a.role !== "info" || cued[i] !== undefined || a.repeatOf !== undefined) return;
    const j = amounts.findIndex((b, k) => k !== i && b.value === a.value && b.role !== "info");
    const same = amounts[j];
    if (!same) return;
    a.role = same.role;
    if (j < i) a.repeatOf = same.repeatOf ?? j;
  });
}

/**
 * One total to pay: mentions of the same value are one total (the first keeps the role, the others point to it);
 * among different values the one labelled as total (the last, else the largest) stays, the others are lines of it.
 * Amounts in words right after the same amount in digits are the same mention.
 */
function foldTotals(
  amounts: LetterAmount[],
  cued: readonly (Cued | undefined)[],
  text: string,
  rows: readonly Row[],
): void {
  for (let i = 1; i < amounts.length; i++) {
    const a = amounts[i];
    const prev = amounts[i - 1];
    if (!a || !prev || a.value !== prev.value || a.written === prev.written) continue;
    if (a.start - prev.end < 8 && /^[\s(:=–-]*$/.test(text.slice(prev.end, a.start))) {
      a.role = prev.role;
      a.repeatOf = prev.repeatOf ?? i - 1;
    }
  }
  const payIdx = amounts
    .map((a, i) => (a.role === "to-pay" && a.repeatOf === undefined ? i : -1))
    .filter((i) => i >= 0);
  if (payIdx.length === 0) return;
  const obliged = payIdx.filter((i) => {
    const a = amounts[i];
    if (a === undefined) return false;
    const sentence = sentenceAround(text, a.start, a.end).text;
    return ready(OBLIGATION_RE, sentence).test(sentence);
  });
  const labelled = payIdx.filter((i) => cued[i] === "total");
  const pool = obliged.length ? obliged : labelled.length ? labelled : payIdx;
  let total = pool[pool.length - 1] ?? 0;
  if (!labelled.length) for (const i of pool) if ((amounts[i]?.value ?? 0) > (amounts[total]?.value ?? 0)) total = i;
  const value = amounts[total]?.value;
  const first = payIdx.find((i) => amounts[i]?.value === value) ?? total;
  // The same value elsewhere is the total named again ("een schooltoeslag van € 267,54 … Wij vorderen € 267,54 terug").
  amounts.forEach((a, i) => {
    // The last row of a table with the value of the total is the total ("zu viel gezahlter Betrag  250,00 €").
    const result = a.role === "line-item" && isLastRow(text, amounts, i, rows);
    if (i !== first && a.value === value && a.role !== "to-pay" && (a.role !== "line-item" || result)) {
      a.role = "to-pay";
      a.repeatOf = first;
    }
  });
  for (const i of payIdx) {
    const a = amounts[i];
    if (!a || i === first) continue;
    if (a.value === value) a.repeatOf = first;
    else if (sumsTo(amounts, payIdx, value ?? 0) || (rows[i] as Row).label !== null) a.role = "line-item";
    else a.role = "info";
  }
}

/**
 * "Montant à rembourser 623,84 € … Le montant de 623,84 € sera versé sur votre compte": a total that the sender
 * pays out is received, not paid.
 */
function flipRefund(amounts: LetterAmount[], text: string): void {
  const total = amounts.find((a) => a.role === "to-pay" && a.repeatOf === undefined);
  if (!total) return;
  const same = amounts.filter((a) => a.value === total.value);
  const sentences = same.map((a) => sentenceAround(text, a.start, a.end).text);
  // A bill mostly says the reader must pay: then RECEIVE_RE need not run (nor be compiled).
  if (sentences.some((s) => ready(OBLIGATION_RE, s).test(s))) return;
  if (sentences.some((s) => ready(RECEIVE_RE, s).test(s))) for (const a of same) a.role = "to-receive";
}

/** True when the amount ends a row of a table and the next line holds no amount. */
function isLastRow(text: string, amounts: readonly LetterAmount[], i: number, rows: readonly Row[]): boolean {
  const a = amounts[i];
  if (!a || (rows[i] as Row).label === null) return false;
  const lineEnd = text.indexOf("\n", a.end);
  if (lineEnd === -1) return true;
  const nextEnd = text.indexOf("\n", lineEnd + 1);
  const next = amounts[i + 1];
  return !next || next.start > (nextEnd === -1 ? text.length : nextEnd);
}

/** True when the other amounts to pay add up to the total (a bill with its lines). */
function sumsTo(amounts: readonly LetterAmount[], idx: readonly number[], total: number): boolean {
  const sum = idx.reduce((s, i) => s + (amounts[i]?.value !== total ? (amounts[i]?.value ?? 0) : 0), 0);
  return Math.abs(sum - total) < 0.011;
}

/** Index of the total to pay, or null. */
export function totalToPay(amounts: readonly LetterAmount[]): number | null {
  const i = amounts.findIndex((a) => a.role === "to-pay" && a.repeatOf === undefined);
  return i === -1 ? null : i;
}
