/** The kiosk visitor screens through HTTP: the real app, real SQLite in a temp data dir, real espeak-ng. */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWavInfo } from "../../src/speech/wav.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-kiosk-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const T = { timeout: 60_000 };

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { redirect: "manual", headers });
const post = (path: string, body: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    body: new URLSearchParams(body).toString(),
  });

/** "name=value" pairs to send back, from the Set-Cookie headers of a response. */
function cookiesFrom(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}

describe("a visitor who reads Arabic, Turkish or Ukrainian", () => {
  it("gets every kiosk screen in that language, Arabic right to left, and hears it", T, async () => {
    const languages = await (await get("/kiosk/sociaal-huis")).text();
    expect(languages).toContain('href="/kiosk/sociaal-huis/ar" lang="ar" hreflang="ar" dir="rtl">العربية</a>');
    expect(languages).toContain('href="/kiosk/sociaal-huis/tr" lang="tr" hreflang="tr">Türkçe</a>');
    expect(languages).toContain('href="/kiosk/sociaal-huis/uk" lang="uk" hreflang="uk">Українська</a>');

    const ar = await (await get("/kiosk/sociaal-huis/ar")).text();
    expect(ar).toMatch(/<html class="size-normal theme-light" lang="ar" dir="rtl">/);
    expect(ar).toContain("أهلاً بكم. كيف يمكننا مساعدتكم؟");
    expect(ar).toContain("المال والمساعدة");
    const service = await (await get("/kiosk/sociaal-huis/ar/service/geld-en-hulp")).text();
    expect(service).toContain("الطابق الأرضي، الشباك 2");
    const tr = await (await get("/kiosk/stadhuis/tr/service/eid-paspoort")).text();
    expect(tr).toMatch(/<html class="size-normal theme-light" lang="tr" dir="ltr">/);
    expect(tr).toContain("Kimlik ve pasaport");
    const uk = await (await get("/kiosk/stadhuis/uk/service/eid-paspoort/bring")).text();
    expect(uk).toContain("свіже фото на паспорт");

    for (const path of [
      "/kiosk/sociaal-huis/ar/speech.wav",
      "/kiosk/stadhuis/uk/speech.wav",
      "/kiosk/stadhuis/tr/speech.wav",
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(readWavInfo(Buffer.from(await res.arrayBuffer())).durationSeconds, path).toBeGreaterThan(1);
    }
  });
});

describe("a visitor at the town hall kiosk", () => {
  it("chooses a language, a service and takes a ticket; a reload takes no second ticket", T, async () => {
    const start = await get("/kiosk/stadhuis");
    expect(start.status).toBe(200);
    const languages = await start.text();
    for (const [lang, name] of [
      ["nl", "Nederlands"],
      ["fr", "Français"],
      ["de", "Deutsch"],
      ["en", "English"],
    ]) {
      expect(languages).toContain(`href="/kiosk/stadhuis/${lang}" lang="${lang}" hreflang="${lang}">${name}</a>`);
    }

    const home = await (await get("/kiosk/stadhuis/nl")).text();
    expect(home).toContain('href="/kiosk/stadhuis/nl/service/eid-paspoort"');
    expect(home).toContain("eID en paspoort");
    expect(home.match(/class="k-btn k-tile"/g)).toHaveLength(6);
    // Every screen: home, back, language, read aloud, talk to a person.
    expect(home).toContain('action="/kiosk/stadhuis/nl/help"');
    expect(home).toContain('src="/kiosk/stadhuis/nl/speech.wav"');
    expect(home).toContain('href="/kiosk/stadhuis"');

    const service = await (await get("/kiosk/stadhuis/nl/service/eid-paspoort")).text();
    expect(service).toContain("Gelijkvloers, loket 1 tot 3");
    expect(service).toContain('action="/kiosk/stadhuis/nl/service/eid-paspoort/ticket"');
    expect(service).toContain('href="/kiosk/stadhuis/nl/service/eid-paspoort/bring"');
    expect(service).toMatch(/Nu open|Nu gesloten/);

    const bring = await (await get("/kiosk/stadhuis/nl/service/eid-paspoort/bring")).text();
    expect(bring).toContain("een recente pasfoto");

    const taken = await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket");
    expect(taken.status).toBe(303);
    const ticketUrl = taken.headers.get("location") ?? "";
    expect(ticketUrl).toMatch(/^\/kiosk\/stadhuis\/nl\/ticket\/\d+$/);
    const ticket = await get(ticketUrl);
    expect(ticket.headers.get("cache-control")).toBe("no-store");
    const first = await ticket.text();
    expect(first).toContain("A 001");
    expect(first).toContain("U bent als volgende aan de beurt.");
    expect(first).toContain("Gelijkvloers, loket 1 tot 3");

    const second = await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket");
    const secondPage = await (await get(second.headers.get("location") ?? "")).text();
    expect(secondPage).toContain("A 002");
    expect(secondPage).toContain("Er is 1 persoon voor u.");
    expect(secondPage).toContain("U wacht ongeveer 5 minuten.");

    // Reloading the first ticket shows it again and takes nothing.
    expect(await (await get(ticketUrl)).text()).toContain("A 001");
    expect(server.services.queue.waiting("stadhuis").map((t) => t.number)).toEqual(["A 001", "A 002"]);
  });

  it("shows a ticket only at its own site", T, async () => {
    const taken = await post("/kiosk/sociaal-huis/fr/service/voedselhulp/ticket");
    const id = (taken.headers.get("location") ?? "").split("/").pop();
    expect((await get(`/kiosk/sociaal-huis/fr/ticket/${id}`)).status).toBe(200);
    expect((await get(`/kiosk/stadhuis/fr/ticket/${id}`)).status).toBe(404);
    expect((await get("/kiosk/stadhuis/fr/ticket/999999")).status).toBe(404);
  });

  it("talk to a person creates one help request for this kiosk and says someone is coming", T, async () => {
    const before = await (await get("/kiosk/stadhuis/de/help")).text();
    expect(before).not.toContain("Jemand kommt zu Ihnen");
    expect(before).toContain("+32 9 123 45 67");
    const res = await post("/kiosk/stadhuis/de/help");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/kiosk/stadhuis/de/help");
    const page = await (await get("/kiosk/stadhuis/de/help")).text();
    expect(page).toContain("Jemand kommt zu Ihnen. Bitte bleiben Sie hier.");
    expect(page).toContain("+32 9 123 45 67");
    expect(page).toContain("Montag bis Freitag, von 8.30 bis 16.30 Uhr");
    await post("/kiosk/stadhuis/de/help");
    const open = server.services.queue.openHelpRequests("stadhuis");
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ siteId: "stadhuis", language: "de" });
  });

  it("answers an unknown site, language or service with a friendly 404 and a way home", T, async () => {
    const cases = [
      ["/kiosk/nergens", 'href="/kiosk"'],
      ["/kiosk/nergens/nl", 'href="/kiosk"'],
      ["/kiosk/stadhuis/xx", 'href="/kiosk/stadhuis"'],
      ["/kiosk/stadhuis/nl/service/bestaat-niet", 'href="/kiosk/stadhuis/nl"'],
      ["/kiosk/stadhuis/nl/service/bestaat-niet/bring", 'href="/kiosk/stadhuis/nl"'],
      ["/kiosk/stadhuis/nl/iets/anders", 'href="/kiosk/stadhuis/nl"'],
    ] as const;
    for (const [path, home] of cases) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get("content-type"), path).toMatch(/^text\/html/);
      const html = await res.text();
      expect(html, path).toContain(home);
      expect(html, path).toMatch(/We vinden deze pagina niet|Wir finden diese Seite nicht/);
      expect(html, path).not.toMatch(/at .*\.ts:\d+|Error:/);
    }
    const french = await (await get("/kiosk/stadhuis/fr/service/nope")).text();
    expect(french).toContain("Nous ne trouvons pas cette page.");
    expect(french).toMatch(/<html[^>]* lang="fr"/);
  });

  it("refuses more than 10 tickets a minute from one kiosk with a 429 page", T, async () => {
    for (let i = 0; i < 10; i++) {
      expect((await post("/kiosk/ziekenhuis/en/service/aanmelden/ticket")).status).toBe(303);
    }
    const refused = await post("/kiosk/ziekenhuis/en/service/aanmelden/ticket");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const html = await refused.text();
    expect(html).toContain("Many numbers were just taken. Wait one minute and try again.");
    expect(html).toContain('href="/kiosk/ziekenhuis/en/service/aanmelden"');
    expect(server.services.queue.waiting("ziekenhuis")).toHaveLength(10);
  });

  it("keeps larger text and the dark screen in a cookie, without JavaScript", T, async () => {
    const set = await get("/kiosk/stadhuis/nl/service/afval?size=large&theme=dark");
    expect(set.status).toBe(303);
    expect(set.headers.get("location")).toBe("/kiosk/stadhuis/nl/service/afval");
    const cookie = cookiesFrom(set);
    const html = await (await get("/kiosk/stadhuis/nl/service/afval", { cookie })).text();
    expect(html).toContain('class="size-large theme-dark"');
    expect(html).toContain("Gewone letters");
    expect(html).toContain("Licht scherm");
  });

  it("explains a letter in the kiosk and deletes it when the visitor is done", T, async () => {
    const text = readFileSync(join(import.meta.dirname, "../fixtures/letters/ocmw-leefloon-weigering.txt"), "utf8");
    const sent = await post("/kiosk/stadhuis/en/letter", { text });
    expect(sent.status).toBe(303);
    const url = sent.headers.get("location") ?? "";
    const id = url.split("/").pop() ?? "";
    expect(url).toBe(`/kiosk/stadhuis/en/letter/${id}`);
    const cookie = cookiesFrom(sent);
    expect(cookie).toContain(`klaar_kiosk_letters=${id}`);
    const page = await (await get(url, { cookie })).text();
    expect(page).toMatch(/<html[^>]* lang="en"/);
    expect(page).toContain(`src="/letters/${id}/audio.wav"`);
    expect(server.services.letters.get(id)?.explanation.uiLang).toBe("en");

    const empty = await post("/kiosk/stadhuis/en/letter", { text: "" });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain('role="alert"');

    const reset = await get("/kiosk/stadhuis/reset", { cookie });
    expect(reset.status).toBe(303);
    expect(reset.headers.get("location")).toBe("/kiosk/stadhuis");
    const cleared = reset.headers.getSetCookie().join("\n");
    expect(cleared).toMatch(/klaar_kiosk_letters=;.*Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/klaar_kiosk_display=;/);
    expect(server.services.letters.get(id)).toBeUndefined();
    expect((await get(url)).status).toBe(404);
  });

  it("prints the ticket as an 80 mm receipt PDF", T, async () => {
    const taken = await post("/kiosk/stadhuis/fr/service/afval/ticket");
    const res = await get(`${taken.headers.get("location")}/ticket.pdf`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  });
});

