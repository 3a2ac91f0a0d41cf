import { describe, expect, it } from "vitest";
import {
  amountInWords,
  dateInWords,
  groupedCode,
  phoneInWords,
  spellAcronym,
  timesInWords,
} from "../../src/speech/words.ts";

describe("amountInWords", () => {
  it("says 1234.56 in four languages", () => {
    expect(amountInWords(1234.56, "nl")).toBe("duizend tweehonderdvierendertig euro en zesenvijftig cent");
    expect(amountInWords(1234.56, "fr")).toBe("mille deux cent trente-quatre euros et cinquante-six centimes");
    expect(amountInWords(1234.56, "de")).toBe("eintausendzweihundertvierunddreißig Euro und sechsundfünfzig Cent");
    expect(amountInWords(1234.56, "en")).toBe("one thousand two hundred thirty-four euros and fifty-six cents");
  });

  it("uses the singular, Belgian French numbers and d'euros", () => {
    expect(amountInWords(1, "nl")).toBe("één euro");
    expect(amountInWords(1, "en")).toBe("one euro");
    expect(amountInWords(0.01, "fr")).toBe("un centime");
    expect(amountInWords(0.5, "de")).toBe("fünfzig Cent");
    expect(amountInWords(92, "fr")).toBe("nonante-deux euros");
    expect(amountInWords(2_000_000, "fr")).toBe("deux millions d'euros");
  });

  it("rounds to the cent without float noise", () => {
    expect(amountInWords(0.1 + 0.2, "nl")).toBe("dertig cent");
    expect(amountInWords(19.999, "en")).toBe("twenty euros");
  });

  it("refuses what is not an amount", () => {
    expect(() => amountInWords(-5, "nl")).toThrow(RangeError);
    expect(() => amountInWords(Number.NaN, "nl")).toThrow(RangeError);
  });
});

describe("dateInWords", () => {
  it("writes the weekday and the year in words", () => {
    expect(dateInWords("2026-03-16", "nl")).toBe("maandag 16 maart tweeduizend zesentwintig");
    expect(dateInWords("2026-03-16", "fr")).toBe("lundi 16 mars deux mille vingt-six");
    expect(dateInWords("2026-03-16", "de")).toBe("Montag, der sechzehnte März zweitausendsechsundzwanzig");
    expect(dateInWords("2026-03-16", "en")).toBe("Monday the sixteenth of March two thousand twenty-six");
  });

  it("says the first of the month and older years as people do", () => {
    expect(dateInWords("2026-04-01", "fr")).toBe("mercredi premier avril deux mille vingt-six");
    expect(dateInWords("1995-12-24", "nl")).toBe("zondag 24 december negentienhonderd vijfennegentig");
    expect(dateInWords("1995-12-24", "de")).toBe(
      "Sonntag, der vierundzwanzigste Dezember neunzehnhundertfünfundneunzig",
    );
    expect(dateInWords("1905-01-02", "en")).toBe("Monday the second of January nineteen oh five");
  });

  it("accepts a date-time and refuses dates that do not exist", () => {
    expect(dateInWords("2026-03-16T09:30:00Z", "nl")).toBe("maandag 16 maart tweeduizend zesentwintig");
    expect(() => dateInWords("2026-02-30", "nl")).toThrow(RangeError);
    expect(() => dateInWords("16/03/2026", "nl")).toThrow(RangeError);
  });
});

