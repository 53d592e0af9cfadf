import { randomUUID } from "node:crypto";
import { expect } from "vitest";
import { deviceSubscription } from "../testing/push";
import { PASSWORD } from "./fixture";
import {
  ACTORS,
  type Entry,
  type Expectations,
  entries,
  entry,
  everyone,
  listEntry,
  noInput,
  ownEntries,
  ownerOnly,
  signedIn,
} from "./matrix";

// Procedures on the caller's own account: signing up, the password, the profile, the calendar
// feed, notifications and the week. Each is open to any signed-in person and must reach only
// their own records (8.2.2): the owner's never appear, and the owner's rows never change.

export const accountEntries: Entry[] = [
  entry("account.signUp")({
    target: "a new account (no one's records)",
    input: () => ({
      name: "Nina Newcomer",
      email: `matrix-new-${randomUUID()}@test.stride.example`,
      password: "a-new-password-1",
    }),
    // Public: a signed-in person may make another account too (it is a separate person).
    expect: everyone(),
    scope: "own",
  }),
  entry("account.requestPasswordReset")({
    target: "a reset link for the owner's email",
    input: (world) => ({ email: world.people.owner.email }),
    // Public by nature: anyone may ask for a link to the owner's address; only the owner's
    // mailbox receives it (password-reset.int.test.ts), and the answer says nothing.
    expect: everyone(),
    // Three requests per email an hour: each actor asks in a world (and for an owner) of its own.
    freshWorldPerActor: true,
    check: (result) => expect(result).toEqual({ sent: true }),
  }),
  entry("account.export")({
    target: "the caller's own data",
    input: () => undefined,
    expect: signedIn(),
    // Not "own" for the leak check: the coach's export holds their proposal to the owner, the
    // member's the comment they wrote on the owner's check-in. Every row must be the caller's.
    check: (data, world, actor) => {
      if (actor === "anonymous") return;
      const me = world.people[actor].id;
      expect(data.account?.email).toBe(world.people[actor].email);
      const theirs = [...data.goals, ...data.activities, ...data.checkins];
      expect(theirs.filter((row) => row.athleteId !== me)).toEqual([]);
      expect(data.notifications.filter((row) => row.userId !== me)).toEqual([]);
      expect(data.planTemplates.filter((row) => row.coachId !== me)).toEqual([]);
      if (actor === "owner") expect(data.goals.map((g) => g.id)).toContain(world.ids.privateMacro);
    },
  }),
  entry("account.delete")({
    target: "the caller's own account",
    input: () => ({ password: PASSWORD, confirm: true }),
    expect: signedIn(),
    // Each caller deletes only their own account; the owner's stays (checked below).
    freshWorldPerActor: true,
    check: async (result, world, actor) => {
      expect(result.deleted).toBe(true);
      const owner = await world.db.query.users.findFirst({
        where: (user, { eq }) => eq(user.id, world.people.owner.id),
      });
      expect(owner === undefined).toBe(actor === "owner");
      if (actor !== "owner" && actor !== "anonymous") {
        const me = await world.db.query.users.findFirst({
          where: (user, { eq }) => eq(user.id, world.people[actor].id),
        });
        expect(me).toBeUndefined();
      }
    },
  }),
  entry("profile.get")({
    target: "the caller's own profile",
    input: () => undefined,
    expect: signedIn(),
    scope: "own",
    check: (profile, world, actor) => {
      if (actor === "anonymous") return;
      expect(profile.email).toBe(world.people[actor].email);
    },
  }),
  entry("calendar.status")({
    target: "the caller's own calendar feed",
    input: () => undefined,
    expect: signedIn(),
    scope: "own",
    // Only the owner subscribed: nobody else is told they have a feed.
    check: (status, _world, actor) => expect(status.subscribed).toBe(actor === "owner"),
  }),
  // Not "own" for the leak check: the coach's own notification links to the owner's goal shown
  // to coaches. None of the owner's notifications reach anyone else.
  listEntry("notifications.list")({
    target: "the caller's own notifications",
    idsOf: (list) => list.items.map((n) => n.id),
    expected: (world) => [world.ids.notification],
  }),
  entry("notifications.markRead")({
    target: "one of the owner's notifications",
    input: (world) => ({ ids: [world.ids.notification] }),
    // Allowed for anyone, but it marks only the caller's own: the owner's stays unread.
    expect: signedIn(),
    scope: "own",
    check: (result, _world, actor) => expect(result.marked).toBe(actor === "owner" ? 1 : 0),
  }),
  entry("messages.savePreferences")({
    target: "the caller's own email preferences",
    input: () => ({
      wants: {
        checkin_reminder: false,
        coach_activity: true,
        mention: true,
        coach_digest: true,
        group_digest: true,
      },
      reminderHoursBefore: 12,
    }),
    expect: signedIn(),
    scope: "own",
    check: (saved) => expect(saved.reminderHoursBefore).toBe(12),
  }),
  entry("messages.unsubscribe")({
    target: "the owner's email preferences, through an unsubscribe link no one was sent",
    input: () => ({ token: "b3duZXI6Y2hlY2tpbl9yZW1pbmRlcg.forged-signature" }),
    // Only a link signed by the app works; without one, nothing changes for anyone.
    expect: Object.fromEntries(ACTORS.map((actor) => [actor, "BAD_REQUEST"])) as Expectations,
  }),
  listEntry("push.devices")({
    target: "the caller's own push devices",
    scope: "own",
    idsOf: (devices) => devices.map((device) => device.id),
    expected: (world) => [world.ids.pushDevice],
  }),
  entry("push.remove")({
    target: "the owner's push device",
    input: (world) => ({ id: world.ids.pushDevice }),
    expect: ownerOnly(),
  }),
  entry("week.get")({
    target: "the caller's own week",
    input: () => ({ weekStart: null }),
    expect: signedIn(),
    scope: "own",
    check: (week, world, actor) => {
      const titles = week.goals.map((g) => g.title);
      if (actor === "owner") expect(titles).toContain("Olive's week");
      else expect(titles).toEqual([]);
      expect(week.weekStart).toBe(world.dates.thisWeek);
    },
  }),
  entry("training.load")({
    target: "the caller's own training load",
    input: () => ({ days: 7 }),
    expect: signedIn(),
    scope: "own",
    check: (load, _world, actor) => {
      // Olive's tempo run today: 30 minutes at effort 5 is 150; her deleted run counts nothing.
      const total = load.series.reduce((sum, day) => sum + day.load, 0);
      expect(total).toBe(actor === "owner" ? 150 : 0);
    },
  }),
  ...ownEntries({
    "account.changePassword": [
      "the caller's own password",
      () => ({ currentPassword: PASSWORD, newPassword: "a-changed-password-2" }),
    ],
    "account.resendVerification": ["a new confirmation link for the caller's own address", noInput],
    "profile.update": [
      "the caller's own profile",
      () => ({ name: "Renamed", timeZone: "UTC", weekStart: "monday", distanceUnit: "km" }),
    ],
    "calendar.subscribe": ["the caller's own calendar feed", noInput],
    "calendar.unsubscribe": ["the caller's own calendar feed", noInput],
    "notifications.unreadCount": ["the caller's own notifications", noInput],
    "notifications.markAllRead": ["the caller's own notifications", noInput],
    "notifications.settings": ["the caller's own notification settings", noInput],
    "notifications.mute": [
      "the caller's own notification settings",
      () => ({ muted: ["reaction"] }),
    ],
    "push.publicKey": ["the server's push key (no one's records)", noInput],
    "push.subscribe": [
      "a push subscription for the caller's own device",
      () => deviceSubscription().input,
    ],
    "training.zones": ["the caller's own pace zones", noInput],
    "messages.preferences": ["the caller's own email preferences", noInput],
    "training.setZones": [
      "the caller's own pace zones",
      () => ({ source: { distanceMetres: 10_000, seconds: 2700, raceDate: "2026-01-10" } }),
    ],
  }),
  ...entries(
    everyone,
    { "account.demoAccounts": ["the demo accounts list (public)", noInput] },
    "own",
  ),
  // Only a link's holder may set the password or confirm the address; without it, nothing changes
  // for anyone.
  ...entries(
    () => Object.fromEntries(ACTORS.map((actor) => [actor, "BAD_REQUEST"])) as Expectations,
    {
      "account.resetPassword": [
        "the owner's password, through a link no one was sent",
        () => ({ token: "forged-token-0123456789abcdef", newPassword: "a-taken-over-password" }),
      ],
      "account.verifyEmail": [
        "the owner's address, through a confirmation link no one was sent",
        () => ({ token: "forged-token-0123456789abcdef" }),
      ],
    },
  ),
];
