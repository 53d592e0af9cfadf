import { handleTrpcRequest } from "@stride/api";
import { clientAddressOf, viewerOfRequest } from "@stride/auth";
import { getDatabase, subscribeToChannel } from "@stride/db/client";
import { lifecycle } from "@stride/runtime/lifecycle";
import { logger } from "@stride/runtime/logger";
import { withReconnectHint } from "~/server/live-streams";

/**
 * The session is read once per request and shared by the request's gate (a signed-out request to
 * a signed-in procedure is answered before its body is read), the idempotency check and the
 * procedures (packages/api/src/http/handler.ts). Live streams end when the server shuts down,
 * with a hint to reconnect soon.
 */
async function handler(request: Request) {
  const [db, viewerId] = await Promise.all([getDatabase(), viewerOfRequest(request)]);
  const response = await handleTrpcRequest(request, {
    db,
    viewerId,
    clientAddress: clientAddressOf(request.headers),
    subscribe: subscribeToChannel,
    shutdown: lifecycle().signal,
    onInternalError: (error, path) =>
      logger().error({ err: error, procedure: path }, `tRPC ${path ?? "?"} failed`),
  });
  return withReconnectHint(response);
}

export { handler as GET, handler as POST };
