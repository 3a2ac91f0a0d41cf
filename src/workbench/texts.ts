/**
 * The fixed texts of the workbench (editor, before/after, lexicon overlay, audit report) in nl/fr/de/en, in plain
 * words (B1). Data only: the pages and the report take them from here. Every language has every key (the type says so).
 */
import type { ChecklistId, Language, RuleId } from "../analysis/types.ts";

export interface WorkbenchTexts {
  htmlLang: string;
  appName: string;
  skipLink: string;
  logout: string;
  languageName: string;
  otherLanguages: string;
  editorTitle: string;
  editorIntro: string;
  newLetter: string;
  letterText: string;
  letterTextHint: string;
  uploadLabel: string;
  uploadHint: string;
  letterLanguage: string;
  languageAuto: string;
  docTitle: string;
  docTitleHint: string;
  defaultDocTitle: string;
  analyze: string;
  markedTitle: string;
  markedIntro: string;
  markedEmpty: string;
  legendTitle: string;
  toolbarLabel: string;
  previousFinding: string;
  nextFinding: string;
  applyCurrent: string;
  ignoreCurrent: string;
  shortcutsTitle: string;
  shortcuts: string[];
  findingsTitle: string;
  findingsNone: string;
  findingsCount: string;
  findingsOne: string;
  suggestionLabel: string;
  explanationLabel: string;
  applySuggestion: string;
  ignore: string;
  showInLetter: string;
  ignoredCount: string;
  showIgnored: string;
  keptNote: string;
  readabilityTitle: string;
  words: string;
  sentences: string;
  wordsPerSentence: string;
  uncommonShare: string;
  longWordShare: string;
  cefrEstimate: string;
  cefrTarget: string;
  cefrOk: string;
  cefrTooHard: string;
  cefrReasons: string;
  checklistTitle: string;
  checklistIntro: string;
  checklistNotDecision: string;
  status: Record<"present" | "missing" | "not-applicable", string>;
  checklist: Record<ChecklistId, string>;
  kinds: Record<RuleId, string>;
  exportTitle: string;
  exportDocx: string;
  exportText: string;
  exportPdf: string;
  compare: string;
  compareTitle: string;
  compareIntro: string;
  before: string;
  after: string;
  difference: string;
  measure: string;
  findingsTotal: string;
  checklistPresent: string;
  backToEditor: string;
  updating: string;
  updated: string;
  applied: string;
  lexiconLink: string;
  lexiconTitle: string;
  lexiconIntro: string;
  proposeTitle: string;
  term: string;
  alternative: string;
  alternativeHint: string;
  explanation: string;
  explanationHint: string;
  pictogram: string;
  category: string;
  entryLanguage: string;
  propose: string;
  proposed: string;
  pendingTitle: string;
  pendingNone: string;
  approvedTitle: string;
  approvedNone: string;
  rejectedTitle: string;
  approve: string;
  reject: string;
  edit: string;
  saveApprove: string;
  editTitle: string;
  proposedBy: string;
  statusLabel: string;
  entryStatus: Record<"proposed" | "approved" | "rejected", string>;
  keepTitle: string;
  keepIntro: string;
  keepNone: string;
  keepAdd: string;
  keepRemove: string;
  keepText: string;
  auditLogTitle: string;
  auditLogNone: string;
  when: string;
  who: string;
  what: string;
  action: string;
  actions: Record<string, string>;
  exportLexicon: string;
  importTitle: string;
  importFile: string;
  importButton: string;
  imported: string;
  errorHeading: string;
  errorTermExists: string;
  errorMissingText: string;
  errorFile: string;
  done: string;
  reportTitle: string;
  reportIntro: string;
  reportFile: string;
  reportLanguage: string;
  reportCefr: string;
  reportMissing: string;
  reportTopJargon: string;
  reportTotals: string;
  reportLetters: string;
  reportUnreadable: string;
  reportUnreadableNone: string;
  reportReason: string;
  reportSortHint: string;
  reportSortBy: string;
  reportMeanScore: string;
  reportGenerated: string;
  navEditor: string;
  trend: Record<"better" | "worse" | "same", string>;
  checklistCompare: string;
  lettersLabel: string;
}

