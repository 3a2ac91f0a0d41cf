/**
 * The bottom line as data — who decided what about which benefit or service, from when, how much — and the appeal
 * part (route and term). No sentences here: the explanation composes them from its message catalogue.
 */

import { parseIso } from "../facts/calendar.ts";
import { sentenceAround } from "../facts/context.ts";
import { type DateMatch, resolveDate } from "../facts/dates.ts";
import { LETTER } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";
import type {
  BottomLine,
  BottomLineAction,
  LetterAmount,
  LetterDeadline,
  LetterModel,
  LetterModelKind,
  Span,
  ValueFact,
} from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import type { KindResult } from "./kind.ts";
import { holdsWord, quick, ready } from "./ready.ts";

const L = `[${LETTER}]`;
// Global: every use starts it at 0 (firstMatch, senderActor), so that one compiled pattern serves them all.
const ACTOR_RE = new RegExp(
  String.raw`(?<!${L})(?:OCMW|CPAS|FONS|MyFamily|Bruxelles\sFiscalité|Brussel\sFiscaliteit|Federale\sPensioendienst|Service\sfédéral\sdes\sPensions|ÖSHZ|OSHZ|RVA|ONEM|LfA|RIZIV|INAMI|VDAB|Actiris|Forem|ADG|HZIV|CAAMI|FOD\sFinanciën|SPF\sFinances|FÖD\sFinanzen|FPS\sFinance|Vlaamse\sBelastingdienst|Service\spublic\sde\sWallonie|(?:Stad|Gemeente|Ville\sde|Ville\sd['’]|Commune\sde|Commune\sd['’]|Stadt|Gemeinde|City\sof|Municipality\sof)\s?\p{Lu}[\p{L}-]+|Infino|Kidslife|FAMIWAL|Famiwal|Famiris|Parentia|ziekenfonds|mutualiteit|mutualité|Krankenkasse|Solidaris|Helan|Partena|CM|MC|woonmaatschappij|huisvestingsmaatschappij|société\sde\slogement|Wohnungsbaugesellschaft|ziekenhuis|hôpital|Krankenhaus|hospital|(?:AZ|UZ|CHU|CHR)\s(?:de\s|van\s)?\p{Lu}[\p{L}-]+|Dienst\sVreemdelingenzaken|Office\sdes\sétrangers|De\sWatergroep|Farys|Pidpa|SWDE|Vivaqua|Fluvius|ORES|Sibelga|Engie|Luminus|TotalEnergies)(?!${L})`,
  "gu",
);

