/** The staff panel and the "now serving" display over real HTTP, with a real SQLite queue and accounts. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { CookieClient, csrfOf, readEvents } from "./cookie-client.ts";

let server: RunningServer;
let dataDir: string;
const BOB = { username: "bob", password: "long enough pw" };

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-staff-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
  const { accounts } = server.services;
  await accounts.createUser({ ...BOB, role: "counter", siteId: "stadhuis", counters: ["3"], displayName: "Bob P." });
  await accounts.createUser({ username: "olga", password: "officer password", role: "officer" });
}, 60_000);

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const html = async (res: Response) => {
  const text = await res.text();
  return text;
};

describe("login and roles", () => {
  it("sends a browser without a session to the login page, with the page to come back to", async () => {
    const res = await new CookieClient(server.url).get("/staff/stadhuis?counter=3");
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/login?next=%2Fstaff%2Fstadhuis%3Fcounter%3D3");
    const events = await new CookieClient(server.url).get("/staff/stadhuis/events", { accept: "text/event-stream" });
    expect(events.status).toBe(401);
  });

  it("shows the login page in the asked language", async () => {
    const client = new CookieClient(server.url);
    expect(await html(await client.get("/login?lang=fr"))).toContain("<h1>Se connecter</h1>");
    expect(await html(await client.get("/login", { "accept-language": "de-BE,de;q=0.9" }))).toContain(
      "<h1>Anmelden</h1>",
    );
    expect(await html(await client.get("/login?lang=en"))).toContain('lang="en"');
  });

  it("refuses a login form without its token (403)", async () => {
    const res = await new CookieClient(server.url).post("/login", { username: BOB.username, password: BOB.password });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Het formulier is verlopen");
  });

  it("gives the same message for a wrong password and an unknown user", async () => {
    const client = new CookieClient(server.url);
    const wrong = await client.login(BOB.username, "not the password");
    const unknown = await client.login("nobody", "not the password");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const message = "De gebruikersnaam of het wachtwoord klopt niet.";
    expect(await wrong.text()).toContain(message);
    expect(await unknown.text()).toContain(message);
  }, 30_000);

  it("logs in, sets a strict HttpOnly cookie and goes to the person's site", async () => {
    const client = new CookieClient(server.url);
    const res = await client.login(BOB.username, BOB.password);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/staff/stadhuis");
    const cookie = client.setCookieHeaders.find((c) => c.startsWith("klaar_session="));
    expect(cookie).toMatch(/; Path=\/; HttpOnly; SameSite=Strict$/);
    // Behind a local https proxy the cookie is Secure.
    const viaHttps = new CookieClient(server.url);
    const page = await (await viaHttps.get("/login")).text();
    await viaHttps.post("/login", { _csrf: csrfOf(page), ...BOB }, { "x-forwarded-proto": "https" });
    expect(viaHttps.setCookieHeaders.find((c) => c.startsWith("klaar_session="))).toContain("; Secure");
  }, 30_000);

  it("only follows a local path after the login", async () => {
    const client = new CookieClient(server.url);
    const evil = await client.login(BOB.username, BOB.password, { next: "//evil.example/" });
    expect(evil.headers.get("location")).toBe("/staff/stadhuis");
    const local = await client.login(BOB.username, BOB.password, { next: "/staff/stadhuis?counter=3" });
    expect(local.headers.get("location")).toBe("/staff/stadhuis?counter=3");
  }, 30_000);

  it("refuses the wrong role and another site (403)", async () => {
    const officer = new CookieClient(server.url);
    await officer.login("olga", "officer password");
    const res = await officer.get("/staff/stadhuis");
    expect(res.status).toBe(403);
    expect(await res.text()).toContain("Geen toegang");
    const bob = new CookieClient(server.url);
    await bob.login(BOB.username, BOB.password);
    expect((await bob.get("/staff/ziekenhuis")).status).toBe(403);
    expect((await bob.get("/staff/nergens")).status).toBe(404);
  }, 30_000);

  it("lets an admin choose a site and a counter", async () => {
    await server.services.accounts.createUser({ username: "ann", password: "admin password", role: "admin" });
    const admin = new CookieClient(server.url);
    const login = await admin.login("ann", "admin password");
    expect(login.headers.get("location")).toBe("/staff");
    const sites = await (await admin.get("/staff")).text();
    expect(sites).toContain('href="/staff/stadhuis"');
    expect(sites).toContain('href="/staff/ziekenhuis"');
    const choose = await (await admin.get("/staff/stadhuis")).text();
    expect(choose).toContain("Aan welk loket werkt u?");
    expect(choose.match(/<option /g)).toHaveLength(6);
    expect(await (await admin.get("/staff/stadhuis?counter=5")).text()).toContain(
      "<h1>Loket 5 – Stadhuis Voorbeeldstad</h1>",
    );
  }, 30_000);

  it("reads the first cookie of a name, and nothing from a cookie that is not a plain value", async () => {
    const client = new CookieClient(server.url);
    await client.login(BOB.username, BOB.password);
    const token = client.cookies.get("klaar_session") ?? "";
    const panel = (cookie: string) =>
      fetch(`${server.url}/staff/stadhuis?counter=3`, { headers: { cookie }, redirect: "manual" });
    expect((await panel(`klaar_session=${token}; klaar_session=planted`)).status).toBe(200);
    expect((await panel(`klaar_session=planted; klaar_session=${token}`)).status).toBe(303);
    expect((await panel('klaar_session=j:{"token":1}')).status).toBe(303);
  }, 30_000);

  it("logs out: the session is gone", async () => {
    const client = new CookieClient(server.url);
    await client.login(BOB.username, BOB.password);
    const token = client.cookies.get("klaar_session") ?? "";
    const panel = await (await client.get("/staff/stadhuis")).text();
    expect((await client.post("/logout", { _csrf: "wrong" })).status).toBe(403);
    const out = await client.post("/logout", { _csrf: csrfOf(panel) });
    expect(out.status).toBe(303);
    expect(out.headers.get("location")).toBe("/login?out=1");
    expect(client.cookies.has("klaar_session")).toBe(false);
    expect(server.services.accounts.session(token)).toBeUndefined();
    expect((await client.get("/staff/stadhuis")).status).toBe(303);
  }, 30_000);
});

describe("the counter panel and the display", () => {
  let bob: CookieClient;
  let csrf: string;
  const panel = async (query = "") => {
    const res = await bob.get(`/staff/stadhuis${query}`);
    expect(res.status).toBe(200);
    return res.text();
  };

  beforeAll(async () => {
    bob = new CookieClient(server.url);
    await bob.login(BOB.username, BOB.password);
    csrf = csrfOf(await panel());
  }, 30_000);

  it("shows a new ticket in the waiting list, calls it, and the display shows it", async () => {
    const { queue } = server.services;
    const taken = queue.takeTicket("stadhuis", "eid-paspoort", "A");
    const before = await panel();
    expect(before).toContain(`<strong>${taken.number}</strong>`);
    expect(before).toContain("Er is nu niemand opgeroepen aan uw loket.");

    // Without the CSRF token nothing happens.
    expect((await bob.post("/staff/stadhuis/call-next", { counter: "3" })).status).toBe(403);
    expect((await bob.post("/staff/stadhuis/call-next", { counter: "3", _csrf: "x".repeat(43) })).status).toBe(403);
    expect(queue.ticket(taken.id).status).toBe("waiting");
    // Not someone else's counter.
    expect((await bob.post("/staff/stadhuis/call-next", { counter: "4", _csrf: csrf })).status).toBe(403);

    const called = await bob.post("/staff/stadhuis/call-next", { counter: "3", _csrf: csrf });
    expect(called.status).toBe(303);
    const location = called.headers.get("location") ?? "";
    expect(location).toBe(`/staff/stadhuis?counter=3&notice=called&ticket=${taken.id}`);
    const after = await panel(location.slice("/staff/stadhuis".length));
    expect(after).toContain(`${taken.number} is opgeroepen naar Loket 3.`);
    expect(after).toContain(`<p class="ticket-now">${taken.number}</p>`);

    const display = await (await fetch(`${server.url}/display/stadhuis`)).text();
    expect(display).toContain(`<span class="number">${taken.number}</span>`);
    expect(display).toContain('<span class="counter">Loket 3</span>');
    expect(display).toContain('<noscript><meta http-equiv="refresh" content="10"></noscript>');
  });

  it("recalls, marks no-show and done, and sends a ticket on to another service", async () => {
    const { queue } = server.services;
    const current = queue.recentCalls("stadhuis", 1)[0];
    if (!current) throw new Error("no current call");
    const recall = await bob.post(`/staff/stadhuis/tickets/${current.id}/recall`, { counter: "3", _csrf: csrf });
    expect(recall.headers.get("location")).toContain("notice=recalled");
    await bob.post(`/staff/stadhuis/tickets/${current.id}/no-show`, { counter: "3", _csrf: csrf });
    expect(queue.ticket(current.id).status).toBe("no-show");
    // Done after no-show is no longer possible: the panel says so instead of failing.
    const stale = await bob.post(`/staff/stadhuis/tickets/${current.id}/done`, { counter: "3", _csrf: csrf });
    expect(stale.headers.get("location")).toContain("notice=stale");

    queue.takeTicket("stadhuis", "afspraak", "E");
    await bob.post("/staff/stadhuis/call-next", { counter: "3", _csrf: csrf });
    const next = queue.recentCalls("stadhuis", 1)[0];
    if (!next) throw new Error("no call");
    const moved = await bob.post(`/staff/stadhuis/tickets/${next.id}/transfer`, {
      counter: "3",
      _csrf: csrf,
      service: "afval",
    });
    expect(moved.headers.get("location")).toContain("notice=transferred");
    expect(queue.ticket(next.id)).toMatchObject({ serviceId: "afval", status: "waiting", number: next.number });
    const text = await panel(`?counter=3&notice=transferred&ticket=${next.id}`);
    expect(text).toContain(`${next.number} is doorgestuurd naar Afval en containerpark.`);
  });

  it("streams the display changes as Server-Sent Events and cleans up on disconnect", async () => {
    const { queue } = server.services;
    const listeners = queue.events.listenerCount("change");
    const abort = new AbortController();
    const res = await fetch(`${server.url}/display/stadhuis/events`, { signal: abort.signal });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    if (!res.body) throw new Error("no body");
    expect(queue.events.listenerCount("change")).toBe(listeners + 1);

    const taken = queue.takeTicket("stadhuis", "eid-paspoort", "A");
    await bob.post("/staff/stadhuis/call-next", { counter: "3", _csrf: csrf });
    const event = await readEvents(res.body, (e) => e.event === "board" && JSON.parse(e.data).announce !== null);
    const data = JSON.parse(event.data);
    expect(data.current[0]).toMatchObject({ number: taken.number, counter: "3", counterLabel: "Loket 3" });
    expect(data.announce).toMatchObject({ id: taken.id, number: taken.number, counter: "3" });
    expect(data.announce.audio).toEqual(
      ["nl", "fr", "de", "en"].map((l) => `/display/stadhuis/calls/${taken.id}/${l}.wav`),
    );
    // Nothing private: no service, no time, no name.
    expect(event.data).not.toMatch(/eid-paspoort|takenAt|serviceId/);

    abort.abort();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(queue.events.listenerCount("change")).toBe(listeners);

    const audio = await fetch(`${server.url}${data.announce.audio[0]}`);
    expect(audio.status).toBe(200);
    expect(audio.headers.get("content-type")).toBe("audio/wav");
    expect(Buffer.from(await audio.arrayBuffer()).toString("ascii", 0, 4)).toBe("RIFF");
    const chime = await fetch(`${server.url}/display/chime.wav`);
    expect(Buffer.from(await chime.arrayBuffer()).toString("ascii", 8, 12)).toBe("WAVE");
    // A ticket that was never called has no spoken call.
    const waiting = queue.takeTicket("stadhuis", "boete", "D");
    expect((await fetch(`${server.url}/display/stadhuis/calls/${waiting.id}/nl.wav`)).status).toBe(404);
  }, 30_000);

  it("tells the panel to refresh over its own event stream", async () => {
    const abort = new AbortController();
    const res = await bob.request("/staff/stadhuis/events", { signal: abort.signal });
    expect(res.headers.get("content-type")).toContain("text/event-stream");
    if (!res.body) throw new Error("no body");
    server.services.queue.takeTicket("stadhuis", "afval", "C");
    const event = await readEvents(res.body, (e) => e.event === "change");
    expect(JSON.parse(event.data)).toEqual({ kind: "ticket-taken" });
    abort.abort();
  });

  it("shows a help request from a kiosk and resolves it", async () => {
    const request = server.services.queue.requestHelp("stadhuis", "kiosk-2", "fr");
    expect(await panel()).toContain("Kiosk 2 – Français – 0 min");
    const res = await bob.post(`/staff/stadhuis/help/${request.id}/resolve`, { counter: "3", _csrf: csrf });
    expect(res.headers.get("location")).toBe("/staff/stadhuis?counter=3&notice=help&kiosk=2");
    const text = await panel("?counter=3&notice=help&kiosk=2");
    expect(text).toContain("Goed. Ga naar kiosk 2.");
    expect(text).toContain("Niemand vraagt nu hulp.");
    expect(server.services.queue.openHelpRequests("stadhuis")).toEqual([]);
  });
});

describe("lockout and the per-address limit over HTTP", () => {
  it("locks after 5 failures and answers 429 after 20 failures from one address", async () => {
    await server.services.accounts.createUser({ username: "carl", password: "carl password", role: "admin" });
    const client = new CookieClient(server.url);
    let res: Response | undefined;
    for (let i = 1; i <= 5; i++) res = await client.login("carl", "wrong password");
    expect(res?.status).toBe(401);
    expect(await res?.text()).toContain("U hebt te veel keer geprobeerd. Wacht 15 minuten");
    // Locked: the right password does not help now.
    const locked = await client.login("carl", "carl password");
    expect(locked.status).toBe(401);
    for (let i = 0; i < 25 && res?.status !== 429; i++) res = await client.login("carl", "wrong password");
    expect(res?.status).toBe(429);
    expect(Number(res?.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await res?.text()).toContain("Er waren te veel pogingen vanaf dit toestel.");
  }, 60_000);
});
