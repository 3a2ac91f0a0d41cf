import { describe, expect, it } from "vitest";
import { factsOf } from "./helpers.ts";

const hours = (text: string, lang: Parameters<typeof factsOf>[1] = "nl") =>
  factsOf(text, lang).openingHours.map((h) => h.text);

describe("opening hours", () => {
  it("reads Dutch opening hours", () => {
    expect(hours("Het loket is open van maandag tot vrijdag van 9 tot 12 uur en van 13 tot 16 uur.")).toEqual([
      "van maandag tot vrijdag van 9 tot 12 uur en van 13 tot 16 uur",
    ]);
    expect(hours("Telefonisch bereikbaar ma-vr 9u-12u.")).toEqual(["ma-vr 9u-12u"]);
    expect(hours("Wij zijn er elke werkdag van 8.30 tot 16 uur.")).toEqual(["elke werkdag van 8.30 tot 16 uur"]);
    expect(hours("Zitdag op maandag, woensdag en vrijdag van 9 tot 12 uur.")).toEqual([
      "op maandag, woensdag en vrijdag van 9 tot 12 uur",
    ]);
  });

  it("reads French, German and English opening hours", () => {
    expect(hours("Nos bureaux sont ouverts du lundi au vendredi de 9h à 12h.", "fr")).toEqual([
      "du lundi au vendredi de 9h à 12h",
    ]);
    expect(hours("Sprechstunden: Montag bis Freitag von 9 bis 12 Uhr.", "de")).toEqual([
      "Montag bis Freitag von 9 bis 12 Uhr",
    ]);
    expect(hours("Call us Monday to Friday from 9 am to 5 pm, or Mon–Fri 9:00–12:00.", "en")).toEqual([
      "Monday to Friday from 9 am to 5 pm",
      "Mon–Fri 9:00–12:00",
    ]);
  });

  it("reads the hours after a leading word and a day that runs on into the hours", () => {
    expect(hours("Het loket is open op werkdagen van 9 tot 12 uur.")).toEqual(["op werkdagen van 9 tot 12 uur"]);
    expect(hours("Accueil tous les jours ouvrables de 9h à 12h.", "fr")).toEqual([
      "tous les jours ouvrables de 9h à 12h",
    ]);
    expect(hours("Beratung an Werktagen von 8 bis 12 Uhr.", "de")).toEqual(["an Werktagen von 8 bis 12 Uhr"]);
    expect(hours("Open on weekdays from 9 am to 5 pm.", "en")).toEqual(["on weekdays from 9 am to 5 pm"]);
    expect(hours("Open every working day 9:00-12:00.", "en")).toEqual(["every working day 9:00-12:00"]);
    expect(hours("OPEN VAN MAANDAG TOT VRIJDAG VAN 9 TOT 12 UUR.")).toEqual([
      "VAN MAANDAG TOT VRIJDAG VAN 9 TOT 12 UUR",
    ]);
  });

  it("does not read a short word and numbers as a day and hours", () => {
    expect(hours("Neem zo 2 tot 3 keer per dag.")).toEqual([]);
  });
});
