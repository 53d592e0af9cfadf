import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect } from "@playwright/test";
import { type ParsedMail, simpleParser } from "mailparser";
import { mailboxDir } from "./mail-server";

const parsed = new Map<string, ParsedMail>();

async function allMail() {
  const dir = mailboxDir();
  const files = (await readdir(dir).catch(() => [])).sort();
  for (const file of files) {
    if (!parsed.has(file))
      parsed.set(file, await simpleParser(await readFile(path.join(dir, file))));
  }
  return files.map((file) => parsed.get(file) as ParsedMail);
}

const addressedTo = (mail: ParsedMail, email: string) =>
  (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).some((to) =>
    to.value.some((v) => v.address?.toLowerCase() === email.toLowerCase()),
  );

/** The messages the e2e SMTP server received for `email` whose subject contains `subject`. */
export async function mailTo(email: string, subject = "") {
  return (await allMail()).filter(
    (mail) => addressedTo(mail, email) && (mail.subject ?? "").includes(subject),
  );
}

/** Waits until a message for `email` with `subject` in its subject has arrived. */
export async function waitForMail(email: string, subject: string, timeout = 10_000) {
  let found: ParsedMail | undefined;
  await expect
    .poll(
      async () => {
        found = (await mailTo(email, subject))[0];
        return found !== undefined;
      },
      { timeout, message: `a mail to ${email} about "${subject}"` },
    )
    .toBe(true);
  return found as ParsedMail;
}
