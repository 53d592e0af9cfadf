import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { createCheckin } from "@stride/db/factories";
import { setMessageWanted } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { weeksOf } from "../testing/checkins";
import { coachAndAthlete } from "../testing/coaching";
import { macroInput } from "../testing/goals";
import { clientId } from "../testing/groups";
import { useMailCatcher } from "../testing/mail";
import { newPerson } from "../testing/people";
import { deviceSubscription } from "../testing/push";
import { backgroundSettled } from "./background";
import { sendCheckinReminder } from "./reminders";

const handle = useTestDatabase();
const mail = useMailCatcher();

/**
 * Where each person's device subscribes: a listener that counts the connections made to each
 * path's port. `pushTo` sends over HTTPS to the real push services only, so here the count says
 * that a push was sent to that device (its content is checked in routers/push/push.int.test.ts).
 */
const servers: Server[] = [];
async function device() {
  let connections = 0;
  const server = createServer((socket) => {
    connections += 1;
    socket.destroy();
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    subscription: deviceSubscription(`https://127.0.0.1:${port}/push`).input,
    pushes: () => connections,
  };
}
afterAll(() => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))));

describe("pushes where the in-app notifications are made", () => {
  it("pushes to the athlete when their coach comments or proposes, not for their own words", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const phone = await device();
    const coachPhone = await device();
    await athlete.caller.push.subscribe(phone.subscription);
    await coach.caller.push.subscribe(coachPhone.subscription);
    const goal = await athlete.caller.goals.create(macroInput({ visibility: "coach" }));
    const onGoal = (who: typeof coach, body: string) =>
      who.caller.social.goalComment({
        goalId: goal.id,
        parentId: null,
        body,
        clientId: clientId(),
      });
    /** Pushes so far to the athlete's phone and to the coach's. */
    const pushed = async () => {
      await backgroundSettled();
      return [phone.pushes(), coachPhone.pushes()];
    };

    // The athlete's own comment: their coach hears of it in the app; no push to anyone.
    await onGoal(athlete, "Feeling strong");
    expect(await pushed()).toEqual([0, 0]);

    // "Your coach replied".
    await onGoal(coach, "Nice work");
    expect(await pushed()).toEqual([1, 0]);

    // "Your coach proposed a change".
    await coach.caller.coach.propose({
      kind: "change",
      athleteId: athlete.id,
      goalId: goal.id,
      note: "",
      changes: { title: "A bigger season" },
    });
    expect(await pushed()).toEqual([2, 0]);

    // The coach's comment on a check-in shown to them.
    const checkin = await createCheckin(handle.db, {
      athleteId: athlete.id,
      weekStart: "2026-03-02",
      wentWell: "Three runs",
      visibility: "coach",
    });
    await coach.caller.social.comment({
      checkinId: checkin.id,
      parentId: null,
      body: "Well done",
      clientId: clientId(),
    });
    expect(await pushed()).toEqual([3, 0]);
  });

  it("pushes under the same switches as email: the reminder, and nothing of a kind turned off", async () => {
    const { coach, athlete } = await coachAndAthlete(handle.db);
    const phone = await device();
    await athlete.caller.push.subscribe(phone.subscription);
    const goal = await athlete.caller.goals.create(macroInput({ visibility: "coach" }));

    // Coach's comments and proposals turned off (in /settings' Email card): no push for a reply.
    await setMessageWanted(handle.db, athlete.id, "coach_activity", false);
    await coach.caller.social.goalComment({
      goalId: goal.id,
      parentId: null,
      body: "Nice work",
      clientId: clientId(),
    });
    await backgroundSettled();
    expect(phone.pushes()).toBe(0);
  });

  it("pushes the check-in reminder once, with its email", async () => {
    const runner = await newPerson(handle.db, { name: "Rae" });
    const phone = await device();
    await runner.caller.push.subscribe(phone.subscription);
    const { thisWeek } = weeksOf(runner);
    const deps = { db: handle.db, mailer: mail.mailer, now: new Date() };
    const job = { userId: runner.id, weekStart: thisWeek };

    expect(await sendCheckinReminder(deps, job)).toBe(true);
    await backgroundSettled();
    expect(phone.pushes()).toBe(1);
    expect(mail.catcher.to(runner.email)).toHaveLength(1);

    // A job run twice: no second email, no second push.
    expect(await sendCheckinReminder(deps, job)).toBe(false);
    await backgroundSettled();
    expect(phone.pushes()).toBe(1);
  });
});
