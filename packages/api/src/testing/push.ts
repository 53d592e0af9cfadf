import { createECDH, randomBytes, randomUUID } from "node:crypto";
import type { SubscribePushInput } from "@stride/domain/push";

/**
 * A device's push subscription as a browser would make it: a fresh P-256 key pair and auth
 * secret, kept here so a test's push endpoint can decrypt what is sent to it (RFC 8291).
 */
export function deviceSubscription(
  endpoint = `https://push.example.test/send/${randomUUID()}`,
  label = "Test phone",
) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  const input: SubscribePushInput = {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") },
    label,
  };
  return { input, ecdh, auth };
}
