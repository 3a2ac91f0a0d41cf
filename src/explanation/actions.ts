/**
 * What the letter asks the reader to do: sentences with "u moet", "gelieve", "wij vragen u", or an imperative at the
 * start, sorted into a few kinds the explanation can say plainly. Patterns are data, per language.
 */
import type { Language, Span } from "../analysis/types.ts";
import type { ActionKind } from "./texts.ts";

interface ActionPatterns {
  ask: RegExp;
  imperative: RegExp;
  kinds: [ActionKind, RegExp][];
}

export const ACTION_PATTERNS: Record<Language, ActionPatterns> = {
  nl: {
    ask: /\b(?:u moet|moet u|u dient|dient u|gelieve|wij vragen u|we vragen u|vragen wij u|wij verzoeken u|u wordt verzocht|u wordt gevraagd|u bent verplicht)\b/iu,
    imperative:
      /^(?:betaal|stuur|bezorg|breng|bel|kom|vul|onderteken|teken|neem|meld|geef|maak|lever|mail|schrijf)\b/iu,
    kinds: [
      ["pay", /\b(?:betal\p{L}*|betaal|stort\p{L}*|terugbetal\p{L}*|overschrijv\p{L}*)\b/iu],
      [
        "documents",
        /\b(?:bezorg\p{L}*|bewijsstuk\p{L}*|document\p{L}*|attest\p{L}*|papieren|formulier\p{L}*|bezorgen|indienen|opsturen|loonbrie\p{L}*|kopie)\b/iu,
      ],
      ["appointment", /\b(?:afspraak|aanwezig|uitgenodigd|op gesprek|onderzoek|zitting|kom naar|langskomen)\b/iu],
      ["contact", /\b(?:contact|bel|bellen|neem contact|laat \p{L}+ weten|reageer|antwoord\p{L}*)\b/iu],
    ],
  },
  fr: {
    ask: /\b(?:vous devez|devez-vous|veuillez|nous vous demandons|il vous appartient|vous êtes prié|merci de|vous êtes tenu)\b/iu,
    imperative: /^(?:payez|envoyez|apportez|appelez|venez|remplissez|signez|contactez|présentez-vous)\b/iu,
    kinds: [
      ["pay", /\b(?:pa(?:yer|iement|yez)|rembourse\p{L}*|verse\p{L}*|virement)\b/iu],
      ["documents", /\b(?:documents?|justificatifs?|attestations?|pièces|formulaires?|fournir|envoyer|copie)\b/iu],
      ["appointment", /\b(?:rendez-vous|convoqué\p{L}*|présent\p{L}*|entretien|audience)\b/iu],
      ["contact", /\b(?:contact\p{L}*|appel\p{L}*|téléphon\p{L}*|répond\p{L}*)\b/iu],
    ],
  },
  de: {
    ask: /\b(?:Sie müssen|müssen Sie|wir bitten Sie|bitte|Sie sind verpflichtet|Sie werden gebeten)\b/u,
    imperative: /^(?:zahlen|senden|schicken|bringen|rufen|kommen|füllen|unterschreiben|melden|reichen) Sie\b/iu,
    kinds: [
      ["pay", /\b(?:zahl\p{L}*|überweis\p{L}*|bezahl\p{L}*|erstatt\p{L}*)\b/iu],
      [
        "documents",
        /\b(?:Unterlagen|Nachweis\p{L}*|Bescheinigung\p{L}*|Formular\p{L}*|einreichen|Dokument\p{L}*|Kopie)\b/iu,
      ],
      ["appointment", /\b(?:Termin\p{L}*|Anhörung|erscheinen|Gespräch)\b/iu],
      ["contact", /\b(?:Kontakt\p{L}*|anrufen|melden|antwort\p{L}*)\b/iu],
    ],
  },
  en: {
    ask: /\b(?:you must|you need to|please|we ask you|you are required to|you should|you have to)\b/iu,
    imperative: /^(?:pay|send|bring|call|come|fill|sign|contact|return|submit|register)\b/iu,
    kinds: [
      ["pay", /\b(?:pay\p{L}*|transfer|settle|reimburse)\b/iu],
      ["documents", /\b(?:documents?|proof|certificates?|forms?|papers|submit|send us|copy)\b/iu],
      ["appointment", /\b(?:appointment|attend|interview|hearing|come to)\b/iu],
      ["contact", /\b(?:contact|call|phone|reply|answer)\b/iu],
    ],
  },
};

export interface FoundAction extends Span {
  kind: ActionKind;
}

/** Sentences that ask something of the reader, with the kind of action. */
export function findActions(text: string, sentences: readonly Span[], lang: Language): FoundAction[] {
  const patterns = ACTION_PATTERNS[lang];
  const actions: FoundAction[] = [];
  for (const s of sentences) {
    const sentence = text.slice(s.start, s.end);
    if (!patterns.ask.test(sentence) && !patterns.imperative.test(sentence.trimStart())) continue;
    const kind = patterns.kinds.find(([, re]) => re.test(sentence))?.[0] ?? "other";
    actions.push({ start: s.start, end: s.end, kind });
  }
  return actions;
}
