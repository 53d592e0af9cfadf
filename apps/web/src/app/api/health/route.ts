// Liveness: the process is up and serving requests. It asks nothing of the database, so a
// database outage makes instances unready (/api/ready), never restarted for nothing.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "cache-control": "no-store" } });
}