const NL: WorkbenchTexts = {
  htmlLang: "nl",
  appName: "Klaar",
  skipLink: "Ga naar de inhoud",
  logout: "Afmelden",
  languageName: "Nederlands",
  otherLanguages: "Andere talen",
  editorTitle: "Werkbank: brieven in klare taal",
  editorIntro: "Plak een brief of laad een bestand op. U ziet de moeilijke stukken, met een uitleg en een beter woord.",
  newLetter: "Nieuwe brief",
  letterText: "Tekst van de brief",
  letterTextHint: "U kunt hier schrijven. De bevindingen worden bijgewerkt terwijl u typt.",
  uploadLabel: "Of kies een bestand",
  uploadHint: "Een .txt-, .docx- of .pdf-bestand.",
  letterLanguage: "Taal van de brief",
  languageAuto: "Zelf herkennen",
  docTitle: "Titel voor de export",
  docTitleHint: "Leeg: het onderwerp van de brief.",
  defaultDocTitle: "Brief",
  analyze: "Brief nakijken",
  markedTitle: "Brief met bevindingen",
  markedIntro: "Elke bevinding heeft een kleur én een woord. Ga met Tab naar een bevinding voor de uitleg.",
  markedEmpty: "Nog geen brief.",
  legendTitle: "Soorten bevindingen",
  toolbarLabel: "Bevindingen doorlopen",
  previousFinding: "Vorige bevinding",
  nextFinding: "Volgende bevinding",
  applyCurrent: "Voorstel toepassen",
  ignoreCurrent: "Negeren",
  shortcutsTitle: "Sneltoetsen",
  shortcuts: [
    "Alt + Shift + N: volgende bevinding",
    "Alt + Shift + P: vorige bevinding",
    "Alt + Shift + A: voorstel van de gekozen bevinding toepassen",
    "Alt + Shift + I: gekozen bevinding negeren",
    "Enter op een bevinding in de brief: naar de uitleg en de knoppen",
    "Escape: uitleg sluiten",
  ],
  findingsTitle: "Bevindingen",
  findingsNone: "Geen bevindingen. Goed zo!",
  findingsCount: "{count} bevindingen",
  findingsOne: "1 bevinding",
  suggestionLabel: "Voorstel",
  explanationLabel: "Uitleg",
  applySuggestion: "Vervang door “{suggestion}”",
  ignore: "Negeren",
  showInLetter: "Toon in de brief",
  ignoredCount: "U negeert {count} bevindingen.",
  showIgnored: "Toon alles weer",
  keptNote: "Uw organisatie houdt {count} namen of woorden zoals ze zijn.",
  readabilityTitle: "Leesbaarheid",
  words: "Woorden",
  sentences: "Zinnen",
  wordsPerSentence: "Woorden per zin",
  uncommonShare: "Weinig gebruikte woorden",
  longWordShare: "Lange woorden",
  cefrEstimate: "Geschat niveau",
  cefrTarget: "Doel: B1",
  cefrOk: "Dit niveau is goed.",
  cefrTooHard: "Dit is moeilijker dan B1.",
  cefrReasons: "Waarom",
  checklistTitle: "Wat staat er in de beslissing?",
  checklistIntro: "Een goede beslissing heeft deze 10 onderdelen.",
  checklistNotDecision: "Deze brief lijkt geen beslissing. Niet alle onderdelen zijn nodig.",
  status: { present: "Staat erin", missing: "Ontbreekt", "not-applicable": "Niet nodig" },
  checklist: {
    decision: "De beslissing in één duidelijke zin",
    motivation: "Een eigen uitleg waarom (geen code)",
    consequences: "Wat de beslissing betekent",
    appeal: "Hoe u in beroep gaat: waar, hoe en tot wanneer",
    contact: "Een contactpersoon, telefoon, loket en post",
    reference: "Het nummer van het dossier",
    hearing: "Het recht om gehoord te worden, met een vertrouwenspersoon",
    "file-access": "Het recht om het dossier te lezen",
    "legal-aid": "Gratis juridisch advies",
    "right-to-correct": "Het recht om een fout te verbeteren",
  },
  kinds: {
    jargon: "Moeilijk woord",
    "uncommon-word": "Weinig gebruikt woord",
    "long-sentence": "Lange zin",
    passive: "Lijdende vorm",
    "nominal-style": "Naamwoordstijl",
    "double-negation": "Dubbele ontkenning",
    "legal-reference": "Wetsartikel",
    tone: "Toon",
  },
  exportTitle: "Opslaan",
  exportDocx: "Word-bestand (.docx)",
  exportText: "Tekstbestand (.txt)",
  exportPdf: "Uitleg voor de burger (pdf)",
  compare: "Voor en na vergelijken",
  compareTitle: "Voor en na",
  compareIntro: "De eerste versie en uw versie naast elkaar, met hun cijfers.",
  before: "Eerste versie",
  after: "Uw versie",
  difference: "Verschil",
  measure: "Meting",
  findingsTotal: "Alle bevindingen",
  checklistPresent: "Onderdelen van de beslissing",
  backToEditor: "Terug naar de werkbank",
  updating: "Bezig met nakijken…",
  updated: "Bijgewerkt: {count}.",
  applied: "Voorstel toegepast.",
  lexiconLink: "Woordenlijst van de organisatie",
  lexiconTitle: "Woordenlijst van de organisatie",
  lexiconIntro:
    "Stel een moeilijk woord voor met een uitleg en een beter woord. Een beheerder keurt het goed. Daarna kijkt de werkbank er meteen naar.",
  proposeTitle: "Een woord voorstellen",
  term: "Moeilijk woord",
  alternative: "Beter woord",
  alternativeHint: "Alleen als het de moeilijke term zonder meer kan vervangen.",
  explanation: "Uitleg",
  explanationHint: "In gewone woorden, ten hoogste 25 woorden.",
  pictogram: "Pictogram",
  category: "Soort",
  entryLanguage: "Taal",
  propose: "Voorstellen",
  proposed: "Uw voorstel is ontvangen. Een beheerder bekijkt het.",
  pendingTitle: "Voorstellen die wachten",
  pendingNone: "Er wachten geen voorstellen.",
  approvedTitle: "Goedgekeurde woorden",
  approvedNone: "Nog geen goedgekeurde woorden.",
  rejectedTitle: "Afgewezen voorstellen",
  approve: "Goedkeuren",
  reject: "Afwijzen",
  edit: "Aanpassen",
  saveApprove: "Opslaan en goedkeuren",
  editTitle: "Voorstel aanpassen",
  proposedBy: "Voorgesteld door",
  statusLabel: "Stand",
  entryStatus: { proposed: "Wacht", approved: "Goedgekeurd", rejected: "Afgewezen" },
  keepTitle: "Niet vereenvoudigen",
  keepIntro:
    "Namen en woorden die moeten blijven zoals ze zijn, bijvoorbeeld “Bijzonder Comité voor de Sociale Dienst”. De werkbank duidt ze niet aan.",
  keepNone: "De lijst is leeg.",
  keepAdd: "Toevoegen",
  keepRemove: "Verwijderen",
  keepText: "Naam of woord",
  auditLogTitle: "Wie deed wat",
  auditLogNone: "Nog niets gebeurd.",
  when: "Wanneer",
  who: "Wie",
  what: "Wat",
  action: "Actie",
  actions: {
    propose: "voorgesteld",
    approve: "goedgekeurd",
    edit: "aangepast",
    reject: "afgewezen",
    import: "ingelezen",
    "keep-add": "niet vereenvoudigen: toegevoegd",
    "keep-remove": "niet vereenvoudigen: verwijderd",
  },
  exportLexicon: "Woordenlijst downloaden (JSON)",
  importTitle: "Een woordenlijst inlezen",
  importFile: "Bestand in het formaat van de woordenlijst (JSON)",
  importButton: "Inlezen",
  imported: "{count} woorden ingelezen.",
  errorHeading: "Er is een probleem",
  errorTermExists: "“{term}” staat al in de woordenlijst ({id}).",
  errorMissingText: "Vul de tekst in.",
  errorFile: "Dit bestand kunnen we niet lezen: {reason}",
  done: "Klaar.",
  reportTitle: "Nazicht van de brieven",
  reportIntro: "Per brief: cijfers, geschat niveau, bevindingen en ontbrekende onderdelen.",
  reportFile: "Bestand",
  reportLanguage: "Taal",
  reportCefr: "Niveau",
  reportMissing: "Ontbreekt",
  reportTopJargon: "Meest voorkomende moeilijke woorden",
  reportTotals: "Totaal",
  reportLetters: "{count} brieven nagekeken.",
  reportUnreadable: "Bestanden die we niet konden lezen",
  reportUnreadableNone: "Alle bestanden konden gelezen worden.",
  reportReason: "Reden",
  reportSortHint: "Klik op een kolomtitel om te sorteren.",
  reportSortBy: "Sorteer op {column}",
  reportMeanScore: "Gemiddelde",
  reportGenerated: "Gemaakt op {date}.",
  navEditor: "Werkbank",
  trend: { better: "beter", worse: "slechter", same: "gelijk" },
  checklistCompare: "Onderdelen van de beslissing, voor en na",
  lettersLabel: "Brieven",
};