// Full names in the heading, often in capitals, and the short name a citizen uses; with a word that every match
// holds (in lower case), to try only the patterns whose word the heading has.
export const LONG_NAMES: [RegExp, string, string][] = [
  [/openbaar\s+centrum\s+voor\s+maatschappelijk\s+welzijn/i, "OCMW", "maatschappelijk"],
  [/centre\s+public\s+d['’]action\s+sociale/i, "CPAS", "action"],
  [/öffentliche[sn]?\s+sozialhilfezentrum/i, "ÖSHZ", "sozialhilfezentrum"],
  [/rijksdienst\s+voor\s+arbeidsvoorziening/i, "RVA", "arbeidsvoorziening"],
  [/office\s+national\s+de\s+l['’]emploi/i, "ONEM", "national"],
  [/landesamt\s+für\s+arbeitsbeschaffung/i, "LfA", "arbeitsbeschaffung"],
  [/federale\s+pensioendienst/i, "Federale Pensioendienst", "pensioendienst"],
];
// A doctor of the health insurer decides in person: "De adviserend arts heeft beslist …". Every match holds one of
// ROLE_ACTOR_WORDS (holdsWord).
export const ROLE_ACTOR_WORDS = ["adviser", "advisory", "médecin-conseil", "vertrauensarzt"];
export const ROLE_ACTOR_RE = quickPattern(
  String.raw`(?<!${L})(?:adviserend(?:e)?\sarts|médecin-conseil|Vertrauensarzt|medical\sadviser|advisory\sphysician)(?!${L})`,
  "iu",
);
// What an invitation or a request is about.
const KIND_OBJECT_RE: Partial<Record<LetterModelKind, RegExp>> = {
  invitation: quickPattern(
    String.raw`(?<!${L})(?:${L}*gesprek|geneeskundig\sonderzoek|onderzoek|hoorzitting|entretien|rendez-vous|examen\smédical|audition|${L}*gespräch|Untersuchung|Anhörung|interview|(?:medical\s)?examination|hearing|appointment)(?!${L})`,
    "iu",
  ),
  request: quickPattern(
    String.raw`(?<!${L})(?:documenten|stukken|bewijsstukken|attesten|pièces(?:\sjustificatives)?|documents|justificatifs|Unterlagen|Nachweise|Belege|documents|evidence)(?!${L})`,
    "iu",
  ),
};

const OBJECT_RE = quickPattern(
  String.raw`(?<!${L})(?:equivalent\sleefloon|leefloon|revenu\sd['’]intégration(?:\ssociale)?|équivalent\sdu\srevenu\sd['’]intégration|Eingliederungseinkommen|integration\sincome|living\swage|maatschappelijke\sintegratie|sociale\shulp|financiële\s(?:steun|hulp)|steun|aide\ssociale|aide\sfinancière|Sozialhilfe|finanzielle\sHilfe|social\sassistance|financial\s(?:aid|help|support)|huurpremie|huursubsidie|huurwaarborg|garantie\slocative|Mietkaution|rent\sdeposit|${L}*pensioen|pension|Ruhestandsrente|huurprijs|huur|loyer|Miete|rent|groeipakket|kinderbijslag|schooltoeslag|allocations?\sfamiliales?|Kindergeld|child\sbenefit|werkloosheidsuitkering${L}{0,2}|uitkering${L}{0,2}|allocations?\sde\schômage|Arbeitslosengeld|unemployment\sbenefit|arbeidsongeschikt(?:heid)?|incapacité\sde\stravail|Arbeitsunfähigkeit|incapacity\sfor\swork|ziekte-uitkering|invaliditeitsuitkering|indemnités?|Krankengeld|sickness\sbenefit|verwarmingstoelage|allocation\sde\schauffage|Heizkostenzuschuss|heating\sallowance|stookoliepremie|medische\skaart|carte\smédicale|medizinische\sKarte|onroerende\svoorheffing|précompte\simmobilier|Immobiliensteuer|Grundsteuer|property\stax|personenbelasting|impôt\sdes\spersonnes\sphysiques|Einkommensteuer|income\stax|belasting|impôt|Steuer|tax|${L}*retributie|redevance\sde\sstationnement|Parkgebühr|parking\s(?:charge|fee)|GAS-boete|administratieve\sgeldboete|geldboete|boete|amende(?:\sadministrative)?|Geldbuße|Bußgeld|fine|factuur|facture|Rechnung|invoice|remgeld|ziekenhuisopname|hospitalisation|Krankenhausaufenthalt|hospital\sstay|waterfactuur|afrekening|décompte|Abrechnung|statement|tegemoetkoming|premie|toelage|allocations?|primes?|Zulage|Beihilfe|Prämie|allowances?|grant|benefits?|bewoning|sociale\swoning|logement\ssocial|Sozialwohnung|social\shousing|verblijfsvergunning|titre\sde\sséjour|Aufenthaltserlaubnis|residence\spermit|opvang|hulpverlening|begeleiding|accompagnement|Begleitung|support)(?!${L})`,
  "iu",
);

// "Après vérification de votre facture, votre demande est acceptée": a bill named beside the decision is not its
// object; the subject or the rest of the letter names it.
const DOCUMENT_RE = quick(
  String.raw`^(?:factuur|facture|Rechnung|invoice|afrekening|décompte|Abrechnung|statement)$`,
  "i",
);
const specific = (hit: { text: string; span: Span } | null) => (hit && DOCUMENT_RE.test(hit.text) ? null : hit);

const REFUND_RE = quickPattern(
  String.raw`(?<!${L})(?:terugbetaling${L}{0,2}|teruggave|remboursements?(?:\sd['’]impôt)?|(?:Rück)?erstattung${L}{0,2}|(?:tax\s)?refunds?)(?!${L})`,
  "iu",
);

const FROM_RE = quick(
  String.raw`(?:vanaf|met\singang\svan|à\spartir\sdu|à\sdater\sdu|avec\seffet\sau|dès\sle|ab\sdem|ab|mit\sWirkung\s(?:vom|zum)|from|with\seffect\sfrom|as\sof|starting)\s*(?:de\s|het\s|le\s|den\s)?$`,
  "i",
);

const ACTION_OF_KIND: Record<LetterModelKind, BottomLineAction> = {
  decision: "inform",
  bill: "pay",
  fine: "pay",
  reminder: "pay",
  invitation: "attend",
  request: "send",
  information: "inform",
};

function firstMatch(re: RegExp, text: string, from: number, to: number): { text: string; span: Span } | null {
  const piece = text.slice(from, to);
  ready(re, piece).lastIndex = 0;
  const m = re.exec(piece);
  return m ? { text: m[0], span: { start: from + m.index, end: from + m.index + m[0].length } } : null;
}

/** firstMatch for a pattern every match of which holds one of `words`: tried only when one is there. */
function firstMatchOf(
  words: readonly string[],
  re: RegExp,
  text: string,
  from: number,
  to: number,
): { text: string; span: Span } | null {
  return holdsWord(text.slice(from, to), words) ? firstMatch(re, text, from, to) : null;
}

/** "Le Foyer du Sud – Société immobilière de service public": the name before the dash that describes it. */
function senderName(sender: ValueFact): { text: string; span: Span } {
  const name = sender.value.split(/\s[–—-]\s/)[0]?.trim() || sender.value;
  return { text: name, span: { start: sender.start, end: sender.start + name.length } };
}

const MUNICIPALITY_RE = quick(String.raw`^(?:Stad|Gemeente|Ville|Commune|Stadt|Gemeinde|City|Municipality)\b`, "i");

/** "Stad Antwerpen – OCMW Antwerpen": the service named beside its municipality decides, not the city. */
function senderActor(text: string, start: number, end: number): { text: string; span: Span } | null {
  const piece = text.slice(start, end);
  const hits: RegExpExecArray[] = [];
  ready(ACTOR_RE, piece).lastIndex = 0;
  // No match of ACTOR_RE is empty: each one starts where the one before it ended, as with matchAll.
  for (let m = ACTOR_RE.exec(piece); m; m = ACTOR_RE.exec(piece)) hits.push(m);
  const best = hits.find((h) => !MUNICIPALITY_RE.test(h[0])) ?? hits[0];
  return best ? { text: best[0], span: { start: start + best.index, end: start + best.index + best[0].length } } : null;
}

// "Pour Bruxelles Fiscalité,", "Namens de Stad Gent," at the end of the letter.
const SIGNATURE_RE = /\n[ \t]*(?:Pour|Namens|Voor|Für|For|On\sbehalf\sof)\s[^\n]{3,80}/g;
const MONTHLY_RE = quick(
  String.raw`^\s*(?:\)\s*)?(?:per\smaand|par\smois|pro\sMonat|monatlich|per\smonth|a\smonth|mensuel)`,
  "i",
);

export interface BottomLineInput {
  text: string;
  kind: KindResult;
  amounts: readonly LetterAmount[];
  toPay: number | null;
  sender: ValueFact | undefined;
  subject: ValueFact | undefined;
  reference: string | null;
  /** The dates of the text (findDateMatches). */
  dateMatches: readonly DateMatch[];
}

export function composeBottomLine(input: BottomLineInput): BottomLine {
  const { text, kind } = input;
  const evidence: Span[] = [];
  const action: BottomLineAction = kind.decision?.type ?? ACTION_OF_KIND[kind.kind];
  // The decisive sentence: where the decision word stands, else the subject.
  const cue = kind.decision?.evidence[0] ?? kind.evidence[0];
  const sentence = cue ? sentenceAround(text, cue.start, cue.end) : null;
  if (sentence) evidence.push({ start: sentence.start, end: sentence.start + sentence.text.length });

  // The heading: up to the subject or the salutation.
  const salutation = /\n\s*(?:Geachte|Beste|Madame|Monsieur|Sehr\sgeehrte|Dear)\b/.exec(text)?.index ?? 600;
  const heading = Math.min(text.length, 600, input.subject?.start ?? 600, salutation);
  const senderHit = input.sender && senderActor(text, input.sender.start, input.sender.end);
  const longName = LONG_NAMES.map(([re, name, word]) => {
    const m = holdsWord(text.slice(0, heading), [word]) ? re.exec(text.slice(0, heading)) : null;
    return m ? { text: name, span: { start: m.index, end: m.index + m[0].length } } : null;
  }).find((hit) => hit !== null);
  // The last "Pour …," line: earlier lines starting with "Pour toute question" are sentences.
  const tailStart = Math.max(0, text.length - 700);
  const signatures = [...text.slice(tailStart).matchAll(SIGNATURE_RE)];
  const signature = signatures[signatures.length - 1];
  const signatureHit = signature
    ? firstMatch(ACTOR_RE, text, tailStart + signature.index, tailStart + signature.index + signature[0].length)
    : null;
  const actorHit =
    (sentence &&
      firstMatchOf(ROLE_ACTOR_WORDS, ROLE_ACTOR_RE, text, sentence.start, sentence.start + sentence.text.length)) ??
    firstMatchOf(ROLE_ACTOR_WORDS, ROLE_ACTOR_RE, text, 0, heading) ??
    senderHit ??
    signatureHit ??
    longName ??
    firstMatch(ACTOR_RE, text, 0, heading) ??
    (input.sender ? senderName(input.sender) : null) ??
    (sentence && firstMatch(ACTOR_RE, text, sentence.start, sentence.start + sentence.text.length)) ??
    firstMatch(ACTOR_RE, text, 0, text.length);
  if (actorHit) evidence.push(actorHit.span);

  const kindObject = KIND_OBJECT_RE[kind.kind];
  // A letter that only pays out is about the refund: "Objet : remboursement d'impôt", "Dienst Terugbetalingen".
  const refundOnly =
    kind.kind === "information" && input.toPay === null && input.amounts.some((a) => a.role === "to-receive");
  const objectHit =
    (refundOnly ? firstMatch(REFUND_RE, text, input.subject?.start ?? 0, input.subject?.end ?? 0) : null) ??
    (refundOnly ? firstMatch(REFUND_RE, text, 0, text.length) : null) ??
    (kindObject && input.subject && firstMatch(kindObject, text, input.subject.start, input.subject.end)) ??
    (kindObject && firstMatch(kindObject, text, 0, text.length)) ??
    (sentence && specific(firstMatch(OBJECT_RE, text, sentence.start, sentence.start + sentence.text.length))) ??
    (input.subject && firstMatch(OBJECT_RE, text, input.subject.start, input.subject.end)) ??
    firstMatch(OBJECT_RE, text, 0, text.length);
  if (objectHit) evidence.push(objectHit.span);

  let amount: LetterAmount | undefined;
  if (action === "pay" || action === "recover") amount = input.toPay !== null ? input.amounts[input.toPay] : undefined;
  else if (action === "grant" || action === "revise" || action === "inform") {
    // The amount per month is what the reader lives on: "1.776,07 € par mois" rather than the yearly sum.
    const receive = input.amounts.filter((a) => a.role === "to-receive");
    amount =
      receive.find((a) => {
        const after = text.slice(a.end, a.end + 20);
        return ready(MONTHLY_RE, after).test(after);
      }) ?? receive[0];
    // A new rent or contribution: what the reader pays from now on ("Total mensuel 429,20 €").
    if (!amount && action === "revise" && input.toPay !== null) amount = input.amounts[input.toPay];
  }
  if (amount) evidence.push({ start: amount.start, end: amount.end });

  const from = fromDate(text, input.dateMatches, input.reference);
  if (from) evidence.push(from.span);

  const confidence =
    Math.round(
      ((kind.decision?.confidence ?? kind.confidence) * 0.6 + (actorHit ? 0.2 : 0) + (objectHit ? 0.2 : 0)) * 100,
    ) / 100;
  return {
    actor: actorHit?.text ?? null,
    action,
    object: objectHit?.text ?? null,
    ...(amount ? { amount: amount.value } : {}),
    ...(from ? { from: from.iso } : {}),
    evidence,
    confidence,
  };
}

const PERIOD_END_RE = quick(String.raw`^\s*(?:tot|t\/m|au|jusqu|bis|to|until)`, "i");

/** "vanaf 1 december 2026", "à partir du 1er décembre 2026", "ab dem 1. Dezember 2026". */
function fromDate(
  text: string,
  dates: readonly DateMatch[],
  reference: string | null,
): { iso: string; span: Span } | null {
  const ref = reference ? parseIso(reference) : null;
  for (const m of dates) {
    const before = text.slice(Math.max(0, m.start - 30), m.start);
    if (!ready(FROM_RE, before).test(before)) continue;
    // "van 1 maart tot 31 maart" is a period covered, not a start.
    if (PERIOD_END_RE.test(text.slice(m.end, m.end + 12))) continue;
    const resolved = resolveDate(m, ref);
    if (resolved) return { iso: resolved.iso, span: { start: m.start, end: m.end } };
  }
  return null;
}

const APPEAL_RE = quick(
  String.raw`(?<!${L})(?:niet\sakkoord|het\sniet\s(?:helemaal\s)?eens|niet\stevreden|pas\sd['’]accord|pas\ssatisfaite?|nicht\seinverstanden|nicht\szufrieden|disagree|(?:do\snot|don['’]t)\sagree|not\ssatisfied|klacht(?:en)?|plaintes?|Beschwerden?|Rechtsmittel|Berufung|beroep|bezwaar${L}{0,7}|verzoekschrift|herziening\s(?:aan)?vragen|recours|réclamation|contester|Einspruch|Widerspruch|Klage|appeal|objection|complain${L}{0,3})(?!${L})`,
  "i",
);
const ROUTE_RE = quickPattern(
  String.raw`(?<!${L})(?:arbeidsrechtbank|tribunal\sdu\stravail|Arbeitsgericht|labour\scourt|employment\stribunal|politierechtbank|tribunal\sde\spolice|Polizeigericht|police\scourt|rechtbank\svan\seerste\saanleg|tribunal\sde\spremière\sinstance|Gericht\sErster\sInstanz|court\sof\sfirst\sinstance|vrederechter|vredegerecht|juge\sde\spaix|justice\sde\spaix|Friedensrichter|Friedensgericht|justice\sof\sthe\speace|Raad\svan\sState|Conseil\sd['’]État|Staatsrat|Council\sof\sState|Raad\svoor\sVreemdelingenbetwistingen|Conseil\sdu\scontentieux\sdes\sétrangers|gewestelijke\sdirecteur|directeur\srégional|Regionaldirektor|regional\sdirector|ombuds${L}{0,8}|Ombudsperson|médiateur|service\sde\smédiation(?:\shospitalière)?|médiation\shospitalière|Ombudsdienst|Ombudsmann|Ombudsstelle|Generalberater|conseiller\sgénéral|adviseur-generaal|Bürgerbeauftragte|college\svan\sburgemeester\sen\schepenen|collège\scommunal|Gemeindekollegium|Vlaamse\sBelastingdienst|klachtendienst|service\sdes\splaintes|Beschwerdestelle|complaints\s(?:service|department)|bestendige\sdeputatie|députation|deputatie|gemeenteraad|conseil\scommunal|Gemeinderat|beroepscommissie|commission\sde\srecours|Widerspruchsstelle|rechtbank|tribunal|Gericht|court)(?!${L})`,
  "i",
);

// Which court or service: "arbeidsrechtbank Antwerpen, afdeling Mechelen", "tribunal du travail du Hainaut, division
// Tournai", "Police Court of Brussels", "ombudsdienst van AZ Nikolaas" (up to the address or the end of the name).
const ROUTE_TAIL_RE =
  /^(?:\s(?:(?:van|voor|de|du|des|of|der|für|pour|for|d['’])\s?(?:(?:de|la|het|the)\s)?)?\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|\d{1,2}(?![\d.,])))*)?(?:,?\s(?:afdeling|division|Abteilung|section)\s\p{Lu}[\p{L}'’-]*)?/u;

// Where to send it when no court or service is named: "bezwaar indienen bij Woonhaven Antwerpen", "send a written
// complaint to our Rental Department".
// "auprès de notre société", "bij onze klantendienst", "an unseren Kundendienst": the sender's own service.
// "(?:…|(?!)){0,3}" is "(?:…){0,3}" (the second branch never matches), which V8 compiles as one loop instead of
// three copies of its \p{L} classes: half the cost of a cold compile (tests/analysis/letter/patterns.test.ts).
export const ROUTE_AFTER_RE =
  /^[^.?!]{0,80}?\s(?:bij|aan|auprès\sd[eu]|beim|bei|an\sdas|an\sden|an|to\sour|to\sthe|to)\s(?<route>(?:notre|nos|onze|ons|unser(?:e[nmrs]?)?|our)\s[\p{L}-]+(?:\s\p{Lu}[\p{L}'’-]*|(?!)){0,3}|(?:(?:de|het|la|le|l['’]|der|die|das|den|our|the)\s)?\p{Lu}[\p{L}'’-]*(?:\s(?:\p{Lu}[\p{L}'’-]*|van|de|du|des|der|of|voor|pour|für|for)){0,6})/u;
const OWN_ROUTE_RE = quick(String.raw`^(?:notre|nos|onze|ons|unser|our)`, "i");

// Last resort: the appeal itself names the route ("schriftelijk bezwaar", "réclamation écrite").
const APPEAL_NOUN_RE = quickPattern(
  String.raw`(?<!${L})(?:(?:schriftelijk(?:e)?\s)?(?:bezwaarschrift|bezwaar)|réclamation(?:\sécrite)?|(?:schriftliche[rn]?\s)?(?:Widerspruch|Einspruch)|(?:written\s)?(?:complaint|objection))(?!${L})`,
  "i",
);

export function findAppeal(
  text: string,
  deadlines: readonly LetterDeadline[],
  known?: WordStarts,
): LetterModel["appeal"] {
  const evidence: Span[] = [];
  const appealDeadline = deadlines.findIndex((d) => d.purpose === "appeal");
  let route: string | null = null;
  // Tried only where a word of the pattern starts (word-starts.ts).
  const hits = (known?.text === text ? known : new WordStarts(text)).allMatches(APPEAL_RE);
  const sentences = hits.map((hit) => sentenceAround(text, hit.index, hit.index + hit[0].length));
  const take = (found: { at: number; text: string } | null) => {
    if (!found || route) return;
    route = found.text.trim();
    evidence.push({ start: found.at, end: found.at + found.text.length });
  };
  const court = (s: { start: number; text: string }) => {
    const r = ready(ROUTE_RE, s.text).exec(s.text);
    if (!r) return null;
    const rest = s.text.slice(r.index + r[0].length);
    const tail = ready(ROUTE_TAIL_RE, rest).exec(rest);
    return { at: s.start + r.index, text: r[0] + (tail?.[0].trimEnd() ?? "") };
  };
  // The first route named in the sentence that speaks of the appeal: a court or service, or where to send it
  // ("une plainte auprès de notre Service Clientèle, puis … auprès du Médiateur"); a later next step is not the route.
  hits.forEach((hit, i) => {
    const s = sentences[i] as { start: number; text: string };
    const named = court(s);
    const from = text.slice(hit.index, s.start + s.text.length);
    const after = ready(ROUTE_AFTER_RE, from).exec(from);
    const sent = after?.groups?.route;
    const own = sent && OWN_ROUTE_RE.test(sent) ? sent : null;
    const ownAt = own && after ? hit.index + after[0].length - own.length : -1;
    take(
      own && (!named || ownAt < named.at)
        ? { at: ownAt, text: own }
        : (named ?? (sent ? { at: ownAt, text: sent } : null)),
    );
    if (evidence.length < 3) evidence.push({ start: s.start, end: s.start + s.text.length });
  });
  // The route may stand in the next sentences: "Hebt u een klacht? Neem contact op met de klantendienst. Bent u niet
  // tevreden, dan kan u terecht bij de Ombudsdienst voor Energie."
  for (const s of sentences) {
    let end = s.start + s.text.length;
    for (let k = 0; k < 2 && !route && end + 2 < text.length; k++) {
      const next = sentenceAround(text, end + 2, end + 3);
      take(court(next));
      end = next.start + next.text.length;
    }
  }
  const d = appealDeadline >= 0 ? deadlines[appealDeadline] : undefined;
  if (!route && d) take(court(sentenceAround(text, d.start, d.end)));
  if (!route && hits.length) {
    const own = APPEAL_NOUN_RE.exec(text);
    if (own) route = own[0];
  }
  return {
    present: hits.length > 0,
    route,
    deadline: appealDeadline >= 0 ? appealDeadline : null,
    evidence,
  };
}
