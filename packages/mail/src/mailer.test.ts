import { mkdtemp, readdir, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLogger } from "@stride/runtime/logger";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer, type MailMessage } from "./mailer";
import { coachInvitationMessage, groupInvitationMessage } from "./templates/invitations";
import { passwordResetMessage } from "./templates/password-reset";
import { linkIn, type MailCatcher, startMailCatcher } from "./testing";

const log = createLogger({ level: "silent" });
const ava = {
  email: "ava@test.stride.example",
  name: "Ava",
  timeZone: "Europe/Paris",
  distanceUnit: "km" as const,
};

let catcher: MailCatcher;
beforeAll(async () => {
  catcher = await startMailCatcher();
});
afterAll(() => catcher.close());

const smtp = () =>
  createMailer({
    smtpUrl: catcher.url,
    from: "Stride <no-reply@stride.test>",
    outboxDir: "/nonexistent",
    log,
  });

describe("the mailer", () => {
  it("sends a text and an HTML part over SMTP, with the link and the time in the recipient's zone", async () => {
    const message = passwordResetMessage({
      to: ava,
      url: "https://stride.test/reset-password/abc",
      expiresAt: new Date("2026-12-04T13:05:00Z"),
    });
    await smtp().send(message);
    const mail = await catcher.waitFor(ava.email);
    expect(mail.subject).toBe("Reset your Stride password");
    expect(mail.text).toContain("14:05 on Friday 4 December (Europe/Paris)");
    expect(linkIn(mail, "https://stride.test/")).toBe("https://stride.test/reset-password/abc");
    expect(mail.html).toContain('href="https://stride.test/reset-password/abc"');
    expect(mail.from?.text).toContain("no-reply@stride.test");
    expect(mail.headers.get("x-stride-kind")).toBe("password-reset");
  });

  it("keeps names and subjects on one line: no header can be injected", async () => {
    const to = { email: "eve@test.stride.example", name: "Eve\r\nBcc: victim@test.stride.example" };
    const message: MailMessage = {
      kind: "test",
      to,
      subject: "Hello\r\nBcc: victim@test.stride.example\r\n\r\nInjected body",
      body: { greeting: "Hi", paragraphs: ["Body"] },
      headers: { "List-Unsubscribe": "<https://x.test/u>\r\nBcc: victim@test.stride.example" },
    };
    await smtp().send(message);
    const mail = await catcher.waitFor(to.email);
    expect(mail.envelopeTo).toEqual([to.email]);
    expect(mail.bcc).toBeUndefined();
    expect(mail.headers.has("bcc")).toBe(false);
    expect(mail.subject).toBe("Hello Bcc: victim@test.stride.example Injected body");
    expect(mail.to && !Array.isArray(mail.to) ? mail.to.value : []).toEqual([
      { address: to.email, name: "Eve Bcc: victim@test.stride.example" },
    ]);
    expect(catcher.to("victim@test.stride.example")).toEqual([]);
  });

  it("keeps people's names in a subject on one line, even if one slipped past the forms", async () => {
    const email = "invitee@test.stride.example";
    await smtp().send(
      groupInvitationMessage({
        email,
        inviterName: "Eve\r\nBcc: victim@test.stride.example",
        groupName: "<b>Night</b>\nOwls",
        url: "https://stride.test/join/abc",
        expiresAt: new Date("2026-12-19T12:00:00Z"),
        timeZone: "UTC",
      }),
    );
    const mail = await catcher.waitFor(email);
    expect(mail.subject).toBe(
      "Eve Bcc: victim@test.stride.example invited you to <b>Night</b> Owls on Stride",
    );
    expect(mail.headers.has("bcc")).toBe(false);
    expect(catcher.to("victim@test.stride.example")).toEqual([]);
    expect(mail.html).toContain("&lt;b&gt;Night&lt;/b&gt;");
    expect(mail.html).not.toContain("<b>Night");
  });

  it("keeps a coach's name in a coaching invitation's subject on one line, and escapes it in HTML", async () => {
    const email = "athlete@test.stride.example";
    await smtp().send(
      coachInvitationMessage({
        email,
        inviterName: "<i>Eve</i>\r\nBcc: victim@test.stride.example",
        url: "https://stride.test/coach/join/abc",
        expiresAt: new Date("2026-12-19T12:00:00Z"),
        timeZone: "Asia/Tokyo",
      }),
    );
    const mail = await catcher.waitFor(email);
    expect(mail.subject).toBe(
      "<i>Eve</i> Bcc: victim@test.stride.example invited you to be coached on Stride",
    );
    expect(mail.headers.has("bcc")).toBe(false);
    expect(catcher.to("victim@test.stride.example")).toEqual([]);
    expect(mail.html).toContain("&lt;i&gt;Eve&lt;/i&gt;");
    expect(mail.html).not.toContain("<i>Eve");
    expect(linkIn(mail, "https://stride.test/")).toBe("https://stride.test/coach/join/abc");
    expect(mail.text).toContain("(Asia/Tokyo)");
  });

  it("escapes what people typed in the HTML part", async () => {
    const to = { email: "mallory@test.stride.example", name: '<img src=x onerror="alert(1)">' };
    await smtp().send({
      kind: "test",
      to,
      subject: "Hi",
      body: { greeting: `Hi ${to.name},`, paragraphs: [] },
    });
    const mail = await catcher.waitFor(to.email);
    expect(mail.html).not.toContain("<img");
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(mail.text).toContain(`Hi ${to.name},`);
  });

  it("writes to the outbox folder when no SMTP server is set", async () => {
    const outboxDir = await mkdtemp(path.join(tmpdir(), "stride-outbox-"));
    const mailer = createMailer({ from: "Stride <no-reply@stride.test>", outboxDir, log });
    const sent = await mailer.send(
      passwordResetMessage({ to: ava, url: "https://stride.test/r/x", expiresAt: new Date() }),
    );
    const files = await readdir(outboxDir);
    expect(files).toHaveLength(1);
    expect(path.join(outboxDir, files[0] ?? "")).toBe(sent.file);
    const mail = await simpleParser(await readFile(sent.file ?? ""));
    expect(mail.subject).toBe("Reset your Stride password");
    expect(mail.text).toContain("https://stride.test/r/x");
    expect(mail.html).toContain("https://stride.test/r/x");
  });
});