const FR: WorkbenchTexts = {
  htmlLang: "fr",
  appName: "Klaar",
  skipLink: "Aller au contenu",
  logout: "Se déconnecter",
  languageName: "Français",
  otherLanguages: "Autres langues",
  editorTitle: "Atelier : des lettres en langage clair",
  editorIntro:
    "Collez une lettre ou chargez un fichier. Vous voyez les passages difficiles, avec une explication et un mot plus simple.",
  newLetter: "Nouvelle lettre",
  letterText: "Texte de la lettre",
  letterTextHint: "Vous pouvez écrire ici. Les remarques sont mises à jour pendant que vous tapez.",
  uploadLabel: "Ou choisissez un fichier",
  uploadHint: "Un fichier .txt, .docx ou .pdf.",
  letterLanguage: "Langue de la lettre",
  languageAuto: "Reconnaître",
  docTitle: "Titre pour l'export",
  docTitleHint: "Vide : l'objet de la lettre.",
  defaultDocTitle: "Lettre",
  analyze: "Vérifier la lettre",
  markedTitle: "Lettre avec remarques",
  markedIntro: "Chaque remarque a une couleur et un mot. Allez sur une remarque avec Tab pour l'explication.",
  markedEmpty: "Pas encore de lettre.",
  legendTitle: "Types de remarques",
  toolbarLabel: "Parcourir les remarques",
  previousFinding: "Remarque précédente",
  nextFinding: "Remarque suivante",
  applyCurrent: "Appliquer la proposition",
  ignoreCurrent: "Ignorer",
  shortcutsTitle: "Raccourcis clavier",
  shortcuts: [
    "Alt + Maj + N : remarque suivante",
    "Alt + Maj + P : remarque précédente",
    "Alt + Maj + A : appliquer la proposition de la remarque choisie",
    "Alt + Maj + I : ignorer la remarque choisie",
    "Entrée sur une remarque dans la lettre : aller à l'explication et aux boutons",
    "Échap : fermer l'explication",
  ],
  findingsTitle: "Remarques",
  findingsNone: "Aucune remarque. Très bien !",
  findingsCount: "{count} remarques",
  findingsOne: "1 remarque",
  suggestionLabel: "Proposition",
  explanationLabel: "Explication",
  applySuggestion: "Remplacer par « {suggestion} »",
  ignore: "Ignorer",
  showInLetter: "Voir dans la lettre",
  ignoredCount: "Vous ignorez {count} remarques.",
  showIgnored: "Tout montrer à nouveau",
  keptNote: "Votre organisation garde {count} noms ou mots tels quels.",
  readabilityTitle: "Lisibilité",
  words: "Mots",
  sentences: "Phrases",
  wordsPerSentence: "Mots par phrase",
  uncommonShare: "Mots peu courants",
  longWordShare: "Mots longs",
  cefrEstimate: "Niveau estimé",
  cefrTarget: "Objectif : B1",
  cefrOk: "Ce niveau est bon.",
  cefrTooHard: "C'est plus difficile que B1.",
  cefrReasons: "Pourquoi",
  checklistTitle: "Que contient la décision ?",
  checklistIntro: "Une bonne décision contient ces 10 éléments.",
  checklistNotDecision: "Cette lettre ne semble pas être une décision. Tous les éléments ne sont pas nécessaires.",
  status: { present: "Présent", missing: "Manque", "not-applicable": "Pas nécessaire" },
  checklist: {
    decision: "La décision en une phrase claire",
    motivation: "Une explication personnelle du pourquoi (pas un code)",
    consequences: "Ce que la décision signifie",
    appeal: "Comment faire un recours : où, comment et jusqu'à quand",
    contact: "Une personne de contact, téléphone, guichet et courrier",
    reference: "Le numéro du dossier",
    hearing: "Le droit d'être entendu, avec une personne de confiance",
    "file-access": "Le droit de lire le dossier",
    "legal-aid": "Un conseil juridique gratuit",
    "right-to-correct": "Le droit de corriger une erreur",
  },
  kinds: {
    jargon: "Mot difficile",
    "uncommon-word": "Mot peu courant",
    "long-sentence": "Phrase longue",
    passive: "Forme passive",
    "nominal-style": "Style nominal",
    "double-negation": "Double négation",
    "legal-reference": "Article de loi",
    tone: "Ton",
  },
  exportTitle: "Enregistrer",
  exportDocx: "Fichier Word (.docx)",
  exportText: "Fichier texte (.txt)",
  exportPdf: "Explication pour le citoyen (pdf)",
  compare: "Comparer avant et après",
  compareTitle: "Avant et après",
  compareIntro: "La première version et votre version côte à côte, avec leurs chiffres.",
  before: "Première version",
  after: "Votre version",
  difference: "Différence",
  measure: "Mesure",
  findingsTotal: "Toutes les remarques",
  checklistPresent: "Éléments de la décision",
  backToEditor: "Retour à l'atelier",
  updating: "Vérification en cours…",
  updated: "Mis à jour : {count}.",
  applied: "Proposition appliquée.",
  lexiconLink: "Liste de mots de l'organisation",
  lexiconTitle: "Liste de mots de l'organisation",
  lexiconIntro:
    "Proposez un mot difficile avec une explication et un mot plus simple. Un administrateur l'approuve. Ensuite, l'atelier en tient compte tout de suite.",
  proposeTitle: "Proposer un mot",
  term: "Mot difficile",
  alternative: "Mot plus simple",
  alternativeHint: "Seulement s'il peut remplacer le terme difficile tel quel.",
  explanation: "Explication",
  explanationHint: "En mots simples, 25 mots au plus.",
  pictogram: "Pictogramme",
  category: "Catégorie",
  entryLanguage: "Langue",
  propose: "Proposer",
  proposed: "Votre proposition est reçue. Un administrateur va la regarder.",
  pendingTitle: "Propositions en attente",
  pendingNone: "Aucune proposition en attente.",
  approvedTitle: "Mots approuvés",
  approvedNone: "Pas encore de mots approuvés.",
  rejectedTitle: "Propositions refusées",
  approve: "Approuver",
  reject: "Refuser",
  edit: "Modifier",
  saveApprove: "Enregistrer et approuver",
  editTitle: "Modifier la proposition",
  proposedBy: "Proposé par",
  statusLabel: "État",
  entryStatus: { proposed: "En attente", approved: "Approuvé", rejected: "Refusé" },
  keepTitle: "Ne pas simplifier",
  keepIntro:
    "Des noms et des mots qui doivent rester tels quels, par exemple « Comité spécial du service social ». L'atelier ne les signale pas.",
  keepNone: "La liste est vide.",
  keepAdd: "Ajouter",
  keepRemove: "Supprimer",
  keepText: "Nom ou mot",
  auditLogTitle: "Qui a fait quoi",
  auditLogNone: "Rien ne s'est encore passé.",
  when: "Quand",
  who: "Qui",
  what: "Quoi",
  action: "Action",
  actions: {
    propose: "proposé",
    approve: "approuvé",
    edit: "modifié",
    reject: "refusé",
    import: "importé",
    "keep-add": "ne pas simplifier : ajouté",
    "keep-remove": "ne pas simplifier : supprimé",
  },
  exportLexicon: "Télécharger la liste de mots (JSON)",
  importTitle: "Importer une liste de mots",
  importFile: "Fichier au format de la liste de mots (JSON)",
  importButton: "Importer",
  imported: "{count} mots importés.",
  errorHeading: "Il y a un problème",
  errorTermExists: "« {term} » est déjà dans la liste de mots ({id}).",
  errorMissingText: "Remplissez le texte.",
  errorFile: "Nous ne pouvons pas lire ce fichier : {reason}",
  done: "Terminé.",
  reportTitle: "Vérification des lettres",
  reportIntro: "Par lettre : chiffres, niveau estimé, remarques et éléments qui manquent.",
  reportFile: "Fichier",
  reportLanguage: "Langue",
  reportCefr: "Niveau",
  reportMissing: "Manque",
  reportTopJargon: "Mots difficiles les plus fréquents",
  reportTotals: "Total",
  reportLetters: "{count} lettres vérifiées.",
  reportUnreadable: "Fichiers que nous n'avons pas pu lire",
  reportUnreadableNone: "Tous les fichiers ont pu être lus.",
  reportReason: "Raison",
  reportSortHint: "Cliquez sur un titre de colonne pour trier.",
  reportSortBy: "Trier par {column}",
  reportMeanScore: "Moyenne",
  reportGenerated: "Fait le {date}.",
  navEditor: "Atelier",
  trend: { better: "mieux", worse: "moins bien", same: "pareil" },
  checklistCompare: "Éléments de la décision, avant et après",
  lettersLabel: "Lettres",
};

