import { randomUUID } from "node:crypto";
import { type DatabaseHandle, openPostgres } from "@stride/db/client";
import { createCheckin, createUser } from "@stride/db/factories";
import { setMessageWanted } from "@stride/db/queries";
import { openOwnDatabase } from "@stride/db/testing";
import { formatInstant } from "@stride/mail";
import type { CaughtMail } from "@stride/mail/testing";
import { type Queue, startQueue } from "@stride/queue";
import { createLogger } from "@stride/runtime/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContext } from "../context";
import { createCaller } from "../root";
import { linkCoach } from "../testing/coaching";
import { macroInput } from "../testing/goals";
import { clientId, groupOf } from "../testing/groups";
import { useMailCatcher } from "../testing/mail";
import { newPerson, type Person } from "../testing/people";
import { backgroundSettled } from "./background";
import { appJobs } from "./jobs";
import { MAIL_BATCH_JOB, type MailBatching, sendMailBatch } from "./mail-batches";

// Requests queue batches on an instance that runs no jobs (as with QUEUE_WORKER=off), on a clock
// the test sets (in the past, so a window's end has passed for the queue); two workers, each on
// its own connection on Postgres, then deliver what is due.
const mail = useMailCatcher();
const log = createLogger({ level: "silent" });
const MINUTES = 15;
let own: Awaited<ReturnType<typeof openOwnDatabase>>;
let second: DatabaseHandle | undefined;
let queueing: Queue;
let clock = new Date("2026-06-01T09:00:00Z");

function jobsOn(handle: DatabaseHandle, queue: () => Queue) {
  return appJobs({ db: handle.db, mailer: mail.mailer, now: () => clock, queue });
}

beforeAll(async () => {
  own = await openOwnDatabase("mailbatches");
  if (own.url) second = await openPostgres(own.url, { max: 2 });
  queueing = await startQueue({
    connection: own.handle.queueConnection,
    jobs: jobsOn(own.handle, () => queueing),
    log,
    work: false,
  });
});
afterAll(async () => {
  await queueing.stop();
  await second?.close();
  await own.drop();
});

/** Starts two workers, waits for every batch job to finish, and stops them. */
async function deliver() {
  await backgroundSettled();
  const workers: Queue[] = [];
  for (const handle of [own.handle, second ?? own.handle]) {
    const worker: Queue = await startQueue({
      connection: handle.queueConnection,
      jobs: jobsOn(handle, () => worker),
      log,
      pollSeconds: 0.5,
    });
    workers.push(worker);
  }
  await queueing.settled([MAIL_BATCH_JOB]);
  for (const worker of workers) await worker.stop();
}

/** A caller acting as the person, whose writes queue batched emails on the test's clock. */
function as(person: { id: string } | null) {
  const batching: MailBatching = { queue: queueing, now: () => clock, minutes: MINUTES };
  return createCaller(
    createContext({
      db: own.handle.db,
      viewerId: person?.id ?? null,
      clientAddress: `test-${randomUUID()}`,
      mailer: mail.mailer,
      batching,
    }),
  );
}

const at = (time: string) => {
  clock = new Date(`2026-06-01T${time}:00Z`);
};
const comment = (person: { id: string }, checkinId: string, body: string) =>
  as(person).social.comment({ checkinId, parentId: null, body, clientId: clientId() });
const emails = (email: string, kind: string) =>
  mail.catcher.to(email).filter((m) => m.headers.get("x-stride-kind") === kind);
const header = (message: CaughtMail | undefined, key: string) =>
  message?.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, " ");
const count = (text: string | false | undefined, part: string) =>
  (text || "").split(part).length - 1;

/** The person's coach-activity batch for the window starting at `start`, run by two workers at once. */
function runAtOnce(userId: string, start: string) {
  const windowStart = new Date(`2026-06-01T${start}:00Z`);
  const windowEnd = new Date(windowStart.getTime() + MINUTES * 60_000);
  const job = {
    userId,
    kind: "coach_activity" as const,
    windowStart: windowStart.toISOString(),
    windowEnd: windowEnd.toISOString(),
  };
  return Promise.all(
    [own.handle, second ?? own.handle].map((h) =>
      sendMailBatch({ db: h.db, mailer: mail.mailer }, job),
    ),
  );
}

/** Casey coaches Ben (in Paris); Ben and Mia share a group; Ben shared a check-in with it. */
async function cast() {
  const db = own.handle.db;
  const coach = await newPerson(db, { name: "Casey Coach" });
  const ben = await newPerson(db, { name: "Ben Athlete", timeZone: "Europe/Paris" });
  const mia = await newPerson(db, { name: "Mia" });
  await linkCoach(coach, ben);
  await groupOf(ben, [mia]);
  const weekStart = "2026-05-25";
  const checkin = await createCheckin(db, { athleteId: ben.id, weekStart, wentWell: "Hills" });
  return { coach, ben, mia, checkinId: checkin.id, weekStart };
}

