import { listTimeZones } from "@stride/domain/profile";
import type { Metadata } from "next";
import { PageHeader, Section } from "~/components/ui";
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
        <Section gap="mb-4" title="Profile">
          <ProfileForm profile={profile} timeZones={[...listTimeZones()]} />
        </Section>
        <Section headingId="zones-heading" title="Pace zones">
          <PaceZones />
        </Section>
        <Section headingId="coaches-heading" id="coaches" title="My coaches">
          <MyCoaches />
        </Section>
        <Section headingId="notifications-heading" title="Notifications">
          <NotificationSettings />
        </Section>
        <Section headingId="email-heading" title="Email">
          <EmailSettings initial={emailPreferences} />
        </Section>
        <Section headingId="push-heading" title="Notifications on this device">
          <PushDevices />
        </Section>
        <Section headingId="calendar-heading" title="Calendar">
          <CalendarFeed />
        </Section>
        <Section title="Password">
          <p className="mb-4 text-sm text-zinc-600 dark:text-zinc-400">
            Changing your password signs you out everywhere else.
          </p>
          <PasswordForm email={profile.email} />
        </Section>
        <Section headingId="your-data-heading" gap="mb-3" title="Your data">
          <YourData />
        </Section>
      </div>
    </HydrateClient>
  );
}
