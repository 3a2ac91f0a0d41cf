/**
 * Deadlines with their anchor: a date written in the letter (fixed), or a term counted from the letter date, the
 * sending, the third working day after sending, the receipt or the notification. The last day is computed (Judicial
 * Code art. 52–54) only when the anchor is known from the letter; receipt and notification are not. Sentences about
 * the past ("u hebt niet gereageerd binnen vijftien dagen") or in the conditional mood never become deadlines.
 */
import { sentenceAround } from "../facts/context.ts";
import { NUMBER_BY_WORD, NUMBER_WORD, numberKey, purposeOf } from "../facts/deadlines.ts";
import { LETTER } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";
import type {
  DeadlineAnchor,
  DeadlineFact,
  DeadlinePurpose,
  LetterAppointment,
  LetterDeadline,
  TermUnit,
} from "../types.ts";
import { WordStarts } from "../word-starts.ts";
import { anchorAfter } from "./anchors.ts";
import { lastDayOfTerm, thirdWorkingDayAfter } from "./calendar.ts";
import { quick, ready } from "./ready.ts";

const W = String.raw`[\s\u00A0]{1,3}`;
const L = `[${LETTER}]`;

const PREFIX = [
  String.raw`binnen(?:${W}(?:een|de)${W}(?:termijn|periode)${W}van)?`,
  String.raw`(?:een|de)${W}termijn${W}van`,
  String.raw`(?:dans|endéans|sous)(?:${W}(?:un|le)${W}délai(?:${W}(?:maximum|maximal))?${W}d(?:e|['’])|${W}les)?`,
  String.raw`(?:un|le)${W}délai(?:${W}(?:maximum|maximal))?${W}d(?:e|['’])`,
  String.raw`innerhalb(?:${W}(?:von|einer${W}Frist${W}von))?|binnen${W}einer${W}Frist${W}von|(?:eine[rn]?|die)${W}Frist${W}von`,
  String.raw`within(?:${W}(?:a|the)${W}period${W}of)?|(?:a|the)${W}(?:period|time${W}limit)${W}of`,
  // "U hebt drie maanden om …", "Vous avez trois mois pour …", "Sie haben einen Monat Zeit", "You have 30 days to …"
  String.raw`u${W}(?:hebt|heeft)|vous${W}avez|Sie${W}haben|you${W}have`,
].join("|");
const UNIT = [
  String.raw`(?<workday>werkdagen|werkdag|jours?${W}ouvrables?|jours?${W}ouvrés?|Werktage?n?|Arbeitstage?n?|(?:working|business)${W}days?)`,
  String.raw`(?<day>kalenderdagen|dagen|dag|jours?(?:${W}(?:calendrier|civils?))?|Kalendertage?n?|Tage?n?|(?:calendar${W})?days?)`,
  "(?<week>weken|week|semaines?|Wochen|Woche|weeks?)",
  "(?<month>maanden|maand|mois|Monate?n?|Monats|months?)",
  "(?<year>jaren|jaar|années?|ans?|Jahre?n?|Jahres|years?)",
].join("|");
// Case-insensitive, written for a quick compile (quick-pattern.ts).
const TERM_RE = quickPattern(
  String.raw`(?<!${L})(?:${PREFIX})[\s\u00A0]{0,3}(?:(?:de|het|le|la|the|des|der|dem)${W})?(?:(?<count>\d{1,3}|${NUMBER_WORD})${W})?(?:${UNIT})(?!${L})`,
  "gi",
);

