import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "@stride/domain/accounts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type DatabaseHandle, openPglite } from "../client";
import { verifyPassword } from "../passwords";
import { findCredentialsByEmail, listExistingEmails } from "../queries";
import { users } from "../schema";
import { seedDemo } from "./demo";

// Its own in-memory database on either driver run: the demo emails are fixed, so seeding the
// shared Postgres test database would leak demo accounts into other test files.
let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openPglite();
});
afterAll(() => handle.close());

describe("seedDemo", () => {
  it("creates every demo account with the demo password, and nothing twice", async () => {
    expect(await seedDemo(handle.db)).toEqual({ created: DEMO_ACCOUNTS.length });
    expect(await seedDemo(handle.db)).toEqual({ created: 0 });

    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    expect((await listExistingEmails(handle.db, emails)).sort()).toEqual([...emails].sort());
    expect(await handle.db.$count(users)).toBe(DEMO_ACCOUNTS.length);

    const casey = await findCredentialsByEmail(handle.db, "coach@stride.example");
    expect(await verifyPassword(casey?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
  });
});