describe("phoneInWords", () => {
  it("reads a Belgian number in its groups, digit by digit", () => {
    const spoken = "nul negen, twee zes zes, één twee, drie vier";
    expect(phoneInWords("+3292661234", "nl")).toBe(spoken);
    expect(phoneInWords("09 266 12 34", "nl")).toBe(spoken);
    expect(phoneInWords("0032 9 266 12 34", "nl")).toBe(spoken);
    expect(phoneInWords("09 266 12 34", "fr")).toBe("zéro neuf, deux six six, un deux, trois quatre");
  });

  it("knows mobile, Brussels, two-digit zones and free numbers", () => {
    expect(phoneInWords("0470/12.34.56", "en")).toBe("zero four seven zero, one two, three four, five six");
    expect(phoneInWords("+32 2 123 45 67", "de")).toBe("null zwei, eins zwei drei, vier fünf, sechs sieben");
    expect(phoneInWords("050 12 34 56", "nl")).toBe("nul vijf nul, één twee, drie vier, vijf zes");
    expect(phoneInWords("0800 12 345", "nl")).toBe("nul acht nul nul, één twee, drie vier vijf");
  });

  it("keeps the written groups of a foreign number", () => {
    expect(phoneInWords("+31 20 123 4567", "en")).toBe("plus three one, two zero, one two three, four five six seven");
  });

  it("refuses text that is not a phone number", () => {
    expect(() => phoneInWords("bel ons", "nl")).toThrow(RangeError);
  });
});

describe("groupedCode", () => {
  it("reads an IBAN in groups of four", () => {
    expect(groupedCode("BE68 5390 0754 7034", "nl")).toBe(
      "B E zes acht, vijf drie negen nul, nul zeven vijf vier, zeven nul drie vier",
    );
  });

  it("reads a structured communication in groups of 3, 4 and 5", () => {
    expect(groupedCode("+++090/9337/55493+++", "fr")).toBe(
      "zéro neuf zéro, neuf trois trois sept, cinq cinq quatre neuf trois",
    );
    expect(groupedCode("***090/9337/55493***", "en")).toBe(groupedCode("090933755493", "en"));
  });

  it("refuses other codes", () => {
    expect(() => groupedCode("12345", "nl")).toThrow(RangeError);
  });
});

describe("spellAcronym", () => {
  it("puts spaces between the letters", () => {
    expect(spellAcronym("OCMW")).toBe("O C M W");
    expect(spellAcronym("o.c.m.w.")).toBe("O C M W");
  });
});

describe("the visitor languages beyond the letter languages", () => {
  it("say amounts in euro, with the right plural of cent", () => {
    expect(amountInWords(12.5, "tr")).toBe("on iki avro elli sent");
    expect(amountInWords(1.03, "uk")).toBe("один євро і три центи");
    expect(amountInWords(12.5, "uk")).toBe("дванадцять євро і п'ятдесят центів");
    expect(amountInWords(3, "ar")).toBe("ثلاثة يورو");
  });

  it("say dates with the weekday and month in that language", () => {
    expect(dateInWords("2026-03-15", "tr")).toMatch(/^Pazar on beş Mart iki bin yirmi altı$/);
    expect(dateInWords("2026-03-15", "uk")).toContain("березня");
  });
});

describe("timesInWords", () => {
  it("says a clock time as people do, not as digits with a colon", () => {
    expect(timesInWords("Kom op maandag om 14:00 naar het loket.", "nl")).toBe(
      "Kom op maandag om 14 uur naar het loket.",
    );
    expect(timesInWords("om 09:30 uur", "nl")).toBe("om 9 uur 30");
    expect(timesInWords("om 14u30, van 8.30 tot 12.00 uur", "nl")).toBe("om 14 uur 30, van 8 uur 30 tot 12 uur");
    expect(timesInWords("Venez à 14h30 ou à 9 h.", "fr")).toBe("Venez à 14 heures 30 ou à 9 heures.");
    expect(timesInWords("Kommen Sie um 09:30 zu: ADG, Straße 4/2.", "de")).toBe(
      "Kommen Sie um 9 Uhr 30 zu: ADG, Straße 4/2.",
    );
    expect(timesInWords("Come at 14:00 or at 9:05.", "en")).toBe("Come at 2 pm or at 9:05 am.");
  });

  it("leaves amounts, dates, addresses and the pronoun u alone", () => {
    const text = "Betaal € 14,30 voor 12.03.2026, artikel 14:3, bus 4/2, dan krijgt u 3 u later";
    expect(timesInWords(text, "nl")).toBe(text);
    expect(timesInWords("14:00", "tr")).toBe("14:00");
  });
});