describe("read aloud", () => {
  it("speaks the ticket number as a WAV and serves the second request from the cache", T, async () => {
    const taken = await post("/kiosk/stadhuis/nl/service/boete/ticket");
    const url = `${taken.headers.get("location")}/speech.wav`;
    const first = await get(url);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("audio/wav");
    expect(first.headers.get("x-kiosk-speech")).toBe("synthesised");
    const wav = Buffer.from(await first.arrayBuffer());
    expect(wav.toString("ascii", 0, 4)).toBe("RIFF");
    expect(wav.toString("ascii", 8, 12)).toBe("WAVE");
    const { durationSeconds } = readWavInfo(wav);
    // "Uw nummer is D 1. U bent als volgende aan de beurt. Wacht tot … Eerste verdieping, loket 7."
    expect(durationSeconds).toBeGreaterThan(3);
    expect(durationSeconds).toBeLessThan(30);

    const again = await get(url);
    expect(again.headers.get("x-kiosk-speech")).toBe("cache");
    expect(Buffer.from(await again.arrayBuffer()).equals(wav)).toBe(true);
  });

  it("has a spoken version of every screen, the language screen in every language", T, async () => {
    const paths = [
      "/kiosk/stadhuis/speech.wav",
      "/kiosk/stadhuis/fr/speech.wav",
      "/kiosk/stadhuis/fr/service/afval/speech.wav",
      "/kiosk/stadhuis/fr/service/afval/bring/speech.wav",
      "/kiosk/stadhuis/fr/help/speech.wav",
      "/kiosk/stadhuis/fr/letter/speech.wav",
      "/kiosk/stadhuis/fr/not-found/speech.wav",
    ];
    const durations: number[] = [];
    for (const path of paths) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      durations.push(readWavInfo(Buffer.from(await res.arrayBuffer())).durationSeconds);
    }
    // Four languages with pauses take longer than one short sentence.
    expect(durations[0]).toBeGreaterThan(5);
    for (const d of durations) expect(d).toBeGreaterThan(1);
    expect((await get("/kiosk/stadhuis/fr/service/nope/speech.wav")).status).toBe(404);
  });
});

