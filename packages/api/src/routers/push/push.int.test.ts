import { execFileSync } from "node:child_process";
import { createPublicKey, verify } from "node:crypto";
import { mkdtempSync, readFileSync } from "node:fs";
import type { ServerResponse } from "node:http";
import { Agent, createServer, type Server } from "node:https";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { listOwnPushSubscriptions } from "@stride/db/queries";
import { useTestDatabase } from "@stride/db/testing";
import { decrypt } from "http_ece";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendPushes, type VapidKeys, vapidKeys } from "../../services/push";
import { refusalOf } from "../../testing/caller";
import { newPerson } from "../../testing/people";
import { deviceSubscription } from "../../testing/push";

const handle = useTestDatabase();

type Received = {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
};

/**
 * A push service on this machine: HTTPS (web-push speaks nothing else) with a certificate made
 * for this run, keeping every request it receives and answering each path's chosen status.
 */
function localPushService() {
  const dir = mkdtempSync(path.join(tmpdir(), "stride-push-"));
  const [key, cert] = [path.join(dir, "key.pem"), path.join(dir, "cert.pem")];
  execFileSync(
    "openssl",
    [
      ...["req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"],
      ...["-keyout", key, "-out", cert, "-days", "1", "-subj", "/CN=127.0.0.1"],
      ...["-addext", "subjectAltName=IP:127.0.0.1"],
    ],
    { stdio: "ignore" },
  );
  const received: Received[] = [];
  const statusFor = new Map<string, number>();
  const server: Server = createServer(
    { key: readFileSync(key), cert: readFileSync(cert) },
    (request, response: ServerResponse) => {
      const chunks: Buffer[] = [];
      request.on("data", (chunk: Buffer) => chunks.push(chunk));
      request.on("end", () => {
        const at = request.url ?? "/";
        received.push({ path: at, headers: request.headers, body: Buffer.concat(chunks) });
        response.writeHead(statusFor.get(at) ?? 201).end();
      });
    },
  );
  return {
    received,
    statusFor,
    agent: new Agent({ ca: readFileSync(cert) }),
    start: () => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve())),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    url: (at: string) => `https://127.0.0.1:${(server.address() as AddressInfo).port}${at}`,
  };
}

const service = localPushService();
let keys: VapidKeys;
beforeAll(async () => {
  await service.start();
  const made = vapidKeys();
  if (!made) throw new Error("A local run makes VAPID keys");
  keys = made;
});
afterAll(() => service.stop());

/** Checks the VAPID JWT (RFC 8292): signed by the server's key, for the endpoint's origin. */
function checkVapid(header: string | string[] | undefined, origin: string) {
  const match = /^vapid t=([^,]+), k=([A-Za-z0-9_-]+)$/.exec(String(header));
  expect(match?.[2]).toBe(keys.publicKey);
  const [head, claims, signature] = (match?.[1] ?? "").split(".");
  const point = Buffer.from(keys.publicKey, "base64url");
  const publicKey = createPublicKey({
    key: {
      kty: "EC",
      crv: "P-256",
      x: point.subarray(1, 33).toString("base64url"),
      y: point.subarray(33).toString("base64url"),
    },
    format: "jwk",
  });
  const signed = verify(
    "sha256",
    Buffer.from(`${head}.${claims}`),
    { key: publicKey, dsaEncoding: "ieee-p1363" },
    Buffer.from(signature ?? "", "base64url"),
  );
  expect(signed).toBe(true);
  const payload = JSON.parse(Buffer.from(claims ?? "", "base64url").toString());
  expect(payload.aud).toBe(origin);
  expect(payload.sub).toBe(keys.subject);
}

