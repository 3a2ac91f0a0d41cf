/**
 * Per-language word lists that drive the style rules (rules as data: the rule code stays language-neutral).
 * Stemmers and stop words come from `natural`; we load its single modules, not its index, because the index pulls in
 * storage back-ends that read `.env` files. The Dutch stemmer is our port of natural's (stemmer-nl.ts): same stems,
 * several times faster.
 */
import { createRequire } from "node:module";
import { stemDutch } from "./stemmer-nl.ts";
import type { Language } from "./types.ts";

const require = createRequire(import.meta.url);
const natural = (path: string) => require(`natural/lib/natural/${path}`);
/** natural's stemmers are objects whose `stem` uses `this`. */
const stemmer = (path: string): ((word: string) => string) => {
  const s = natural(path);
  return (word) => s.stem(word);
};

export interface Grammar {
  stem(word: string): string;
  functionWords: ReadonlySet<string>;
  /** Passive auxiliaries: "wordt", "werd", "is" … */
  passiveAux: ReadonlySet<string>;
  /** Auxiliaries that form a passive only with a participle that is not an active perfect ("is gekomen"). */
  perfectAux: ReadonlySet<string>;
  participle: RegExp;
  /** Participles of verbs whose perfect uses the "be" auxiliary: "is gekomen" is active. */
  activePerfectParticiples: ReadonlySet<string>;
  negations: ReadonlySet<string>;
  /** Words that negate by prefix ("onmogelijk"): "niet onmogelijk" is a double negation. */
  negativePrefix: RegExp;
  /** Noun-heavy phrases and a verb-based rewrite. Patterns are matched case-insensitively on the text. */
  nominal: { pattern: RegExp; suggestion?: string }[];
  /** Nouns made from verbs, for chains such as "de toekenning van de verhoging". */
  nominalisation: RegExp;
  /** Words that link two nominalisations into a chain ("van", "tot"). */
  nominalLink: ReadonlySet<string>;
  legalReference: RegExp[];
}

const set = (words: string) => new Set(words.trim().split(/\s+/));

const stopwordsDe =
  set(`aber alle allem allen aller alles als also am an ander andere anderem anderen anderer anderes auch auf aus
  bei bin bis bist da damit dann der den des dem die das dass du dein deine dem denn derer dessen dich dir doch dort durch ein eine
  einem einen einer eines er es etwas euch euer für gegen gewesen hab habe haben hat hatte hätte hier hin hinter ich ihm ihn ihnen
  ihr ihre im in indem ins ist jede jedem jeden jeder jedes jene jetzt kann kein keine können könnte man manche mein meine mich mir
  mit muss musste nach nicht nichts noch nun nur ob oder ohne sehr sein seine sich sie sind so solche soll sollte sondern sonst
  über um und uns unser unter viel vom von vor während war waren warst was weg weil weiter welche wenn werde werden wie wieder will
  wir wird wo wollen würde zu zum zur zwar zwischen Sie Ihr Ihre Ihnen`);

const dutchAux = {
  passive: set("wordt worden werd werden word"),
  perfect: set("is zijn was waren ben bent zal zullen"),
};