// The past ("hebt niet gereageerd", "n'avez pas répondu", "haben nicht geantwortet", "did not reply") and the
// conditional mood ("zou", "would") describe no task for the reader.
const PAST_RE = quickPattern(
  [
    String.raw`(?<!${L})(?:hebt|heeft|had|hadden|werd|werden)${W}(?:${L}+${W}){0,12}?(?:ge|be|ver|ont|her|er)${L}+(?:d|t|en)(?!${L})(?!${W}(?:te|worden)(?!${L}))`,
    String.raw`(?<!${L})(?:n['’])?(?:avez|aviez|avait|a|ont)${W}(?:pas${W}|jamais${W})?(?!droit)(?:${L}+(?:é|ée|és|ées|i|u)|fait|dit|écrit|pris|mis|remis|transmis|compris|omis)(?!${L})`,
    String.raw`(?<!${L})(?:était|étaient|war|waren|was|were)(?!${L})`,
    String.raw`(?<!${L})(?:haben|hatten|hat|hatte|wurde|wurden)${W}(?:${L}+${W}){0,10}?(?:nicht${W})?(?:ge${L}+(?:t|en)|${L}+iert)(?!${L})`,
    String.raw`(?<!${L})(?:did${W}not|didn['’]t|have${W}not|haven['’]t|has${W}not|had${W}(?:not${W})?${L}+ed|was|were)(?!${L})`,
    String.raw`(?<!${L})(?:zou(?:den)?|would|würden?|aurait|auriez)(?!${L})`,
  ].join("|"),
  "i",
);
// "U hebt drie maanden om een verzoekschrift in te dienen": a term to act, not a past event.
const INFINITIVE_RE = quick(
  String.raw`\bom\b[^,]*\bte\b|\bpour\b|\bum\b[^,]*\bzu\b|\bto\s\w+|\btijd\b|\bZeit\b|\btemps\b`,
  "i",
);
const RIGHT_RE = quick(
  String.raw`het\srecht|de\smogelijkheid|le\sdroit|la\spossibilité|das\sRecht|die\sMöglichkeit|the\sright`,
  "i",
);

// A condition ("als u niet binnen 30 dagen betaalt", "en cas de récidive dans un délai d'un an") or a task of the
// sender ("sera versé dans les trois semaines", "wij antwoorden binnen 30 dagen") is no deadline for the reader.
const CONDITION_RE = quickPattern(
  String.raw`(?<!${L})(?:als|indien|wanneer|zodra|in${W}geval${W}van|ingeval|bij${W}(?:herhaling|een${W}nieuwe)|si|lorsque|en${W}cas${W}de|falls|wenn|im${W}Fall(?:e)?|bei${W}(?:Wiederholung|erneutem)|if|when|in${W}case${W}of|should)(?!${L})`,
  "i",
);
const SENDER_TASK_RE = quickPattern(
  String.raw`(?<!${L})(?:(?:sera|seront)${W}(?:versée?s?|payée?s?|remboursée?s?|traitée?s?|envoyée?s?)|(?:wordt|worden)${W}(?:[${LETTER}]+${W}){0,3}(?:gestort|terugbetaald|uitbetaald|behandeld|verstuurd)|nous${W}(?:verserons|rembourserons|traiterons|répondrons|enverrons)|wij${W}(?:storten|betalen|antwoorden|sturen|behandelen)|(?:storten|betalen|antwoorden|sturen|versturen)${W}wij|(?:moet|moeten|zal|zullen|doit|doivent|muss|müssen|must|will)${W}(?:[${LETTER}]+${W}){0,8}?(?:beslissing${W}nemen|beslissen|statuer|décider|prendre${W}(?:une|sa)${W}décision|entscheiden|decide)|(?:wird|werden)${W}(?:[${LETTER}]+${W}){0,8}(?:überwiesen|gezahlt|erstattet|bearbeitet)|(?:verpflichtet|verplicht|oblige|obliges|requires)${W}(?:uns|ons|nous|us)|wir${W}(?:überweisen|zahlen|antworten|senden)|will${W}be${W}(?:paid|refunded|transferred|processed)|we${W}(?:will|shall)${W}(?:pay|refund|reply|send))(?!${L})`,
  "i",
);

