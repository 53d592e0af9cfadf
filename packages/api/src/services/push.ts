import type { Agent } from "node:https";
import type { Database } from "@stride/db/client";
import { dataDir, keptInDataFile } from "@stride/db/env";
import { deletePushSubscriptionByEndpoint, listOwnPushSubscriptions } from "@stride/db/queries";
import type { PushKind, PushMessage } from "@stride/domain/push";
import webpush from "web-push";
import { apiEnv } from "../env";
import { inBackground } from "./background";
import { wantsMessage } from "./messages";

export type VapidKeys = { publicKey: string; privateKey: string; subject: string };

/** A local run's contact for the push services (production sets VAPID_SUBJECT). */
const LOCAL_SUBJECT = "mailto:push@stride.localhost";

/**
 * The server's VAPID keys: from the environment, else (a local run) made once and kept in
 * `.data/vapid-keys.json` like the auth secret; null on a production server given none, which
 * then offers and sends no pushes.
 */
export function vapidKeys(): VapidKeys | null {
  const vapid = apiEnv().vapid;
  if (vapid.from === "none") return null;
  if (vapid.from === "env")
    return {
      publicKey: vapid.publicKey,
      privateKey: vapid.privateKey,
      subject: vapid.subject ?? LOCAL_SUBJECT,
    };
  const kept = keptInDataFile({
    dir: dataDir(),
    name: "vapid-keys.json",
    make: () => JSON.stringify(webpush.generateVAPIDKeys()),
    notice:
      "VAPID keys for Web Push are not set, so local ones were made. Set VAPID_PUBLIC_KEY, VAPID_PRIVATE_KEY and VAPID_SUBJECT in production",
  });
  const { publicKey, privateKey } = JSON.parse(kept) as { publicKey: string; privateKey: string };
  return { publicKey, privateKey, subject: LOCAL_SUBJECT };
}

/** How long a push service keeps a message for a device that is off (a day). */
const TIME_TO_LIVE_SECONDS = 24 * 60 * 60;

/**
 * Sends a message to each of the person's devices now. A subscription the push service no longer
 * knows (404, 410) is deleted; any other failure is thrown after every device was tried.
 * `agent` is for tests (a local endpoint with its own certificate).
 */
export async function sendPushes(
  db: Database,
  input: { userId: string; kind: PushKind; message: PushMessage; keys: VapidKeys; agent?: Agent },
) {
  const devices = await listOwnPushSubscriptions(db, input.userId);
  const payload = JSON.stringify({ kind: input.kind, ...input.message });
  const results = await Promise.allSettled(
    devices.map(async (device) => {
      try {
        await webpush.sendNotification(
          { endpoint: device.endpoint, keys: { p256dh: device.p256dh, auth: device.auth } },
          payload,
          {
            vapidDetails: input.keys,
            TTL: TIME_TO_LIVE_SECONDS,
            contentEncoding: "aes128gcm",
            ...(input.agent ? { agent: input.agent } : {}),
          },
        );
      } catch (error) {
        const status = error instanceof webpush.WebPushError ? error.statusCode : 0;
        if (status === 404 || status === 410)
          await deletePushSubscriptionByEndpoint(db, device.endpoint);
        else throw error;
      }
    }),
  );
  const failed = results.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
}

/**
 * The one way Stride pushes (the reminder job, coach replies and proposals): sent in the
 * background, so the request that caused it never waits for a push service and never sees its
 * errors (they are logged by kind). `db` is the process's database, not a transaction.
 */
export function pushTo(db: Database, userId: string, kind: PushKind, message: PushMessage): void {
  const keys = vapidKeys();
  if (!keys) return;
  // The same switches as email: a person who turned a kind off gets neither.
  inBackground(
    async () => {
      if (await wantsMessage(db, userId, kind))
        await sendPushes(db, { userId, kind, message, keys });
    },
    {
      message: "push could not be sent",
      fields: { push: { kind } },
    },
  );
}
