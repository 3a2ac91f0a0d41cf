/**
 * Command line tools run from the command thread (src/util/pipe.ts): what goes in and comes out is byte for byte the
 * same as in the calling thread, and the errors keep their codes.
 */
import { describe, expect, it } from "vitest";
import { CommandError, pipeThroughCommand } from "../../src/util/pipe.ts";

const run = (script: string, input: Uint8Array | string = "", timeoutMs = 10_000) =>
  pipeThroughCommand("sh", ["-c", script], input, { timeoutMs, maxOutputBytes: 4 << 20 });

describe("pipeThroughCommand", () => {
  it("returns small and large outputs exactly", async () => {
    // A short answer lives in Node's shared buffer pool: only its own bytes may come back.
    expect((await run("cat", "Beste mevrouw")).toString()).toBe("Beste mevrouw");
    const big = Buffer.alloc(1 << 20, "abcdefgh");
    expect((await run("cat", big)).equals(big)).toBe(true);
    const answers = await Promise.all(["een", "twee", "drie"].map((w) => run("cat", w)));
    expect(answers.map(String)).toEqual(["een", "twee", "drie"]);
  });

  it("sends only the bytes of a view, not the buffer around it", async () => {
    const whole = Buffer.from("xxxxHALLOyyyy");
    expect((await run("cat", whole.subarray(4, 9))).toString()).toBe("HALLO");
  });

  it("keeps the error codes: missing tool, time limit, too much output, failure", async () => {
    const codeOf = (p: Promise<unknown>) =>
      p.then(
        () => "ok",
        (e: CommandError) => e.code,
      );
    expect(await codeOf(pipeThroughCommand("klaar-no-such-tool", [], "", { timeoutMs: 5000 }))).toBe("MISSING");
    expect(await codeOf(run("exec sleep 5", "", 200))).toBe("TIMEOUT");
    expect(await codeOf(run("head -c 5000000 /dev/zero"))).toBe("TOO_LARGE");
    const failed = await run("echo kapot >&2; exit 3").catch((e: CommandError) => e);
    expect(failed).toBeInstanceOf(CommandError);
    expect((failed as CommandError).message).toContain("kapot");
  });
});