describe("screens that are the same for every visitor", () => {
  it(
    "come again from memory: the same page, an ETag that answers 304, gzip when asked, a new page per display setting",
    T,
    async () => {
      const first = await get("/kiosk/stadhuis/nl");
      const page = await first.text();
      const etag = first.headers.get("etag") ?? "";
      expect(etag).toMatch(/^".+"$/);
      expect(first.headers.get("cache-control")).toBe("no-cache");
      const again = await get("/kiosk/stadhuis/nl");
      expect(await again.text()).toBe(page);
      expect(again.headers.get("etag")).toBe(etag);

      // As a browser revalidates (fetch itself would add "no-cache", which asks for the full page).
      const unchanged = await get("/kiosk/stadhuis/nl", { "if-none-match": etag, "cache-control": "max-age=0" });
      expect(unchanged.status).toBe(304);
      expect(await unchanged.text()).toBe("");

      // fetch unpacks gzip itself: the page read is the same, the header says it travelled packed.
      const packed = await get("/kiosk/stadhuis/nl", { "accept-encoding": "gzip" });
      expect(packed.headers.get("content-encoding")).toBe("gzip");
      expect(await packed.text()).toBe(page);

      const large = await get("/kiosk/stadhuis/nl?size=large");
      const largeCookies = cookiesFrom(large);
      const largePage = await (await get("/kiosk/stadhuis/nl", { cookie: largeCookies })).text();
      expect(largePage).toContain("size-large");
      expect(page).toContain("size-normal");
    },
  );

  it("never keep a visitor's ticket, and load the style sheet by version for a year", T, async () => {
    const taken = await post("/kiosk/stadhuis/nl/service/eid-paspoort/ticket");
    const ticket = await get(taken.headers.get("location") ?? "");
    expect(ticket.headers.get("cache-control")).toBe("no-store");
    // A visitor's own page travels packed when the browser asks for it, and reads the same as unpacked.
    const location = taken.headers.get("location") ?? "";
    const plain = await get(location, { "accept-encoding": "identity" });
    expect(plain.headers.get("content-encoding")).toBeNull();
    const packed = await get(location, { "accept-encoding": "gzip, deflate" });
    expect(packed.headers.get("content-encoding")).toBe("gzip");
    expect(packed.headers.get("cache-control")).toBe("no-store");
    expect(await packed.text()).toBe(await plain.text());

    const page = await (await get("/kiosk/stadhuis/nl")).text();
    const css = page.match(/href="(\/assets\/css\/kiosk\.css\?v=[0-9a-f]+)"/)?.[1] ?? "";
    expect(css).not.toBe("");
    const sheet = await get(css);
    expect(sheet.status).toBe(200);
    expect(sheet.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });
});
