import { noteViewer } from "@stride/runtime/request-context";
import NextAuth from "next-auth";
import { createAuthConfig } from "./config";

// Lazy configuration: the secret is resolved when the first request arrives, not at build time,
// so `next build` works without one and a production start without one fails loudly.
export const { handlers, auth, signIn, signOut } = NextAuth(() => createAuthConfig());

/** The signed-in user's id, or null. Authorization happens in the API's access policy. */
export async function getViewerId(): Promise<string | null> {
  const session = await auth();
  const viewerId = session?.user?.id ?? null;
  // The request's log line names the user by id.
  noteViewer(viewerId);
  return viewerId;
}

export { clientAddressOf } from "./client-address";
export { MissingAuthSecretError, resolveAuthSecret } from "./env";
export { viewerOfRequest } from "./session";
