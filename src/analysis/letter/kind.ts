/**
 * What kind of letter this is — decision, bill (tax assessment included), fine, invitation, request for documents,
 * information or reminder — and for a decision what it decides: grant, refuse, recover, revise, suspend or end.
 */
import { LETTER } from "../facts/pattern.ts";
import type { DecisionType, LetterModelKind, Span } from "../types.ts";
import type { WordStarts } from "../word-starts.ts";
import { confidenceOf, score } from "./cues.ts";
import { quick } from "./ready.ts";

const L = `[${LETTER}]`;
// Case-insensitive, written for a quick compile (ready.ts).
const re = (words: string) => quick(`(?<!${L})(?:${words})(?!${L})`, "gi");

const KIND: Record<LetterModelKind, RegExp> = {
  decision: re(
    String.raw`ken(?:t|nen)\s(?:[${LETTER}]+\s){0,5}toe|weiger(?:t|en)|vorder(?:t|en)\s(?:[${LETTER}]+\s){0,5}terug|(?:opnieuw\s)?(?:her)?berekend|recalculated|recalculée?|neu\sberechnet|(?:demande|aanvraag|Antrag|application|request)\s(?:[${LETTER}]+\s){0,3}(?:acceptée|accordée|aanvaard|goedgekeurd|ingewilligd|angenommen|bewilligt|genehmigt|accepted|approved|granted)|beslist|beslissing|heeft\sbesloten|hebben\sbesloten|herziening|révision|Neuberechnung|revision|décid${L}{0,4}|décision|a\sdécidé|Beschluss|beschlossen|Entscheidung|entschieden|decided|decision`,
  ),
  bill: re(
    String.raw`factuur|aanslagbiljet|belastingaanslag|kohier|onroerende\svoorheffing|afrekening|facture|avertissement-extrait\sde\srôle|précompte\simmobilier|décompte|Rechnung|Steuerbescheid|Abrechnung|invoice|tax\sassessment|tax\sbill|assessment\snotice`,
  ),
  fine: re(
    String.raw`${L}*retributie|redevance\sde\sstationnement|Parkgebühr|parking\s(?:charge|fee)|GAS|administratieve\s(?:geld)?boete|geldboete|boete|overtreding|proces-verbaal|sanctionerend\sambtenaar|amende|sanction\sadministrative|infraction|fonctionnaire\ssanctionnateur|Geldbuße|Bußgeld|Verwarnungsgeld|Ordnungswidrigkeit|Verstoß|administrative\sfine|fine|penalty|offence|SAC`,
  ),
  invitation: re(
    String.raw`uitnodig${L}{0,4}|nodigen\s(?:wij\s)?u\s(?:[${LETTER}]+\s){0,3}uit|oproeping|(?:zich|u)\saan\ste\sbieden|Vorladung|vous\sprésenter|summons|nodigen\su\suit|afspraak|kom\s(?:op|naar)|gesprek\sop|convocation|convoqu${L}{0,4}|invit${L}{0,5}|rendez-vous|Einladung|laden\sSie\s(?:[${LETTER}]+\s){0,3}ein|Termin|appointment|please\scome`,
  ),
  request: re(
    String.raw`ontbrek${L}{0,4}|bewijsstuk${L}{0,3}|bezorg\sons|stuur\sons|vragen\su\s(?:om\s)?(?:de\svolgende\s)?(?:documenten|stukken|bewijzen)|pièces?\sjustificatives?|documents?\smanquants?|veuillez\snous\s(?:faire\sparvenir|transmettre|envoyer)|nous\svous\sdemandons\sde\snous|fehlende[n]?\sUnterlagen|reichen\sSie\s(?:[${LETTER}]+\s){0,4}ein|bitten\swir\sSie|missing\sdocuments|please\s(?:send|provide)\sus|we\sneed\sthe\sfollowing`,
  ),
  information: re(
    String.raw`informeren|ter\sinformatie|wij\sdelen\su\smee|laten\su\sweten|nieuwe\shuurprijs|indexering|(?:aan\sde|à\sl['’]|an\sden|to\sthe)\s?index|geïndexeerd|indexée?s?|indexiert|indexed|informons|information|porter\sà\svotre\sconnaissance|informieren|teilen\sIhnen\smit|Indexierung|inform\syou|for\syour\sinformation|indexation`,
  ),
  reminder: re(
    String.raw`(?<!(?:ter|pour|zur|as\sa)\s)(?:herinnering|rappel|Erinnerung|reminder)|aanmaning|ingebrekestelling|nog\sniet\sbetaald|mise\sen\sdemeure|pas\sencore\s(?:été\s)?payée?|Zahlungserinnerung|Mahnung|noch\snicht\s(?:be)?zahlt|final\snotice|not\syet\s(?:been\s)?paid`,
  ),
};