describe("Web Push to a device", () => {
  it("delivers the check-in reminder encrypted for the device (RFC 8291), signed with VAPID", async () => {
    const me = await newPerson(handle.db);
    const device = deviceSubscription(service.url(`/send/${me.id}`), "Test phone");
    await me.caller.push.subscribe(device.input);
    const message = {
      title: "Time for your weekly check-in",
      body: "How did your week go?",
      url: "/checkins/2026-11-30",
    };

    await sendPushes(handle.db, {
      userId: me.id,
      kind: "checkin_reminder",
      message,
      keys,
      agent: service.agent,
    });

    const request = service.received.find((r) => r.path === `/send/${me.id}`);
    expect(request?.headers["content-encoding"]).toBe("aes128gcm");
    expect(Number(request?.headers.ttl)).toBeGreaterThan(0);
    checkVapid(request?.headers.authorization, new URL(service.url("/")).origin);
    // Only the device's private key and auth secret open it.
    const plain = decrypt(request?.body ?? Buffer.alloc(0), {
      version: "aes128gcm",
      privateKey: device.ecdh,
      authSecret: device.auth,
    });
    expect(JSON.parse(plain.toString("utf8"))).toEqual({ kind: "checkin_reminder", ...message });
    expect(() =>
      decrypt(request?.body ?? Buffer.alloc(0), {
        version: "aes128gcm",
        privateKey: deviceSubscription().ecdh,
        authSecret: device.auth,
      }),
    ).toThrow();
  });

  it("drops a subscription the push service says is gone (410, 404) and keeps the others", async () => {
    const me = await newPerson(handle.db);
    const gone = deviceSubscription(service.url(`/send/${me.id}/gone`), "Old phone");
    const unknown = deviceSubscription(service.url(`/send/${me.id}/unknown`), "Old tablet");
    const live = deviceSubscription(service.url(`/send/${me.id}/live`), "New phone");
    for (const device of [gone, unknown, live]) await me.caller.push.subscribe(device.input);
    service.statusFor.set(`/send/${me.id}/gone`, 410);
    service.statusFor.set(`/send/${me.id}/unknown`, 404);

    await sendPushes(handle.db, {
      userId: me.id,
      kind: "coach_activity",
      message: { title: "Your coach replied", body: "Casey commented", url: "/week" },
      keys,
      agent: service.agent,
    });

    const left = await listOwnPushSubscriptions(handle.db, me.id);
    expect(left.map((d) => d.label)).toEqual(["New phone"]);
  });

  it("keeps a subscription when the push service fails otherwise (500), and says so", async () => {
    const me = await newPerson(handle.db);
    const device = deviceSubscription(service.url(`/send/${me.id}/busy`));
    await me.caller.push.subscribe(device.input);
    service.statusFor.set(`/send/${me.id}/busy`, 500);
    await expect(
      sendPushes(handle.db, {
        userId: me.id,
        kind: "mention",
        message: { title: "t", body: "b", url: "/" },
        keys,
        agent: service.agent,
      }),
    ).rejects.toThrow();
    expect(await listOwnPushSubscriptions(handle.db, me.id)).toHaveLength(1);
  });
});

describe("push devices", () => {
  it("lists a person's devices; subscribing again on a device replaces its row", async () => {
    const me = await newPerson(handle.db);
    const device = deviceSubscription(undefined, "Pixel");
    await me.caller.push.subscribe(device.input);
    await me.caller.push.subscribe({
      ...deviceSubscription(device.input.endpoint).input,
      label: "Pixel 9",
    });
    const devices = await me.caller.push.devices();
    expect(devices.map((d) => d.label)).toEqual(["Pixel 9"]);
  });

  it("lets a stranger remove nothing of someone else's (NOT_FOUND, the device stays)", async () => {
    const [me, stranger] = await Promise.all([newPerson(handle.db), newPerson(handle.db)]);
    const { id } = await me.caller.push.subscribe(deviceSubscription().input);
    expect(await refusalOf(stranger.caller.push.remove({ id }))).toMatchObject({
      code: "NOT_FOUND",
    });
    expect((await me.caller.push.devices()).map((d) => d.id)).toEqual([id]);
    await me.caller.push.remove({ id });
    expect(await me.caller.push.devices()).toEqual([]);
  });

  it("refuses an endpoint that is not https, by field", async () => {
    const me = await newPerson(handle.db);
    const input = deviceSubscription("http://169.254.169.254/latest").input;
    expect(await refusalOf(me.caller.push.subscribe(input))).toMatchObject({ code: "BAD_REQUEST" });
  });
});
