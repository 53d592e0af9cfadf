import { randomBytes, randomUUID } from "node:crypto";
import { createGoal } from "@stride/db/factories";
import { useTestDatabase } from "@stride/db/testing";
import { addDaysTo, todayIn, weekStartOf } from "@stride/domain/periods";
import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
// The public entry point the web app's route handler uses.
import { renderFeed, renderWeek } from "../../index";
import { callerFor, refusalOf } from "../../testing/caller";
import { weeklyTotal } from "../../testing/goals";
import { newPerson, type Person } from "../../testing/people";

const handle = useTestDatabase();

// India keeps +05:30 all year, so the expected UTC instants below need no time zone library.
const TIME_ZONE = "Asia/Kolkata";

type Planned = { id: string; day: string; time: string | null; title: string };

/** One micro goal (for the session's week) holding one planned run; returns the session. */
async function plan(
  athlete: Person,
  day: string,
  options: { time?: string | null; amount?: number; unit?: "km" | "min"; archived?: boolean } = {},
): Promise<Planned> {
  const title = `Session on ${day} ${randomUUID().slice(0, 8)}`;
  const unit = options.unit ?? "km";
  const goal = await createGoal(handle.db, {
    athleteId: athlete.id,
    level: "micro",
    title,
    strategy: "Lay the kit out the night before",
    periodStart: weekStartOf(day, athlete.weekStart),
    target: { ...weeklyTotal(30, "km"), unit, value: unit === "km" ? 30 : 120 },
    plan: [{ day, time: options.time ?? null, amount: options.amount ?? 5, note: "Easy" }],
  });
  if (options.archived) await athlete.caller.goals.archive({ id: goal.id, version: 1 });
  const id = (await athlete.caller.goals.get({ id: goal.id })).plan[0]?.id;
  if (!id) throw new Error("The goal has no planned session");
  return { id, day, time: options.time ?? null, title };
}

/** The VEVENTs of an iCalendar document, parsed back with ical.js. */
function eventsOf(text: string | null) {
  if (text === null) throw new Error("Expected a calendar, got null");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents("vevent").map((c) => new ICAL.Event(c));
  return { calendar, events, uids: events.map((e) => e.uid).sort() };
}

const uidsOf = (sessions: readonly Planned[]) => sessions.map((s) => `${s.id}@stride`).sort();

/** An athlete in Kolkata with sessions inside and just outside the feed's range (4 weeks back, 12 ahead). */
async function setUp() {
  const owner = await newPerson(handle.db, {
    weekStart: "monday",
    timeZone: TIME_ZONE,
    distanceUnit: "km",
  });
  const today = todayIn(TIME_ZONE);
  const day = (offset: number) => addDaysTo(today, offset);
  const inRange = {
    morning: await plan(owner, day(2), { time: "06:30" }),
    // 03:00 in Kolkata is still the evening before in UTC.
    night: await plan(owner, day(3), { time: "03:00" }),
    untimed: await plan(owner, day(-7)),
    minutes: await plan(owner, day(10), { time: "18:00", unit: "min", amount: 45 }),
    firstDay: await plan(owner, day(-28)),
    lastDay: await plan(owner, day(84), { time: "07:15" }),
  };
  const outOfRange = {
    tooEarly: await plan(owner, day(-29)),
    tooLate: await plan(owner, day(85)),
    archived: await plan(owner, day(1), { archived: true }),
  };
  const stranger = await newPerson(handle.db, {
    weekStart: "sunday",
    timeZone: "Europe/Berlin",
    distanceUnit: "mi",
  });
  const strangers = [await plan(stranger, day(2), { time: "06:30" })];
  return { owner, stranger, today, inRange, outOfRange, strangers };
}

async function subscribe(athlete: Person) {
  const { path } = await athlete.caller.calendar.subscribe();
  const token = path.replace("/api/calendar/", "");
  return { path, token };
}

