/**
 * The letter's heading: who sends it and what it is about ("Betreft:", "Objet :", "Betreff:", "Subject:", "Re:").
 */
import type { ValueFact } from "../types.ts";
import { compileOnce } from "./pattern.ts";

const SUBJECT_RE =
  /(?:^|\n)[ \t]{0,20}(?:Betreft|Onderwerp|Objet|Concerne|Betreff|Subject|Re)[ \t]{0,3}:[ \t]{0,10}(?<value>[^\n]{1,300})/iu;

export function findSubject(text: string): ValueFact | undefined {
  const m = SUBJECT_RE.exec(text);
  const written = m?.groups?.value?.trimEnd();
  if (!m || !written) return undefined;
  const start = m.index + m[0].length - (m.groups?.value ?? "").length;
  return { start, end: start + written.length, text: written, value: written };
}

// Words that name a Belgian institution or public service, in the four languages.
const INSTITUTION_RE =
  /(?<![\p{L}])(?:OCMW|CPAS|ÖSHZ|OSHZ|Sociaal\sHuis|Maison\ssociale|RVA|ONEM|LfA|RIZIV|INAMI|LIKIV|VDAB|Actiris|Forem|ADG|HZIV|CAAMI|ziekenfonds|mutualiteit|mutualité|Krankenkasse|Solidaris|Helan|Partena|Mutualité\schrétienne|Christelijke\sMutualiteit|Socialistische\sMutualiteit|Onafhankelijke\sZiekenfondsen|FOD|SPF|FÖD|Federale\sOverheidsdienst|Service\spublic\sfédéral|Föderaler\sÖffentlicher\sDienst|Vlaamse\sBelastingdienst|Belastingdienst|woonmaatschappij|huisvestingsmaatschappij|sociale\shuisvesting|Logement|Wohnungsbau|ziekenhuis|hôpital|Krankenhaus|hospital|AZ|UZ|CHU|Stad|Gemeente|Ville|Commune|Gemeinde|Stadt|City\sof|Municipality|Dienst\sVreemdelingenzaken|Office\sdes\sétrangers|Groeipakket|Fons|Infino|Kidslife|Opgroeien|Famiris|Justitiehuis|Maison\sde\sjustice|Vredegerecht|Justice\sde\spaix|Arbeidsrechtbank|Tribunal\sdu\stravail|Arbeitsgericht|Sociale\sDienst|Service\ssocial|Sozialdienst|Departement|Agentschap|Agence)(?![\p{L}])/u;

// The full names, often in capitals in the heading: "CENTRE PUBLIC D'ACTION SOCIALE DE TOURNAI".
const LONG_INSTITUTION_RE =
  /centre\s+public\s+d['’]action\s+sociale|openbaar\s+centrum\s+voor\s+maatschappelijk\s+welzijn|öffentliche[sn]?\s+sozialhilfezentrum|public\s+centre\s+for\s+social\s+welfare/iu;

// Lines that start the addressee, the salutation or the subject: the sender block ends there.
const END_OF_SENDER_RE =
  /^(?:aan|à|an|to|mevrouw|meneer|mijnheer|madame|monsieur|frau|herrn?|dear|geachte|beste|chère|cher|sehr\sgeehrte|betreft|onderwerp|objet|betreff|subject|re\s?:)(?![\p{L}])/iu;
const HEADING_LINES = 12;

/** The sender: a line near the top that names an institution, else the first line when it looks like a name. */
export function findSender(text: string): ValueFact | undefined {
  const lines: { start: number; text: string }[] = [];
  let offset = 0;
  while (lines.length < HEADING_LINES && offset < text.length) {
    const next = text.indexOf("\n", offset);
    const end = next === -1 ? text.length : next;
    const raw = text.slice(offset, end);
    const trimmed = raw.trim();
    if (trimmed) {
      // Run on short lines: compiled once, straight to machine code (pattern.ts).
      compileOnce(END_OF_SENDER_RE, trimmed);
      if (END_OF_SENDER_RE.test(trimmed)) break;
      lines.push({ start: offset + raw.indexOf(trimmed), text: trimmed });
    }
    offset = end + 1;
  }
  for (const pattern of [INSTITUTION_RE, LONG_INSTITUTION_RE]) if (lines[0]) compileOnce(pattern, lines[0].text);
  const line =
    lines.find((l) => l.text.length <= 120 && (INSTITUTION_RE.test(l.text) || LONG_INSTITUTION_RE.test(l.text))) ??
    lines.find((l, i) => i === 0 && l.text.length <= 80 && /^\p{Lu}/u.test(l.text) && !/\d/.test(l.text));
  return line && { start: line.start, end: line.start + line.text.length, text: line.text, value: line.text };
}
