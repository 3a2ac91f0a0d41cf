/**
 * Server-Sent Events for the live pages: a `text/event-stream` response, a comment every 15 s so proxies and
 * browsers keep the connection, and the listeners removed as soon as the browser goes away.
 */
import type { Request, Response } from "express";
import type { ChangeKind, QueueStore } from "../kiosk/queue.ts";

export const KEEP_ALIVE_MS = 15_000;

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
  },
): void {
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
    clearInterval(keepAlive);
    opts.queue.events.off("change", listener);
  };
  req.on("close", cleanUp);
  res.on("close", cleanUp);
}