const CONDITION_START_RE = quick(String.raw`^\s*(?:si|als|indien|wanneer|falls|wenn|if|should)\s`, "i");
// "Any change in your household must be reported to us within one month": a duty for a change that may come.
// "(?:…|(?!)){0,2}": one loop for V8 to compile, not two copies (see ROUTE_AFTER_RE in bottom-line.ts).
export const CHANGE_DUTY_RE =
  /\b(?:any|every|elke|iedere|toute?|jede[rn]?)\s(?:\p{L}+\s|(?!)){0,2}(?:change|wijziging|verandering|changement|modification|Änderung)/iu;

// A clause that continues the one before it: "…, dans les quinze jours, …", "…, en ook niet binnen …".
const CONTINUED_RE = /^\s*(?:(?:en|et|und|and|of|ou|oder|or|noch|ni|nor)(?![\p{L}])[^,]*)?$/u;

/**
 * The clause of the sentence that holds the span: from the comma before it to the comma after it; a clause that only
 * continues the one before it ("vous ne nous avez pas renvoyé, dans les quinze jours, le questionnaire") starts there.
 */
function clauseAround(text: string, start: number, end: number): { before: string; clause: string } {
  const sentence = sentenceAround(text, start, end);
  let from = sentence.text.lastIndexOf(",", start - sentence.start);
  const between = from > 0 ? sentence.text.slice(from + 1, start - sentence.start).replace(/^\s+/, "") : "";
  if (from > 0 && ready(CONTINUED_RE, between).test(between)) {
    from = sentence.text.lastIndexOf(",", from - 1);
  }
  const toComma = sentence.text.indexOf(",", end - sentence.start);
  const to = toComma === -1 ? sentence.text.length : toComma;
  const clauseStart = Math.max(from + 1, 0);
  return {
    before: sentence.text.slice(clauseStart, start - sentence.start),
    clause: sentence.text.slice(clauseStart, to),
  };
}

// A modal verb in the past ("U kon binnen vijftien dagen uw verweer indienen", "vous pouviez", "Sie konnten", "you
// could") tells what the reader could have done: even with "om … te" it sets no task now.
const MODAL_PAST_RE = quickPattern(
  String.raw`(?<!${L})(?:kon|kondt|konden|mocht|mochten|moest|moesten|pouviez|pouvait|deviez|devait|disposiez|konnten|konnte|durften|musste|mussten|you${W}could|had${W}to)(?!${L})`,
  "i",
);

function isPastOrConditional(text: string, start: number, end: number): boolean {
  const { before, clause } = clauseAround(text, start, end);
  if (ready(MODAL_PAST_RE, clause).test(clause)) return true;
  // "U hebt het recht … binnen drie maanden" is no past.
  if (
    ready(PAST_RE, clause).test(clause) &&
    !ready(RIGHT_RE, clause).test(clause) &&
    !ready(INFINITIVE_RE, clause).test(clause)
  )
    return true;
  const sentence = sentenceAround(text, start, end);
  return (
    ready(CONDITION_RE, before).test(before) ||
    ready(SENDER_TASK_RE, clause).test(clause) ||
    SENDER_TASK_RE.test(sentence.text.slice(0, start - sentence.start))
  );
}

// "tot en met", "jusqu'au", "bis", "until" name a deadline only when the reader is asked to act.
const UNTIL_RE = quick(String.raw`^(?:tot|t\.e\.m|t\/m|jusqu|bis(?!\s?spätestens)|until)`, "i");
const READER_ACTS_RE = quick(
  String.raw`(?:u\s(?:kunt|kan|moet|mag)|kunt\su|moet\su|gelieve|vous\s(?:pouvez|devez)|veuillez|Sie\s(?:können|müssen)|können\sSie|müssen\sSie|bitte|you\s(?:can|must|may|should)|please)`,
  "i",
);

