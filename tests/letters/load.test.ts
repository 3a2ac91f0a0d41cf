/** Under load: a full PDF queue answers 503 with Retry-After, and nothing already explained is lost. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureLetters } from "../helpers/fixtures.ts";
import { type RunningServer, startServer } from "../helpers/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ KLAAR_PDF_PAGES: "1", KLAAR_PDF_QUEUE: "0" });
}, 60_000);
afterAll(() => server.close());

describe("a busy printer queue", () => {
  it("refuses extra printouts with 503 and Retry-After, and keeps the letters", async () => {
    const ids = await Promise.all(
      fixtureLetters()
        .slice(0, 4)
        .map(async (l) => (await server.services.letters.explain({ text: l.text, uiLang: "nl" })).id),
    );
    const answers = await Promise.all(
      ids.map((id) => fetch(`${server.url}/letters/${id}/print.pdf`, { headers: { accept: "application/json" } })),
    );
    const statuses = answers.map((r) => r.status);
    expect(statuses).toContain(200);
    expect(statuses).toContain(503);
    const busy = answers.find((r) => r.status === 503);
    if (!busy) throw new Error("no request was refused");
    expect(Number(busy.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect((await busy.json()).title).toBe("Even geduld");
    // Every explanation is still there, and a retry later gets its PDF.
    for (const id of ids) expect((await fetch(`${server.url}/letters/${id}`)).status).toBe(200);
    const refused = ids[statuses.indexOf(503)];
    const retry = await fetch(`${server.url}/letters/${refused}/print.pdf`);
    expect(retry.status).toBe(200);
  });
});

describe("other formats", () => {
  it("serves the summary as mp3 when lame is installed", async () => {
    const { id } = await server.services.letters.explain({ text: fixtureLetters()[0]?.text ?? "", uiLang: "en" });
    const res = await fetch(`${server.url}/letters/${id}/audio.mp3`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("audio/mpeg");
    const mp3 = Buffer.from(await res.arrayBuffer());
    // An MPEG frame sync or an ID3 tag at the start.
    expect(mp3.toString("latin1", 0, 3) === "ID3" || (mp3[0] === 0xff && ((mp3[1] ?? 0) & 0xe0) === 0xe0)).toBe(true);
  });

  it("serves pictograms as SVG and as PNG at the asked size", async () => {
    const svg = await fetch(`${server.url}/pictograms/money.svg`);
    expect(svg.headers.get("content-type")).toContain("image/svg+xml");
    expect(await svg.text()).toContain("<svg");
    const png = await fetch(`${server.url}/pictograms/money.png?size=300`);
    expect(png.headers.get("content-type")).toBe("image/png");
    const sharp = (await import("sharp")).default;
    const meta = await sharp(Buffer.from(await png.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([300, 300]);
    expect((await fetch(`${server.url}/pictograms/nope.png`, { headers: { accept: "application/json" } })).status).toBe(
      404,
    );
    expect(
      (await fetch(`${server.url}/pictograms/money.png?size=99999`, { headers: { accept: "application/json" } }))
        .status,
    ).toBe(400);
  });
});