/** Each language's grammar is made the first time it is used: its stemmer and stop words load only then. */
const MAKE: Record<Language, () => Grammar> = {
  nl: () => ({
    stem: stemDutch,
    functionWords: new Set([
      ...natural("util/stopwords_nl.js").words,
      ...set("u uw uwe wij we ons onze hun zij ze hem haar zich deze dit die dat een de het en of maar want als dan"),
    ]),
    passiveAux: dutchAux.passive,
    perfectAux: dutchAux.perfect,
    participle:
      /^(?:(?:aan|af|bij|door|in|mee|na|om|onder|op|over|terug|toe|uit|vast|voor|weg)?ge\p{L}{2,}(?:d|t|en)|(?:be|ver|ont|her|er)\p{L}{2,}(?:d|t|en))$/u,
    activePerfectParticiples:
      set(`gekomen gegaan gebleven geweest geworden gestorven gebeurd verschenen begonnen overleden
      verhuisd vertrokken aangekomen teruggekomen opgehouden gestegen gedaald gevallen gelukt mislukt ontstaan verdwenen
      veranderd gegroeid geslaagd gebleken verlopen vervallen`),
    negations: set("niet geen nooit niets niemand nergens noch"),
    negativePrefix: /^on(?!der|s\b|ze|t\b|tv|tslag|tvang|tslaan|tmoet|tdek|twerp|tbijt|theff)\p{L}{4,}$/u,
    nominal: [
      {
        pattern: /\b(?:over te gaan|overgaan|overgegaan|gaan over|gaat over) tot (?:de |het )?(?:uit)?betaling\b/iu,
        suggestion: "betalen",
      },
      {
        pattern: /\b(?:over te gaan|overgaan|overgegaan|gaat over) tot (?:de |het )?terugvordering\b/iu,
        suggestion: "terugvragen",
      },
      { pattern: /\b(?:over te gaan|overgaan|overgegaan|gaat over) tot\b/iu },
      { pattern: /\bin behandeling (?:nemen|genomen|te nemen)\b/iu, suggestion: "behandelen" },
      { pattern: /\bin kennis (?:stellen|gesteld|te stellen)\b/iu, suggestion: "laten weten" },
      { pattern: /\bter kennis (?:brengen|gebracht|te brengen)\b/iu, suggestion: "laten weten" },
      { pattern: /\b(?:een )?beslissing (?:nemen|genomen|te nemen)\b/iu, suggestion: "beslissen" },
      { pattern: /\b(?:de )?aanvraag (?:indienen|ingediend|in te dienen)\b/iu, suggestion: "aanvragen" },
      { pattern: /\bin overweging (?:nemen|genomen|te nemen)\b/iu, suggestion: "overwegen" },
      { pattern: /\btot (?:de )?uitvoering (?:brengen|gebracht|over te gaan)\b/iu, suggestion: "uitvoeren" },
      {
        pattern: /\b(?:een )?onderzoek (?:instellen|ingesteld|in te stellen|uitvoeren|uitgevoerd)\b/iu,
        suggestion: "onderzoeken",
      },
      { pattern: /\bbetaling (?:verrichten|verricht|te verrichten|uitvoeren|uitgevoerd)\b/iu, suggestion: "betalen" },
      { pattern: /\bgoedkeuring (?:verlenen|verleend|te verlenen)\b/iu, suggestion: "goedkeuren" },
      { pattern: /\bmededeling doen\b/iu, suggestion: "meedelen" },
    ],
    nominalisation: /^\p{L}{3,}(?:ing|ingen|atie|aties|tie|ties|heid|heden)$/u,
    nominalLink: set("van tot voor"),
    legalReference: [
      /\bart(?:ikel|\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:bis|ter|quater))?(?:\s{0,3}(?:,|§|en|lid|\d|°)\s{0,3}\d{0,4}°?){0,6}(?:\s{1,3}van\s{1,3}(?:de|het)\s{1,3}(?:wet|decreet|koninklijk besluit|K\.B\.|KB|ministerieel besluit|besluit|ordonnantie|programmawet|wetboek)(?:\s{1,3}(?:van|betreffende)\s{1,3}\d{1,2}\s{1,3}\p{L}{3,10}\s{1,3}\d{4})?)?/giu,
      /\b(?:de\s{1,3}|het\s{1,3})?(?:wet|decreet|koninklijk besluit|ministerieel besluit|programmawet|ordonnantie|besluit van de (?:Vlaamse|Waalse|Brusselse) Regering|besluit)\s{1,3}van\s{1,3}\d{1,2}\s{1,3}\p{L}{3,10}\s{1,3}\d{4}/giu,
      /(?<![\p{L}.])(?:K\.B\.|KB|M\.B\.|B\.S\.|BS)(?![\p{L}])/gu,
      /\bBelgisch Staatsblad\b/giu,
    ],
  }),
  fr: () => ({
    stem: stemmer("stemmers/porter_stemmer_fr.js"),
    functionWords: new Set([
      ...natural("util/stopwords_fr.js").words,
      ...set("vous votre vos nous notre nos le la les un une des de du et ou"),
    ]),
    passiveAux: set("est sont était étaient fut furent sera seront serait été être soit soient"),
    perfectAux: new Set(),
    participle: /^\p{L}{2,}(?:é|ée|és|ées|is|ise|ises|u|ue|us|ues|it|ite|its|ites)$/u,
    activePerfectParticiples: set(
      "venu venue venus venues allé allée allés allées arrivé arrivée parti partie né née mort morte resté restée devenu devenue",
    ),
    negations: set("ne pas non aucun aucune jamais rien personne ni"),
    negativePrefix: /^(?:in|im|il|ir)\p{L}{4,}(?:ble|ant|ent|if|ive)s?$/u,
    nominal: [
      { pattern: /\bprocéder (?:à|au) (?:la |l')?(?:récupération|remboursement)\b/iu, suggestion: "récupérer" },
      { pattern: /\bprocéder (?:à|au|aux)\b/iu },
      { pattern: /\beffectuer (?:le |un )?paiement\b/iu, suggestion: "payer" },
      { pattern: /\bfaire l'objet d(?:e|')/iu },
      { pattern: /\bdonner lieu à\b/iu, suggestion: "entraîner" },
      { pattern: /\bprendre (?:une |la )?décision\b/iu, suggestion: "décider" },
      { pattern: /\bintroduire (?:une |la )?demande\b/iu, suggestion: "demander" },
      { pattern: /\bporter à (?:votre |la )?connaissance\b/iu, suggestion: "informer" },
    ],
    nominalisation: /^\p{L}{3,}(?:tion|tions|ment|ments|ance|ances|ence|ences)$/u,
    nominalLink: set("de du des"),
    legalReference: [
      /\bart(?:icle|\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:bis|ter))?(?:\s{0,3}(?:,|§|et|al\.|alinéa|\d|°)\s{0,3}\d{0,4}°?){0,6}(?:\s{1,3}de\s{1,3}la\s{1,3}(?:loi|ordonnance)(?:\s{1,3}du\s{1,3}\d{1,2}(?:er)?\s{1,3}\p{L}{3,10}\s{1,3}\d{4})?|\s{1,3}de\s{1,3}l'arrêté royal(?:\s{1,3}du\s{1,3}\d{1,2}(?:er)?\s{1,3}\p{L}{3,10}\s{1,3}\d{4})?)?/giu,
      /\b(?:la\s{1,3})?(?:loi|arrêté royal|ordonnance|décret)\s{1,3}du\s{1,3}\d{1,2}(?:er)?\s{1,3}\p{L}{3,10}\s{1,3}\d{4}/giu,
      /(?<![\p{L}.])(?:A\.R\.|AR|M\.B\.|MB)(?![\p{L}])/gu,
      /\bMoniteur belge\b/giu,
    ],
  }),
  de: () => ({
    stem: stemmer("stemmers/porter_stemmer_de.js"),
    functionWords: stopwordsDe,
    passiveAux: set("wird werden wurde wurden worden werde"),
    perfectAux: new Set(),
    participle: /^(?:\p{L}{0,8}ge\p{L}{2,}(?:t|en)|(?:be|ver|ent|er|zer|emp|miss)\p{L}{2,}t)$/u,
    activePerfectParticiples: new Set(),
    negations: set("nicht kein keine keinen keinem keiner nie niemals nichts niemand"),
    negativePrefix: /^un\p{L}{4,}$/u,
    nominal: [
      { pattern: /\bzur Anwendung (?:kommen|kommt|gebracht)\b/iu, suggestion: "anwenden" },
      { pattern: /\bin Erwägung (?:ziehen|gezogen)\b/iu, suggestion: "erwägen" },
      { pattern: /\bzur Kenntnis (?:nehmen|genommen)\b/iu, suggestion: "wissen" },
      { pattern: /\b(?:einen )?Antrag (?:stellen|gestellt)\b/iu, suggestion: "beantragen" },
      { pattern: /\beine Entscheidung (?:treffen|getroffen)\b/iu, suggestion: "entscheiden" },
      { pattern: /\bzur Auszahlung (?:kommen|bringen|gebracht)\b/iu, suggestion: "auszahlen" },
      { pattern: /\bin Kenntnis setzen\b/iu, suggestion: "informieren" },
    ],
    nominalisation: /^\p{L}{3,}(?:ung|ungen|tion|tionen|keit|heit)$/u,
    nominalLink: set("der des von zur zum"),
    legalReference: [
      /\bArt(?:ikel|\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:,|§|Abs\.|Absatz|und|\d)\s{0,3}\d{0,4}){0,6}(?:\s{1,3}des\s{1,3}(?:Gesetzes|Dekrets|Königlichen Erlasses)(?:\s{1,3}vom\s{1,3}\d{1,2}\.\s{0,3}\p{L}{3,10}\s{1,3}\d{4})?)?/gu,
      /\b(?:Gesetz|Gesetzes|Dekret|Dekrets|Königlicher Erlass|Königlichen Erlasses)\s{1,3}vom\s{1,3}\d{1,2}\.\s{0,3}\p{L}{3,10}\s{1,3}\d{4}/gu,
      /(?<![\p{L}.])(?:K\.E\.|KE|B\.S\.|BS)(?![\p{L}])/gu,
      /\bBelgische[ns]? Staatsblatt\b/gu,
    ],
  }),
  en: () => ({
    stem: stemmer("stemmers/porter_stemmer.js"),
    functionWords: new Set([...natural("util/stopwords.js").words, ...set("you your we our us the a an and or")]),
    passiveAux: set("is are was were be been being am"),
    perfectAux: new Set(),
    participle:
      /^(?:\p{L}{2,}ed|made|paid|sent|given|taken|done|known|seen|shown|found|held|kept|told|written|granted|set|put|brought|sought|withheld|heard|met|cut|spent|lost|chosen)$/u,
    activePerfectParticiples: new Set(),
    negations: set("not no never nothing nobody none neither nor cannot"),
    negativePrefix: /^(?:un|in|im|il|ir)\p{L}{4,}(?:ble|ant|ent|ful|ive|ly|ed)$/u,
    nominal: [
      { pattern: /\bmake (?:a |the )?payment\b/iu, suggestion: "pay" },
      { pattern: /\bmake (?:a |the )?decision\b/iu, suggestion: "decide" },
      { pattern: /\bcarry out (?:an? |the )?(?:investigation|review|assessment)\b/iu, suggestion: "check" },
      { pattern: /\bgive consideration to\b/iu, suggestion: "consider" },
      { pattern: /\btake into consideration\b/iu, suggestion: "consider" },
      { pattern: /\bmake (?:an |the )?application\b/iu, suggestion: "apply" },
      { pattern: /\bprovide (?:a |the )?response\b/iu, suggestion: "reply" },
      { pattern: /\bis in receipt of\b/iu, suggestion: "has received" },
    ],
    nominalisation: /^\p{L}{3,}(?:tion|tions|ment|ments|ance|ence)$/u,
    nominalLink: set("of for"),
    legalReference: [
      /\b(?:Art\.|Article|Section|s\.)\s{0,3}\d{1,4}(?:\s{0,3}(?:,|§|and|\(\d{1,3}\)|\d)\s{0,3}\d{0,4}){0,6}(?:\s{1,3}of\s{1,3}the\s{1,3}(?:Act|Law|Royal Decree|Decree)(?:\s{1,3}of\s{1,3}\d{1,2}\s{1,3}\p{L}{3,10}\s{1,3}\d{4})?)?/gu,
      /\b(?:the\s{1,3})?(?:Act|Law|Royal Decree|Decree)\s{1,3}of\s{1,3}\d{1,2}\s{1,3}\p{L}{3,10}\s{1,3}\d{4}/gu,
      /\bBelgian Official Gazette\b/gu,
    ],
  }),
};

export const GRAMMARS = {} as Record<Language, Grammar>;
for (const lang of Object.keys(MAKE) as Language[]) {
  Object.defineProperty(GRAMMARS, lang, {
    enumerable: true,
    configurable: true,
    get() {
      const grammar = MAKE[lang]();
      Object.defineProperty(GRAMMARS, lang, { value: grammar, enumerable: true });
      return grammar;
    },
  });
}
