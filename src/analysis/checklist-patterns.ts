/**
 * The words that show each completeness-checklist item and each letter kind, per language. Kept as data so that
 * communication officers can read and extend them without touching the logic in checklist.ts.
 *
 * Every pattern is wrapped in letter boundaries (JavaScript's \b does not know "é" or "ß") and is case-insensitive.
 * Gaps are bounded and stop at sentence ends ([^.!?]{0,n}), so no pattern can backtrack badly.
 */

import { gap, words } from "./checklist-words.ts";
import type { ChecklistId, Language } from "./types.ts";

export interface ChecklistPatternSet {
  id: Exclude<ChecklistId, "reference">;
  lang: Language;
  /** Any match shows the item. For `contact`: words for a named contact person (channels come from the facts). */
  patterns: RegExp[];
  /** Matches that alone are not enough: a motivation that only cites a law article is not a motivation. */
  weak?: RegExp[];
}

export const CHECKLIST_PATTERNS: readonly ChecklistPatternSet[] = [
  // ---------------------------------------------------------------- nl
  {
    id: "decision",
    lang: "nl",
    // Strongest first: a sentence that says what is decided beats one that only says that something was decided.
    patterns: [
      words(
        `wij (?:geven|weigeren|betalen) u`,
        `kent u${gap(60)} toe`,
        "vastgesteld op",
        "als volgt vastgesteld",
        `niet langer${gap(40)} erkend`,
      ),
      words("beslist", "besloten", "beslissen"),
      words(
        "toegekend",
        "geweigerd",
        "afgewezen",
        "goedgekeurd",
        "ingetrokken",
        "stopgezet",
        "geschorst",
        "uitgesloten",
      ),
      words("teruggevorderd", "terug te vorderen", "te weigeren", "toe te kennen", "uit te sluiten", "stop te zetten"),
    ],
  },
  {
    id: "motivation",
    lang: "nl",
    patterns: [
      words("omdat", "aangezien", "wegens", "daarom", "want", "immers", "om die reden"),
      words("blijkt dat", "gebleken dat", "vastgesteld dat", "van oordeel dat", "rekening houdend met"),
      // "met redenen omkleed bezwaarschrift" asks the reader for reasons; it gives none.
      words(
        "motivering",
        "gemotiveerd",
        "(?<!met )redenen?(?! omkleed)",
        String.raw`op basis van (?!(?:artikel|art\.|de wet))`,
      ),
    ],
    weak: [
      words(
        "op grond van",
        "krachtens",
        "met toepassing van",
        "in uitvoering van",
        `overeenkomstig (?:artikel|art\\.)`,
      ),
      words(`(?:artikel|art\\.) ?\\d+`),
    ],
  },
  {
    id: "consequences",
    lang: "nl",
    patterns: [
      words("dit betekent", "dat betekent", "tot gevolg", "gevolgen?"),
      words(`u (?:ontvangt|krijgt|blijft)`, `vanaf${gap(40)}(?:ontvangt|krijgt|betaalt|moet|dient)`),
      words("niet langer", `geen${gap(40)} meer`, "bij gebrek aan betaling", "bij niet-betaling", "verschuldigd"),
      words(`(?:moet|dient)${gap(40)}(?:betalen|terugbetalen|terugstorten|terugbetaald)`),
    ],
  },
  {
    id: "appeal",
    lang: "nl",
    patterns: [
      // "een beroep doen op" means "call on", not "appeal".
      words(String.raw`beroep(?!\s+(?:te\s+)?doen\s+op)`, "beroepsmogelijkhe(?:id|den)"),
      words("arbeidsrechtbank", "rechtbank", "vrederechter", "Raad van State"),
      words("bezwaar", "bezwaarschrift", "verzoekschrift", `(?:verzoek|aanvraag) tot herziening`),
      words("ombudsdienst", "ombudsman", "ombudsvrouw"),
    ],
  },
  {
    id: "contact",
    lang: "nl",
    patterns: [
      words(
        "maatschappelijke? werk(?:er|ster)",
        "sociaal assistent",
        "contactpersoon",
        "dossierbeheerder",
        "consulent",
      ),
      words("behandeld door", `uw (?:vaste )?aanspreekpunt`),
    ],
  },
  {
    id: "hearing",
    lang: "nl",
    patterns: [
      words("gehoord", "horen", "hoorzitting", "hoorrecht", "hoorplicht", "verhoor"),
      words("vertrouwenspersoon", `(?:persoon|iemand) (?:van|naar) (?:uw|je) keuze`, `iemand${gap(30)}meebrengen`),
      words("uw verhaal", `komen (?:praten|uitleggen|toelichten)`),
    ],
  },
  {
    id: "file-access",
    lang: "nl",
    patterns: [
      words("inzage", "inzagerecht", `kopie van (?:uw|het) (?:medisch |sociaal )?dossier`),
      words(
        `(?:uw|het) (?:medisch |sociaal )?dossier${gap(30)}(?:in te kijken|inkijken|in te zien|inzien|lezen|te lezen|raadplegen|te raadplegen|bekijken)`,
      ),
    ],
  },
  {
    id: "legal-aid",
    lang: "nl",
    patterns: [
      words("juridische (?:eerstelijns)?bijstand", "eerstelijnsbijstand", "juridisch advies", "rechtshulp"),
      words(`gratis (?:juridisch )?(?:advies|hulp|bijstand)`, "pro[- ]?deo", "justitiehuis", "CAW"),
    ],
  },
  {
    id: "right-to-correct",
    lang: "nl",
    patterns: [
      words("recht op vergissing", "vergissing", "vergissen", "vergist", "rechtzetting", "ambtshalve ontheffing"),
      words(`fout${gap(80)}(?:verbeteren|rechtzetten|corrigeren|verbeterd|rechtgezet)`),
    ],
  },
  // ---------------------------------------------------------------- fr
  {
    id: "decision",
    lang: "fr",
    patterns: [
      words("décidé", "décide", "décider"),
      words(
        "accord(?:é|ée|és|ées|er)",
        "refus(?:é|ée|és|ées|er)",
        "octroy(?:é|ée|er)",
        "rejet(?:é|ée)",
        "retir(?:é|ée)",
      ),
      words("suspendue?", "exclue?", "récupér(?:é|ée|er)", "fixée? à", "arrêtée? à"),
    ],
  },
  {
    id: "motivation",
    lang: "fr",
    patterns: [
      words("parce que", "car", "puisque", "étant donné", "vu que", "en effet", "considérant que", "par le fait que"),
      words("motivée?", "motifs?", "raisons?", "il ressort", "il apparaît", "il résulte"),
    ],
    weak: [
      words("conformément à", "en vertu de", "en application de", "sur (?:la )?base de l'article"),
      words(String.raw`article \d+`),
    ],
  },
  {
    id: "consequences",
    lang: "fr",
    patterns: [
      words("cela (?:signifie|veut dire)", "ce qui signifie", "conséquences?"),
      words("vous recevrez", "vous (?:devez|devrez)", "vous êtes tenue?", "vous sera versée?", "sera versée?"),
      words("à partir du", "prend (?:cours|effet)", "avec effet au", "s'élève à", `ne${gap(30)} plus`),
    ],
  },
  {
    id: "appeal",
    lang: "fr",
    patterns: [
      words("recours", "tribunal du travail", "tribunal", "juge de paix", "Conseil d'État"),
      words("requête", "réclamation", "contester", "(?:faire|interjeter) appel"),
      words("médiateur", "service de médiation"),
    ],
  },
  {
    id: "contact",
    lang: "fr",
    patterns: [
      words("assistante? sociale?", "personne de contact", `gestionnaire d(?:e|u) (?:votre )?dossier`),
      words("votre (?:référente?|interlocut(?:eur|rice))", `dossier (?:suivi|traité) par`),
    ],
  },
  {
    id: "hearing",
    lang: "fr",
    patterns: [
      words("entendue?", "audition"),
      words("personne de (?:votre )?confiance", "personne de votre choix", `vous faire (?:accompagner|assister)`),
    ],
  },
  {
    id: "file-access",
    lang: "fr",
    patterns: [
      words(`consulter (?:votre|le|son) dossier`, `accès à (?:votre|son) dossier`, `copie de (?:votre|son) dossier`),
      words(`(?:votre|le) dossier${gap(30)}(?:consulter|consultation)`),
    ],
  },
  {
    id: "legal-aid",
    lang: "fr",
    patterns: [
      words("aide juridique", "avis juridique", "conseil juridique", "pro deo", "maison de justice"),
      words("bureau d'aide juridique", "avocat gratuit"),
    ],
  },
  {
    id: "right-to-correct",
    lang: "fr",
    patterns: [
      words("droit à l'erreur", "rectification", "dégrèvement d'office", "vous (?:vous )?êtes trompée?"),
      words(`erreur${gap(80)}(?:corriger|rectifier|corrigée?|rectifiée?)`),
    ],
  },
  // ---------------------------------------------------------------- de
  {
    id: "decision",
    lang: "de",
    patterns: [
      words("entschieden", "entscheidet", "beschlossen"),
      words("bewilligt", "gewährt", "gewähren", "abgelehnt", "abzulehnen", "zuerkannt", "verweigert"),
      words("zurückgefordert", "zurückzufordern", "festgesetzt auf", "eingestellt"),
    ],
  },
  {
    id: "motivation",
    lang: "de",
    patterns: [
      words("weil", "denn", "deshalb", "daher", "aus diesem Grund", "geht hervor"),
      words("begründet", "Begründung", "Gründen?"),
    ],
    weak: [words("gemäß", "beruht auf", "aufgrund von Artikel"), words(String.raw`Artikel \d+`)],
  },
  {
    id: "consequences",
    lang: "de",
    patterns: [
      words("(?:das|dies) bedeutet", "zur Folge", "Folgen?"),
      words("Sie erhalten", "Sie bekommen", "Sie müssen", "ab dem"),
      words("nicht mehr", `kein${gap(30)} mehr`),
    ],
  },
  {
    id: "appeal",
    lang: "de",
    patterns: [
      words("Einspruch", "Widerspruch", "Beschwerde", "Rechtsmittel", "Berufung", "Klage", "Antragschrift"),
      words("Arbeitsgericht", "Gericht", "Friedensrichter", "Ombudsdienst", "Ombuds(?:mann|frau)"),
    ],
  },
  {
    id: "contact",
    lang: "de",
    patterns: [
      words("Sozialarbeiter(?:in)?", "Sachbearbeiter(?:in)?", "Ansprechpartner(?:in)?", "Kontaktperson"),
      words("bearbeitet von"),
    ],
  },
  {
    id: "hearing",
    lang: "de",
    patterns: [
      words("angehört", "anhören", "Anhörung", "gehört zu werden"),
      words("Vertrauensperson", "Person Ihrer Wahl", "begleiten lassen"),
    ],
  },
  {
    id: "file-access",
    lang: "de",
    patterns: [
      words("Akteneinsicht", `Einsicht in (?:Ihre|die) Akte`, `Kopie (?:Ihrer|der) Akte`),
      words(`Akte${gap(80)}einsehen`),
    ],
  },
  {
    id: "legal-aid",
    lang: "de",
    patterns: [
      words("Rechtshilfe", "Rechtsberatung", "Rechtsbeistand", "juristische (?:Erst)?beratung", "rechtliche Beratung"),
      words("Justizhaus", "pro deo", "kostenlose[rn]? (?:Rechts)?beratung"),
    ],
  },
  {
    id: "right-to-correct",
    lang: "de",
    patterns: [
      words("Recht auf (?:Irrtum|Fehler)", "Irrtum", "geirrt", "Berichtigung"),
      words(`Fehler${gap(80)}(?:berichtigen|korrigieren|berichtigt|korrigiert)`),
    ],
  },
  // ---------------------------------------------------------------- en
  {
    id: "decision",
    lang: "en",
    patterns: [
      words("decided", "decides"),
      words("granted", "refused", "rejected", "approved", "withdrawn", "suspended", "awarded"),
      words("impos(?:e|ed|es|ing)", "recover(?:ed)? from you"),
    ],
  },
  {
    id: "motivation",
    lang: "en",
    patterns: [
      words("because", "since", "due to", "therefore", "whereas", "on the grounds that"),
      words("found that", "established that", "reasons?"),
    ],
    weak: [words("pursuant to", "in accordance with", `under (?:article|section)`), words(String.raw`article \d+`)],
  },
  {
    id: "consequences",
    lang: "en",
    patterns: [
      words("this means", "consequences?"),
      words(`you will${gap(20)}(?:receive|get|have to|no longer)`, `you (?:must|have to|need to)`, "no longer"),
      words(`if${gap(40)}not paid`, "additional costs"),
    ],
  },
  {
    id: "appeal",
    lang: "en",
    patterns: [
      words("appeal", "objection", "object to", `challenge (?:this|the) decision`, `review of (?:this|the) decision`),
      words("court", "tribunal", "ombuds(?:man|person|service)"),
    ],
  },
  {
    id: "contact",
    lang: "en",
    patterns: [
      words("contact person", "case (?:officer|worker|handler)", "social worker", "handled by", "your adviser"),
    ],
  },
  {
    id: "hearing",
    lang: "en",
    patterns: [
      words("heard", "hearing", `(?:present|submit) your defen[cs]e`),
      words("person you trust", "person of your choice", "accompanied", `explain your (?:side|situation|case)`),
    ],
  },
  {
    id: "file-access",
    lang: "en",
    patterns: [words(`(?:consult|see|view|inspect|access|read)${gap(20)}(?:your|the) file`, "copy of your file")],
  },
  {
    id: "legal-aid",
    lang: "en",
    patterns: [
      words("legal aid", "free legal (?:advice|help|aid)", "first-line legal", "legal advice"),
      words("justice house", "pro bono"),
    ],
  },
  {
    id: "right-to-correct",
    lang: "en",
    patterns: [
      words("right to (?:make a )?mistake", "right to error", "made a mistake"),
      words(
        `(?:mistake|error)${gap(80)}(?:correct|fix|put right|rectif)`,
        `correct (?:a|the|any|your) (?:mistake|error)`,
      ),
    ],
  },
];
