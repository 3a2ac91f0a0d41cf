/**
 * Appointments and invitations: the day, the hour, the place and what to bring ("Kom op maandag 8/02/2027 om
 * 14 uur naar het Sociaal Huis, Kerkstraat 12. Breng uw identiteitskaart mee.").
 */
import { sentenceAround } from "../facts/context.ts";
import { LETTER } from "../facts/pattern.ts";
import { quickPattern } from "../facts/quick-pattern.ts";
import type { DateFact, LetterAppointment, Span } from "../types.ts";
import { ready } from "./ready.ts";

const L = `[${LETTER}]`;
const INVITE_RE = quickPattern(
  String.raw`(?<!${L})(?:uitnodig${L}{0,4}|nodigen|oproeping|aan\ste\sbieden|aanbieden|onderzoek|examen|Untersuchung|examination|afspraak|kom(?:t|en)?\s(?:op|naar|langs)|verwachten\su|gesprek|zitting|hoorzitting|rendez-vous|convoqu${L}{0,4}|invit${L}{0,5}|vous\sattendons|présente[rz](?:\svous)?|entretien|audition|Einladung|laden\sSie|Termin|erwarten\sSie|Gespräch|Anhörung|kommen\sSie|appointment|invite${L}{0,2}|please\scome|expect\syou|interview|hearing|meeting)(?!${L})`,
  "i",
);
const LABEL_RE = /^[ \t]*(?:datum|dag|date|jour|Datum|Tag|day|when|wanneer|quand|wann)[ \t]*:/i;
const TIME_RE =
  /(?<![\d:.,])(?:(?:om|à|um|at|van|de|von|from|vanaf|dès)\s)?(?<h>[01]?\d|2[0-3])(?:\s?(?<sep>[:.]|h|u|uur|heures?|Uhr)\s?(?<m>[0-5]\d)(?!\d|[.,]\d)(?:\s?(?<pm2>[ap]\.?m\.?))?|\s?(?:uur|u(?![\p{L}])|h(?![\p{L}])|heures?|Uhr|o['’]clock|(?<pm>p\.?m\.?|a\.?m\.?)))/giu;
const PLACE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:[Pp]laats|[Aa]dres|[Ll]ocatie|[Ww]aar|[Ll]ieu|[Aa]dresse|[Ee]ndroit|[Oo]ù|Ort|wo|Wo|[Pp]lace|[Aa]ddress|[Ww]here|[Vv]enue)[ \t]*:[ \t]*(?<label>[^\n]{3,120})|(?<!${L})(?:naar|in|op\sons\skantoor|bij|au|à\sl['’]|à\sla|au\sbureau|dans|im|in\sder|in\sdem|bei|zum|zur|at|to)\s(?<free>(?:het|de|le|la|l['’]|les|das|die|der|dem|the|our)?\s?\p{Lu}[^.\n;]{2,100})`,
  "u",
);
const BRING_RE = quickPattern(
  String.raw`(?<!${L})(?:breng|brengt|meebrengen|mee\ste\sbrengen|neem|apport(?:er|ez)|munissez-vous|bring(?:en)?\sSie|mitbringen|mitzubringen|please\sbring|bring)(?!${L})`,
  "i",
);

function timeIn(text: string): string | null {
  for (const m of text.matchAll(TIME_RE)) {
    const g = m.groups ?? {};
    // A bare number is no hour: it needs "uur", "h", "Uhr", "pm" or "14:00".
    if (!g.h) continue;
    let hour = Number(g.h);
    const pm = g.pm ?? g.pm2;
    if (pm && /^p/i.test(pm) && hour < 12) hour += 12;
    return `${String(hour).padStart(2, "0")}:${g.m ?? "00"}`;
  }
  return null;
}

function bringList(text: string, from: number): string[] {
  const part = text.slice(from, from + 500);
  const m = ready(BRING_RE, part).exec(part);
  if (!m) return [];
  const after = part.slice(m.index);
  const bullets = [...after.matchAll(/\n[ \t]*[-•*–·][ \t]*([^\n]{2,100})/g)].map((b) =>
    (b[1] ?? "").trim().replace(/[;,.]$/, ""),
  );
  if (bullets.length) return bullets;
  const sentence = after.split(/[.!?](?:\s|$)/)[0] ?? "";
  const items = sentence
    .replace(BRING_RE, "")
    .replace(/\b(?:mee|mit|with\syou|avec\svous)\b/gi, "")
    .split(/,|\sen\s|\set\s|\sund\s|\sand\s/)
    .map((s) =>
      s.replace(/^[\s:]*(?:uw|ook|volgende|votre|vos|Ihren?|Ihre|your|the|de|het|le|la|les|die|den|das)\s/i, "").trim(),
    )
    .filter((s) => s.length > 2 && s.length < 80);
  return items;
}

/** Appointments from the dates of the letter that stand in an invitation and are no deadline. */
export function findAppointments(
  text: string,
  dates: readonly DateFact[],
  taken: readonly Span[],
  letterDateSpan: Span | null,
  letterDate: string | null = null,
): LetterAppointment[] {
  const found: LetterAppointment[] = [];
  for (const date of dates) {
    if (letterDateSpan && date.start === letterDateSpan.start) continue;
    // A meeting before the letter was written happened already ("in zijn zitting van 12 oktober").
    if (letterDate && date.iso < letterDate) continue;
    if (taken.some((s) => date.start >= s.start && date.end <= s.end)) continue;
    const sentence = sentenceAround(text, date.start, date.end);
    const lineStart = text.lastIndexOf("\n", date.start - 1) + 1;
    const labelled = LABEL_RE.test(text.slice(lineStart, date.start));
    const block = labelled ? text.slice(Math.max(0, lineStart - 300), Math.min(text.length, date.end + 300)) : "";
    // "Wir laden Sie zu einem Gespräch ein:" on the line before, then the day on its own line.
    const intro = text.slice(Math.max(0, lineStart - 200), lineStart);
    const introduced =
      /:\s*$/.test(intro) && INVITE_RE.test(intro.slice(intro.lastIndexOf("\n", intro.length - 3) + 1));
    if (!ready(INVITE_RE, sentence.text).test(sentence.text) && !introduced && !(labelled && INVITE_RE.test(block))) {
      continue;
    }
    // Dates in the past tense or of the letter itself are no appointment.
    if (/(?:hebt|heeft|had|avez|aviez|haben|hatten|did|had)\s/i.test(sentence.text) && !labelled) continue;
    const context = labelled ? text.slice(date.start, Math.min(text.length, date.end + 300)) : sentence.text;
    const tail = labelled ? context : text.slice(date.end, sentence.start + sentence.text.length);
    const placeIn = labelled ? context : tail;
    const placeMatch = ready(PLACE_RE, placeIn).exec(placeIn) ?? PLACE_RE.exec(text.slice(date.end, date.end + 400));
    const place = (placeMatch?.groups?.label ?? placeMatch?.groups?.free ?? "").trim() || null;
    const end = labelled ? date.end : sentence.start + sentence.text.length;
    found.push({
      start: date.start,
      end,
      dateEnd: date.end,
      date: date.iso,
      time: timeIn(labelled ? context.slice(0, 200) : tail) ?? timeIn(sentence.text),
      place,
      bring: bringList(text, date.start),
      evidence: [{ start: labelled ? lineStart : sentence.start, end }],
    });
  }
  return found;
}