const DE: WorkbenchTexts = {
  htmlLang: "de",
  appName: "Klaar",
  skipLink: "Zum Inhalt",
  logout: "Abmelden",
  languageName: "Deutsch",
  otherLanguages: "Andere Sprachen",
  editorTitle: "Werkbank: Briefe in klarer Sprache",
  editorIntro:
    "Fügen Sie einen Brief ein oder laden Sie eine Datei hoch. Sie sehen die schweren Stellen, mit Erklärung und einem besseren Wort.",
  newLetter: "Neuer Brief",
  letterText: "Text des Briefes",
  letterTextHint: "Sie können hier schreiben. Die Hinweise werden beim Tippen aktualisiert.",
  uploadLabel: "Oder wählen Sie eine Datei",
  uploadHint: "Eine .txt-, .docx- oder .pdf-Datei.",
  letterLanguage: "Sprache des Briefes",
  languageAuto: "Selbst erkennen",
  docTitle: "Titel für den Export",
  docTitleHint: "Leer: der Betreff des Briefes.",
  defaultDocTitle: "Brief",
  analyze: "Brief prüfen",
  markedTitle: "Brief mit Hinweisen",
  markedIntro: "Jeder Hinweis hat eine Farbe und ein Wort. Gehen Sie mit Tab zu einem Hinweis für die Erklärung.",
  markedEmpty: "Noch kein Brief.",
  legendTitle: "Arten von Hinweisen",
  toolbarLabel: "Hinweise durchgehen",
  previousFinding: "Vorheriger Hinweis",
  nextFinding: "Nächster Hinweis",
  applyCurrent: "Vorschlag übernehmen",
  ignoreCurrent: "Ignorieren",
  shortcutsTitle: "Tastenkürzel",
  shortcuts: [
    "Alt + Umschalt + N: nächster Hinweis",
    "Alt + Umschalt + P: vorheriger Hinweis",
    "Alt + Umschalt + A: Vorschlag des gewählten Hinweises übernehmen",
    "Alt + Umschalt + I: gewählten Hinweis ignorieren",
    "Enter auf einem Hinweis im Brief: zur Erklärung und zu den Knöpfen",
    "Escape: Erklärung schließen",
  ],
  findingsTitle: "Hinweise",
  findingsNone: "Keine Hinweise. Gut gemacht!",
  findingsCount: "{count} Hinweise",
  findingsOne: "1 Hinweis",
  suggestionLabel: "Vorschlag",
  explanationLabel: "Erklärung",
  applySuggestion: "Ersetzen durch „{suggestion}“",
  ignore: "Ignorieren",
  showInLetter: "Im Brief zeigen",
  ignoredCount: "Sie ignorieren {count} Hinweise.",
  showIgnored: "Wieder alles zeigen",
  keptNote: "Ihre Organisation lässt {count} Namen oder Wörter, wie sie sind.",
  readabilityTitle: "Lesbarkeit",
  words: "Wörter",
  sentences: "Sätze",
  wordsPerSentence: "Wörter pro Satz",
  uncommonShare: "Seltene Wörter",
  longWordShare: "Lange Wörter",
  cefrEstimate: "Geschätztes Niveau",
  cefrTarget: "Ziel: B1",
  cefrOk: "Dieses Niveau ist gut.",
  cefrTooHard: "Das ist schwerer als B1.",
  cefrReasons: "Warum",
  checklistTitle: "Was steht in der Entscheidung?",
  checklistIntro: "Eine gute Entscheidung hat diese 10 Teile.",
  checklistNotDecision: "Dieser Brief scheint keine Entscheidung zu sein. Nicht alle Teile sind nötig.",
  status: { present: "Steht drin", missing: "Fehlt", "not-applicable": "Nicht nötig" },
  checklist: {
    decision: "Die Entscheidung in einem klaren Satz",
    motivation: "Eine eigene Begründung (kein Code)",
    consequences: "Was die Entscheidung bedeutet",
    appeal: "Wie man Einspruch erhebt: wo, wie und bis wann",
    contact: "Eine Kontaktperson, Telefon, Schalter und Post",
    reference: "Die Nummer der Akte",
    hearing: "Das Recht, angehört zu werden, mit einer Vertrauensperson",
    "file-access": "Das Recht, die Akte zu lesen",
    "legal-aid": "Kostenlose Rechtsberatung",
    "right-to-correct": "Das Recht, einen Fehler zu korrigieren",
  },
  kinds: {
    jargon: "Schweres Wort",
    "uncommon-word": "Seltenes Wort",
    "long-sentence": "Langer Satz",
    passive: "Passiv",
    "nominal-style": "Nominalstil",
    "double-negation": "Doppelte Verneinung",
    "legal-reference": "Gesetzesartikel",
    tone: "Ton",
  },
  exportTitle: "Speichern",
  exportDocx: "Word-Datei (.docx)",
  exportText: "Textdatei (.txt)",
  exportPdf: "Erklärung für Bürger (PDF)",
  compare: "Vorher und nachher vergleichen",
  compareTitle: "Vorher und nachher",
  compareIntro: "Die erste Fassung und Ihre Fassung nebeneinander, mit ihren Zahlen.",
  before: "Erste Fassung",
  after: "Ihre Fassung",
  difference: "Unterschied",
  measure: "Messung",
  findingsTotal: "Alle Hinweise",
  checklistPresent: "Teile der Entscheidung",
  backToEditor: "Zurück zur Werkbank",
  updating: "Wird geprüft…",
  updated: "Aktualisiert: {count}.",
  applied: "Vorschlag übernommen.",
  lexiconLink: "Wortliste der Organisation",
  lexiconTitle: "Wortliste der Organisation",
  lexiconIntro:
    "Schlagen Sie ein schweres Wort vor, mit Erklärung und besserem Wort. Eine Verwaltung genehmigt es. Danach achtet die Werkbank sofort darauf.",
  proposeTitle: "Ein Wort vorschlagen",
  term: "Schweres Wort",
  alternative: "Besseres Wort",
  alternativeHint: "Nur wenn es das schwere Wort ohne Weiteres ersetzen kann.",
  explanation: "Erklärung",
  explanationHint: "In einfachen Worten, höchstens 25 Wörter.",
  pictogram: "Piktogramm",
  category: "Art",
  entryLanguage: "Sprache",
  propose: "Vorschlagen",
  proposed: "Ihr Vorschlag ist angekommen. Eine Verwaltung schaut ihn an.",
  pendingTitle: "Wartende Vorschläge",
  pendingNone: "Keine Vorschläge warten.",
  approvedTitle: "Genehmigte Wörter",
  approvedNone: "Noch keine genehmigten Wörter.",
  rejectedTitle: "Abgelehnte Vorschläge",
  approve: "Genehmigen",
  reject: "Ablehnen",
  edit: "Ändern",
  saveApprove: "Speichern und genehmigen",
  editTitle: "Vorschlag ändern",
  proposedBy: "Vorgeschlagen von",
  statusLabel: "Stand",
  entryStatus: { proposed: "Wartet", approved: "Genehmigt", rejected: "Abgelehnt" },
  keepTitle: "Nicht vereinfachen",
  keepIntro:
    "Namen und Wörter, die bleiben müssen, wie sie sind, zum Beispiel „Sonderausschuss für den Sozialdienst“. Die Werkbank markiert sie nicht.",
  keepNone: "Die Liste ist leer.",
  keepAdd: "Hinzufügen",
  keepRemove: "Entfernen",
  keepText: "Name oder Wort",
  auditLogTitle: "Wer hat was getan",
  auditLogNone: "Noch nichts passiert.",
  when: "Wann",
  who: "Wer",
  what: "Was",
  action: "Aktion",
  actions: {
    propose: "vorgeschlagen",
    approve: "genehmigt",
    edit: "geändert",
    reject: "abgelehnt",
    import: "eingelesen",
    "keep-add": "nicht vereinfachen: hinzugefügt",
    "keep-remove": "nicht vereinfachen: entfernt",
  },
  exportLexicon: "Wortliste herunterladen (JSON)",
  importTitle: "Eine Wortliste einlesen",
  importFile: "Datei im Format der Wortliste (JSON)",
  importButton: "Einlesen",
  imported: "{count} Wörter eingelesen.",
  errorHeading: "Es gibt ein Problem",
  errorTermExists: "„{term}“ steht schon in der Wortliste ({id}).",
  errorMissingText: "Bitte füllen Sie den Text aus.",
  errorFile: "Diese Datei können wir nicht lesen: {reason}",
  done: "Fertig.",
  reportTitle: "Prüfung der Briefe",
  reportIntro: "Pro Brief: Zahlen, geschätztes Niveau, Hinweise und fehlende Teile.",
  reportFile: "Datei",
  reportLanguage: "Sprache",
  reportCefr: "Niveau",
  reportMissing: "Fehlt",
  reportTopJargon: "Häufigste schwere Wörter",
  reportTotals: "Summe",
  reportLetters: "{count} Briefe geprüft.",
  reportUnreadable: "Dateien, die wir nicht lesen konnten",
  reportUnreadableNone: "Alle Dateien konnten gelesen werden.",
  reportReason: "Grund",
  reportSortHint: "Klicken Sie auf einen Spaltentitel, um zu sortieren.",
  reportSortBy: "Sortieren nach {column}",
  reportMeanScore: "Durchschnitt",
  reportGenerated: "Erstellt am {date}.",
  navEditor: "Werkbank",
  trend: { better: "besser", worse: "schlechter", same: "gleich" },
  checklistCompare: "Teile der Entscheidung, vorher und nachher",
  lettersLabel: "Briefe",
};

