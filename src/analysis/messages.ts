/** What the analysis says to people, in plain words, in nl/fr/de/en. */
import type { Language } from "./types.ts";

type Params = Record<string, string | number | undefined>;
type Template = (p: Params) => string;

export type MessageId =
  | "jargon"
  | "jargon-keep"
  | "jargon-compound"
  | "archaic"
  | "tone"
  | "uncommon-word"
  | "long-sentence"
  | "passive"
  | "nominal-style"
  | "double-negation"
  | "legal-reference";

const q = (s: string | number | undefined) => `“${s ?? ""}”`;

const MESSAGES: Record<Language, Record<MessageId, Template>> = {
  nl: {
    jargon: (p) =>
      `${q(p.term)} is een moeilijk woord.${p.alternative ? ` Schrijf liever ${q(p.alternative)}.` : " Leg het uit."}`,
    "jargon-keep": (p) => `${q(p.term)} is een vaste term. Laat het staan, maar leg het uit.`,
    "jargon-compound": (p) => `${q(p.text)} bevat het moeilijke woord ${q(p.term)}. Leg het uit of splits het woord.`,
    archaic: (p) => `${q(p.term)} is ouderwets.${p.alternative ? ` Schrijf ${q(p.alternative)}.` : ""}`,
    tone: (p) =>
      `${q(p.term)} kan kwetsen of beschuldigen.${p.alternative ? ` Schrijf liever ${q(p.alternative)}.` : " Schrijf neutraal."}`,
    "uncommon-word": (p) => `${q(p.text)} is een weinig gebruikt woord. Kies een gewoner woord of leg het uit.`,
    "long-sentence": (p) =>
      `Deze zin heeft ${p.words} woorden. Maak er kortere zinnen van, van hoogstens ${p.max} woorden.`,
    passive: () => "Lijdende vorm. Zeg wie iets doet: “wij weigeren” in plaats van “wordt geweigerd”.",
    "nominal-style": (p) =>
      `Naamwoordstijl: ${q(p.text)}.${p.suggestion ? ` Schrijf met een werkwoord: ${q(p.suggestion)}.` : " Schrijf met een werkwoord."}`,
    "double-negation": () => "Dubbele ontkenning. Zeg het positief: dat is makkelijker te begrijpen.",
    "legal-reference": () =>
      "Verwijzing naar een wet. Zeg eerst in gewone woorden wat de regel voor de lezer betekent.",
  },
  fr: {
    jargon: (p) =>
      `${q(p.term)} est un mot difficile.${p.alternative ? ` Écrivez plutôt ${q(p.alternative)}.` : " Expliquez-le."}`,
    "jargon-keep": (p) => `${q(p.term)} est un terme fixe. Gardez-le, mais expliquez-le.`,
    "jargon-compound": (p) => `${q(p.text)} contient le mot difficile ${q(p.term)}. Expliquez-le.`,
    archaic: (p) => `${q(p.term)} est un mot ancien.${p.alternative ? ` Écrivez ${q(p.alternative)}.` : ""}`,
    tone: (p) =>
      `${q(p.term)} peut blesser ou accuser.${p.alternative ? ` Écrivez plutôt ${q(p.alternative)}.` : " Écrivez de façon neutre."}`,
    "uncommon-word": (p) => `${q(p.text)} est un mot peu courant. Choisissez un mot plus simple ou expliquez-le.`,
    "long-sentence": (p) =>
      `Cette phrase a ${p.words} mots. Faites des phrases plus courtes, de ${p.max} mots au plus.`,
    passive: () => "Forme passive. Dites qui agit : « nous refusons » au lieu de « est refusé ».",
    "nominal-style": (p) =>
      `Style nominal : ${q(p.text)}.${p.suggestion ? ` Utilisez un verbe : ${q(p.suggestion)}.` : " Utilisez un verbe."}`,
    "double-negation": () => "Double négation. Dites-le de façon positive : c'est plus facile à comprendre.",
    "legal-reference": () =>
      "Référence à une loi. Dites d'abord en mots simples ce que la règle veut dire pour le lecteur.",
  },
  de: {
    jargon: (p) =>
      `${q(p.term)} ist ein schweres Wort.${p.alternative ? ` Schreiben Sie lieber ${q(p.alternative)}.` : " Erklären Sie es."}`,
    "jargon-keep": (p) => `${q(p.term)} ist ein fester Begriff. Lassen Sie ihn stehen, aber erklären Sie ihn.`,
    "jargon-compound": (p) => `${q(p.text)} enthält das schwere Wort ${q(p.term)}. Erklären Sie es.`,
    archaic: (p) => `${q(p.term)} ist altmodisch.${p.alternative ? ` Schreiben Sie ${q(p.alternative)}.` : ""}`,
    tone: (p) =>
      `${q(p.term)} kann verletzen oder beschuldigen.${p.alternative ? ` Schreiben Sie lieber ${q(p.alternative)}.` : " Schreiben Sie neutral."}`,
    "uncommon-word": (p) => `${q(p.text)} ist ein seltenes Wort. Wählen Sie ein gängiges Wort oder erklären Sie es.`,
    "long-sentence": (p) =>
      `Dieser Satz hat ${p.words} Wörter. Schreiben Sie kürzere Sätze mit höchstens ${p.max} Wörtern.`,
    passive: () => "Passiv. Sagen Sie, wer handelt: „wir lehnen ab“ statt „wird abgelehnt“.",
    "nominal-style": (p) =>
      `Nominalstil: ${q(p.text)}.${p.suggestion ? ` Schreiben Sie mit einem Verb: ${q(p.suggestion)}.` : " Schreiben Sie mit einem Verb."}`,
    "double-negation": () => "Doppelte Verneinung. Sagen Sie es positiv: Das ist leichter zu verstehen.",
    "legal-reference": () =>
      "Verweis auf ein Gesetz. Sagen Sie zuerst in einfachen Worten, was die Regel für den Leser bedeutet.",
  },
  en: {
    jargon: (p) =>
      `${q(p.term)} is a difficult word.${p.alternative ? ` Write ${q(p.alternative)} instead.` : " Explain it."}`,
    "jargon-keep": (p) => `${q(p.term)} is a fixed term. Keep it, but explain it.`,
    "jargon-compound": (p) => `${q(p.text)} contains the difficult word ${q(p.term)}. Explain it.`,
    archaic: (p) => `${q(p.term)} is old-fashioned.${p.alternative ? ` Write ${q(p.alternative)}.` : ""}`,
    tone: (p) =>
      `${q(p.term)} can hurt or sound like an accusation.${p.alternative ? ` Write ${q(p.alternative)} instead.` : " Write neutrally."}`,
    "uncommon-word": (p) => `${q(p.text)} is a rare word. Choose a more common word or explain it.`,
    "long-sentence": (p) => `This sentence has ${p.words} words. Write shorter sentences of ${p.max} words at most.`,
    passive: () => "Passive voice. Say who does it: “we refuse” instead of “is refused”.",
    "nominal-style": (p) =>
      `Noun style: ${q(p.text)}.${p.suggestion ? ` Use a verb: ${q(p.suggestion)}.` : " Use a verb."}`,
    "double-negation": () => "Double negative. Say it in a positive way: that is easier to understand.",
    "legal-reference": () => "Reference to a law. First say in plain words what the rule means for the reader.",
  },
};

