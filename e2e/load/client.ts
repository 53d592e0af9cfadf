import { randomUUID } from "node:crypto";

/** One simulated person: their cookies, and tRPC calls over HTTP like the browser makes them. */
export class VirtualUser {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly base: string,
    readonly email: string,
    readonly password: string,
  ) {}

  private cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  private keep(response: Response) {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair?.indexOf("=") ?? -1;
      if (pair && at > 0) this.cookies.set(pair.slice(0, at), pair.slice(at + 1));
    }
  }

  /** Signs in through next-auth's credentials endpoint, as `signIn("credentials")` does. */
  async signIn() {
    const csrf = await fetch(`${this.base}/api/auth/csrf`, {
      headers: { cookie: this.cookieHeader() },
    });
    this.keep(csrf);
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const response = await fetch(`${this.base}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        "x-auth-return-redirect": "1",
        cookie: this.cookieHeader(),
      },
      body: new URLSearchParams({
        email: this.email,
        password: this.password,
        csrfToken,
        callbackUrl: `${this.base}/week`,
      }),
    });
    this.keep(response);
    if (![...this.cookies.keys()].some((name) => name.includes("session-token")))
      throw new Error(`Sign-in failed for ${this.email}: ${response.status}`);
  }

  /** A query (GET) or mutation (POST, with an idempotency key); resolves with status and data. */
  async call(
    kind: "query" | "mutation",
    path: string,
    input: unknown,
    key: string = randomUUID(),
  ): Promise<{ status: number; data: unknown; code: string | null; message?: string }> {
    const encoded = JSON.stringify({ json: input });
    const response =
      kind === "query"
        ? await fetch(`${this.base}/api/trpc/${path}?input=${encodeURIComponent(encoded)}`, {
            headers: { cookie: this.cookieHeader() },
          })
        : await fetch(`${this.base}/api/trpc/${path}`, {
            method: "POST",
            headers: {
              "content-type": "application/json",
              "idempotency-key": key,
              cookie: this.cookieHeader(),
            },
            body: encoded,
          });
    this.keep(response);
    const text = await response.text();
    let body: {
      result?: { data?: { json?: unknown } };
      error?: { json?: { message?: string; data?: { code?: string } } };
    } = {};
    try {
      body = JSON.parse(text);
    } catch {
      // Not JSON: an HTML error page, which counts as an error below.
    }
    return {
      status: response.status,
      data: body.result?.data?.json,
      code: body.error?.json?.data?.code ?? (response.ok ? null : "NOT_JSON"),
      message: body.error?.json?.message,
    };
  }
}