const EN: WorkbenchTexts = {
  htmlLang: "en",
  appName: "Klaar",
  skipLink: "Skip to content",
  logout: "Log out",
  languageName: "English",
  otherLanguages: "Other languages",
  editorTitle: "Workbench: letters in plain language",
  editorIntro: "Paste a letter or upload a file. You see the hard parts, with an explanation and a better word.",
  newLetter: "New letter",
  letterText: "Text of the letter",
  letterTextHint: "You can write here. The findings update while you type.",
  uploadLabel: "Or choose a file",
  uploadHint: "A .txt, .docx or .pdf file.",
  letterLanguage: "Language of the letter",
  languageAuto: "Detect",
  docTitle: "Title for the export",
  docTitleHint: "Empty: the subject of the letter.",
  defaultDocTitle: "Letter",
  analyze: "Check the letter",
  markedTitle: "Letter with findings",
  markedIntro: "Each finding has a colour and a word. Use Tab to go to a finding and read the explanation.",
  markedEmpty: "No letter yet.",
  legendTitle: "Kinds of findings",
  toolbarLabel: "Go through the findings",
  previousFinding: "Previous finding",
  nextFinding: "Next finding",
  applyCurrent: "Apply suggestion",
  ignoreCurrent: "Ignore",
  shortcutsTitle: "Keyboard shortcuts",
  shortcuts: [
    "Alt + Shift + N: next finding",
    "Alt + Shift + P: previous finding",
    "Alt + Shift + A: apply the suggestion of the chosen finding",
    "Alt + Shift + I: ignore the chosen finding",
    "Enter on a finding in the letter: go to its explanation and buttons",
    "Escape: close the explanation",
  ],
  findingsTitle: "Findings",
  findingsNone: "No findings. Well done!",
  findingsCount: "{count} findings",
  findingsOne: "1 finding",
  suggestionLabel: "Suggestion",
  explanationLabel: "Explanation",
  applySuggestion: "Replace with “{suggestion}”",
  ignore: "Ignore",
  showInLetter: "Show in the letter",
  ignoredCount: "You ignore {count} findings.",
  showIgnored: "Show everything again",
  keptNote: "Your organisation keeps {count} names or words as they are.",
  readabilityTitle: "Readability",
  words: "Words",
  sentences: "Sentences",
  wordsPerSentence: "Words per sentence",
  uncommonShare: "Uncommon words",
  longWordShare: "Long words",
  cefrEstimate: "Estimated level",
  cefrTarget: "Target: B1",
  cefrOk: "This level is good.",
  cefrTooHard: "This is harder than B1.",
  cefrReasons: "Why",
  checklistTitle: "What is in the decision?",
  checklistIntro: "A good decision has these 10 parts.",
  checklistNotDecision: "This letter does not look like a decision. Not every part is needed.",
  status: { present: "Present", missing: "Missing", "not-applicable": "Not needed" },
  checklist: {
    decision: "The decision in one clear sentence",
    motivation: "Its own reasons (not a code)",
    consequences: "What the decision means",
    appeal: "How to appeal: where, how and by when",
    contact: "A contact person, phone, counter and post",
    reference: "The file number",
    hearing: "The right to be heard, with a trusted person",
    "file-access": "The right to read the file",
    "legal-aid": "Free legal advice",
    "right-to-correct": "The right to correct a mistake",
  },
  kinds: {
    jargon: "Hard word",
    "uncommon-word": "Uncommon word",
    "long-sentence": "Long sentence",
    passive: "Passive",
    "nominal-style": "Noun style",
    "double-negation": "Double negative",
    "legal-reference": "Legal article",
    tone: "Tone",
  },
  exportTitle: "Save",
  exportDocx: "Word file (.docx)",
  exportText: "Text file (.txt)",
  exportPdf: "Explanation for the citizen (PDF)",
  compare: "Compare before and after",
  compareTitle: "Before and after",
  compareIntro: "The first version and your version side by side, with their numbers.",
  before: "First version",
  after: "Your version",
  difference: "Difference",
  measure: "Measure",
  findingsTotal: "All findings",
  checklistPresent: "Parts of the decision",
  backToEditor: "Back to the workbench",
  updating: "Checking…",
  updated: "Updated: {count}.",
  applied: "Suggestion applied.",
  lexiconLink: "Word list of the organisation",
  lexiconTitle: "Word list of the organisation",
  lexiconIntro:
    "Propose a hard word with an explanation and a better word. An administrator approves it. Then the workbench uses it at once.",
  proposeTitle: "Propose a word",
  term: "Hard word",
  alternative: "Better word",
  alternativeHint: "Only when it can replace the hard word as it is.",
  explanation: "Explanation",
  explanationHint: "In plain words, 25 words at most.",
  pictogram: "Pictogram",
  category: "Kind",
  entryLanguage: "Language",
  propose: "Propose",
  proposed: "We received your proposal. An administrator will look at it.",
  pendingTitle: "Proposals waiting",
  pendingNone: "No proposals are waiting.",
  approvedTitle: "Approved words",
  approvedNone: "No approved words yet.",
  rejectedTitle: "Rejected proposals",
  approve: "Approve",
  reject: "Reject",
  edit: "Edit",
  saveApprove: "Save and approve",
  editTitle: "Edit the proposal",
  proposedBy: "Proposed by",
  statusLabel: "Status",
  entryStatus: { proposed: "Waiting", approved: "Approved", rejected: "Rejected" },
  keepTitle: "Do not simplify",
  keepIntro:
    "Names and words that must stay as they are, for example “Bijzonder Comité voor de Sociale Dienst”. The workbench does not mark them.",
  keepNone: "The list is empty.",
  keepAdd: "Add",
  keepRemove: "Remove",
  keepText: "Name or word",
  auditLogTitle: "Who did what",
  auditLogNone: "Nothing happened yet.",
  when: "When",
  who: "Who",
  what: "What",
  action: "Action",
  actions: {
    propose: "proposed",
    approve: "approved",
    edit: "edited",
    reject: "rejected",
    import: "imported",
    "keep-add": "do not simplify: added",
    "keep-remove": "do not simplify: removed",
  },
  exportLexicon: "Download the word list (JSON)",
  importTitle: "Import a word list",
  importFile: "File in the word list format (JSON)",
  importButton: "Import",
  imported: "{count} words imported.",
  errorHeading: "There is a problem",
  errorTermExists: "“{term}” is already in the word list ({id}).",
  errorMissingText: "Fill in the text.",
  errorFile: "We cannot read this file: {reason}",
  done: "Done.",
  reportTitle: "Letter audit",
  reportIntro: "Per letter: scores, estimated level, findings and missing parts.",
  reportFile: "File",
  reportLanguage: "Language",
  reportCefr: "Level",
  reportMissing: "Missing",
  reportTopJargon: "Most frequent hard words",
  reportTotals: "Total",
  reportLetters: "{count} letters checked.",
  reportUnreadable: "Files we could not read",
  reportUnreadableNone: "Every file could be read.",
  reportReason: "Reason",
  reportSortHint: "Click a column title to sort.",
  reportSortBy: "Sort by {column}",
  reportMeanScore: "Mean",
  reportGenerated: "Made on {date}.",
  navEditor: "Workbench",
  trend: { better: "better", worse: "worse", same: "same" },
  checklistCompare: "Parts of the decision, before and after",
  lettersLabel: "Letters",
};

export const WORKBENCH_TEXTS: Record<Language, WorkbenchTexts> = { nl: NL, fr: FR, de: DE, en: EN };

/** Replaces {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? String(values[key]) : whole));
}
