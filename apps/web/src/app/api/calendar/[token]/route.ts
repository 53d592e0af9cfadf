import { renderFeed } from "@stride/api";
import { getDatabase } from "@stride/db/client";

/** The private subscription feed. The token in the path is the only credential; unknown is 404. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const calendar = await renderFeed(await getDatabase(), token.replace(/\.ics$/, ""));
  if (!calendar)
    return new Response("Not found", { status: 404, headers: { "content-type": "text/plain" } });
  return new Response(calendar, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "cache-control": "private, no-store",
      "x-robots-tag": "noindex",
    },
  });
}
