import { renderWorkoutFit } from "@stride/api";
import { viewerOfRequest } from "@stride/auth";
import { getDatabase } from "@stride/db/client";
import { z } from "zod";

const sessionId = z.uuid();

/** A planned session's workout as a FIT file for a Garmin or COROS watch (owner only; else 404). */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ sessionId: string }> },
) {
  const viewerId = await viewerOfRequest(request);
  if (!viewerId) return new Response("Sign in to download your workout.", { status: 401 });
  const id = (await params).sessionId.replace(/\.fit$/, "");
  const file = sessionId.safeParse(id).success
    ? await renderWorkoutFit(await getDatabase(), viewerId, id)
    : null;
  if (!file) {
    return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  }
  return new Response(Buffer.from(file.bytes), {
    headers: {
      "content-type": "application/vnd.ant.fit",
      "content-disposition": `attachment; filename="${file.filename}"`,
      "cache-control": "private, no-store",
    },
  });
}
