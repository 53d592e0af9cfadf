import { randomUUID } from "node:crypto";
import { useTestDatabase } from "@stride/db/testing";
import { describe, expect, it } from "vitest";
import { fieldRefusal, refusalOf } from "../../testing/caller";
import { groupInput, groupOf, groupRow, memberRows } from "../../testing/groups";
import { newPerson } from "../../testing/people";

const handle = useTestDatabase();

describe("creating and listing groups", () => {
  it("makes the creator the owner and lists the group with its member count", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const { id } = await owner.caller.groups.create(
      groupInput({ name: "  Dawn Patrol  ", weeklyTheme: "Hills" }),
    );

    expect(await memberRows(handle.db, id)).toEqual([
      expect.objectContaining({ groupId: id, userId: owner.id, role: "owner" }),
    ]);
    expect(await owner.caller.groups.list()).toEqual([
      {
        id,
        name: "Dawn Patrol",
        description: "Early runs, every weekday",
        role: "owner",
        members: 1,
      },
    ]);
    expect(await owner.caller.groups.get({ groupId: id })).toMatchObject({
      id,
      name: "Dawn Patrol",
      weeklyTheme: "Hills",
      role: "owner",
      members: [{ id: owner.id, name: "Ava", role: "owner", you: true }],
    });
  });

  it("counts every member, and each person sees only the groups they are in, by name", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const cleo = await newPerson(handle.db, { name: "Cleo" });
    const zebras = await groupOf(owner, [ben, cleo], "Zebras");
    const antelopes = await groupOf(owner, [ben], "Antelopes");
    await groupOf(cleo, [], "Cleo alone");

    expect(await owner.caller.groups.list()).toEqual([
      expect.objectContaining({ id: antelopes, role: "owner", members: 2 }),
      expect.objectContaining({ id: zebras, role: "owner", members: 3 }),
    ]);
    expect(await ben.caller.groups.list()).toEqual([
      expect.objectContaining({ id: antelopes, role: "member", members: 2 }),
      expect.objectContaining({ id: zebras, role: "member", members: 3 }),
    ]);
    expect((await cleo.caller.groups.list()).map((g) => g.name)).toEqual(["Cleo alone", "Zebras"]);
  });

  it("refuses an empty or too long name with a message for the field, and saves nothing", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });

    const empty = await refusalOf(owner.caller.groups.create(groupInput({ name: "   " })));
    expect(empty).toMatchObject({ code: "BAD_REQUEST", fieldErrors: { name: ["Name the group"] } });

    const long = await refusalOf(owner.caller.groups.create(groupInput({ name: "x".repeat(61) })));
    expect(long).toMatchObject(fieldRefusal("name", "Keep the name to 60 characters"));

    const memberships = await handle.db.query.groupMembers.findMany({
      where: (member, { eq }) => eq(member.userId, owner.id),
    });
    expect(memberships).toEqual([]);
    expect(await owner.caller.groups.list()).toEqual([]);

    // Sixty characters is still fine.
    const { id } = await owner.caller.groups.create(groupInput({ name: "x".repeat(60) }));
    expect((await groupRow(handle.db, id))?.name).toBe("x".repeat(60));
  });
});

describe("seeing a group", () => {
  it("is NOT_FOUND for a non-member, exactly as for a group that does not exist", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const outsider = await newPerson(handle.db, { name: "Olly" });
    const { id } = await owner.caller.groups.create(
      groupInput({ name: "Secret Squirrels", description: "Our private club" }),
    );

    const refused = await refusalOf(outsider.caller.groups.get({ groupId: id }));
    const missing = await refusalOf(outsider.caller.groups.get({ groupId: randomUUID() }));
    expect(refused).toEqual(missing);
    expect(refused).toMatchObject({ code: "NOT_FOUND", message: "That group was not found." });
    const text = JSON.stringify(refused);
    for (const secret of ["Secret Squirrels", "Our private club", owner.id, "Ava"]) {
      expect(text).not.toContain(secret);
    }
    expect(await outsider.caller.groups.list()).toEqual([]);
  });

  it("lists the members with their roles for every member", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const groupId = await groupOf(owner, [ben]);

    const seen = await ben.caller.groups.get({ groupId });
    expect(seen.role).toBe("member");
    expect(seen.members.map(({ id, name, role, you }) => ({ id, name, role, you }))).toEqual([
      { id: owner.id, name: "Ava", role: "owner", you: false },
      { id: ben.id, name: "Ben", role: "member", you: true },
    ]);
  });
});

describe("updating a group", () => {
  it("lets the owner change the name, description and theme", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const { id } = await owner.caller.groups.create(groupInput());

    const result = await owner.caller.groups.update({
      groupId: id,
      name: "Sunrise Crew",
      description: "Now on weekends too",
      weeklyTheme: "Strides after easy runs",
    });
    expect(result).toEqual({ id });
    expect(await owner.caller.groups.get({ groupId: id })).toMatchObject({
      name: "Sunrise Crew",
      description: "Now on weekends too",
      weeklyTheme: "Strides after easy runs",
    });
  });

  it("refuses a plain member with a message and leaves the group as it was", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const ben = await newPerson(handle.db, { name: "Ben" });
    const groupId = await groupOf(owner, [ben]);
    const before = await groupRow(handle.db, groupId);

    const refused = await refusalOf(
      ben.caller.groups.update({ groupId, ...groupInput({ name: "Ben's group now" }) }),
    );
    expect(refused).toMatchObject({
      code: "FORBIDDEN",
      message: "Only the group's owner can do that.",
    });
    expect(await groupRow(handle.db, groupId)).toEqual(before);
  });

  it("refuses a non-member with NOT_FOUND and leaves the group as it was", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const outsider = await newPerson(handle.db, { name: "Olly" });
    const { id } = await owner.caller.groups.create(groupInput());
    const before = await groupRow(handle.db, id);

    const refused = await refusalOf(
      outsider.caller.groups.update({ groupId: id, ...groupInput({ name: "Taken over" }) }),
    );
    expect(refused).toMatchObject({ code: "NOT_FOUND", message: "That group was not found." });
    expect(await groupRow(handle.db, id)).toEqual(before);
  });

  it("refuses an empty or too long name from the owner and keeps the old details", async () => {
    const owner = await newPerson(handle.db, { name: "Ava" });
    const { id } = await owner.caller.groups.create(groupInput());
    const before = await groupRow(handle.db, id);

    for (const name of ["", "y".repeat(61)]) {
      const refused = await refusalOf(
        owner.caller.groups.update({ groupId: id, ...groupInput({ name, weeklyTheme: "New" }) }),
      );
      expect(refused.code).toBe("BAD_REQUEST");
      expect(refused.fieldErrors?.name).toHaveLength(1);
    }
    expect(await groupRow(handle.db, id)).toEqual(before);
  });
});