const APPEAL_WORD_RE = quickPattern(
  String.raw`(?<!${L})(?:beroep|bezwaar${L}{0,7}|verzoekschrift|arbeidsrechtbank|recours|réclamation|tribunal|Widerspruch|Einspruch|Klage|Berufung|Rechtsmittel|Arbeitsgericht|Polizeigericht|appeal|objection|complaint)(?!${L})`,
  "i",
);
const APPOINTMENT_RE = quick(
  String.raw`afspraak|uitnodig|rendez-vous|convoqu|invit|Termin|Einladung|appointment|invited`,
  "i",
);

// "Kunt u niet komen? Bel dan uiterlijk op …", "If you cannot come, let us know by …": the day to answer, not to come.
const CANNOT_COME_RE = quick(
  String.raw`(?:kunt|kan)\s(?:of\swil\s)?u\sniet\s(?:komen|aanwezig)|niet\s(?:kunt|kan)\skomen|ne\spouvez\spas\s(?:venir|vous\sprésenter|assister)|verhindert|nicht\s(?:kommen|teilnehmen)\skönnen|können\sSie\snicht\s(?:kommen|teilnehmen)|cannot\s(?:come|attend)|(?:are\s)?unable\sto\s(?:come|attend)`,
  "i",
);

function purposeAt(text: string, start: number, end: number, given?: DeadlineFact["purpose"]): DeadlinePurpose {
  const sentence = sentenceAround(text, start, end);
  // A term in a sentence that names an appeal is the appeal term, whatever verb stands nearer ("Widerspruch einreichen").
  if (ready(APPEAL_WORD_RE, sentence.text).test(sentence.text)) return "appeal";
  const lead =
    text
      .slice(Math.max(0, sentence.start - 160), sentence.start)
      .split(/\n\s*\n/)
      .pop() ?? "";
  if (ready(CANNOT_COME_RE, sentence.text).test(sentence.text) || CANNOT_COME_RE.test(lead)) return "response";
  const purpose = given ?? purposeOf(text, start, end) ?? "other";
  if (purpose === "other" && ready(APPOINTMENT_RE, sentence.text).test(sentence.text)) return "appointment";
  return purpose;
}

export interface DeadlineContext {
  letterDate: string | null;
  sendingDate: string | null;
  /** The date of the appointment the letter invites to, for terms counted from it. */
  eventDate: string | null;
  /** The word starts of the text (word-starts.ts), when the caller has them. */
  words?: WordStarts;
}

function unitOf(g: Record<string, string | undefined>): TermUnit {
  if (g.workday) return "working-days";
  if (g.day) return "days";
  if (g.week) return "weeks";
  return g.month ? "months" : "years";
}

/** Deadlines written as a term: "binnen drie maanden na de kennisgeving", "dans un délai d'un an". */
function termDeadlines(text: string, context: DeadlineContext): LetterDeadline[] {
  const found: LetterDeadline[] = [];
  const words = context.words?.text === text ? context.words : new WordStarts(text);
  const deemed = words.test(DEEMED_RE);
  for (const m of words.allMatches(TERM_RE)) {
    const g = m.groups ?? {};
    const written = numberKey(g.count ?? "");
    const n = !written ? 1 : /^\d+$/.test(written) ? Number(written) : (NUMBER_BY_WORD.get(written) ?? 0);
    if (n < 1) continue;
    const start = m.index;
    let end = start + m[0].length;
    if (isPastOrConditional(text, start, end)) continue;
    // The anchor is named right after the term: "na de kennisgeving", "à compter de la notification".
    const sentence = sentenceAround(text, start, end);
    const { named, length } = anchorAfter(sentence.text.slice(end - sentence.start, end - sentence.start + 90));
    const anchor = deemed && (named === "notification" || named === "receipt") ? "third-working-day" : named;
    end += length;
    const unit = unitOf(g);
    const purpose = purposeAt(text, start, end);
    // "Si votre situation change (…), vous pouvez introduire une nouvelle demande dans les 60 jours", "any change must
    // be reported within one month": a term for a case that may come, with nothing to count it from, is no deadline.
    // (Asked only for such a term: the patterns are compiled only for a letter that needs them.)
    const futureCase = () =>
      ready(CONDITION_START_RE, sentence.text).test(sentence.text) ||
      ready(CHANGE_DUTY_RE, sentence.text).test(sentence.text);
    if (anchor === "unknown" && purpose !== "appeal" && futureCase()) continue;
    const date = lastDay(anchor, n, unit, context);
    found.push({
      start,
      end,
      text: text.slice(start, end),
      purpose,
      anchor,
      term: { n, unit },
      date,
      calculated: date !== null,
      evidence: [{ start, end }],
    });
  }
  return found;
}