describe("calendar subscription", () => {
  it("subscribes, and the feed holds one event per planned session in range", async () => {
    const { owner, inRange } = await setUp();
    expect(await owner.caller.calendar.status()).toEqual({ subscribed: false });

    const { path, token } = await subscribe(owner);
    expect(path).toMatch(/^\/api\/calendar\/[A-Za-z0-9_-]{32}$/);
    expect(await owner.caller.calendar.status()).toEqual({ subscribed: true });

    const { calendar, uids } = eventsOf(await renderFeed(handle.db, token));
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Stride: Test Runner's training");
    expect(uids).toEqual(uidsOf(Object.values(inRange)));
    // Only a hash of the token is stored.
    const rows = await handle.db.query.calendarFeeds.findMany({
      where: (feed, { eq }) => eq(feed.athleteId, owner.id),
    });
    expect(rows).toHaveLength(1);
    expect(rows[0]?.tokenHash).not.toContain(token);
  });

  it("places timed sessions at the right UTC instant and untimed ones on their day", async () => {
    const { owner, inRange } = await setUp();
    const { token } = await subscribe(owner);
    const { events } = eventsOf(await renderFeed(handle.db, token));
    const event = (session: Planned) => {
      const found = events.find((e) => e.uid === `${session.id}@stride`);
      if (!found) throw new Error(`No event for ${session.day}`);
      return found;
    };
    const instant = (time: ICAL.Time) => time.toJSDate().toISOString();

    const morning = event(inRange.morning);
    expect(morning.startDate.isDate).toBe(false);
    expect(instant(morning.startDate)).toBe(`${inRange.morning.day}T01:00:00.000Z`);
    expect(instant(morning.endDate)).toBe(`${inRange.morning.day}T02:00:00.000Z`);
    expect(morning.summary).toBe(`Run 5 km: ${inRange.morning.title}`);
    expect(morning.description).toBe("Easy\nHow: Lay the kit out the night before");

    const night = event(inRange.night);
    expect(instant(night.startDate)).toBe(`${addDaysTo(inRange.night.day, -1)}T21:30:00.000Z`);

    // A 45-minute session lasts 45 minutes in the calendar.
    const minutes = event(inRange.minutes);
    expect(minutes.summary).toBe(`Run 45 min: ${inRange.minutes.title}`);
    expect(instant(minutes.startDate)).toBe(`${inRange.minutes.day}T12:30:00.000Z`);
    expect(instant(minutes.endDate)).toBe(`${inRange.minutes.day}T13:15:00.000Z`);

    for (const session of [inRange.untimed, inRange.firstDay]) {
      const allDay = event(session);
      expect(allDay.startDate.isDate).toBe(true);
      expect(allDay.startDate.toString()).toBe(session.day);
    }
  });

  it("rotates the token when subscribing again: the old path stops working", async () => {
    const { owner, inRange } = await setUp();
    const first = await subscribe(owner);
    const second = await subscribe(owner);
    expect(second.token).not.toBe(first.token);
    expect(await renderFeed(handle.db, first.token)).toBeNull();
    expect(eventsOf(await renderFeed(handle.db, second.token)).uids).toEqual(
      uidsOf(Object.values(inRange)),
    );
    expect(await owner.caller.calendar.status()).toEqual({ subscribed: true });
  });

  it("stops the feed on unsubscribe", async () => {
    const { owner } = await setUp();
    const { token } = await subscribe(owner);
    expect(await owner.caller.calendar.unsubscribe()).toEqual({ subscribed: false });
    expect(await owner.caller.calendar.status()).toEqual({ subscribed: false });
    expect(await renderFeed(handle.db, token)).toBeNull();
    // Unsubscribing twice is harmless.
    expect(await owner.caller.calendar.unsubscribe()).toEqual({ subscribed: false });
  });

  it("gives nothing for a made-up, altered, too short or too long token", async () => {
    const { owner } = await setUp();
    const { token } = await subscribe(owner);
    const altered = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
    for (const guess of [
      randomBytes(24).toString("base64url"),
      altered,
      token.slice(0, 10),
      `${token}${"x".repeat(100)}`,
      "",
    ]) {
      expect(await renderFeed(handle.db, guess)).toBeNull();
    }
  });

  it("never puts another athlete's sessions in a feed", async () => {
    const { owner, stranger, inRange, strangers } = await setUp();
    const mine = await subscribe(owner);
    const theirs = await subscribe(stranger);
    const ownerFeed = await renderFeed(handle.db, mine.token);
    const strangerFeed = await renderFeed(handle.db, theirs.token);
    expect(eventsOf(strangerFeed).uids).toEqual(uidsOf(strangers));
    expect(eventsOf(ownerFeed).uids).toEqual(uidsOf(Object.values(inRange)));
    for (const session of strangers) expect(ownerFeed).not.toContain(session.id);
    for (const session of Object.values(inRange)) expect(strangerFeed).not.toContain(session.id);

    // The stranger rotating or dropping their feed leaves the owner's working.
    await stranger.caller.calendar.unsubscribe();
    expect(eventsOf(await renderFeed(handle.db, mine.token)).uids).toEqual(
      uidsOf(Object.values(inRange)),
    );
  });

  it("refuses anonymous callers", async () => {
    const anonymous = callerFor(handle.db, null);
    for (const call of [
      () => anonymous.calendar.status(),
      () => anonymous.calendar.subscribe(),
      () => anonymous.calendar.unsubscribe(),
    ]) {
      expect((await refusalOf(call())).code).toBe("UNAUTHORIZED");
    }
  });
});

describe("renderWeek", () => {
  it("holds only that week's sessions, and only the viewer's", async () => {
    const { owner, stranger, today, inRange, outOfRange, strangers } = await setUp();
    const all = [...Object.values(inRange), ...Object.values(outOfRange)].filter(
      (s) => s !== outOfRange.archived,
    );
    for (const offset of [-28, -7, 2, 10, 84]) {
      const weekStart = weekStartOf(addDaysTo(today, offset), "monday");
      const weekEnd = addDaysTo(weekStart, 6);
      const expected = all.filter((s) => s.day >= weekStart && s.day <= weekEnd);
      expect(expected.length).toBeGreaterThan(0);
      const text = await renderWeek(handle.db, owner.id, weekStart);
      expect(eventsOf(text).uids).toEqual(uidsOf(expected));
      for (const session of strangers) expect(text).not.toContain(session.id);
    }
    // The stranger's download of the same week has only their own session.
    const strangersWeek = weekStartOf(strangers[0]?.day ?? today, "sunday");
    expect(eventsOf(await renderWeek(handle.db, stranger.id, strangersWeek)).uids).toEqual(
      uidsOf(strangers),
    );
  });

  it("gives nothing for someone with no account", async () => {
    expect(
      await renderWeek(handle.db, randomUUID(), weekStartOf(todayIn("UTC"), "monday")),
    ).toBeNull();
  });
});
