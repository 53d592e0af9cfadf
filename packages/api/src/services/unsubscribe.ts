import { createHmac, timingSafeEqual } from "node:crypto";
import { type MessageKind, messageKindSchema } from "@stride/domain/messages";
import { z } from "zod";

/*
 * One-click unsubscribe tokens: who and which kind of message, signed with the app's secret
 * (HMAC-SHA256), so a link works without signing in and cannot be made for anyone else. They do
 * not expire: an old email's link still stops that kind of message (RFC 8058 asks that it work).
 */

const payloadSchema = z.tuple([z.uuid(), messageKindSchema]);

function signature(secret: string, payload: string): Buffer {
  return createHmac("sha256", secret).update(`stride-unsubscribe:${payload}`).digest();
}

export function unsubscribeToken(secret: string, userId: string, kind: MessageKind): string {
  const payload = Buffer.from(`${userId}:${kind}`).toString("base64url");
  return `${payload}.${signature(secret, payload).toString("base64url")}`;
}

/** The person and kind a token names, or null for a forged, changed or garbled token. */
export function readUnsubscribeToken(
  secret: string,
  token: string,
): { userId: string; kind: MessageKind } | null {
  if (token.length > 200) return null;
  const [payload, given, ...rest] = token.split(".");
  if (!payload || !given || rest.length > 0) return null;
  const expected = signature(secret, payload);
  const actual = Buffer.from(given, "base64url");
  if (actual.length !== expected.length || !timingSafeEqual(actual, expected)) return null;
  const parsed = payloadSchema.safeParse(Buffer.from(payload, "base64url").toString().split(":"));
  return parsed.success ? { userId: parsed.data[0], kind: parsed.data[1] } : null;
}
