import "server-only";
import { getViewerId as readSession } from "@stride/auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { safeCallbackPath } from "~/lib/callback-path";

/** The signed-in user's id for this request (the session is checked once per request). */
export const getViewerId = cache(readSession);

/** The viewer's id, or a redirect to sign in that brings them back to `path` afterwards. */
export async function requireViewer(path: string): Promise<string> {
  const viewerId = await getViewerId();
  if (!viewerId) redirect(`/signin?callbackUrl=${encodeURIComponent(safeCallbackPath(path))}`);
  return viewerId;
}

/**
 * For the pages of someone signing in or up: where to go afterwards (the page's `callbackUrl`,
 * kept to this site), and straight there for someone who is signed in already.
 */
export async function whereAfterSignIn(
  searchParams: Promise<Record<string, string | string[] | undefined>>,
): Promise<string> {
  const callbackPath = safeCallbackPath((await searchParams).callbackUrl);
  if (await getViewerId()) redirect(callbackPath);
  return callbackPath;
}
