/**
 * Which routers each fuzz file covers, so vitest can run the files side by side (each has its
 * own database). `coverage.int.test.ts` checks that these are all the routers, each exactly once,
 * and that every area has its file.
 */
export const AREAS = {
  "account-profile": ["account", "profile", "calendar", "notifications", "messages", "push"],
  activities: ["activities", "week", "training"],
  "checkins-goals": ["checkins", "goals"],
  coach: ["coach"],
  "coaching-social": ["coaching", "social"],
  groups: ["groups"],
} as const satisfies Record<string, readonly string[]>;

export type Area = keyof typeof AREAS;

export function inArea(path: string, area: Area): boolean {
  const router = path.split(".")[0] ?? "";
  return (AREAS[area] as readonly string[]).includes(router);
}