describe("batched emails about a coach's comments and proposals, and about mentions", () => {
  it("send one email per person and kind per window, listing everything in it, once", async () => {
    const { coach, ben, checkinId, weekStart } = await cast();
    const goal = await ben.caller.goals.create(macroInput({ visibility: "coach" }));

    // Three comments from the coach in one window; Ben mentions his coach in it too.
    at("09:02");
    await comment(coach, checkinId, "Strong hills");
    at("09:06");
    await comment(coach, checkinId, "Watch the pace on the flats");
    at("09:11");
    await comment(coach, checkinId, "Rest on Friday");
    at("09:12");
    await comment(ben, checkinId, "Thanks @Casey Coach, will do");
    await deliver();

    const [first] = emails(ben.email, "coach_activity");
    expect(emails(ben.email, "coach_activity")).toHaveLength(1);
    expect(first?.subject).toBe("Your coach: 3 new comments and proposals");
    expect(count(first?.text, "Casey Coach commented on your check-in")).toBe(3);
    // Each at its time where Ben is.
    for (const item of (await as(ben).notifications.list()).items)
      expect(first?.text).toContain(formatInstant(item.createdAt, "Europe/Paris"));
    expect(count(first?.html, `/checkins/${weekStart}#comments"`)).toBe(3);
    expect(header(first, "list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <http.*\/api\/unsubscribe\/.+>$/,
    );
    expect(header(first, "list-unsubscribe-post")).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    // The mention is its own kind of email, to the coach, leading to Ben's page.
    const mentions = emails(coach.email, "mention");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.subject).toBe("You were mentioned in a comment");
    expect(mentions[0]?.text).toContain("Ben Athlete mentioned you in a comment");
    expect(mentions[0]?.html).toContain(`/coach/athletes/${ben.id}"`);
    expect(emails(ben.email, "mention")).toHaveLength(0);

    // The next window: a comment on the goal and a proposal make a second email with just those.
    at("09:20");
    await as(coach).social.goalComment({
      goalId: goal.id,
      parentId: null,
      body: "Good goal",
      clientId: clientId(),
    });
    at("09:24");
    await as(coach).coach.propose({
      kind: "change",
      athleteId: ben.id,
      goalId: goal.id,
      note: "",
      changes: { title: "A faster half" },
    });
    await deliver();
    const sent = emails(ben.email, "coach_activity");
    expect(sent).toHaveLength(2);
    expect(sent[1]?.subject).toBe("Your coach: 2 new comments and proposals");
    expect(sent[1]?.text).toContain("Casey Coach commented on your goal “Run a half marathon”");
    expect(sent[1]?.text).toContain("Casey Coach proposed a goal change for you");
    expect(sent[1]?.text).not.toContain("commented on your check-in");

    // The first window's job run again, from two connections at once: nothing more.
    expect(await runAtOnce(ben.id, "09:00")).toEqual([false, false]);
    expect(emails(ben.email, "coach_activity")).toHaveLength(2);
  });

  it("sends exactly one email when two workers run one window's batch at once", async () => {
    const { coach, ben, checkinId } = await cast();
    at("10:01");
    await comment(coach, checkinId, "Nice");
    await backgroundSettled();
    expect((await runAtOnce(ben.id, "10:00")).filter(Boolean)).toHaveLength(1);
    expect(emails(ben.email, "coach_activity")).toHaveLength(1);
    // The queued job for that window then finds it sent.
    await deliver();
    expect(emails(ben.email, "coach_activity")).toHaveLength(1);
  });

  it("honours the switches: a kind turned off, an unsubscribe link, an unconfirmed address", async () => {
    const { coach, ben, mia, checkinId } = await cast();
    // Ben turned off his coach's comments: only the mention reaches him.
    await setMessageWanted(own.handle.db, ben.id, "coach_activity", false);
    at("11:01");
    await comment(coach, checkinId, "Good week");
    await comment(mia, checkinId, "Go @Ben Athlete!");
    await deliver();
    expect(emails(ben.email, "coach_activity")).toHaveLength(0);
    const mentions = emails(ben.email, "mention");
    expect(mentions).toHaveLength(1);
    expect(mentions[0]?.text).toContain("Mia mentioned you in a comment");

    // One click on the email's link stops mentions too.
    const unsubscribe = header(mentions[0], "list-unsubscribe")?.match(/<(.+)>/)?.[1] ?? "";
    const token = unsubscribe.split("/api/unsubscribe/")[1] ?? "";
    expect(await as(null).messages.unsubscribe({ token })).toMatchObject({ kind: "mention" });
    at("11:20");
    await comment(mia, checkinId, "Again @Ben Athlete");
    await deliver();
    expect(emails(ben.email, "mention")).toHaveLength(1);

    // What the person already read in the app is not mailed.
    await setMessageWanted(own.handle.db, ben.id, "coach_activity", true);
    at("11:31");
    await comment(coach, checkinId, "Seen it?");
    await as(ben).notifications.markAllRead();
    await deliver();
    expect(emails(ben.email, "coach_activity")).toHaveLength(0);

    // An address never confirmed gets nothing, though the notification is there.
    const account = await createUser(own.handle.db, { name: "Ned", emailVerifiedAt: null });
    const ned: Person = {
      ...account,
      weekStart: "monday",
      timeZone: "UTC",
      distanceUnit: "km",
      caller: as(account),
    };
    await linkCoach(coach, ned);
    const nedCheckin = await createCheckin(own.handle.db, {
      athleteId: ned.id,
      weekStart: "2026-05-25",
      visibility: "coach",
    });
    at("11:40");
    await comment(coach, nedCheckin.id, "Welcome");
    await deliver();
    expect(mail.catcher.to(ned.email)).toHaveLength(0);
    expect((await ned.caller.notifications.list()).items).toHaveLength(1);
  });
});
