import { describe, expect, it } from "vitest";
import { routeOf } from "./access-log";

// The shapes of .next/routes-manifest.json: static routes first, then dynamic ones.
const routes = [
  { page: "/week", regex: /^\/week(?:\/)?$/ },
  { page: "/api/calendar/week", regex: /^\/api\/calendar\/week(?:\/)?$/ },
  { page: "/api/calendar/[token]", regex: /^\/api\/calendar\/([^/]+?)(?:\/)?$/ },
  { page: "/api/trpc/[trpc]", regex: /^\/api\/trpc\/([^/]+?)(?:\/)?$/ },
  { page: "/join/[token]", regex: /^\/join\/([^/]+?)(?:\/)?$/ },
];

describe("routeOf", () => {
  it("names a request by its route, never by a path that carries a token", () => {
    expect(routeOf("/join/8f3KxLw2_secret-invite", routes)).toBe("/join/[token]");
    expect(routeOf("/api/calendar/abcDEF123456", routes)).toBe("/api/calendar/[token]");
    expect(routeOf("/api/calendar/week", routes)).toBe("/api/calendar/week");
    expect(routeOf("/api/trpc/week.get,goals.tree", routes)).toBe("/api/trpc/[trpc]");
  });

  it("names a page's navigation data by the page", () => {
    expect(routeOf("/week.rsc", routes)).toBe("/week");
    expect(routeOf("/week.segments/_tree.segment.rsc", routes)).toBe("/week");
  });

  it("groups Next's assets, and masks what could be an id where no route matches", () => {
    expect(routeOf("/_next/static/chunks/0a1b2c.js", routes)).toBe("/_next/static");
    expect(routeOf("/reset/4f9a0c2e-token", routes)).toBe("/reset/[masked]");
    expect(routeOf("/nowhere", routes)).toBe("/nowhere");
    // Development has no manifest: every route is masked the same way.
    expect(routeOf("/join/8f3KxLw2", null)).toBe("/join/[masked]");
  });
});