export function message(lang: Language, id: MessageId, params: Params = {}): string {
  return MESSAGES[lang][id](params);
}

type ReasonId = "readingEase" | "meanSentenceLength" | "longWordShare" | "uncommonWordShare" | "allWithinB1";
const pct = (n: number) => `${Math.round(n * 100)} %`;
const num = (n: number) => (Math.round(n * 10) / 10).toString();

const REASONS: Record<Language, Record<ReasonId, (value: number, band: string, b1: number) => string>> = {
  nl: {
    readingEase: (v, band, b1) => `Leesgemak ${num(v)}: niveau ${band} (B1 vraagt minstens ${b1}).`,
    meanSentenceLength: (v, band, b1) =>
      `Zinnen van gemiddeld ${num(v)} woorden: niveau ${band} (B1: hoogstens ${b1}).`,
    longWordShare: (v, band, b1) => `${pct(v)} lange woorden: niveau ${band} (B1: hoogstens ${pct(b1)}).`,
    uncommonWordShare: (v, band, b1) =>
      `${pct(v)} weinig gebruikte woorden: niveau ${band} (B1: hoogstens ${pct(b1)}).`,
    allWithinB1: () => "Zinslengte, woordlengte en woordkeuze passen bij B1 of makkelijker.",
  },
  fr: {
    readingEase: (v, band, b1) => `Facilité de lecture ${num(v)} : niveau ${band} (B1 demande au moins ${b1}).`,
    meanSentenceLength: (v, band, b1) => `Phrases de ${num(v)} mots en moyenne : niveau ${band} (B1 : ${b1} au plus).`,
    longWordShare: (v, band, b1) => `${pct(v)} de mots longs : niveau ${band} (B1 : ${pct(b1)} au plus).`,
    uncommonWordShare: (v, band, b1) => `${pct(v)} de mots rares : niveau ${band} (B1 : ${pct(b1)} au plus).`,
    allWithinB1: () => "La longueur des phrases et des mots correspond au niveau B1 ou plus facile.",
  },
  de: {
    readingEase: (v, band, b1) => `Lesbarkeit ${num(v)}: Niveau ${band} (B1 braucht mindestens ${b1}).`,
    meanSentenceLength: (v, band, b1) =>
      `Sätze mit durchschnittlich ${num(v)} Wörtern: Niveau ${band} (B1: höchstens ${b1}).`,
    longWordShare: (v, band, b1) => `${pct(v)} lange Wörter: Niveau ${band} (B1: höchstens ${pct(b1)}).`,
    uncommonWordShare: (v, band, b1) => `${pct(v)} seltene Wörter: Niveau ${band} (B1: höchstens ${pct(b1)}).`,
    allWithinB1: () => "Satzlänge, Wortlänge und Wortwahl passen zu B1 oder leichter.",
  },
  en: {
    readingEase: (v, band, b1) => `Reading ease ${num(v)}: level ${band} (B1 needs at least ${b1}).`,
    meanSentenceLength: (v, band, b1) => `Sentences of ${num(v)} words on average: level ${band} (B1: at most ${b1}).`,
    longWordShare: (v, band, b1) => `${pct(v)} long words: level ${band} (B1: at most ${pct(b1)}).`,
    uncommonWordShare: (v, band, b1) => `${pct(v)} rare words: level ${band} (B1: at most ${pct(b1)}).`,
    allWithinB1: () => "Sentence length, word length and word choice fit B1 or easier.",
  },
};

export function readabilityReason(lang: Language, id: ReasonId, value: number, band: string, b1: number): string {
  return REASONS[lang][id](value, band, b1);
}
