/** Fixed texts of the letter pages (screen and print), in nl/fr/de/en. */
import type { Language } from "../analysis/types.ts";

export interface PageTexts {
  htmlLang: string;
  skipLink: string;
  appName: string;
  newTitle: string;
  newIntro: string;
  pasteLabel: string;
  pasteHint: string;
  fileLabel: string;
  fileHint: string;
  uiLangLabel: string;
  letterDateLabel: string;
  letterDateHint: string;
  submit: string;
  privacy: string;
  listen: string;
  audioFallback: string;
  printPdf: string;
  summaryText: string;
  deleteAll: string;
  deleteHint: string;
  deleted: string;
  startAgain: string;
  whereInLetter: string;
  unsure: string;
  quoteLabel: string;
  explanationOf: string;
  printedOn: (date: string) => string;
  qrLabel: string;
  notFoundTitle: string;
  notFoundText: string;
  backHome: string;
  errorTitle: string;
  languageNames: Record<Language, string>;
}

export const PAGE_TEXTS: Record<Language, PageTexts> = {
  nl: {
    htmlLang: "nl-BE",
    skipLink: "Naar de inhoud",
    appName: "Klaar",
    newTitle: "Uitleg bij een brief",
    newIntro: "Wij leggen uw brief uit in gewone woorden. De brief blijft hier: we sturen hem nergens naartoe.",
    pasteLabel: "Plak de tekst van de brief",
    pasteHint: "Kopieer de tekst van de brief en plak hem hier.",
    fileLabel: "Of kies een bestand",
    fileHint:
      "Een bestand in .txt, .pdf of .docx, of een foto of scan van de brief (JPEG, PNG, WebP, TIFF), tot 10 bladzijden. Leg de brief plat in goed licht.",
    uiLangLabel: "In welke taal wilt u de uitleg?",
    letterDateLabel: "Datum van de brief (als u die weet)",
    letterDateHint: "Bijvoorbeeld 03/03/2026. Zo kunnen we uiterste datums beter berekenen.",
    submit: "Leg mijn brief uit",
    privacy: "We bewaren uw brief niet. Na 30 minuten is alles gewist.",
    listen: "Luister naar de uitleg",
    audioFallback: "Uw toestel kan dit geluid niet afspelen.",
    printPdf: "Print de uitleg in grote letters (PDF)",
    summaryText: "De uitleg als tekst",
    deleteAll: "Wis alles",
    deleteHint: "Wist de brief en de uitleg meteen.",
    deleted: "Alles is gewist.",
    startAgain: "Een andere brief laten uitleggen",
    whereInLetter: "Waar staat dit in de brief?",
    unsure: "Niet zeker",
    quoteLabel: "Uit de brief",
    explanationOf: "Uitleg gemaakt door Klaar. Kijk belangrijke zaken altijd na aan het loket.",
    printedOn: (d) => `Gemaakt op ${d}.`,
    qrLabel: "Scan deze code om de uitleg te beluisteren.",
    notFoundTitle: "Deze pagina vonden we niet",
    notFoundText: "De pagina bestaat niet of is verlopen. Uitleg bij een brief wissen we na 30 minuten.",
    backHome: "Terug naar het begin",
    errorTitle: "Er ging iets mis",
    languageNames: { nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" },
  },
  fr: {
    htmlLang: "fr-BE",
    skipLink: "Aller au contenu",
    appName: "Klaar",
    newTitle: "Explication d'une lettre",
    newIntro:
      "Nous expliquons votre lettre avec des mots simples. La lettre reste ici : nous ne l'envoyons nulle part.",
    pasteLabel: "Collez le texte de la lettre",
    pasteHint: "Copiez le texte de la lettre et collez-le ici.",
    fileLabel: "Ou choisissez un fichier",
    fileHint:
      "Un fichier .txt, .pdf ou .docx, ou une photo ou un scan de la lettre (JPEG, PNG, WebP, TIFF), jusqu'à 10 pages. Posez la lettre à plat, avec une bonne lumière.",
    uiLangLabel: "Dans quelle langue voulez-vous l'explication ?",
    letterDateLabel: "Date de la lettre (si vous la connaissez)",
    letterDateHint: "Par exemple 03/03/2026. Cela nous aide à calculer les dates limites.",
    submit: "Expliquer ma lettre",
    privacy: "Nous ne gardons pas votre lettre. Après 30 minutes, tout est effacé.",
    listen: "Écouter l'explication",
    audioFallback: "Votre appareil ne peut pas lire ce son.",
    printPdf: "Imprimer l'explication en grands caractères (PDF)",
    summaryText: "L'explication en texte",
    deleteAll: "Tout effacer",
    deleteHint: "Efface tout de suite la lettre et l'explication.",
    deleted: "Tout est effacé.",
    startAgain: "Faire expliquer une autre lettre",
    whereInLetter: "Où est-ce dans la lettre ?",
    unsure: "Pas sûr",
    quoteLabel: "Extrait de la lettre",
    explanationOf: "Explication faite par Klaar. Vérifiez toujours les points importants au guichet.",
    printedOn: (d) => `Fait le ${d}.`,
    qrLabel: "Scannez ce code pour écouter l'explication.",
    notFoundTitle: "Nous n'avons pas trouvé cette page",
    notFoundText: "La page n'existe pas ou a expiré. Nous effaçons les explications après 30 minutes.",
    backHome: "Retour au début",
    errorTitle: "Un problème est survenu",
    languageNames: { nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" },
  },
  de: {
    htmlLang: "de-BE",
    skipLink: "Zum Inhalt",
    appName: "Klaar",
    newTitle: "Erklärung zu einem Brief",
    newIntro: "Wir erklären Ihren Brief in einfachen Worten. Der Brief bleibt hier: Wir schicken ihn nirgendwohin.",
    pasteLabel: "Fügen Sie den Text des Briefes ein",
    pasteHint: "Kopieren Sie den Text des Briefes und fügen Sie ihn hier ein.",
    fileLabel: "Oder wählen Sie eine Datei",
    fileHint:
      "Eine Datei im Format .txt, .pdf oder .docx oder ein Foto oder Scan des Briefes (JPEG, PNG, WebP, TIFF), bis zu 10 Seiten. Legen Sie den Brief flach hin, bei gutem Licht.",
    uiLangLabel: "In welcher Sprache möchten Sie die Erklärung?",
    letterDateLabel: "Datum des Briefes (wenn Sie es wissen)",
    letterDateHint: "Zum Beispiel 03/03/2026. So können wir Fristen besser berechnen.",
    submit: "Meinen Brief erklären",
    privacy: "Wir speichern Ihren Brief nicht. Nach 30 Minuten ist alles gelöscht.",
    listen: "Erklärung anhören",
    audioFallback: "Ihr Gerät kann diesen Ton nicht abspielen.",
    printPdf: "Erklärung in großer Schrift drucken (PDF)",
    summaryText: "Die Erklärung als Text",
    deleteAll: "Alles löschen",
    deleteHint: "Löscht den Brief und die Erklärung sofort.",
    deleted: "Alles ist gelöscht.",
    startAgain: "Einen anderen Brief erklären lassen",
    whereInLetter: "Wo steht das im Brief?",
    unsure: "Nicht sicher",
    quoteLabel: "Aus dem Brief",
    explanationOf: "Erklärung von Klaar. Prüfen Sie wichtige Dinge immer am Schalter.",
    printedOn: (d) => `Erstellt am ${d}.`,
    qrLabel: "Scannen Sie diesen Code, um die Erklärung anzuhören.",
    notFoundTitle: "Diese Seite haben wir nicht gefunden",
    notFoundText: "Die Seite gibt es nicht oder sie ist abgelaufen. Erklärungen löschen wir nach 30 Minuten.",
    backHome: "Zurück zum Anfang",
    errorTitle: "Etwas ist schiefgegangen",
    languageNames: { nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" },
  },
  en: {
    htmlLang: "en-GB",
    skipLink: "Skip to content",
    appName: "Klaar",
    newTitle: "Explain a letter",
    newIntro: "We explain your letter in plain words. The letter stays here: we do not send it anywhere.",
    pasteLabel: "Paste the text of the letter",
    pasteHint: "Copy the text of the letter and paste it here.",
    fileLabel: "Or choose a file",
    fileHint:
      "A .txt, .pdf or .docx file, or a photo or scan of the letter (JPEG, PNG, WebP, TIFF), up to 10 pages. Lay the letter flat in good light.",
    uiLangLabel: "In which language do you want the explanation?",
    letterDateLabel: "Date of the letter (if you know it)",
    letterDateHint: "For example 03/03/2026. This helps us work out deadlines.",
    submit: "Explain my letter",
    privacy: "We do not keep your letter. After 30 minutes everything is wiped.",
    listen: "Listen to the explanation",
    audioFallback: "Your device cannot play this sound.",
    printPdf: "Print the explanation in large print (PDF)",
    summaryText: "The explanation as text",
    deleteAll: "Wipe everything",
    deleteHint: "Wipes the letter and the explanation at once.",
    deleted: "Everything is wiped.",
    startAgain: "Explain another letter",
    whereInLetter: "Where is this in the letter?",
    unsure: "Not sure",
    quoteLabel: "From the letter",
    explanationOf: "Explanation made by Klaar. Always check important things at the counter.",
    printedOn: (d) => `Made on ${d}.`,
    qrLabel: "Scan this code to listen to the explanation.",
    notFoundTitle: "We could not find this page",
    notFoundText: "The page does not exist or has expired. We wipe explanations after 30 minutes.",
    backHome: "Back to the start",
    errorTitle: "Something went wrong",
    languageNames: { nl: "Nederlands", fr: "Français", de: "Deutsch", en: "English" },
  },
};
