import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { isOpenAt } from "../../src/kiosk/opening-hours.ts";
import {
  homeServices,
  KioskDataError,
  loadKioskTexts,
  loadSites,
  pick,
  SITES_DIR,
  talkToPerson,
} from "../../src/kiosk/sites.ts";
import { hasPictogram } from "../../src/pictograms/catalogue.ts";

const EXAMPLES = ["sociaal-huis", "stadhuis", "ziekenhuis"];

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(KioskDataError);
    return (error as KioskDataError).problems;
  }
  throw new Error("expected a KioskDataError");
}

describe("the example sites", () => {
  const sites = loadSites();

  it("load without problems", () => {
    expect([...sites.keys()]).toEqual(EXAMPLES);
  });

  it.each(EXAMPLES)("%s offers nl, fr, de and en, at most six home buttons and one way to reach a person", (id) => {
    const site = sites.get(id);
    if (!site) throw new Error(id);
    expect(site.languages).toEqual(expect.arrayContaining(["nl", "fr", "de", "en"]));
    expect(homeServices(site).length).toBeLessThanOrEqual(6);
    expect(talkToPerson(site).ticketPrefix).toBeNull();
    for (const service of site.services) expect(hasPictogram(service.pictogram)).toBe(true);
    expect(site.idleWarningSeconds).toBeGreaterThanOrEqual(20);
  });

  it("say money and help without a poverty label", () => {
    const raw = readFileSync(join(SITES_DIR, "sociaal-huis.json"), "utf8").toLowerCase();
    for (const word of ["armoede", "arm ", "pauvreté", "armut", "poverty", "steuntrekker"])
      expect(raw).not.toContain(word);
    const money = sites.get("sociaal-huis")?.services.find((s) => s.id === "geld-en-hulp");
    expect(money && pick(money.label, "nl")).toBe("Geld en hulp");
  });

  it("have opening hours that answer 'open now' in Brussels time", () => {
    const eid = sites.get("stadhuis")?.services.find((s) => s.id === "eid-paspoort");
    if (!eid) throw new Error("eid-paspoort");
    expect(isOpenAt(eid.hours.weekly, new Date("2026-03-03T09:00:00+01:00"))).toBe(true); // Tuesday morning
    expect(isOpenAt(eid.hours.weekly, new Date("2026-03-03T17:30:00+01:00"))).toBe(true); // Tuesday evening
    expect(isOpenAt(eid.hours.weekly, new Date("2026-03-04T17:30:00+01:00"))).toBe(false); // Wednesday evening
    expect(isOpenAt(eid.hours.weekly, new Date("2026-03-07T10:00:00+01:00"))).toBe(false); // Saturday
    // 8:45 summer time in Brussels is 6:45 UTC.
    expect(isOpenAt(eid.hours.weekly, new Date("2026-06-02T06:45:00Z"))).toBe(true);
  });
});

describe("the screen texts", () => {
  it("exist in every visitor language of the catalogue, with each language name in itself", () => {
    const texts = loadKioskTexts();
    expect(texts.nl?.languageName).toBe("Nederlands");
    expect(texts.fr?.languageName).toBe("Français");
    expect(texts.nl?.stillHere).toBe("Ik ben er nog");
    expect(texts.en?.peopleBefore({ count: 3 })).toBe("There are 3 people before you.");
  });
});

describe("a broken site file", () => {
  let dir: string;

  beforeEach(() => {
    dir = join(mkdtempSync(join(tmpdir(), "klaar-sites-")), "sites");
    mkdirSync(dir);
  });

  afterEach(() => {
    rmSync(join(dir, ".."), { recursive: true, force: true });
  });

  // biome-ignore lint/suspicious/noExplicitAny: the test edits raw JSON on purpose, including into invalid shapes
  function writeSite(name: string, change: (site: any) => void): void {
    const site = JSON.parse(readFileSync(join(SITES_DIR, "stadhuis.json"), "utf8"));
    site.id = name;
    change(site);
    writeFileSync(join(dir, `${name}.json`), JSON.stringify(site, null, 2));
  }

  it("gets one error that names the file and the field of every problem", () => {
    writeSite("kapot", (site) => {
      site.services[0].label.nl = "Uw nieuwe identiteitskaart aanvragen";
      delete site.services[1].spoken.fr;
      site.services[2].pictogram = "eenhoorn";
      site.services[3].ticketPrefix = "A";
      site.services[4].bring.de.pop();
    });
    writeSite("ook-kapot", (site) => {
      site.languages = ["fr", "en"];
      site.idleWarningSeconds = 10;
      site.services[0].id = site.services[1].id;
    });
    const problems = problemsOf(() => loadSites(dir));
    const file = join(dir, "kapot.json");
    const other = join(dir, "ook-kapot.json");
    expect(problems).toEqual(
      expect.arrayContaining([
        `${file}: services[0].label.nl: a label has at most 3 words`,
        `${file}: services[1].spoken.fr: the text in "fr" is missing`,
        `${file}: services[2].pictogram: "eenhoorn" is not in kiosk/pictograms/catalogue.json`,
        `${file}: services[3].ticketPrefix: "A" is also used by services[0]`,
        `${file}: services[4].bring.de: 1 of the 2 items in nl`,
        `${other}: languages: the list must contain "nl"`,
        `${other}: idleWarningSeconds: give people at least 20 seconds`,
        `${other}: services[1].id: "burgerlijke-stand" is also used by services[0]`,
      ]),
    );
    expect(problems).toHaveLength(8);
  });

  it("needs a talk-to-person service and at most six home buttons", () => {
    writeSite("te-veel", (site) => {
      const extra = structuredClone(site.services[0]);
      site.services = site.services.filter((s: { kind: string }) => s.kind !== "talk-to-person");
      site.services.push({ ...extra, id: "nog-een", ticketPrefix: "F" });
    });
    expect(problemsOf(() => loadSites(dir))).toEqual([
      expect.stringMatching(/te-veel\.json: services: add one service with kind "talk-to-person"/),
      expect.stringMatching(/te-veel\.json: services: at most 6 home buttons .*found 7/),
    ]);
  });

  it("accepts more languages as data when the screen texts have them", () => {
    const texts = loadKioskTexts();
    const nl = texts.nl;
    if (!nl) throw new Error("nl");
    writeSite("met-swahili", (site) => {
      site.languages.push("sw");
      site.name.sw = "Ukumbi wa mji";
    });
    const problems = problemsOf(() => loadSites(dir, { texts }));
    expect(problems).toContain(
      `${join(dir, "met-swahili.json")}: languages[7]: "sw" has no screen texts in locales/sw/kiosk.json`,
    );
    expect(problems).toContain(`${join(dir, "met-swahili.json")}: services[0].label.sw: the text in "sw" is missing`);
    expect(problems).not.toContainEqual(expect.stringContaining(": name.sw"));
  });

  it("reports invalid JSON and an empty folder", () => {
    expect(problemsOf(() => loadSites(dir))).toEqual([expect.stringMatching(/there are no site files/)]);
    writeFileSync(join(dir, "half.json"), '{ "id": "half", ');
    expect(problemsOf(() => loadSites(dir))).toEqual([expect.stringMatching(/half\.json: cannot read it as JSON/)]);
  });

  it("loads a copy of an example unchanged", () => {
    cpSync(join(SITES_DIR, "ziekenhuis.json"), join(dir, "ziekenhuis.json"));
    expect([...loadSites(dir).keys()]).toEqual(["ziekenhuis"]);
  });
});
