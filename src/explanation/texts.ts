/**
 * The fixed sentences of a letter explanation, in nl/fr/de/en. They are chosen by the visitor's language, not the
 * letter's: a French-speaking visitor with a Dutch letter reads French. B1: short sentences, "u"/"vous"/"Sie"/"you".
 */
import type { DeadlineFact, Language } from "../analysis/types.ts";

export type SectionId = "sender" | "about" | "actions" | "deadlines" | "amounts" | "appeal" | "help" | "words";
export type ActionKind = "pay" | "documents" | "appointment" | "contact" | "other";
type Purpose = NonNullable<DeadlineFact["purpose"]>;

export interface ExplanationTexts {
  locale: string;
  title: string;
  annotatedTitle: string;
  headings: Record<SectionId, string>;
  askCounter: string;
  sender: (sender: string) => string;
  senderUnknown: string;
  kindSure: (kind: string) => string;
  kindUnsure: (kind: string) => string;
  subject: (subject: string) => string;
  decisionQuote: string;
  actions: Record<ActionKind, (p: { amount?: string; date?: string }) => string>;
  actionQuote: string;
  noActions: string;
  deadline: Record<Purpose, (date: string) => string>;
  daysLeft: (days: number) => string;
  estimated: string;
  unresolved: (text: string) => string;
  noDeadlines: string;
  amountPay: (amount: string) => string;
  amountReceive: (amount: string) => string;
  amountUnknown: (amount: string) => string;
  payTo: (iban: string) => string;
  payWith: (code: string) => string;
  noAmounts: string;
  appealYes: string;
  appealWhere: string;
  appealMissing: string;
  appealNotDecision: string;
  contactPhone: (phone: string) => string;
  contactEmail: (email: string) => string;
  contactWebsite: (url: string) => string;
  contactHours: (hours: string) => string;
  contactReference: (ref: string) => string;
  helpCounter: string;
  helpTrustPerson: string;
  helpLegalAid: string;
  wordInOtherLanguage: (lang: string) => string;
  languageNames: Record<Language, string>;
  uncertainRead: string;
}

