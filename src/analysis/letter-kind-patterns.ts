/**
 * Cues for the kind of letter, appeal terms, addresses and recipient titles, per language (data; see
 * checklist-patterns.ts for the checklist items themselves).
 */
import { gap, words } from "./checklist-words.ts";
import type { Language, LetterKind } from "./types.ts";

/**
 * Words that place a deadline next to an appeal route ("binnen drie maanden", "dans les trois mois",
 * "innerhalb von drei Monaten", "within one month"), for when the facts did not tag the deadline as an appeal deadline.
 */
const NUMBER_WORDS: Record<Language, string> = {
  nl: String.raw`\d+|een|één|twee|drie|vier|vijf|zes|acht|tien|twaalf|vijftien|dertig|veertig|zestig`,
  fr: String.raw`\d+|un|une|deux|trois|quatre|cinq|six|huit|dix|quinze|trente|soixante`,
  de: String.raw`\d+|einem|einer|eines|zwei|drei|vier|fünf|sechs|acht|zehn|fünfzehn|dreißig|sechzig`,
  en: String.raw`\d+|a|an|one|two|three|four|five|six|eight|ten|fifteen|thirty|sixty`,
};

export const APPEAL_DEADLINE_PATTERNS: Record<Language, readonly RegExp[]> = {
  nl: [
    words(
      `binnen (?:een (?:termijn|periode) van )?(?:${NUMBER_WORDS.nl}) (?:werk)?(?:dagen|dag|weken|week|maanden|maand|jaar|jaren)`,
    ),
    words("beroepstermijn", "uiterlijk op"),
  ],
  fr: [
    words(`dans (?:un délai de |le délai de |les )?(?:${NUMBER_WORDS.fr}) (?:jours?|semaines?|mois|ans?|années?)`),
    words("délai", "au plus tard"),
  ],
  de: [
    words(
      `innerhalb (?:von |einer Frist von )?(?:${NUMBER_WORDS.de}) (?:Tagen|Tag|Wochen|Woche|Monaten|Monat|Monats|Jahres|Jahr)`,
    ),
    words("Frist", "spätestens"),
  ],
  en: [
    words(`within (?:a (?:period|time limit) of )?(?:${NUMBER_WORDS.en}) (?:days?|weeks?|months?|years?)`),
    words("time limit", "deadline", "no later than"),
  ],
};

/** Cues for the kind of letter. Decision cues also include the statement patterns of the `decision` item. */
export const KIND_PATTERNS: Record<LetterKind, Record<Language, readonly RegExp[]>> = {
  decision: {
    nl: [words("beslissing(?:en)?"), words("aanslag", "aanslagbiljet")],
    fr: [words("décision"), words("avis d'imposition", "avertissement-extrait de rôle")],
    de: [words("Entscheidung", "Beschluss"), words("Bescheid", "Steuerbescheid")],
    en: [words("decision"), words("tax assessment", "assessment notice")],
  },
  invoice: {
    nl: [
      words("factuur", "factuurnummer", "patiëntenfactuur", "ereloonnota"),
      words("remgeld", "persoonlijk aandeel", "supplementen"),
      words("te betalen", "totaal te betalen"),
    ],
    fr: [
      words("facture", "numéro de facture"),
      words("ticket modérateur", "suppléments"),
      words("à payer", "montant dû"),
    ],
    de: [words("Rechnung", "Rechnungsnummer"), words("Eigenanteil", "Zuschläge"), words("zu zahlen", "zahlbar")],
    en: [words("invoice", "bill"), words("amount due", "total due"), words("to pay")],
  },
  reminder: {
    nl: [
      words("herinnering", "aanmaning", "ingebrekestelling", "laatste verwittiging"),
      words(`nog niet${gap(30)}(?:betaald|ontvangen)`),
    ],
    fr: [words("rappel", "mise en demeure", "dernier avertissement"), words(`pas encore${gap(30)}(?:reçu|payé)`)],
    de: [
      words("Mahnung", "Zahlungserinnerung", "Erinnerung", "letzte Aufforderung"),
      words(`noch nicht${gap(30)}(?:bezahlt|erhalten)`),
    ],
    en: [words("reminder", "final notice", "overdue"), words(`not yet${gap(30)}(?:paid|received)`)],
  },
  invitation: {
    nl: [words("uitnodiging", "nodigen u uit", "uitgenodigd", "oproeping"), words("afspraak op", "wordt verwacht op")],
    fr: [words("convocation", "convoquée?", "vous invitons"), words("rendez-vous le")],
    de: [words("Einladung", "laden Sie", "eingeladen"), words("Termin am")],
    en: [words("invitation", "invite you", "invited"), words("appointment on")],
  },
  summons: {
    nl: [words("dagvaarding", "gedagvaard"), words(`te verschijnen${gap(40)}(?:rechtbank|zitting)`)],
    fr: [words("citation", "citée?"), words("comparaître")],
    de: [words("Ladung", "vorgeladen"), words(`vor Gericht${gap(20)}erscheinen`)],
    en: [words("summons", "summoned"), words("to appear before")],
  },
  information: {
    nl: [words("ter informatie", "informeren u", "laten u weten", "nieuwsbrief")],
    fr: [words("à titre d'information", "pour information", "vous informons")],
    de: [words("zur Information", "informieren Sie", "teilen Ihnen mit")],
    en: [words("for your information", "inform you", "let you know")],
  },
};

/**
 * A postal address: street and house number, then a Belgian postcode and place ("Onderbergen 86, 9000 Gent").
 * The letters' own channels; the recipient's address is filtered out with RECIPIENT_TITLE.
 */
export const ADDRESS_PATTERN =
  /(?<![\p{L}\p{N}])\p{Lu}[\p{L}'’.-]{1,40}(?:[ \u00A0][\p{L}'’.-]{1,30}){0,4}[ \u00A0]\d{1,4}[A-Za-z]?(?:[ \u00A0]?(?:bus|bte|boîte|box|b\.)[ \u00A0]?\d{1,4})?[ \u00A0]?(?:,[ \u00A0]*|[ \u00A0]*\r?\n[ \u00A0]*|[ \u00A0]+[-–][ \u00A0]+)[1-9]\d{3}[ \u00A0]+\p{Lu}[\p{L}'’-]{1,40}/gu;

/**
 * A title and a capitalised name at the start of a line ("Mevrouw Samira …", "Monsieur Mamadou …"): the address below
 * it is the recipient's, not a contact channel. Case-sensitive, so that "Mevrouw," (the greeting) does not count.
 */
export const RECIPIENT_TITLE =
  /^[ \t]*(?:Aan[ \t]+)?(?:Mevrouw|Mevr\.|Mijnheer|Meneer|De heer|Dhr\.|Madame|Monsieur|Mme|Mlle|M\.|Frau|Herrn?|Mr\.?|Mrs\.?|Ms\.?|Miss)[ \t]+\p{Lu}/mu;
