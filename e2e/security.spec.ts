import { expect, type Page, test } from "@playwright/test";
import { mutate, thisWeek } from "./api";
import { checkinInput } from "./checkin-input";
import { createAccount, signIn } from "./fixtures";

/** Payloads from the usual XSS lists: each must show up as text and never run. */
const PAYLOADS = [
  `<script>window.__xss = "script"</script>`,
  `<img src=x onerror="window.__xss='img'">`,
  `<svg onload="window.__xss='svg'"></svg>`,
  `"><iframe src="javascript:window.__xss='iframe'"></iframe>`,
  `javascript:window.__xss='link'`,
  `<a href="javascript:window.__xss='a'">click</a>`,
  `<details open ontoggle="window.__xss='details'">`,
  `{{constructor.constructor('window.__xss=1')()}}`,
];

function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

test("pages carry a nonce CSP and the other security headers, and work under them", async ({
  page,
  request,
}) => {
  const first = await request.get("/signin");
  const second = await request.get("/signin");
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  expect(second.headers()["content-security-policy"]).not.toContain(`'nonce-${nonce}'`);
  for (const directive of [
    "default-src 'self'",
    "'strict-dynamic'",
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'none'",
  ])
    expect(policy).toContain(directive);
  expect(policy).not.toContain("unsafe-eval");
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);

  // Every script in the page carries this response's nonce.
  const html = await first.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const headers = first.headers();
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  // A prefetch of a page (the router's, or the browser's) carries the same policy.
  const prefetches: Record<string, string>[] = [
    { "next-router-prefetch": "1", rsc: "1" },
    { purpose: "prefetch" },
    { "sec-purpose": "prefetch" },
  ];
  for (const prefetch of prefetches) {
    const prefetched = await request.get("/signin", { headers: prefetch });
    expect(prefetched.headers()["content-security-policy"], JSON.stringify(prefetch)).toMatch(
      /'nonce-[^']+'.*frame-ancestors 'none'/,
    );
  }
  // The API answers with the same headers (no CSP needed: it serves no HTML).
  expect((await request.get("/api/trpc/account.demoAccounts")).headers()["x-frame-options"]).toBe(
    "DENY",
  );

  // The app runs under the policy: signing in and moving around raise no violation.
  const violations = watchCsp(page);
  const account = await createAccount(request, { name: "Header Check" });
  await signIn(page, account);
  for (const path of ["/goals", "/log", "/groups", "/coach", "/settings"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  }
  expect(violations).toEqual([]);

  // The session cookie is out of reach of scripts and not sent by other sites' requests.
  const session = (await page.context().cookies()).find((c) => c.name.includes("session-token"));
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
});

test("comment and reflection text stays text on every screen: no payload runs", async ({
  browser,
  request,
}) => {
  const owner = await createAccount(request, { name: "Xss Owner" });
  const page = await (await browser.newContext()).newPage();
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs += 1;
    await dialog.dismiss();
  });
  const violations = watchCsp(page);
  await signIn(page, owner);

  const group = await mutate<{ id: string }>(page, "groups.create", {
    name: PAYLOADS[1],
    description: PAYLOADS[0],
    weeklyTheme: PAYLOADS[2],
  });
  const week = await thisWeek(page);
  const checkin = await mutate<{ id: string }>(
    page,
    "checkins.submit",
    checkinInput(week.weekStart, {
      wentWell: PAYLOADS[3],
      gotInTheWay: PAYLOADS[4],
      nextFocus: PAYLOADS[6],
      mood: 3,
      energy: 3,
    }),
  );
  for (const body of PAYLOADS) {
    await mutate(page, "social.comment", {
      checkinId: checkin.id,
      parentId: null,
      body,
      clientId: crypto.randomUUID(),
    });
  }

  await page.goto(`/groups/${group.id}`);
  const feed = page.getByRole("region", { name: "Comments" }).first();
  for (const body of PAYLOADS) await expect(feed).toContainText(body.replace(/\s+/g, " "));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(PAYLOADS[1] ?? "");
  await page.goto(`/checkins/${week.weekStart}`);
  // The check-in's own page: the reflection in its field, every comment as text in its thread.
  await expect(page.getByLabel("What went well?")).toHaveValue(PAYLOADS[3] ?? "");
  const thread = page.locator("#comments");
  for (const body of PAYLOADS) await expect(thread).toContainText(body.replace(/\s+/g, " "));
  await page.goto("/notifications");

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toBe(0);
  // No link made from a javascript: text.
  expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
  expect(violations).toEqual([]);
});

test("every mutation from the browser carries an idempotency key", async ({ page, request }) => {
  const account = await createAccount(request, { name: "Key Check" });
  await signIn(page, account);
  await page.goto("/coach");
  const sent = page.waitForRequest(
    (r) => r.method() === "POST" && r.url().includes("/api/trpc/coach.inviteLink"),
  );
  await page.getByRole("button", { name: "Make an invitation link" }).click();
  const key = (await sent).headers()["idempotency-key"];
  expect(key).toMatch(/^[0-9a-f-]{36}$/);
  await expect(page.getByLabel("Share this link (valid 14 days):")).toBeVisible();
});

test("behind HTTPS the session cookie is Secure as well as HttpOnly and SameSite", async ({
  request,
}) => {
  const account = await createAccount(request, { name: "Secure Cookie" });
  // The app trusts its proxy's X-Forwarded-Proto, as behind a TLS-terminating load balancer.
  const https = { "x-forwarded-proto": "https" };
  const csrf = await request.get("/api/auth/csrf", { headers: https });
  const csrfCookies = csrf.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie");
  const cookieHeader = csrfCookies.map((h) => h.value.split(";")[0]).join("; ");
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signedIn = await request.post("/api/auth/callback/credentials", {
    headers: { ...https, cookie: cookieHeader, "x-auth-return-redirect": "1" },
    form: { email: account.email, password: account.password, csrfToken },
    maxRedirects: 0,
  });
  const session = signedIn
    .headersArray()
    .find((h) => h.name.toLowerCase() === "set-cookie" && h.value.includes("session-token="));
  expect(session?.value).toMatch(/^__Secure-authjs\.session-token=/);
  expect(session?.value).toMatch(/;\s*Secure/i);
  expect(session?.value).toMatch(/;\s*HttpOnly/i);
  expect(session?.value).toMatch(/;\s*SameSite=Lax/i);
});
