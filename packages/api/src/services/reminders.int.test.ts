import { type DatabaseHandle, openPostgres } from "@stride/db/client";
import { setMessageWanted } from "@stride/db/queries";
import { openOwnDatabase } from "@stride/db/testing";
import { reminderDueAt } from "@stride/domain/messages";
import { type Queue, startQueue } from "@stride/queue";
import { createLogger } from "@stride/runtime/logger";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { submitInput, weeksOf } from "../testing/checkins";
import { linkCoach } from "../testing/coaching";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";
import { COACH_DIGEST_JOB, planCoachDigests } from "./coach-digest";
import { appJobs } from "./jobs";
import { CHECKIN_REMINDER_JOB, planReminders, sendCheckinReminder } from "./reminders";

// Two app instances on one database, each with its own connection (on PGlite, the process's one
// database) and its own queue worker; a clock the test sets.
const mail = useMailCatcher();
const log = createLogger({ level: "silent" });
let own: Awaited<ReturnType<typeof openOwnDatabase>>;
let second: DatabaseHandle | undefined;
const instances: Queue[] = [];
let clock = new Date();

async function startInstance(handle: DatabaseHandle) {
  let queue: Queue | undefined;
  const jobs = appJobs({
    db: handle.db,
    mailer: mail.mailer,
    now: () => clock,
    queue: () => {
      if (!queue) throw new Error("not started");
      return queue;
    },
  });
  queue = await startQueue({ connection: handle.queueConnection, jobs, log, pollSeconds: 0.5 });
  instances.push(queue);
  return queue;
}

beforeAll(async () => {
  own = await openOwnDatabase("reminders");
  if (own.url) second = await openPostgres(own.url, { max: 2 });
});
afterAll(async () => {
  for (const queue of instances.splice(0)) await queue.stop();
  await second?.close();
  await own.drop();
});

describe("check-in reminders on the job queue", () => {
  it("mail each athlete who has not checked in exactly once, and no one else", async () => {
    const db = own.handle.db;
    const zone = "America/New_York";
    const athlete = (name: string) => newPerson(db, { name, timeZone: zone, weekStart: "monday" });
    const [ada, bo, cy, di] = await Promise.all([
      athlete("Ada"),
      athlete("Bo"),
      athlete("Cy"),
      athlete("Di"),
    ]);
    // Bo has checked in for this week; Cy turned reminders off; Ada and Di have done neither.
    const { thisWeek } = weeksOf(ada);
    await bo.caller.checkins.submit(submitInput(thisWeek, [], { wentWell: "Steady week" }));
    await setMessageWanted(db, cy.id, "checkin_reminder", false);

    const first = await startInstance(own.handle);
    const other = await startInstance(second ?? own.handle);
    const due = reminderDueAt(thisWeek, zone, 6);

    // A minute before it is due: nothing is queued.
    clock = new Date(due.getTime() - 60_000);
    expect(await planReminders(db, first, clock)).toBe(0);

    // Due: both instances plan at once (as their schedules would), twice.
    clock = new Date(due.getTime() + 60_000);
    const queued = await Promise.all([
      planReminders(own.handle.db, first, clock),
      planReminders((second ?? own.handle).db, other, clock),
      planReminders(own.handle.db, first, clock),
    ]);
    expect(queued.reduce((a, b) => a + b, 0)).toBe(2);
    await first.settled([CHECKIN_REMINDER_JOB]);

    const reminders = (email: string) =>
      mail.catcher.to(email).filter((m) => m.headers.get("x-stride-kind") === "checkin_reminder");
    expect(reminders(ada.email)).toHaveLength(1);
    expect(reminders(di.email)).toHaveLength(1);
    expect(reminders(bo.email)).toHaveLength(0);
    expect(reminders(cy.email)).toHaveLength(0);

    const [sent] = reminders(ada.email);
    expect(sent?.subject).toBe("Your weekly check-in is due");
    expect(sent?.text).toContain(`/checkins/${thisWeek}`);
    expect(sent?.html).toContain(`/checkins/${thisWeek}`);
    const header = (key: string) =>
      sent?.headerLines.find((h) => h.key === key)?.line.replace(/\r\n\s+/g, " ");
    expect(header("list-unsubscribe-post")).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(header("list-unsubscribe")).toMatch(
      /^List-Unsubscribe: <http.*\/api\/unsubscribe\/.+>$/,
    );

    // The same week again, by plan or by a job run twice: never a second email.
    clock = new Date(due.getTime() + 3_600_000);
    expect(await planReminders(db, other, clock)).toBe(0);
    const deps = { db, mailer: mail.mailer, now: clock };
    expect(await sendCheckinReminder(deps, { userId: ada.id, weekStart: thisWeek })).toBe(false);
    expect(reminders(ada.email)).toHaveLength(1);
  });

  it("plan each digest once, on the person's week start where they are", async () => {
    const db = own.handle.db;
    const coach = await newPerson(db, {
      name: "Casey",
      timeZone: "Asia/Tokyo",
      weekStart: "monday",
    });
    const athlete = await newPerson(db, { name: "Ed" });
    await linkCoach(coach, athlete);
    const queue = instances[0] ?? (await startInstance(own.handle));
    // Monday 00:30 in Tokyo (Sunday 15:30 UTC): the coach's week starts.
    const monday = new Date("2026-11-29T15:30:00Z");
    expect(await planCoachDigests(db, queue, new Date("2026-11-29T14:30:00Z"))).toBe(0);
    expect(await planCoachDigests(db, queue, monday)).toBe(1);
    expect(await planCoachDigests(db, queue, new Date("2026-11-30T10:00:00Z"))).toBe(0);
    await queue.settled([COACH_DIGEST_JOB]);
    const digests = mail.catcher
      .to(coach.email)
      .filter((m) => m.headers.get("x-stride-kind") === "coach_digest");
    expect(digests).toHaveLength(1);
    expect(digests[0]?.text).toContain("Ed: ");
  });
});
