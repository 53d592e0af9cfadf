import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { expect, test } from "@playwright/test";
import { createAccount } from "./fixtures";

// Loopback is all of 127.0.0.0/8: a request sent from 127.0.0.23 reaches the server from a
// socket address of its own, so this spec's throttling never touches the other specs' budget.
type Reply = { status: number; body: string; cookies: string[] };

function send(
  baseURL: string,
  from: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const call = httpRequest(
      new URL(path, baseURL),
      { method: init.method ?? "GET", headers: init.headers, localAddress: from },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          body += chunk;
        });
        response.on("end", () =>
          resolve({
            status: response.statusCode ?? 0,
            body,
            cookies: (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0] ?? ""),
          }),
        );
      },
    );
    call.on("error", reject);
    call.end(init.body);
  });
}

/** next-auth's credentials sign-in, as the sign-in form makes it; resolves with where it leads. */
async function signInFrom(
  baseURL: string,
  from: string,
  forwardedFor: string,
  account: { email: string; password: string },
) {
  const csrf = await send(baseURL, from, "/api/auth/csrf");
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const reply = await send(baseURL, from, "/api/auth/callback/credentials", {
    method: "POST",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      "x-auth-return-redirect": "1",
      "x-forwarded-for": forwardedFor,
      cookie: csrf.cookies.join("; "),
    },
    body: new URLSearchParams({ ...account, csrfToken, callbackUrl: "/week" }).toString(),
  });
  return (JSON.parse(reply.body) as { url: string }).url;
}

test("a forged X-Forwarded-For does not escape the per-address sign-in limit", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const base = baseURL ?? "";
  const account = await createAccount(request);
  // 30 wrong guesses, each claiming another address (the limit per address is 30).
  for (let i = 0; i < 30; i++) {
    const url = await signInFrom(base, "127.0.0.23", `198.51.100.${i}`, {
      email: `nobody-${randomUUID()}@test.stride.example`,
      password: "a-wrong-guess",
    });
    expect(url).toContain("code=invalid");
  }
  // The socket is what counts: this address is now throttled, whatever the header says.
  const throttled = await signInFrom(base, "127.0.0.23", "203.0.113.77", account);
  expect(throttled).toMatch(/code=throttled-\d+/);
  // Another socket is another client, and is let in.
  const elsewhere = await signInFrom(base, "127.0.0.24", "198.51.100.1", account);
  expect(elsewhere).toMatch(/\/week$/);
});
