import { handleTrpcRequest } from "@stride/api";
import { clientAddressOf, viewerOfRequest } from "@stride/auth";
import { getDatabase, subscribeToChannel } from "@stride/db/client";

/**
 * The session is read once per request and shared by the request's gate (a signed-out request to
 * a signed-in procedure is answered before its body is read), the idempotency check and the
 * procedures (packages/api/src/http/handler.ts).
 */
async function handler(request: Request) {
  const [db, viewerId] = await Promise.all([getDatabase(), viewerOfRequest(request)]);
  return handleTrpcRequest(request, {
    db,
    viewerId,
    clientAddress: clientAddressOf(request.headers),
    subscribe: subscribeToChannel,
  });
}

export { handler as GET, handler as POST };
