/** A throwaway HTTP server on 127.0.0.1 that records every request, to prove what a page did (or did not) fetch. */
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordingServer {
  origin: string;
  requests: { url: string; cookie: string | undefined }[];
  close(): Promise<void>;
}

export async function startRecordingServer(
  handler: (req: IncomingMessage, res: ServerResponse) => void = (_, res) => res.writeHead(404).end(),
): Promise<RecordingServer> {
  const requests: RecordingServer["requests"] = [];
  const server = createServer((req, res) => {
    requests.push({ url: req.url ?? "", cookie: req.headers.cookie });
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
