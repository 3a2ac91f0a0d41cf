/**
 * The workbench over real HTTP with a cookie jar: real accounts and workbench SQLite in a temp KLAAR_DATA_DIR, the
 * real lexicon and analyzer. Login, paste, findings, apply, ignore, checklist, exports, upload, before/after, and the
 * organisation's word list (propose → approve → finding; audit log; export → import; "do not simplify").
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lexiconFileSchema } from "../../src/lexicon/schema.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";
import { CookieClient, csrfOf } from "../staff/cookie-client.ts";
import { APPEAL_SENTENCE, SHORT_LETTER, zipEntry } from "./letters.ts";

let server: RunningServer;
let dataDir: string;
const OFFICER = { username: "olga", password: "officer password" };
const ADMIN = { username: "adam", password: "admin password!" };
const COUNTER = { username: "bob", password: "long enough pw" };

interface ApiFinding {
  key: string;
  rule: string;
  text: string;
  suggestion?: string;
  termId?: string;
}
interface ApiResult {
  count: number;
  findings: ApiFinding[];
  checklist: { id: string; status: string }[];
  html: Record<string, string>;
  text?: string;
  applied?: boolean;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), "klaar-workbench-"));
  server = await startServer({ KLAAR_DATA_DIR: dataDir });
  const { accounts } = server.services;
  await accounts.createUser({ ...OFFICER, role: "officer", displayName: "Olga Officer" });
  await accounts.createUser({ ...ADMIN, role: "admin", displayName: "Adam Admin" });
  await accounts.createUser({ ...COUNTER, role: "counter", siteId: "stadhuis" });
}, 120_000);

afterAll(async () => {
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function loggedIn(user: { username: string; password: string }) {
  const client = new CookieClient(server.url);
  const login = await client.login(user.username, user.password, { next: "/werkbank" });
  expect(login.status).toBe(303);
  const page = await client.get("/werkbank");
  expect(page.status).toBe(200);
  const csrf = csrfOf(await page.text());
  const api = async (path: string, body: Record<string, unknown>, token = csrf): Promise<Response> =>
    client.request(path, {
      method: "POST",
      body: JSON.stringify(body),
      headers: { "content-type": "application/json", accept: "application/json", "x-csrf-token": token },
    });
  const check = async (body: Record<string, unknown>): Promise<ApiResult> => {
    const res = await api("/werkbank/api/analyze", body);
    expect(res.status).toBe(200);
    return (await res.json()) as ApiResult;
  };
  return { client, csrf, api, check };
}

describe("access", () => {
  it("sends a visitor without a session to the login page and refuses the API", async () => {
    const client = new CookieClient(server.url);
    const page = await client.get("/werkbank");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toBe("/login?next=%2Fwerkbank");
    const lexicon = await client.get("/werkbank/lexicon");
    expect(lexicon.headers.get("location")).toBe("/login?next=%2Fwerkbank%2Flexicon");
    const api = await client.request("/werkbank/api/analyze", {
      method: "POST",
      body: JSON.stringify({ text: SHORT_LETTER }),
      headers: { "content-type": "application/json", accept: "application/json", "accept-language": "nl-BE" },
    });
    expect(api.status).toBe(401);
    expect(await api.json()).toMatchObject({ status: 401, title: "Eerst aanmelden" });
  });

  it("refuses counter staff (403) and a request without the CSRF token", async () => {
    const counter = new CookieClient(server.url);
    await counter.login(COUNTER.username, COUNTER.password);
    expect((await counter.get("/werkbank")).status).toBe(403);
    const { api } = await loggedIn(OFFICER);
    expect((await api("/werkbank/api/analyze", { text: SHORT_LETTER }, "wrong")).status).toBe(403);
  }, 60_000);
});

describe("the editor", () => {
  it("shows a pasted letter with its findings marked in place, each with a label and a description", async () => {
    const { client, csrf } = await loggedIn(OFFICER);
    const res = await client.post("/werkbank", { _csrf: csrf, text: SHORT_LETTER, do: "analyze" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toMatch(/<a class="hl k-jargon hl-words" id="h-1" href="#f-1" aria-describedby="tip-1"/);
    expect(html).toContain('<span class="tag">Moeilijk woord</span>');
    expect(html).toContain('role="tooltip" id="tip-1"');
    expect(html).toContain("Vervang door “Over”");
    expect(html).toContain('id="readability"');
    expect(html).toContain("Ontbreekt");
  }, 60_000);

  it("applies a suggestion through the API: the jargon finding is gone and the text changed", async () => {
    const { api, check } = await loggedIn(OFFICER);
    const before = await check({ text: SHORT_LETTER });
    const betreft = before.findings.find((f) => f.rule === "jargon" && f.text === "Betreft");
    expect(betreft?.suggestion).toBe("Over");
    const res = await api("/werkbank/api/apply", { text: SHORT_LETTER, key: betreft?.key });
    const after = (await res.json()) as ApiResult;
    expect(after.applied).toBe(true);
    expect(after.text?.startsWith("Over: uw aanvraag")).toBe(true);
    expect(after.findings.some((f) => f.text === "Betreft")).toBe(false);
    expect(after.count).toBe(before.count - 1);
    expect(after.html.marked).toContain('class="marked"');
  }, 60_000);

  it("applies a suggestion without JavaScript (the form posts the finding's key)", async () => {
    const { client, csrf, check } = await loggedIn(OFFICER);
    const key = (await check({ text: SHORT_LETTER })).findings.find((f) => f.text === "Betreft")?.key ?? "";
    const res = await client.post("/werkbank", { _csrf: csrf, text: SHORT_LETTER, do: `apply:${key}` });
    const html = await res.text();
    expect(html).toContain("Voorstel toegepast.");
    expect(html).toMatch(/<textarea[^>]*>Over: uw aanvraag/);
    // The first version is kept for the before/after comparison.
    expect(html).toContain('name="original" value="Betreft: uw aanvraag');
  }, 60_000);

  it("ignores a finding for the session, and shows it again on request", async () => {
    const { client, csrf, check } = await loggedIn(OFFICER);
    const all = await check({ text: SHORT_LETTER });
    const key = all.findings.find((f) => f.text === "dossiernummer")?.key ?? "";
    expect(key).not.toBe("");
    const ignored = await check({ text: SHORT_LETTER, ignored: [key] });
    expect(ignored.findings.map((f) => f.key)).not.toContain(key);
    expect(ignored.count).toBe(all.count - 1);
    const page = await (
      await client.post("/werkbank", { _csrf: csrf, text: SHORT_LETTER, do: `ignore:${key}` })
    ).text();
    expect(page).toContain("U negeert 1 bevindingen.");
    expect(page).toContain(`name="ignored" value="[&quot;${key.replace(/\|/g, "|")}&quot;]"`);
  }, 60_000);

  it("updates the checklist when a sentence with the appeal route is added", async () => {
    const { check } = await loggedIn(OFFICER);
    const before = await check({ text: SHORT_LETTER });
    expect(before.checklist.find((c) => c.id === "appeal")?.status).toBe("missing");
    const after = await check({ text: SHORT_LETTER + APPEAL_SENTENCE });
    expect(after.checklist.find((c) => c.id === "appeal")?.status).toBe("present");
    expect(after.html.checklist).toContain('class="st-present" data-id="appeal"');
  }, 60_000);

  it("exports the edited letter as .docx (readable again) and as plain text, and reads an uploaded .docx", async () => {
    const { client, csrf } = await loggedIn(OFFICER);
    const edited = SHORT_LETTER.replace("Betreft", "Over");
    const docx = await client.post("/werkbank", { _csrf: csrf, text: edited, title: "Uw leefloon", do: "export:docx" });
    expect(docx.status).toBe(200);
    expect(docx.headers.get("content-type")).toContain("wordprocessingml");
    expect(docx.headers.get("content-disposition")).toContain("filename=Uw-leefloon.docx");
    const bytes = Buffer.from(await docx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    const xml = await zipEntry(bytes, "word/document.xml");
    expect(xml).toContain("Over: uw aanvraag voor een leefloon");
    expect(xml).toContain("Uw leefloon");
    const { value } = await mammoth.extractRawText({ buffer: bytes });
    expect(value).toContain("Over: uw aanvraag voor een leefloon");
    expect(value).toContain("Wij hebben beslist dat u geen leefloon krijgt.");

    const txt = await client.post("/werkbank", { _csrf: csrf, text: edited, do: "export:txt" });
    expect(txt.headers.get("content-type")).toContain("text/plain");
    expect(await txt.text()).toBe(edited);

    const form = new FormData();
    form.set("_csrf", csrf);
    form.set("do", "analyze");
    form.set("text", "");
    form.set("file", new Blob([bytes]), "brief.docx");
    const upload = await client.request("/werkbank", { method: "POST", body: form });
    expect(upload.status).toBe(200);
    expect(await upload.text()).toMatch(/<textarea[^>]*>Uw leefloon\s+Over: uw aanvraag/);
  }, 60_000);

  it("exports the citizen printout of the edited letter as PDF", async () => {
    const { client, csrf } = await loggedIn(OFFICER);
    const res = await client.post("/werkbank", { _csrf: csrf, text: SHORT_LETTER + APPEAL_SENTENCE, do: "export:pdf" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(
      Buffer.from(await res.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe("%PDF-");
  }, 90_000);

  it("shows the first version and the edited one side by side with their numbers", async () => {
    const { client, csrf } = await loggedIn(OFFICER);
    const edited = SHORT_LETTER.replace("Betreft", "Over") + APPEAL_SENTENCE;
    const res = await client.post("/werkbank", { _csrf: csrf, text: edited, original: SHORT_LETTER, do: "compare" });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain("<h1>Voor en na</h1>");
    expect(html).toMatch(/<th scope="row">Moeilijk woord<\/th><td>6<\/td><td>8<\/td>/);
    expect(html).toMatch(
      /<th scope="row">Hoe u in beroep gaat: waar, hoe en tot wanneer<\/th><td>Ontbreekt<\/td><td>Staat erin<\/td>/,
    );
  }, 60_000);
});

describe("the organisation's word list", () => {
  const TEXT = "Beste mevrouw, uw zorgregie begint volgende week. Wij bellen u.";
  const PROPOSAL = {
    entryLang: "nl",
    term: "zorgregie",
    alternative: "hulp bij het regelen van uw zorg",
    explanation: "Iemand helpt u om uw zorg te regelen.",
    pictogram: "document",
    category: "health",
  };

  it("officer proposes, admin approves, and the term is a finding at once; the audit log has it", async () => {
    const officer = await loggedIn(OFFICER);
    const before = await officer.check({ text: TEXT });
    expect(before.findings.some((f) => f.termId === "zorgregie")).toBe(false);

    const proposed = await officer.client.post("/werkbank/lexicon/propose", { _csrf: officer.csrf, ...PROPOSAL });
    expect(proposed.status).toBe(303);
    const store = server.services.workbench.overlay;
    const entry = store.list("proposed").find((e) => e.entry.id === "zorgregie");
    expect(entry?.proposedBy).toBe("olga");
    // Only an admin decides.
    const notAllowed = await officer.client.post(`/werkbank/lexicon/${entry?.id}/approve`, { _csrf: officer.csrf });
    expect(notAllowed.status).toBe(403);

    const admin = await loggedIn(ADMIN);
    const page = await (await admin.client.get("/werkbank/lexicon")).text();
    expect(page).toContain("zorgregie");
    const approved = await admin.client.post(`/werkbank/lexicon/${entry?.id}/approve`, { _csrf: admin.csrf });
    expect(approved.status).toBe(303);

    const after = await officer.check({ text: TEXT });
    const finding = after.findings.find((f) => f.termId === "zorgregie");
    expect(finding).toMatchObject({
      rule: "jargon",
      text: "zorgregie",
      suggestion: "hulp bij het regelen van uw zorg",
    });

    const log = store.auditLog();
    expect(log.map((r) => [r.actor, r.action, r.subject])).toEqual(
      expect.arrayContaining([
        ["olga", "propose", "nl:zorgregie"],
        ["adam", "approve", "nl:zorgregie"],
      ]),
    );
    expect(await (await admin.client.get("/werkbank/lexicon")).text()).toContain("goedgekeurd");
  }, 90_000);

  it("refuses a proposal that repeats a shared term, naming it", async () => {
    const officer = await loggedIn(OFFICER);
    const res = await officer.client.post("/werkbank/lexicon/propose", {
      _csrf: officer.csrf,
      ...PROPOSAL,
      term: "OCMW's",
    });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain("“OCMW's” staat al in de woordenlijst (ocmw).");
  }, 60_000);

  it("exports the approved entries in the lexicon format and imports them back (errors name the entry)", async () => {
    const admin = await loggedIn(ADMIN);
    const exported = await admin.client.get("/werkbank/lexicon/export.json?entryLang=nl");
    expect(exported.status).toBe(200);
    const file = lexiconFileSchema.parse(await exported.json());
    expect(file.entries.map((e) => e.id)).toContain("zorgregie");

    const bad = { ...file, entries: [...file.entries, { id: "buurtzorgcheque", term: "buurtzorgcheque" }] };
    const refused = await importFile(admin, bad);
    expect(refused.status).toBe(400);
    const refusedPage = await refused.text();
    expect(refusedPage).toContain(`entry ${file.entries.length + 1} (buurtzorgcheque): explanation`);

    const more = {
      ...file,
      entries: [
        ...file.entries,
        {
          id: "buurtzorgcheque",
          term: "buurtzorgcheque",
          category: "money",
          alternative: "geld voor wie voor iemand zorgt",
          explanation: "Geld van de gemeente voor wie thuis voor een ziek familielid zorgt.",
          pictogram: "money",
          region: "BE",
          source: "test",
        },
      ],
    };
    const imported = await importFile(admin, more);
    expect(imported.status).toBe(303);
    const store = server.services.workbench.overlay;
    expect(store.approved("nl").map((e) => e.entry.id)).toEqual(["buurtzorgcheque", "zorgregie"]);
    expect(store.auditLog().filter((r) => r.action === "import")).toHaveLength(2);
    const roundTrip = lexiconFileSchema.parse(await (await admin.client.get("/werkbank/lexicon/export.json")).json());
    expect(roundTrip.entries.find((e) => e.id === "zorgregie")).toEqual(file.entries.find((e) => e.id === "zorgregie"));
    const check = await admin.check({ text: "U krijgt een buurtzorgcheque." });
    expect(check.findings.find((f) => f.termId === "buurtzorgcheque")?.suggestion).toBe(
      "geld voor wie voor iemand zorgt",
    );
  }, 90_000);

  it("does not mark names on the organisation's 'do not simplify' list (admin only)", async () => {
    const text = "Het Bijzonder Comité voor de Sociale Dienst heeft beslist. U krijgt een leefloon.";
    const officer = await loggedIn(OFFICER);
    const before = await officer.check({ text });
    expect(before.findings.some((f) => f.text.startsWith("Bijzonder Comité"))).toBe(true);
    const refused = await officer.client.post("/werkbank/keep", { _csrf: officer.csrf, keepText: "Bijzonder Comité" });
    expect(refused.status).toBe(403);
    const admin = await loggedIn(ADMIN);
    const added = await admin.client.post("/werkbank/keep", {
      _csrf: admin.csrf,
      keepText: "Bijzonder Comité voor de Sociale Dienst",
    });
    expect(added.status).toBe(303);
    const after = await officer.check({ text });
    expect(after.findings.some((f) => f.text.includes("Comité"))).toBe(false);
    expect(after.findings.some((f) => f.text === "leefloon")).toBe(true);
    expect(after.html.findings).toContain("Uw organisatie houdt");
    expect(server.services.workbench.overlay.auditLog()[0]).toMatchObject({ actor: "adam", action: "keep-add" });
  }, 60_000);
});

async function importFile(admin: Awaited<ReturnType<typeof loggedIn>>, data: unknown): Promise<Response> {
  const form = new FormData();
  form.set("_csrf", admin.csrf);
  form.set("file", new Blob([JSON.stringify(data)], { type: "application/json" }), "nl.json");
  return admin.client.request("/werkbank/lexicon/import", { method: "POST", body: form });
}
