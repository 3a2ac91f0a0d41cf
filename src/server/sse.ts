/**
 * Server-Sent Events for the live pages: a `text/event-stream` response, a comment every 15 s so proxies and
 * browsers keep the connection, and the listeners removed as soon as the browser goes away.
 */
import type { Request, Response } from "express";
import type { ChangeKind, QueueStore } from "../kiosk/queue.ts";
import { Problem, sendProblem } from "./problem.ts";

export const KEEP_ALIVE_MS = 15_000;

/**
 * Caps on live connections, per client address and in all: a phone on the network cannot open thousands of event
 * streams. One per app, shared by the display and the staff panel.
 */
export class LiveConnections {
  #perClient = new Map<string, number>();
  #total = 0;
  constructor(readonly limits: { perClient: number; total: number }) {}

  get total(): number {
    return this.#total;
  }

  /** Takes a place for this client, or says why not; `release` gives it back (once). */
  open(client: string): { release(): void } | "client-full" | "full" {
    if (this.#total >= this.limits.total) return "full";
    const mine = this.#perClient.get(client) ?? 0;
    if (mine >= this.limits.perClient) return "client-full";
    this.#perClient.set(client, mine + 1);
    this.#total += 1;
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        this.#total -= 1;
        const left = (this.#perClient.get(client) ?? 1) - 1;
        if (left > 0) this.#perClient.set(client, left);
        else this.#perClient.delete(client);
      },
    };
  }
}

export interface EventStream {
  send(event: string, data: unknown): void;
}

/**
 * Streams the changes of one site's queue. `onChange` writes the events for one change; `onOpen` the first ones,
 * so a browser that reconnects is up to date at once.
 */
export function streamQueueChanges(
  req: Request,
  res: Response,
  opts: {
    queue: QueueStore;
    siteId: string;
    onOpen(stream: EventStream): void;
    onChange(stream: EventStream, kind: ChangeKind): void;
    keepAliveMs?: number;
    /** Caps on live connections; over them the answer is 429 (this client) or 503 (everyone), and no stream. */
    live?: LiveConnections;
  },
): void {
  const place = opts.live?.open(req.ip ?? req.socket.remoteAddress ?? "");
  if (place === "client-full" || place === "full") {
    sendProblem(req, res, new Problem(place === "full" ? "busy" : "rate-limited", {}, 30));
    return;
  }
  res.status(200);
  res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("Connection", "keep-alive");
  res.setHeader("X-Accel-Buffering", "no");
  res.flushHeaders();
  req.socket.setNoDelay(true);
  req.socket.setTimeout(0);

  const stream: EventStream = {
    send(event, data) {
      res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
    },
  };
  // Reconnect after 5 s when the connection breaks (a server restart, the network).
  res.write("retry: 5000\n\n");
  opts.onOpen(stream);

  const listener = (siteId: string, kind: ChangeKind) => {
    if (siteId !== opts.siteId) return;
    try {
      opts.onChange(stream, kind);
    } catch {
      // One bad event must not break the stream for the next ones.
    }
  };
  opts.queue.events.on("change", listener);
  const keepAlive = setInterval(() => res.write(": keep-alive\n\n"), opts.keepAliveMs ?? KEEP_ALIVE_MS);
  const cleanUp = () => {
    place?.release();
    clearInterval(keepAlive);
    opts.queue.events.off("change", listener);
  };
  req.on("close", cleanUp);
  res.on("close", cleanUp);
}