const DECISION: Record<DecisionType, RegExp> = {
  grant: re(
    String.raw`(?<!(?:niet|not|pas|nicht|geen)\s)(?:ken(?:t|nen)\s(?:[${LETTER}]+\s){0,5}toe|(?<!(?:geen|niet)\s(?:[${LETTER}]+\s){0,3})toe\ste\skennen|toegekend|toekenning|goedgekeurd|aanvaard|ingewilligd|acceptée?s?|angenommen|genehmigt|accepted|krijgt\su|u\skrijgt|u\sontvangt|accord(?:e|ons|ée?s?)|octro(?:i|y)${L}{0,4}|vous\srecevrez|gewähr${L}{0,3}|bewillig${L}{0,3}|erhalten\sSie|granted|approved|you\swill\sreceive)`,
  ),
  refuse: re(
    String.raw`weiger${L}{0,4}|geweigerd|afgewezen|niet\s(?:aanvaard|ingewilligd|goedgekeurd)|onontvankelijk|ongegrond|n['’]est\spas\s(?:acceptée|accordée)|irrecevable|nicht\s(?:angenommen|genehmigt|bewilligt)|not\s(?:accepted|approved|granted)|geen\srecht|niet\stoegekend|geen\s(?:leefloon|steun|hulp|premie|toelage)|refus${L}{0,4}|rejet${L}{0,2}|n['’]avez\spas\sdroit|pas\sdroit|abgelehnt|Ablehnung|lehnt\s(?:[${LETTER}]+\s){0,4}ab|kein(?:en)?\sAnspruch|refused|rejected|not\sentitled|turn\sdown`,
  ),
  recover: re(
    String.raw`terugvorder${L}{0,4}|vorder(?:t|en)\s(?:[${LETTER}]+\s){0,5}terug|terug\s?te\sbetalen|terugbetalen|onterecht\s(?:ontvangen|betaald|uitbetaald)|récupér${L}{0,5}|réclam${L}{0,4}|indûment|rembourser|zurückforder${L}{0,3}|Rückforderung|fordern\s(?:[${LETTER}]+\s){0,5}zurück|zurückzahlen|zu\sUnrecht|recover${L}{0,3}|repay|overpa${L}{0,5}|reclaim`,
  ),
  // "Meld elke wijziging", "jede Änderung Ihrer Lage mitteilen": a duty to report a change is no revision.
  revise: re(
    String.raw`(?<!(?:elke|iedere|toute|tout|jede[rn]?|any|every)\s)(?:herzien${L}{0,2}|herziening|wijzig(?:t|en|ing)|aangepast|aanpassing|nieuw\sbedrag|nieuwe\shuurprijs|révis${L}{0,4}|modifi${L}{0,5}|adapt${L}{0,5}|nouveau\smontant|geändert|Änderung|angepasst|Anpassung|Neuberechnung|neuer\sBetrag|revised|revision|changed|adjusted|new\samount)`,
  ),
  suspend: re(
    // A temporary exclusion from benefits ("uitsluiting … gedurende 8 weken", "exclusion temporaire") suspends them.
    String.raw`schors${L}{0,4}|geschorst|opgeschort|suspen${L}{0,5}|ausgesetzt|aussetz${L}{0,3}|Sperre|gesperrt|suspended|suspension|uitsluiting|uit\ste\ssluiten|uitgesloten|exclusion|exclure|exclue?s?|Ausschluss|ausgeschlossen|ausschließen|excluded|exclude`,
  ),
  end: re(
    String.raw`stopzetting|stopgezet|stop(?:t|pen)|beëindig${L}{0,3}|eindigt|einde\svan|Ende\sd(?:es|er|ieser)|end\sof|niet\slanger|fin\sde|met\sfin|prend\sfin|supprim${L}{0,4}|retir${L}{0,4}|cess${L}{0,4}|eingestellt|beendet|endet|Einstellung|ended|ends|terminated|no\slonger|stop\spaying`,
  ),
};

