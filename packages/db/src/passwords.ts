import { hash, verify } from "@node-rs/argon2";

// Lives beside the tables that store it so seed factories can create real accounts.
// @node-rs/argon2 defaults to argon2id with OWASP's recommended memory and time costs.
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

// A real hash to verify against when no account matches, so a miss takes as long as a hit and
// the response time does not reveal whether an email is registered.
let decoy: Promise<string> | undefined;
export async function verifyAgainstDecoy(password: string): Promise<false> {
  decoy ??= hashPassword("stride-decoy-password");
  await verifyPassword(await decoy, password);
  return false;
}