export const EXPLANATION_TEXTS: Record<Language, ExplanationTexts> = {
  nl: {
    locale: "nl-BE",
    title: "Uitleg bij uw brief",
    annotatedTitle: "Uw brief, met uitleg bij moeilijke woorden",
    headings: {
      sender: "Van wie?",
      about: "Waarover?",
      actions: "Wat moet u doen?",
      deadlines: "Tegen wanneer?",
      amounts: "Hoeveel?",
      appeal: "Niet akkoord?",
      help: "Wie kan u helpen?",
      words: "Moeilijke woorden",
    },
    askCounter: "Vraag dit na aan het loket.",
    sender: (s) => `Deze brief komt van ${s}.`,
    senderUnknown: "We weten niet zeker van wie deze brief komt.",
    kindSure: (k) => `Dit is ${k}.`,
    kindUnsure: (k) => `Dit is waarschijnlijk ${k}.`,
    subject: (s) => `Het gaat over: ${s}.`,
    decisionQuote: "De beslissing staat in deze zin:",
    actions: {
      pay: (p) => `Betaal ${p.amount ?? "het bedrag"}${p.date ? ` vóór ${p.date}` : ""}.`,
      documents: (p) => `Bezorg de gevraagde papieren${p.date ? ` vóór ${p.date}` : ""}.`,
      appointment: (p) => `Kom naar de afspraak${p.date ? ` op ${p.date}` : ""}.`,
      contact: (p) => `Neem contact op met de afzender${p.date ? ` vóór ${p.date}` : ""}.`,
      other: () => "De brief vraagt u iets te doen.",
    },
    actionQuote: "In de brief staat:",
    noActions: "We vonden niet wat u moet doen.",
    deadline: {
      appeal: (d) => `Niet akkoord? Reageer uiterlijk op ${d}.`,
      payment: (d) => `Betaal uiterlijk op ${d}.`,
      documents: (d) => `Bezorg de papieren uiterlijk op ${d}.`,
      response: (d) => `Antwoord uiterlijk op ${d}.`,
      other: (d) => `Uiterste datum: ${d}.`,
    },
    daysLeft: (n) =>
      n > 1 ? `Nog ${n} dagen.` : n === 1 ? "Nog 1 dag." : n === 0 ? "Dat is vandaag." : "Die datum is voorbij.",
    estimated: "Deze datum is berekend. Kijk na of hij klopt.",
    unresolved: (t) => `De brief zegt: “${t}”. Vraag aan het loket welke datum dat is.`,
    noDeadlines: "We vonden geen uiterste datum in de brief.",
    amountPay: (a) => `U moet ${a} betalen.`,
    amountReceive: (a) => `U krijgt ${a}.`,
    amountUnknown: (a) => `In de brief staat een bedrag: ${a}.`,
    payTo: (i) => `Betaal op rekening ${i}.`,
    payWith: (c) => `Zet deze code bij de betaling: ${c}.`,
    noAmounts: "We vonden geen bedrag in de brief.",
    appealYes: "Bent u het niet eens? Dat mag. U kunt in beroep gaan.",
    appealWhere: "Hoe en waar, staat in deze zin:",
    appealMissing:
      "De brief zegt niet hoe u kunt reageren als u het niet eens bent. Daarom is de termijn om in beroep te gaan misschien nog niet begonnen. Vraag raad aan het loket.",
    appealNotDecision:
      "Bent u het niet eens met deze brief? Neem contact op met de afzender of vraag raad aan het loket.",
    contactPhone: (p) => `Bel ${p}.`,
    contactEmail: (e) => `Mail naar ${e}.`,
    contactWebsite: (u) => `Website: ${u}.`,
    contactHours: (h) => `Open: ${h}.`,
    contactReference: (r) => `Geef altijd uw dossiernummer: ${r}.`,
    helpCounter: "De mensen aan het loket helpen u graag.",
    helpTrustPerson: "U mag iemand meenemen die u vertrouwt.",
    helpLegalAid:
      "Juridisch advies is gratis voor iedereen bij de juridische eerstelijnsbijstand, bijvoorbeeld in het justitiehuis.",
    wordInOtherLanguage: (l) => `(uitleg in het ${l})`,
    languageNames: { nl: "Nederlands", fr: "Frans", de: "Duits", en: "Engels" },
    uncertainRead: "Dit stuk lazen we niet zeker. Kijk het na.",
  },
  fr: {
    locale: "fr-BE",
    title: "Explication de votre lettre",
    annotatedTitle: "Votre lettre, avec l'explication des mots difficiles",
    headings: {
      sender: "De qui ?",
      about: "De quoi s'agit-il ?",
      actions: "Que devez-vous faire ?",
      deadlines: "Pour quand ?",
      amounts: "Combien ?",
      appeal: "Pas d'accord ?",
      help: "Qui peut vous aider ?",
      words: "Mots difficiles",
    },
    askCounter: "Demandez au guichet.",
    sender: (s) => `Cette lettre vient de ${s}.`,
    senderUnknown: "Nous ne savons pas bien qui a envoyé cette lettre.",
    kindSure: (k) => `C'est ${k}.`,
    kindUnsure: (k) => `C'est sans doute ${k}.`,
    subject: (s) => `Il s'agit de : ${s}.`,
    decisionQuote: "La décision est dans cette phrase :",
    actions: {
      pay: (p) => `Payez ${p.amount ?? "le montant"}${p.date ? ` avant le ${p.date}` : ""}.`,
      documents: (p) => `Envoyez les documents demandés${p.date ? ` avant le ${p.date}` : ""}.`,
      appointment: (p) => `Venez au rendez-vous${p.date ? ` le ${p.date}` : ""}.`,
      contact: (p) => `Contactez l'expéditeur${p.date ? ` avant le ${p.date}` : ""}.`,
      other: () => "La lettre vous demande de faire quelque chose.",
    },
    actionQuote: "Dans la lettre :",
    noActions: "Nous n'avons pas trouvé ce que vous devez faire.",
    deadline: {
      appeal: (d) => `Pas d'accord ? Réagissez au plus tard le ${d}.`,
      payment: (d) => `Payez au plus tard le ${d}.`,
      documents: (d) => `Envoyez les documents au plus tard le ${d}.`,
      response: (d) => `Répondez au plus tard le ${d}.`,
      other: (d) => `Date limite : ${d}.`,
    },
    daysLeft: (n) =>
      n > 1
        ? `Encore ${n} jours.`
        : n === 1
          ? "Encore 1 jour."
          : n === 0
            ? "C'est aujourd'hui."
            : "Cette date est passée.",
    estimated: "Cette date est calculée. Vérifiez-la.",
    unresolved: (t) => `La lettre dit : « ${t} ». Demandez au guichet quelle date c'est.`,
    noDeadlines: "Nous n'avons pas trouvé de date limite dans la lettre.",
    amountPay: (a) => `Vous devez payer ${a}.`,
    amountReceive: (a) => `Vous recevez ${a}.`,
    amountUnknown: (a) => `La lettre cite un montant : ${a}.`,
    payTo: (i) => `Payez sur le compte ${i}.`,
    payWith: (c) => `Indiquez ce code avec le paiement : ${c}.`,
    noAmounts: "Nous n'avons pas trouvé de montant dans la lettre.",
    appealYes: "Vous n'êtes pas d'accord ? C'est votre droit. Vous pouvez faire un recours.",
    appealWhere: "Comment et où : dans cette phrase :",
    appealMissing:
      "La lettre ne dit pas comment réagir si vous n'êtes pas d'accord. Le délai de recours n'a donc peut-être pas encore commencé. Demandez conseil au guichet.",
    appealNotDecision:
      "Vous n'êtes pas d'accord avec cette lettre ? Contactez l'expéditeur ou demandez conseil au guichet.",
    contactPhone: (p) => `Téléphonez au ${p}.`,
    contactEmail: (e) => `Écrivez à ${e}.`,
    contactWebsite: (u) => `Site web : ${u}.`,
    contactHours: (h) => `Ouvert : ${h}.`,
    contactReference: (r) => `Donnez toujours votre numéro de dossier : ${r}.`,
    helpCounter: "Les personnes au guichet vous aident volontiers.",
    helpTrustPerson: "Vous pouvez venir avec une personne de confiance.",
    helpLegalAid:
      "Un avis juridique est gratuit pour tout le monde à l'aide juridique de première ligne, par exemple à la maison de justice.",
    wordInOtherLanguage: (l) => `(explication en ${l})`,
    languageNames: { nl: "néerlandais", fr: "français", de: "allemand", en: "anglais" },
    uncertainRead: "Nous avons mal lu ce passage. Vérifiez-le.",
  },
  de: {
    locale: "de-BE",
    title: "Erklärung zu Ihrem Brief",
    annotatedTitle: "Ihr Brief, mit Erklärungen zu schweren Wörtern",
    headings: {
      sender: "Von wem?",
      about: "Worum geht es?",
      actions: "Was müssen Sie tun?",
      deadlines: "Bis wann?",
      amounts: "Wie viel?",
      appeal: "Nicht einverstanden?",
      help: "Wer kann Ihnen helfen?",
      words: "Schwierige Wörter",
    },
    askCounter: "Fragen Sie am Schalter nach.",
    sender: (s) => `Dieser Brief kommt von ${s}.`,
    senderUnknown: "Wir wissen nicht genau, von wem dieser Brief kommt.",
    kindSure: (k) => `Das ist ${k}.`,
    kindUnsure: (k) => `Das ist wahrscheinlich ${k}.`,
    subject: (s) => `Es geht um: ${s}.`,
    decisionQuote: "Die Entscheidung steht in diesem Satz:",
    actions: {
      pay: (p) => `Zahlen Sie ${p.amount ?? "den Betrag"}${p.date ? ` bis ${p.date}` : ""}.`,
      documents: (p) => `Schicken Sie die verlangten Unterlagen${p.date ? ` bis ${p.date}` : ""}.`,
      appointment: (p) => `Kommen Sie zum Termin${p.date ? ` am ${p.date}` : ""}.`,
      contact: (p) => `Melden Sie sich beim Absender${p.date ? ` bis ${p.date}` : ""}.`,
      other: () => "Der Brief bittet Sie, etwas zu tun.",
    },
    actionQuote: "Im Brief steht:",
    noActions: "Wir haben nicht gefunden, was Sie tun müssen.",
    deadline: {
      appeal: (d) => `Nicht einverstanden? Reagieren Sie spätestens am ${d}.`,
      payment: (d) => `Zahlen Sie spätestens am ${d}.`,
      documents: (d) => `Schicken Sie die Unterlagen spätestens am ${d}.`,
      response: (d) => `Antworten Sie spätestens am ${d}.`,
      other: (d) => `Letzter Tag: ${d}.`,
    },
    daysLeft: (n) =>
      n > 1 ? `Noch ${n} Tage.` : n === 1 ? "Noch 1 Tag." : n === 0 ? "Das ist heute." : "Dieses Datum ist vorbei.",
    estimated: "Dieses Datum ist berechnet. Prüfen Sie es.",
    unresolved: (t) => `Der Brief sagt: „${t}“. Fragen Sie am Schalter, welches Datum das ist.`,
    noDeadlines: "Wir haben keine Frist im Brief gefunden.",
    amountPay: (a) => `Sie müssen ${a} zahlen.`,
    amountReceive: (a) => `Sie bekommen ${a}.`,
    amountUnknown: (a) => `Im Brief steht ein Betrag: ${a}.`,
    payTo: (i) => `Zahlen Sie auf das Konto ${i}.`,
    payWith: (c) => `Geben Sie diesen Code bei der Zahlung an: ${c}.`,
    noAmounts: "Wir haben keinen Betrag im Brief gefunden.",
    appealYes: "Sie sind nicht einverstanden? Das dürfen Sie. Sie können Einspruch einlegen.",
    appealWhere: "Wie und wo, steht in diesem Satz:",
    appealMissing:
      "Der Brief sagt nicht, wie Sie reagieren können, wenn Sie nicht einverstanden sind. Darum hat die Frist für einen Einspruch vielleicht noch nicht begonnen. Fragen Sie am Schalter um Rat.",
    appealNotDecision:
      "Sie sind mit diesem Brief nicht einverstanden? Melden Sie sich beim Absender oder fragen Sie am Schalter um Rat.",
    contactPhone: (p) => `Rufen Sie an: ${p}.`,
    contactEmail: (e) => `Schreiben Sie an ${e}.`,
    contactWebsite: (u) => `Webseite: ${u}.`,
    contactHours: (h) => `Geöffnet: ${h}.`,
    contactReference: (r) => `Geben Sie immer Ihr Aktenzeichen an: ${r}.`,
    helpCounter: "Die Menschen am Schalter helfen Ihnen gern.",
    helpTrustPerson: "Sie dürfen eine Person Ihres Vertrauens mitbringen.",
    helpLegalAid: "Rechtsberatung ist für alle kostenlos beim juristischen Erstbeistand, zum Beispiel im Justizhaus.",
    wordInOtherLanguage: (l) => `(Erklärung auf ${l})`,
    languageNames: { nl: "Niederländisch", fr: "Französisch", de: "Deutsch", en: "Englisch" },
    uncertainRead: "Diese Stelle haben wir nicht sicher gelesen. Prüfen Sie sie.",
  },
  en: {
    locale: "en-GB",
    title: "Your letter explained",
    annotatedTitle: "Your letter, with the difficult words explained",
    headings: {
      sender: "From whom?",
      about: "What is it about?",
      actions: "What must you do?",
      deadlines: "By when?",
      amounts: "How much?",
      appeal: "Do you disagree?",
      help: "Who can help you?",
      words: "Difficult words",
    },
    askCounter: "Ask about this at the counter.",
    sender: (s) => `This letter is from ${s}.`,
    senderUnknown: "We are not sure who sent this letter.",
    kindSure: (k) => `This is ${k}.`,
    kindUnsure: (k) => `This is probably ${k}.`,
    subject: (s) => `It is about: ${s}.`,
    decisionQuote: "The decision is in this sentence:",
    actions: {
      pay: (p) => `Pay ${p.amount ?? "the amount"}${p.date ? ` by ${p.date}` : ""}.`,
      documents: (p) => `Send the papers they ask for${p.date ? ` by ${p.date}` : ""}.`,
      appointment: (p) => `Go to the appointment${p.date ? ` on ${p.date}` : ""}.`,
      contact: (p) => `Contact the sender${p.date ? ` by ${p.date}` : ""}.`,
      other: () => "The letter asks you to do something.",
    },
    actionQuote: "The letter says:",
    noActions: "We did not find what you must do.",
    deadline: {
      appeal: (d) => `Do you disagree? React by ${d} at the latest.`,
      payment: (d) => `Pay by ${d} at the latest.`,
      documents: (d) => `Send the papers by ${d} at the latest.`,
      response: (d) => `Answer by ${d} at the latest.`,
      other: (d) => `Last day: ${d}.`,
    },
    daysLeft: (n) =>
      n > 1 ? `${n} days left.` : n === 1 ? "1 day left." : n === 0 ? "That is today." : "This date has passed.",
    estimated: "We calculated this date. Check that it is right.",
    unresolved: (t) => `The letter says: “${t}”. Ask at the counter which date that is.`,
    noDeadlines: "We found no deadline in the letter.",
    amountPay: (a) => `You must pay ${a}.`,
    amountReceive: (a) => `You get ${a}.`,
    amountUnknown: (a) => `The letter mentions an amount: ${a}.`,
    payTo: (i) => `Pay into account ${i}.`,
    payWith: (c) => `Put this code with the payment: ${c}.`,
    noAmounts: "We found no amount in the letter.",
    appealYes: "Do you disagree? You have the right to. You can appeal.",
    appealWhere: "How and where is in this sentence:",
    appealMissing:
      "The letter does not say how to react if you disagree. So the time limit to appeal may not have started yet. Ask for advice at the counter.",
    appealNotDecision: "Do you disagree with this letter? Contact the sender or ask for advice at the counter.",
    contactPhone: (p) => `Call ${p}.`,
    contactEmail: (e) => `Email ${e}.`,
    contactWebsite: (u) => `Website: ${u}.`,
    contactHours: (h) => `Open: ${h}.`,
    contactReference: (r) => `Always give your file number: ${r}.`,
    helpCounter: "The people at the counter are happy to help you.",
    helpTrustPerson: "You may bring someone you trust.",
    helpLegalAid: "Legal advice is free for everyone at first-line legal aid, for example at the justice house.",
    wordInOtherLanguage: (l) => `(explained in ${l})`,
    languageNames: { nl: "Dutch", fr: "French", de: "German", en: "English" },
    uncertainRead: "We could not read this part well. Check it.",
  },
};
