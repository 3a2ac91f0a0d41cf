/** A tiny browser for HTTP tests: keeps cookies, never follows redirects, posts forms. */
export class CookieClient {
  readonly cookies = new Map<string, string>();
  readonly setCookieHeaders: string[] = [];
  constructor(private readonly base: string) {}

  async request(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size) headers.set("cookie", [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; "));
    const res = await fetch(`${this.base}${path}`, { ...init, headers, redirect: "manual" });
    for (const header of res.headers.getSetCookie()) {
      this.setCookieHeaders.push(header);
      const [pair = ""] = header.split(";");
      const at = pair.indexOf("=");
      const name = pair.slice(0, at);
      if (/max-age=0/i.test(header)) this.cookies.delete(name);
      else this.cookies.set(name, pair.slice(at + 1));
    }
    return res;
  }

  get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, { headers });
  }

  post(path: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(path, {
      method: "POST",
      body: new URLSearchParams(form).toString(),
      headers: { "content-type": "application/x-www-form-urlencoded", ...headers },
    });
  }

  /** Logs in through the real form; returns the login answer. */
  async login(username: string, password: string, extra: Record<string, string> = {}, query = ""): Promise<Response> {
    const page = await (await this.get(`/login${query}`)).text();
    return this.post(`/login${query}`, { _csrf: csrfOf(page), username, password, ...extra });
  }
}

/** The first CSRF token in a page. */
export function csrfOf(html: string): string {
  const match = /name="_csrf" value="([^"]+)"/.exec(html);
  if (!match?.[1]) throw new Error("no CSRF token in the page");
  return match[1];
}

/** Reads Server-Sent Events from a fetch body until `want` accepts one (or the time is up). */
export async function readEvents(
  body: ReadableStream<Uint8Array>,
  want: (event: { event: string; data: string }) => boolean,
  timeoutMs = 10_000,
): Promise<{ event: string; data: string }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const timer = setTimeout(() => void reader.cancel(), timeoutMs);
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) throw new Error(`no matching event within ${timeoutMs} ms; got: ${buffer}`);
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data !== undefined && want({ event, data })) return { event, data };
        end = buffer.indexOf("\n\n");
      }
    }
  } finally {
    clearTimeout(timer);
    reader.releaseLock();
  }
}
