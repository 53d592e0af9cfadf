import { createCaller, createContext } from "@stride/api";
import { viewerOfRequest } from "@stride/auth";
import { getDatabase } from "@stride/db/client";
import { listActivitiesForExport } from "@stride/db/queries";
import { formatStrideCsv } from "@stride/domain/imports";

/**
 * "Export my data": `?format=json` (everything the signed-in person owns) or `?format=csv` (their
 * activities as a Stride CSV, which imports again). Downloads, never cached.
 */
export async function GET(request: Request) {
  const viewerId = await viewerOfRequest(request);
  if (!viewerId) return new Response("Sign in to export your data.", { status: 401 });
  const db = await getDatabase();
  const format = new URL(request.url).searchParams.get("format") ?? "json";
  const day = new Date().toISOString().slice(0, 10);
  if (format === "csv") {
    const rows = await listActivitiesForExport(db, viewerId);
    return new Response(formatStrideCsv(rows), {
      headers: {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="stride-activities-${day}.csv"`,
        "cache-control": "private, no-store",
      },
    });
  }
  if (format !== "json")
    return new Response("Ask for ?format=json or ?format=csv.", { status: 400 });
  const data = await createCaller(createContext({ db, viewerId })).account.export();
  return new Response(JSON.stringify(data, null, 2), {
    headers: {
      "content-type": "application/json; charset=utf-8",
      "content-disposition": `attachment; filename="stride-export-${day}.json"`,
      "cache-control": "private, no-store",
    },
  });
}
