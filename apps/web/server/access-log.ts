import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import type { RequestFields } from "@stride/runtime/request-context";

type Route = { page: string; regex: RegExp };

/**
 * The app's routes from the build's manifest, static ones first as Next matches them. A request
 * is logged under its route ("/join/[token]"), never its path: paths can carry invitation and
 * calendar tokens. Development has no manifest; paths are then masked (see routeOf).
 */
export function loadRoutes(dir: string): Route[] | null {
  const file = path.join(dir, ".next", "routes-manifest.json");
  if (!existsSync(file)) return null;
  const manifest = JSON.parse(readFileSync(file, "utf8")) as {
    staticRoutes: { page: string; regex: string }[];
    dynamicRoutes: { page: string; regex: string }[];
  };
  return [...manifest.staticRoutes, ...manifest.dynamicRoutes].map((route) => ({
    page: route.page,
    regex: new RegExp(route.regex),
  }));
}

const TRPC_ROUTE = "/api/trpc/[trpc]";

export function routeOf(pathname: string, routes: Route[] | null): string {
  if (pathname.startsWith("/_next/")) return `/_next/${pathname.split("/")[2] ?? ""}`;
  // A page's data for client navigation: the route of the page it is for.
  const page = pathname.replace(/\.(segments\/.*|segment\.rsc|rsc)$/, "") || "/";
  const route = routes?.find((candidate) => candidate.regex.test(page));
  if (route) return route.page;
  // No route (a 404, or development): a segment that could be an id or a token is masked.
  return page
    .split("/")
    .map((segment) => (segment.length > 24 || /\d/.test(segment) ? "[masked]" : segment))
    .join("/");
}

/** The procedures of a tRPC call ("goals.tree,week.get"): names from the code, never input. */
function proceduresOf(pathname: string): string {
  let names: string;
  try {
    names = decodeURIComponent(pathname.slice("/api/trpc/".length));
  } catch {
    return "[invalid]";
  }
  return /^[\w.,]{1,300}$/.test(names) ? names : "[invalid]";
}

/** One request's log line: chosen fields only, never headers, cookies, query strings or bodies. */
export function describeRequest(
  request: IncomingMessage,
  response: ServerResponse,
  fields: RequestFields,
  durationMs: number,
  routes: Route[] | null,
) {
  const pathname = new URL(request.url ?? "/", "http://stride.invalid").pathname;
  const route = routeOf(pathname, routes);
  return {
    reqId: fields.reqId,
    method: request.method,
    route,
    ...(route === TRPC_ROUTE || pathname.startsWith("/api/trpc/")
      ? { procedure: proceduresOf(pathname) }
      : {}),
    status: response.statusCode,
    durationMs: Math.round(durationMs),
    userId: fields.userId,
    // The client went away (or the server cut it) before the response was complete.
    ...(response.writableFinished ? {} : { aborted: true }),
  };
}
