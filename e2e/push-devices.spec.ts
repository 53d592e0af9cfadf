import { createECDH, randomBytes, randomUUID } from "node:crypto";
import { expect } from "@playwright/test";
import { mutate, query } from "./api";
import { test } from "./fixtures";

/** A device's subscription as a browser makes it (the push service itself is not reached here). */
function subscription(label: string) {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  return {
    endpoint: `https://push.example.test/send/${randomUUID()}`,
    keys: {
      p256dh: ecdh.getPublicKey().toString("base64url"),
      auth: randomBytes(16).toString("base64url"),
    },
    label,
  };
}

test("/settings lists the devices that get notifications, and one can be removed", async ({
  page,
  account: _account,
}) => {
  await mutate(page, "push.subscribe", subscription("Chrome on Android"));
  await mutate(page, "push.subscribe", subscription("Safari on iOS"));

  await page.goto("/settings");
  const card = page.getByRole("region", { name: "Notifications on this device" });
  await expect(
    card.getByRole("button", { name: "Turn on notifications on this device" }),
  ).toBeVisible();
  const devices = card.getByRole("list", { name: "Devices that get notifications" });
  await expect(devices.getByRole("listitem")).toHaveCount(2);
  await card.getByRole("button", { name: "Remove Chrome on Android" }).click();
  await expect(devices.getByRole("listitem")).toHaveCount(1);
  await expect(devices).toContainText("Safari on iOS");
  const left = await query<{ label: string }[]>(page, "push.devices", undefined);
  expect(left.map((d) => d.label)).toEqual(["Safari on iOS"]);
});
