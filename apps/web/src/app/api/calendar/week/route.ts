import { renderWeek } from "@stride/api";
import { viewerOfRequest } from "@stride/auth";
import { getDatabase } from "@stride/db/client";
import { getProfile } from "@stride/db/queries";
import { isCalendarDate, isWeekStart } from "@stride/domain/periods";

/** A one-off .ics download of one of the signed-in athlete's weeks (`?start=YYYY-MM-DD`). */
export async function GET(request: Request) {
  const viewerId = await viewerOfRequest(request);
  if (!viewerId) return new Response("Sign in to download your week.", { status: 401 });
  const db = await getDatabase();
  const profile = await getProfile(db, viewerId);
  const start = new URL(request.url).searchParams.get("start") ?? "";
  if (!profile || !isCalendarDate(start) || !isWeekStart(start, profile.weekStart)) {
    return new Response("Give the first day of one of your weeks as ?start=YYYY-MM-DD.", {
      status: 400,
    });
  }
  const calendar = await renderWeek(db, viewerId, start);
  return new Response(calendar, {
    headers: {
      "content-type": "text/calendar; charset=utf-8",
      "content-disposition": `attachment; filename="stride-week-${start}.ics"`,
      "cache-control": "private, no-store",
    },
  });
}
