/** What the checklist says about a letter, in plain words (B1), in nl/fr/de/en. */
import type { LetterKind } from "./checklist.ts";
import type { Language } from "./types.ts";

export type NoteId =
  | "decision-missing"
  | "motivation-missing"
  | "motivation-law-only"
  | "consequences-missing"
  | "appeal-missing"
  | "appeal-no-deadline"
  | "contact-missing"
  | "contact-website-only"
  | "reference-missing"
  | "hearing-missing"
  | "file-access-missing"
  | "legal-aid-missing"
  | "right-to-correct-missing";

/** Ways to reach a person; the contact item names the ones the letter lacks. */
export type Channel = "phone" | "hours" | "email" | "address" | "person";

interface NoteTexts {
  notes: Record<NoteId, string>;
  /** The letter has some channels, but not these. */
  incomplete: (missing: string) => string;
  notApplicable: (kind: string) => string;
  channels: Record<Channel, string>;
  /** With the article, as it follows "not a decision, but …". */
  kinds: Record<LetterKind, string>;
}

const NOTES: Record<Language, NoteTexts> = {
  nl: {
    notes: {
      "decision-missing": "We vinden geen zin die zegt wat er beslist is. Vraag aan het loket wat de beslissing is.",
      "motivation-missing":
        "De brief zegt niet waarom dit beslist is. U hebt recht op uitleg over uw eigen situatie. Vraag die uitleg.",
      "motivation-law-only":
        "De brief noemt alleen een wet of een artikel. De brief zegt niet waarom het voor u zo beslist is. Vraag de reden in gewone woorden.",
      "consequences-missing": "De brief zegt niet wat de beslissing voor u betekent. Vraag wat er nu verandert voor u.",
      "appeal-missing":
        "De brief zegt niet hoe u tegen de beslissing kunt ingaan. Dan begint de tijd om in beroep te gaan misschien nog niet te lopen. Vraag aan het loket hoe u in beroep kunt gaan.",
      "appeal-no-deadline":
        "De brief zegt niet tot wanneer u in beroep kunt gaan. Vraag naar die datum en wacht niet te lang.",
      "contact-missing":
        "De brief geeft geen telefoonnummer, e-mailadres of adres. Vraag aan het loket hoe u iemand kunt bereiken.",
      "contact-website-only":
        "De brief geeft alleen een website. Dat is niet genoeg. Vraag een telefoonnummer of het adres van een loket.",
      "reference-missing": "De brief heeft geen dossiernummer. Neem de brief mee als u iets vraagt.",
      "hearing-missing":
        "De brief zegt niet of u uw verhaal mag komen vertellen. Vraag ernaar. Vaak mag u iemand meebrengen die u vertrouwt.",
      "file-access-missing": "De brief zegt niet dat u uw dossier mag lezen. U mag vragen om uw dossier te lezen.",
      "legal-aid-missing":
        "De brief zegt niet waar u gratis juridisch advies krijgt. Een eerste juridisch advies is gratis voor iedereen, bijvoorbeeld bij het justitiehuis of het CAW.",
      "right-to-correct-missing":
        "De brief zegt niet hoe u een fout kunt verbeteren. Hebt u zich vergist? Zeg het aan het loket. Dan kunnen ze uw dossier aanpassen.",
    },
    incomplete: (missing) => `Dit staat niet in de brief: ${missing}.`,
    notApplicable: (kind) => `Deze brief is geen beslissing, maar ${kind}. Dit punt is alleen nodig in een beslissing.`,
    channels: {
      phone: "een telefoonnummer",
      hours: "openingsuren",
      email: "een e-mailadres",
      address: "een adres (van een loket of voor post)",
      person: "de naam van een contactpersoon",
    },
    kinds: {
      decision: "een beslissing",
      reminder: "een herinnering",
      invitation: "een uitnodiging",
      invoice: "een factuur",
      information: "een brief met informatie",
      summons: "een dagvaarding",
    },
  },
  fr: {
    notes: {
      "decision-missing":
        "Nous ne trouvons pas de phrase qui dit la décision. Demandez au guichet quelle est la décision.",
      "motivation-missing":
        "La lettre ne dit pas pourquoi. Vous avez droit à une explication sur votre situation. Demandez cette explication.",
      "motivation-law-only":
        "La lettre cite seulement une loi ou un article. Elle ne dit pas la raison pour votre situation. Demandez la raison en mots simples.",
      "consequences-missing":
        "La lettre ne dit pas ce que la décision change pour vous. Demandez ce qui change maintenant.",
      "appeal-missing":
        "La lettre ne dit pas comment contester la décision. Alors, le délai pour faire un recours ne commence peut-être pas encore. Demandez au guichet comment faire un recours.",
      "appeal-no-deadline":
        "La lettre ne dit pas jusqu'à quand vous pouvez faire un recours. Demandez cette date et n'attendez pas trop.",
      "contact-missing":
        "La lettre ne donne pas de numéro de téléphone, d'adresse e-mail ou d'adresse. Demandez au guichet comment joindre quelqu'un.",
      "contact-website-only":
        "La lettre donne seulement un site internet. Ce n'est pas assez. Demandez un numéro de téléphone ou l'adresse d'un guichet.",
      "reference-missing":
        "La lettre n'a pas de numéro de dossier. Prenez la lettre avec vous quand vous posez une question.",
      "hearing-missing":
        "La lettre ne dit pas si vous pouvez venir expliquer votre situation. Demandez-le. Souvent, vous pouvez venir avec une personne de confiance.",
      "file-access-missing":
        "La lettre ne dit pas que vous pouvez lire votre dossier. Vous pouvez demander à lire votre dossier.",
      "legal-aid-missing":
        "La lettre ne dit pas où recevoir un conseil juridique gratuit. Un premier conseil juridique est gratuit pour tout le monde, par exemple à la maison de justice.",
      "right-to-correct-missing":
        "La lettre ne dit pas comment corriger une erreur. Vous vous êtes trompé ? Dites-le au guichet. Ils peuvent alors adapter votre dossier.",
    },
    incomplete: (missing) => `Ceci n'est pas dans la lettre : ${missing}.`,
    notApplicable: (kind) =>
      `Cette lettre n'est pas une décision, mais ${kind}. Ce point est seulement nécessaire dans une décision.`,
    channels: {
      phone: "un numéro de téléphone",
      hours: "les heures d'ouverture",
      email: "une adresse e-mail",
      address: "une adresse (d'un guichet ou pour le courrier)",
      person: "le nom d'une personne de contact",
    },
    kinds: {
      decision: "une décision",
      reminder: "un rappel",
      invitation: "une invitation",
      invoice: "une facture",
      information: "une lettre d'information",
      summons: "une citation en justice",
    },
  },
  de: {
    notes: {
      "decision-missing":
        "Wir finden keinen Satz, der die Entscheidung nennt. Fragen Sie am Schalter, was die Entscheidung ist.",
      "motivation-missing":
        "Der Brief sagt nicht, warum. Sie haben ein Recht auf eine Erklärung zu Ihrer Lage. Fragen Sie danach.",
      "motivation-law-only":
        "Der Brief nennt nur ein Gesetz oder einen Artikel. Er sagt nicht den Grund für Ihre Lage. Fragen Sie nach dem Grund in einfachen Worten.",
      "consequences-missing":
        "Der Brief sagt nicht, was die Entscheidung für Sie bedeutet. Fragen Sie, was sich jetzt für Sie ändert.",
      "appeal-missing":
        "Der Brief sagt nicht, wie Sie gegen die Entscheidung vorgehen können. Dann beginnt die Frist für einen Einspruch vielleicht noch nicht. Fragen Sie am Schalter, wie Sie Einspruch einlegen.",
      "appeal-no-deadline":
        "Der Brief sagt nicht, bis wann Sie Einspruch einlegen können. Fragen Sie nach dem Datum und warten Sie nicht zu lange.",
      "contact-missing":
        "Der Brief nennt keine Telefonnummer, keine E-Mail-Adresse und keine Adresse. Fragen Sie am Schalter, wie Sie jemanden erreichen.",
      "contact-website-only":
        "Der Brief nennt nur eine Website. Das reicht nicht. Fragen Sie nach einer Telefonnummer oder der Adresse eines Schalters.",
      "reference-missing": "Der Brief hat kein Aktenzeichen. Nehmen Sie den Brief mit, wenn Sie etwas fragen.",
      "hearing-missing":
        "Der Brief sagt nicht, ob Sie Ihre Sicht erklären dürfen. Fragen Sie danach. Oft dürfen Sie eine Vertrauensperson mitbringen.",
      "file-access-missing":
        "Der Brief sagt nicht, dass Sie Ihre Akte lesen dürfen. Sie dürfen darum bitten, Ihre Akte zu lesen.",
      "legal-aid-missing":
        "Der Brief sagt nicht, wo Sie kostenlose Rechtsberatung bekommen. Eine erste Rechtsberatung ist für alle kostenlos, zum Beispiel im Justizhaus.",
      "right-to-correct-missing":
        "Der Brief sagt nicht, wie Sie einen Fehler berichtigen können. Haben Sie sich geirrt? Sagen Sie es am Schalter. Dann kann man Ihre Akte anpassen.",
    },
    incomplete: (missing) => `Das steht nicht im Brief: ${missing}.`,
    notApplicable: (kind) =>
      `Dieser Brief ist keine Entscheidung, sondern ${kind}. Dieser Punkt ist nur in einer Entscheidung nötig.`,
    channels: {
      phone: "eine Telefonnummer",
      hours: "Öffnungszeiten",
      email: "eine E-Mail-Adresse",
      address: "eine Adresse (Schalter oder Post)",
      person: "der Name einer Kontaktperson",
    },
    kinds: {
      decision: "eine Entscheidung",
      reminder: "eine Erinnerung",
      invitation: "eine Einladung",
      invoice: "eine Rechnung",
      information: "ein Informationsbrief",
      summons: "eine Ladung vor Gericht",
    },
  },
  en: {
    notes: {
      "decision-missing":
        "We cannot find a sentence that says what the decision is. Ask at the counter what the decision is.",
      "motivation-missing":
        "The letter does not say why. You have a right to an explanation about your own situation. Ask for it.",
      "motivation-law-only":
        "The letter only names a law or an article. It does not say the reason for your situation. Ask for the reason in plain words.",
      "consequences-missing": "The letter does not say what the decision means for you. Ask what changes for you now.",
      "appeal-missing":
        "The letter does not say how you can challenge the decision. Then the time limit to appeal may not have started yet. Ask at the counter how to appeal.",
      "appeal-no-deadline":
        "The letter does not say until when you can appeal. Ask for the date, and do not wait too long.",
      "contact-missing":
        "The letter gives no phone number, e-mail address or address. Ask at the counter how to reach someone.",
      "contact-website-only":
        "The letter only gives a website. That is not enough. Ask for a phone number or the address of a counter.",
      "reference-missing": "The letter has no file number. Take the letter with you when you ask something.",
      "hearing-missing":
        "The letter does not say if you can come and tell your side. Ask about it. Often you can bring a person you trust.",
      "file-access-missing": "The letter does not say that you can read your file. You can ask to read your file.",
      "legal-aid-missing":
        "The letter does not say where to get free legal advice. A first legal advice is free for everyone, for example at a justice house.",
      "right-to-correct-missing":
        "The letter does not say how to correct a mistake. Did you make a mistake? Say so at the counter. Then they can change your file.",
    },
    incomplete: (missing) => `This is not in the letter: ${missing}.`,
    notApplicable: (kind) => `This letter is not a decision but ${kind}. This point is only needed in a decision.`,
    channels: {
      phone: "a phone number",
      hours: "opening hours",
      email: "an e-mail address",
      address: "an address (of a counter or for post)",
      person: "the name of a contact person",
    },
    kinds: {
      decision: "a decision",
      reminder: "a reminder",
      invitation: "an invitation",
      invoice: "a bill",
      information: "an information letter",
      summons: "a court summons",
    },
  },
};

const LIST_FORMATS = Object.fromEntries(
  (Object.keys(NOTES) as Language[]).map((lang) => [lang, new Intl.ListFormat(lang, { type: "conjunction" })]),
) as Record<Language, Intl.ListFormat>;

export function checklistNote(lang: Language, id: NoteId): string {
  return NOTES[lang].notes[id];
}

/** The kind of letter in words ("een rekening"), for notes and explanations. */
export function letterKindName(lang: Language, kind: LetterKind): string {
  return NOTES[lang].kinds[kind];
}

export function notApplicableNote(lang: Language, kind: LetterKind): string {
  const texts = NOTES[lang];
  return texts.notApplicable(texts.kinds[kind]);
}

export function missingChannelsNote(lang: Language, missing: readonly Channel[]): string {
  const texts = NOTES[lang];
  const list = LIST_FORMATS[lang].format(missing.map((c) => texts.channels[c]));
  return texts.incomplete(list);
}
