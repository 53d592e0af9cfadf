import Link from "next/link";
import type { ReactNode } from "react";
import { ViewerClockProvider } from "~/components/moment";
import { Offline } from "~/components/offline/offline";
import { getViewerId } from "~/server/viewer";
import { TRPCReactProvider } from "~/trpc/react";
import { fetchQuery, HydrateClient, trpc } from "~/trpc/server";
import { signOutAction } from "./actions";
import { NavLinks } from "./nav-links";
import { NotificationBell } from "./notification-bell";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks the session itself (to come back to it after signing in); the shell only
  // shows who is signed in.
  const viewerId = await getViewerId();
  const [profile] = viewerId
    ? await Promise.all([
        fetchQuery(trpc.profile.get.queryOptions()).catch(() => null),
        fetchQuery(trpc.notifications.unreadCount.queryOptions()).catch(() => 0),
      ])
    : [null, 0];

  // The tRPC client and its query cache are for the signed-in screens; the sign-in page ships
  // without them.
  return (
    <TRPCReactProvider>
      <div className="min-h-dvh">
        <header className="sticky top-0 z-10 border-b border-zinc-200 bg-white lg:bg-white/90 lg:backdrop-blur dark:border-zinc-800 dark:bg-zinc-900 lg:dark:bg-zinc-900/90">
          <div className="mx-auto flex max-w-5xl items-center gap-4 px-4 py-2">
            <Link href="/week" className="text-xl font-black tracking-tight text-brand-600">
              Stride
            </Link>
            <NavLinks />
            {profile ? (
              <form
                action={signOutAction}
                data-sign-out
                className="ml-auto flex items-center gap-2"
              >
                <HydrateClient>
                  <NotificationBell />
                </HydrateClient>
                <span className="hidden text-sm text-zinc-600 sm:inline dark:text-zinc-400">
                  {profile.name}
                </span>
                <button
                  type="submit"
                  className="min-h-11 rounded-lg px-3 text-sm font-medium text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800"
                >
                  Sign out
                </button>
              </form>
            ) : null}
          </div>
        </header>
        {profile && viewerId ? <Offline userId={viewerId} profile={profile} /> : null}
        <main className="mx-auto max-w-5xl px-4 pt-6 pb-24 sm:pt-10 lg:pb-10">
          <ViewerClockProvider timeZone={profile?.timeZone ?? "UTC"}>
            {children}
          </ViewerClockProvider>
        </main>
      </div>
    </TRPCReactProvider>
  );
}
