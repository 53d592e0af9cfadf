import { listTimeZones } from "@stride/domain/profile";
import type { Metadata } from "next";
import { Card, PageHeader } from "~/components/ui";
import { requireViewer } from "~/server/viewer";
import { fetchQuery, HydrateClient, prefetch, trpc } from "~/trpc/server";
import { CalendarFeed } from "./calendar-feed";
import { EmailSettings } from "./email-settings";
import { MyCoaches } from "./my-coaches";
import { NotificationSettings } from "./notification-settings";
import { PaceZones } from "./pace-zones";
import { PasswordForm } from "./password-form";
import { ProfileForm } from "./profile-form";
import { PushDevices } from "./push-devices";
import { UnconfirmedEmail } from "./unconfirmed-email";
import { YourData } from "./your-data";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  await requireViewer("/settings");
  const [profile, emailPreferences] = await Promise.all([
    fetchQuery(trpc.profile.get.queryOptions()),
    fetchQuery(trpc.messages.preferences.queryOptions()),
    prefetch(trpc.coaching.myCoaches.queryOptions()),
    prefetch(trpc.notifications.settings.queryOptions()),
    prefetch(trpc.calendar.status.queryOptions()),
    prefetch(trpc.training.zones.queryOptions()),
    prefetch(trpc.push.publicKey.queryOptions()),
    prefetch(trpc.push.devices.queryOptions()),
  ]);

  return (
    <HydrateClient>
      <div className="space-y-6">
        <PageHeader title="Settings">Signed in as {profile.email}</PageHeader>
        {profile.emailVerified ? null : <UnconfirmedEmail email={profile.email} />}
        <Card>
          <h2 className="mb-4 text-lg font-semibold">Profile</h2>
          <ProfileForm profile={profile} timeZones={[...listTimeZones()]} />
        </Card>
        <Card aria-labelledby="zones-heading">
          <h2 id="zones-heading" className="mb-1 text-lg font-semibold">
            Pace zones
          </h2>
          <PaceZones />
        </Card>
        <Card aria-labelledby="coaches-heading" id="coaches">
          <h2 id="coaches-heading" className="mb-1 text-lg font-semibold">
            My coaches
          </h2>
          <MyCoaches />
        </Card>
        <Card aria-labelledby="notifications-heading">
          <h2 id="notifications-heading" className="mb-1 text-lg font-semibold">
            Notifications
          </h2>
          <NotificationSettings />
        </Card>
        <Card aria-labelledby="email-heading">
          <h2 id="email-heading" className="mb-1 text-lg font-semibold">
            Email
          </h2>
          <EmailSettings initial={emailPreferences} />
        </Card>
        <Card aria-labelledby="push-heading">
          <h2 id="push-heading" className="mb-1 text-lg font-semibold">
            Notifications on this device
          </h2>
          <PushDevices />
        </Card>
        <Card aria-labelledby="calendar-heading">
          <h2 id="calendar-heading" className="mb-1 text-lg font-semibold">
            Calendar
          </h2>
          <CalendarFeed />
        </Card>
        <Card>
          <h2 className="mb-1 text-lg font-semibold">Password</h2>
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Changing your password signs you out everywhere else.
          </p>
          <PasswordForm email={profile.email} />
        </Card>
        <Card aria-labelledby="your-data-heading">
          <h2 id="your-data-heading" className="mb-3 text-lg font-semibold">
            Your data
          </h2>
          <YourData />
        </Card>
      </div>
    </HydrateClient>
  );
}
