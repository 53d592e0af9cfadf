import type { AddressInfo } from "node:net";
import { createServer, type Server } from "node:net";
import { createCheckin } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { afterAll, describe, expect, it } from "vitest";
import { coachAndAthlete } from "../testing/coaching";
import { macroInput } from "../testing/goals";
import { clientId } from "../testing/groups";
import { deviceSubscription } from "../testing/push";
import { backgroundSettled } from "./background";

const handle = useTestDatabase();

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
});
