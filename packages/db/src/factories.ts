import { randomUUID } from "node:crypto";
import type { Database } from "./client";
import { hashPassword } from "./passwords";
import type { NewAccount } from "./queries/users";
import { insertAccount } from "./queries/users";

export type CreatedUser = { id: string; email: string; password: string; name: string };

export const DEFAULT_TEST_PASSWORD = "correct-horse-battery";

/**
 * A real account with a real argon2id hash. Used by the demo seed, integration tests and e2e
 * fixtures alike; the default email is unique so tests never collide when run in parallel.
 */
export async function createUser(
  db: Database,
  overrides: Partial<Omit<NewAccount, "passwordHash">> & { password?: string } = {},
): Promise<CreatedUser> {
  const { password = DEFAULT_TEST_PASSWORD, ...rest } = overrides;
  const account = {
    name: "Test Runner",
    email: `runner-${randomUUID()}@test.stride.example`,
    ...rest,
    passwordHash: await hashPassword(password),
  };
  const user = await insertAccount(db, account);
  if (!user) throw new Error(`createUser: ${account.email} already exists`);
  return { id: user.id, email: account.email, password, name: account.name };
}