export interface KindResult {
  kind: LetterModelKind;
  confidence: number;
  evidence: Span[];
  decision: { type: DecisionType; confidence: number; evidence: Span[] } | null;
}

const APPEAL_PART_RE = quick(
  String.raw`(?:bent\su\shet\sniet\seens|niet\sakkoord|beroep|vous\sn['’]êtes\spas\sd['’]accord|recours|nicht\seinverstanden|Einspruch|Widerspruch|disagree|appeal)`,
  "i",
);

/**
 * Only the body between the heading and the appeal part decides the type: appeal texts say "niet akkoord". The text
 * with spaces for the appeal part, and where that starts (the text's length when it has none).
 */
function withoutAppealPart(text: string): { body: string; end: number } {
  const m = APPEAL_PART_RE.exec(text.slice(Math.floor(text.length / 3)));
  if (!m) return { body: text, end: text.length };
  const at = Math.floor(text.length / 3) + m.index;
  return { body: text.slice(0, at) + " ".repeat(text.length - at), end: at };
}

export function classifyLetter(
  text: string,
  subject: Span | undefined,
  hasTotal: boolean,
  words?: WordStarts,
): KindResult {
  const ranked = score(text, KIND, subject, words);
  // A bill has a total to pay; a decision without a decision word is no decision.
  if (hasTotal) for (const r of ranked) if (r.value === "bill" || r.value === "reminder") r.score += 1;
  ranked.sort((a, b) => b.score - a.score || order(a.value) - order(b.value));
  let top = ranked[0];
  // A fine or reminder also says "beslissing"; a decision also invites. The specific kind wins a near tie.
  if (top?.value === "decision") {
    const least = top.score - 1;
    const specific = ranked.find((r) => (r.value === "fine" || r.value === "reminder") && r.score >= least);
    if (specific) top = specific;
  }
  const kind = top?.value ?? "information";
  let decision: KindResult["decision"] = null;
  if (kind === "decision") {
    const { body, end } = withoutAppealPart(text);
    // The words of the body are those of the letter before the appeal part (word-starts.ts).
    const bodyWords = words?.text !== text ? undefined : end === text.length ? words : words.blankedFrom(body, end);
    const types = score(body, DECISION, subject, bodyWords);
    const best = types[0];
    if (best) decision = { type: best.value, confidence: confidenceOf(types), evidence: best.evidence };
  }
  // A decision that clearly says what it decides ("récupération … rembourser") is clearly a decision.
  const confidence = Math.max(confidenceOf(ranked), decision?.confidence ?? 0);
  return { kind, confidence, evidence: top?.evidence ?? [], decision };
}

const ORDER: readonly LetterModelKind[] = [
  "reminder",
  "fine",
  "decision",
  "bill",
  "invitation",
  "request",
  "information",
];
const order = (kind: LetterModelKind) => ORDER.indexOf(kind);
