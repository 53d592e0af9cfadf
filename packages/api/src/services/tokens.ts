import { createHash, randomBytes } from "node:crypto";

/**
 * A secret for a link (an invitation, a calendar feed): 24 random bytes, URL-safe. The token is
 * shown once; only its hash is stored, so a leaked database does not leak working links.
 */
export function newToken() {
  const token = randomBytes(24).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string) {
  return createHash("sha256").update(token).digest("hex");
}
