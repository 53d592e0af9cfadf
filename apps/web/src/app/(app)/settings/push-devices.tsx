"use client";

import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Moment } from "~/components/moment";
import { Alert, Button } from "~/components/ui";
import { useAction } from "~/lib/use-action";
import { useTRPC } from "~/trpc/react";

/** "Chrome on Android": enough to tell one's devices apart in the list. */
function deviceLabel(agent: string) {
  const browser = /Edg\//.test(agent)
    ? "Edge"
    : /Firefox\//.test(agent)
      ? "Firefox"
      : /Chrome\//.test(agent)
        ? "Chrome"
        : /Safari\//.test(agent)
          ? "Safari"
          : "A browser";
  const system = /Android/.test(agent)
    ? "Android"
    : /iPhone|iPad/.test(agent)
      ? "iOS"
      : /Windows/.test(agent)
        ? "Windows"
        : /Mac OS/.test(agent)
          ? "macOS"
          : /Linux/.test(agent)
            ? "Linux"
            : "this device";
  return `${browser} on ${system}`;
}

async function currentSubscription() {
  const registration = await navigator.serviceWorker?.getRegistration();
  return (await registration?.pushManager.getSubscription()) ?? null;
}

/** Web Push on this device (subscribed through the service worker), and the person's devices. */
export function PushDevices() {
  const trpc = useTRPC();
  const key = useQuery(trpc.push.publicKey.queryOptions());
  const devices = useQuery(trpc.push.devices.queryOptions());
  const subscribe = useMutation(trpc.push.subscribe.mutationOptions());
  const remove = useMutation(trpc.push.remove.mutationOptions());
  const { run, error } = useAction();
  const [problem, setProblem] = useState<string | null>(null);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [supported, setSupported] = useState(true);

  useEffect(() => {
    setSupported("serviceWorker" in navigator && "PushManager" in window);
    void currentSubscription().then((subscription) => setEndpoint(subscription?.endpoint ?? null));
  }, []);

  const turnOn = async (publicKey: string) => {
    setProblem(null);
    if ((await Notification.requestPermission()) !== "granted")
      return setProblem("Notifications are blocked for Stride in this browser's settings.");
    const registration = await navigator.serviceWorker.getRegistration();
    if (!registration) return setProblem("This browser has not set Stride up for offline use yet.");
    const subscription = await registration.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: publicKey,
    });
    const json = subscription.toJSON();
    const ok = await run(() =>
      subscribe.mutateAsync({
        endpoint: subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? "", auth: json.keys?.auth ?? "" },
        label: deviceLabel(navigator.userAgent),
      }),
    );
    if (ok) setEndpoint(subscription.endpoint);
  };

  const removeDevice = async (id: string, own: boolean) => {
    if (own) await (await currentSubscription())?.unsubscribe();
    if ((await run(() => remove.mutateAsync({ id }))) && own) setEndpoint(null);
  };

  const list = devices.data ?? [];
  const here = list.find((device) => device.endpoint === endpoint);
  return (
    <div className="space-y-3 text-sm">
      <p className="text-zinc-600 dark:text-zinc-400">
        Get the check-in reminder, your coach's replies and proposals on this device, even when
        Stride is closed.
      </p>
      {key.data && !key.data.publicKey ? (
        <p>This Stride server does not send push notifications.</p>
      ) : !supported ? (
        <p>This browser cannot receive push notifications.</p>
      ) : here ? (
        <p>This device gets notifications ({here.label}).</p>
      ) : key.data?.publicKey ? (
        <Button type="button" onClick={() => void turnOn(key.data?.publicKey ?? "")}>
          Turn on notifications on this device
        </Button>
      ) : null}
      {problem || error ? <Alert tone="error">{problem ?? error}</Alert> : null}
      {list.length > 0 ? (
        <ul aria-label="Devices that get notifications" className="space-y-2">
          {list.map((device) => (
            <li key={device.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="font-medium">{device.label}</span>
              <span className="text-zinc-600 dark:text-zinc-400">
                {device.endpoint === endpoint ? "this device · " : ""}added{" "}
                <Moment at={device.createdAt} />
              </span>
              <Button
                type="button"
                variant="secondary"
                aria-label={`Remove ${device.label}`}
                onClick={() => void removeDevice(device.id, device.endpoint === endpoint)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
