/** Error messages for people (RFC 9457 problem details), in plain words, in nl/fr/de/en. */
import type { Language } from "../analysis/types.ts";
import type { ExtractFailure } from "../text/extract.ts";

export type ProblemId =
  | "invalid-json"
  | "missing-field"
  | "invalid-field"
  | "too-large"
  | "unsupported-type"
  | "no-words"
  | "binary"
  | "scan"
  | "unreadable-file"
  | "unreadable-image"
  | "too-many-pages"
  | "image-too-large"
  | "not-found"
  | "busy"
  | "rate-limited"
  | "internal";

type Texts = { title: string; detail: (p: { field?: string; limit?: string }) => string };

const PROBLEMS: Record<Language, Record<ProblemId, Texts>> = {
  nl: {
    "invalid-json": {
      title: "De gegevens zijn niet goed",
      detail: () => "We konden de gegevens niet lezen. Stuur geldige JSON.",
    },
    "missing-field": {
      title: "Er ontbreekt iets",
      detail: (p) => `Het veld “${p.field}” ontbreekt. Vul het in en probeer opnieuw.`,
    },
    "invalid-field": {
      title: "Een veld is niet goed",
      detail: (p) => `Het veld “${p.field}” is niet goed ingevuld. Kijk het na en probeer opnieuw.`,
    },
    "too-large": {
      title: "De tekst is te lang",
      detail: (p) => `De tekst of het bestand is te groot. Het maximum is ${p.limit}.`,
    },
    "unsupported-type": {
      title: "Dit soort bestand kunnen we niet lezen",
      detail: () => "Stuur tekst (JSON), een bestand in .txt, .pdf of .docx, of een foto (JPEG, PNG, WebP, TIFF).",
    },
    "no-words": {
      title: "Er staan geen woorden in",
      detail: () => "We vonden geen woorden in de tekst. Kijk of u de juiste tekst gebruikt.",
    },
    binary: {
      title: "Dit is geen tekst",
      detail: () => "Dit lijkt een bestand en geen tekst. Stuur de tekst van de brief.",
    },
    scan: {
      title: "Dit is een scan of foto",
      detail: () =>
        "Dit bestand heeft geen tekst die we kunnen lezen. Foto's en scans lezen we nog niet. Typ of plak de tekst, of vraag hulp aan het loket.",
    },
    "unreadable-file": {
      title: "We kunnen dit bestand niet openen",
      detail: () =>
        "Het bestand is beschadigd of beveiligd met een wachtwoord. Probeer een ander bestand of plak de tekst.",
    },
    "unreadable-image": {
      title: "We konden geen tekst lezen",
      detail: () =>
        "We konden geen tekst lezen — probeer een scherpere foto. Tips: zorg voor genoeg licht, leg de brief plat, neem de hele bladzijde in beeld en vermijd schaduw.",
    },
    "too-many-pages": {
      title: "Te veel bladzijden",
      detail: () => "We lezen hoogstens 10 bladzijden tegelijk. Stuur alleen de bladzijden van de brief zelf.",
    },
    "image-too-large": {
      title: "Deze foto is te groot",
      detail: () =>
        "De foto heeft te veel beeldpunten. Maak een gewone foto met uw telefoon of scan de brief op 300 dpi.",
    },
    "not-found": {
      title: "Niet gevonden",
      detail: () => "Deze pagina bestaat niet of is verlopen. Ga terug naar het begin.",
    },
    busy: { title: "Even geduld", detail: () => "Het is nu heel druk. Probeer het over enkele seconden opnieuw." },
    "rate-limited": {
      title: "Te veel vragen",
      detail: () => "U vroeg te veel op korte tijd. Wacht even en probeer opnieuw.",
    },
    internal: {
      title: "Er ging iets mis",
      detail: () => "Er ging iets mis bij ons. Probeer opnieuw of vraag hulp aan het loket.",
    },
  },
  fr: {
    "invalid-json": {
      title: "Les données ne sont pas correctes",
      detail: () => "Nous n'avons pas pu lire les données. Envoyez du JSON valide.",
    },
    "missing-field": {
      title: "Il manque quelque chose",
      detail: (p) => `Le champ « ${p.field} » manque. Remplissez-le et réessayez.`,
    },
    "invalid-field": {
      title: "Un champ n'est pas correct",
      detail: (p) => `Le champ « ${p.field} » n'est pas correct. Vérifiez-le et réessayez.`,
    },
    "too-large": {
      title: "Le texte est trop long",
      detail: (p) => `Le texte ou le fichier est trop grand. Le maximum est ${p.limit}.`,
    },
    "unsupported-type": {
      title: "Nous ne pouvons pas lire ce type de fichier",
      detail: () => "Envoyez du texte (JSON), un fichier .txt, .pdf ou .docx, ou une photo (JPEG, PNG, WebP, TIFF).",
    },
    "no-words": {
      title: "Il n'y a pas de mots",
      detail: () => "Nous n'avons trouvé aucun mot dans le texte. Vérifiez que c'est le bon texte.",
    },
    binary: {
      title: "Ce n'est pas du texte",
      detail: () => "Cela ressemble à un fichier, pas à du texte. Envoyez le texte de la lettre.",
    },
    scan: {
      title: "C'est un scan ou une photo",
      detail: () =>
        "Ce fichier n'a pas de texte que nous pouvons lire. Nous ne lisons pas encore les photos et les scans. Tapez ou collez le texte, ou demandez de l'aide au guichet.",
    },
    "unreadable-file": {
      title: "Nous ne pouvons pas ouvrir ce fichier",
      detail: () => "Le fichier est abîmé ou protégé par un mot de passe. Essayez un autre fichier ou collez le texte.",
    },
    "unreadable-image": {
      title: "Nous n'avons pas pu lire de texte",
      detail: () =>
        "Nous n'avons pas pu lire de texte — essayez une photo plus nette. Conseils : assez de lumière, la lettre bien à plat, toute la page sur la photo, pas d'ombre.",
    },
    "too-many-pages": {
      title: "Trop de pages",
      detail: () => "Nous lisons 10 pages au maximum. Envoyez seulement les pages de la lettre.",
    },
    "image-too-large": {
      title: "Cette photo est trop grande",
      detail: () =>
        "La photo a trop de pixels. Prenez une photo normale avec votre téléphone ou scannez la lettre à 300 dpi.",
    },
    "not-found": { title: "Introuvable", detail: () => "Cette page n'existe pas ou a expiré. Retournez au début." },
    busy: {
      title: "Un peu de patience",
      detail: () => "Il y a beaucoup de monde en ce moment. Réessayez dans quelques secondes.",
    },
    "rate-limited": {
      title: "Trop de demandes",
      detail: () => "Vous avez fait trop de demandes en peu de temps. Attendez un peu et réessayez.",
    },
    internal: {
      title: "Un problème est survenu",
      detail: () => "Un problème est survenu chez nous. Réessayez ou demandez de l'aide au guichet.",
    },
  },
  de: {
    "invalid-json": {
      title: "Die Daten sind nicht richtig",
      detail: () => "Wir konnten die Daten nicht lesen. Senden Sie gültiges JSON.",
    },
    "missing-field": {
      title: "Etwas fehlt",
      detail: (p) => `Das Feld „${p.field}“ fehlt. Füllen Sie es aus und versuchen Sie es erneut.`,
    },
    "invalid-field": {
      title: "Ein Feld ist nicht richtig",
      detail: (p) => `Das Feld „${p.field}“ ist nicht richtig. Prüfen Sie es und versuchen Sie es erneut.`,
    },
    "too-large": {
      title: "Der Text ist zu lang",
      detail: (p) => `Der Text oder die Datei ist zu groß. Das Maximum ist ${p.limit}.`,
    },
    "unsupported-type": {
      title: "Diese Art Datei können wir nicht lesen",
      detail: () =>
        "Senden Sie Text (JSON), eine Datei im Format .txt, .pdf oder .docx oder ein Foto (JPEG, PNG, WebP, TIFF).",
    },
    "no-words": {
      title: "Es gibt keine Wörter",
      detail: () => "Wir haben keine Wörter im Text gefunden. Prüfen Sie, ob es der richtige Text ist.",
    },
    binary: {
      title: "Das ist kein Text",
      detail: () => "Das sieht aus wie eine Datei, nicht wie Text. Senden Sie den Text des Briefes.",
    },
    scan: {
      title: "Das ist ein Scan oder ein Foto",
      detail: () =>
        "Diese Datei hat keinen Text, den wir lesen können. Fotos und Scans lesen wir noch nicht. Tippen oder fügen Sie den Text ein, oder fragen Sie am Schalter.",
    },
    "unreadable-file": {
      title: "Wir können diese Datei nicht öffnen",
      detail: () =>
        "Die Datei ist beschädigt oder mit einem Passwort geschützt. Versuchen Sie eine andere Datei oder fügen Sie den Text ein.",
    },
    "unreadable-image": {
      title: "Wir konnten keinen Text lesen",
      detail: () =>
        "Wir konnten keinen Text lesen — versuchen Sie ein schärferes Foto. Tipps: genug Licht, den Brief flach hinlegen, die ganze Seite aufs Bild, kein Schatten.",
    },
    "too-many-pages": {
      title: "Zu viele Seiten",
      detail: () => "Wir lesen höchstens 10 Seiten. Senden Sie nur die Seiten des Briefes.",
    },
    "image-too-large": {
      title: "Dieses Foto ist zu groß",
      detail: () =>
        "Das Foto hat zu viele Bildpunkte. Machen Sie ein normales Foto mit Ihrem Telefon oder scannen Sie den Brief mit 300 dpi.",
    },
    "not-found": {
      title: "Nicht gefunden",
      detail: () => "Diese Seite gibt es nicht oder sie ist abgelaufen. Gehen Sie zurück zum Anfang.",
    },
    busy: {
      title: "Bitte etwas Geduld",
      detail: () => "Gerade ist viel los. Versuchen Sie es in ein paar Sekunden erneut.",
    },
    "rate-limited": {
      title: "Zu viele Anfragen",
      detail: () => "Sie haben in kurzer Zeit zu viel angefragt. Warten Sie kurz und versuchen Sie es erneut.",
    },
    internal: {
      title: "Etwas ist schiefgegangen",
      detail: () => "Bei uns ist etwas schiefgegangen. Versuchen Sie es erneut oder fragen Sie am Schalter.",
    },
  },
  en: {
    "invalid-json": { title: "The data is not right", detail: () => "We could not read the data. Send valid JSON." },
    "missing-field": {
      title: "Something is missing",
      detail: (p) => `The field “${p.field}” is missing. Fill it in and try again.`,
    },
    "invalid-field": {
      title: "A field is not right",
      detail: (p) => `The field “${p.field}” is not right. Check it and try again.`,
    },
    "too-large": {
      title: "The text is too long",
      detail: (p) => `The text or file is too large. The maximum is ${p.limit}.`,
    },
    "unsupported-type": {
      title: "We cannot read this kind of file",
      detail: () => "Send text (JSON), a .txt, .pdf or .docx file, or a photo (JPEG, PNG, WebP, TIFF).",
    },
    "no-words": {
      title: "There are no words",
      detail: () => "We found no words in the text. Check that it is the right text.",
    },
    binary: {
      title: "This is not text",
      detail: () => "This looks like a file, not text. Send the text of the letter.",
    },
    scan: {
      title: "This is a scan or a photo",
      detail: () =>
        "This file has no text we can read. We cannot read photos and scans yet. Type or paste the text, or ask for help at the counter.",
    },
    "unreadable-file": {
      title: "We cannot open this file",
      detail: () => "The file is damaged or protected with a password. Try another file or paste the text.",
    },
    "unreadable-image": {
      title: "We could not read any text",
      detail: () =>
        "We could not read any text — try a sharper photo. Tips: enough light, the letter lying flat, the whole page in the picture, no shadow.",
    },
    "too-many-pages": {
      title: "Too many pages",
      detail: () => "We read at most 10 pages. Send only the pages of the letter itself.",
    },
    "image-too-large": {
      title: "This photo is too large",
      detail: () =>
        "The photo has too many pixels. Take an ordinary photo with your phone or scan the letter at 300 dpi.",
    },
    "not-found": { title: "Not found", detail: () => "This page does not exist or has expired. Go back to the start." },
    busy: { title: "Please wait", detail: () => "It is very busy right now. Try again in a few seconds." },
    "rate-limited": {
      title: "Too many requests",
      detail: () => "You asked too much in a short time. Wait a moment and try again.",
    },
    internal: {
      title: "Something went wrong",
      detail: () => "Something went wrong on our side. Try again or ask for help at the counter.",
    },
  },
};

export function problemText(lang: Language, id: ProblemId, params: { field?: string; limit?: string } = {}) {
  const texts = PROBLEMS[lang][id];
  return { title: texts.title, detail: texts.detail(params) };
}

/** What a person is told when a file cannot be read, per reason of the text extractor. */
export const EXTRACT_PROBLEMS: Record<ExtractFailure, ProblemId> = {
  "unsupported-type": "unsupported-type",
  scan: "scan",
  encrypted: "unreadable-file",
  corrupt: "unreadable-file",
  binary: "binary",
  "too-many-pages": "too-many-pages",
  "too-large": "too-large",
  "image-too-large": "image-too-large",
  "unreadable-image": "unreadable-image",
};