// "Deze beslissing wordt geacht ter kennis te zijn gebracht op de derde werkdag na de verzending": the letter itself
// fixes the day of notification, so a term from the notification (or the receipt) runs from that third working day.
const DEEMED_RE = quickPattern(
  String.raw`(?<!${L})(?:geacht|vermoed|beschouwd|réputée?s?|censée?s?|considérée?s?|présumée?s?|gilt|gelten|deemed|presumed|treated\sas)(?!${L})[^.;]{0,120}(?:derde\swerkdag|troisième\sjour\souvrable|dritten\sWerktag|third\s(?:working|business)\sday)`,
  "i",
);

function lastDay(anchor: DeadlineAnchor, n: number, unit: TermUnit, context: DeadlineContext): string | null {
  const sending = context.sendingDate ?? context.letterDate;
  if (anchor === "fixed" && context.eventDate) return lastDayOfTerm(context.eventDate, n, unit);
  if (anchor === "letter-date" && context.letterDate) return lastDayOfTerm(context.letterDate, n, unit);
  if (anchor === "sending" && sending) return lastDayOfTerm(sending, n, unit);
  if (anchor === "third-working-day" && sending) return lastDayOfTerm(thirdWorkingDayAfter(sending), n, unit);
  return null;
}

/** Fixed dates from the facts ("uiterlijk op 15 maart 2026", "vóór 1 april"), without past events. */
function fixedDeadlines(text: string, facts: readonly DeadlineFact[], letterDate: string | null): LetterDeadline[] {
  return (
    facts
      .filter((d) => d.kind === "absolute" && d.date && !isPastOrConditional(text, d.start, d.end))
      // A day before the letter was written is an earlier event, not a deadline ("vervaldatum was 1 oktober").
      .filter((d) => !letterDate || (d.date as string) >= letterDate)
      .filter((d) => {
        if (!ready(UNTIL_RE, d.text).test(d.text)) return true;
        const sentence = sentenceAround(text, d.start, d.end).text;
        return ready(READER_ACTS_RE, sentence).test(sentence);
      })
      .map((d) => ({
        start: d.start,
        end: d.end,
        text: d.text,
        purpose: purposeAt(text, d.start, d.end, d.purpose),
        anchor: "fixed" as const,
        term: null,
        date: d.date,
        calculated: false,
        evidence: [{ start: d.start, end: d.end }],
      }))
  );
}

export function findLetterDeadlines(
  text: string,
  facts: readonly DeadlineFact[],
  context: DeadlineContext,
  appointments: readonly LetterAppointment[] = [],
): LetterDeadline[] {
  // The day of an appointment is a date the reader must keep, too.
  const kept = appointments.flatMap((a): LetterDeadline[] =>
    a.date
      ? [
          {
            start: a.start,
            end: a.dateEnd,
            text: text.slice(a.start, a.dateEnd),
            purpose: "appointment",
            anchor: "fixed",
            term: null,
            date: a.date,
            calculated: false,
            evidence: [{ start: a.start, end: a.dateEnd }],
          },
        ]
      : [],
  );
  return [...fixedDeadlines(text, facts, context.letterDate), ...termDeadlines(text, context), ...kept].sort(
    (a, b) => a.start - b.start,
  );
}
