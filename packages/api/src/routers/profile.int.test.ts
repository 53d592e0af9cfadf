import { randomUUID } from "node:crypto";
import { createUser } from "@stride/db/factories";
import { getProfile } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { callerFor, postOverHttp, refusalOf } from "../testing/caller";

const handle = useTestDatabase();

const change = {
  name: "Ava Updated",
  timeZone: "Asia/Tokyo",
  weekStart: "sunday",
  distanceUnit: "mi",
} as const;

describe("profile", () => {
  it("returns my own profile with defaults", async () => {
    const user = await createUser(handle.db, { name: "Ava" });
    expect(await callerFor(handle.db, user.id).profile.get()).toEqual({
      email: user.email,
      name: "Ava",
      timeZone: "UTC",
      weekStart: "monday",
      distanceUnit: "km",
      checkinVisibility: "groups",
      emailVerified: true,
    });
  });

  it("updates my profile and nobody else's", async () => {
    const me = await createUser(handle.db);
    const other = await createUser(handle.db, { name: "Other" });
    const otherBefore = await getProfile(handle.db, other.id);

    const updated = await callerFor(handle.db, me.id).profile.update(change);
    expect(updated).toEqual({
      email: me.email,
      checkinVisibility: "groups",
      emailVerified: true,
      ...change,
    });
    expect(await getProfile(handle.db, me.id)).toEqual(updated);
    expect(await getProfile(handle.db, other.id)).toEqual(otherBefore);
  });

  it("refuses an unknown time zone by field and keeps the saved profile", async () => {
    const me = await createUser(handle.db);
    const before = await getProfile(handle.db, me.id);
    const attempt = callerFor(handle.db, me.id).profile.update({
      ...change,
      timeZone: "Atlantis/Lost_City",
    });
    expect(await refusalOf(attempt)).toMatchObject({
      code: "BAD_REQUEST",
      message: "Pick a time zone from the list",
      fieldErrors: { timeZone: ["Pick a time zone from the list"] },
    });
    expect(await getProfile(handle.db, me.id)).toEqual(before);
  });

  it("refuses anonymous callers with UNAUTHORIZED and changes nothing", async () => {
    const me = await createUser(handle.db);
    const before = await getProfile(handle.db, me.id);
    await expect(callerFor(handle.db, null).profile.get()).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    await expect(callerFor(handle.db, null).profile.update(change)).rejects.toMatchObject({
      code: "UNAUTHORIZED",
    });
    expect(await getProfile(handle.db, me.id)).toEqual(before);
  });

  it("gives a session for a deleted or unknown account NOT_FOUND", async () => {
    const stranger = randomUUID();
    await expect(callerFor(handle.db, stranger).profile.get()).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(callerFor(handle.db, stranger).profile.update(change)).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });

  it("answers over HTTP with the field's message and no stack trace", async () => {
    const me = await createUser(handle.db);
    const { status, body } = await postOverHttp(handle.db, me.id, "profile.update", {
      ...change,
      name: "",
    });
    expect(status).toBe(400);
    expect(body).toMatchObject({
      error: {
        json: {
          message: "Enter your name",
          data: { code: "BAD_REQUEST", fieldErrors: { name: ["Enter your name"] } },
        },
      },
    });
    expect(JSON.stringify(body)).not.toMatch(/stack|node_modules/);
  });

  it("answers a forged or missing session over HTTP with 401, not 500", async () => {
    const { status, body } = await postOverHttp(handle.db, null, "profile.update", change);
    expect(status).toBe(401);
    expect(body).toMatchObject({ error: { json: { message: "Sign in to continue." } } });
  });
});

describe("account.demoAccounts", () => {
  it("lists nothing on a database without the demo seed", async () => {
    // The test database is shared by files running in parallel, but none of them seeds demo data.
    const result = await callerFor(handle.db, null).account.demoAccounts();
    expect(result).toEqual({ accounts: [], password: null });
  });
});
