import { expect, type Page } from "@playwright/test";

/** Calls a tRPC mutation as the signed-in user of `page` (its cookies), for fast test set-up. */
export async function mutate<T = unknown>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.post(`/api/trpc/${path}`, { data: { json: input } });
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body.result.data.json as T;
}

export async function query<T = unknown>(page: Page, path: string, input: unknown): Promise<T> {
  const response = await page.request.get(
    `/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify({ json: input }))}`,
  );
  const body = await response.json();
  expect(response.status(), JSON.stringify(body)).toBe(200);
  return body.result.data.json as T;
}

/** A calendar date `days` after `date` (before, when negative). */
export const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The signed-in person's week as the week screen has it: its first day and today. */
export const thisWeek = (page: Page) =>
  query<{ weekStart: string; today: string }>(page, "week.get", { weekStart: null });

const target = (value: number, per: "week" | "period") => ({
  kind: "total",
  unit: "km",
  value,
  baseline: null,
  per,
  activityTypes: ["run"],
  label: null,
  eventDistanceMetres: null,
});

/** A macro → meso → micro chain around this week, with one planned run today. */
export async function createChainForThisWeek(page: Page) {
  const week = await thisWeek(page);
  const common = {
    why: "Because",
    strategy: "",
    category: "running",
    visibility: "groups",
    checklist: [],
    weeks: [],
  };
  const macro = await mutate<{ id: string }>(page, "goals.create", {
    ...common,
    title: "Run 500 km",
    level: "macro",
    parentId: null,
    periodStart: addDays(week.weekStart, -14),
    periodEnd: addDays(week.weekStart, 300),
    target: target(500, "period"),
    plan: [],
  });
  const meso = await mutate<{ id: string }>(page, "goals.create", {
    ...common,
    title: "20 km a week",
    level: "meso",
    parentId: macro.id,
    periodStart: addDays(week.weekStart, -7),
    periodEnd: addDays(week.weekStart, 27),
    target: target(20, "week"),
    plan: [],
  });
  const micro = await mutate<{ id: string }>(page, "goals.create", {
    ...common,
    title: "Run 20 km this week",
    level: "micro",
    parentId: meso.id,
    periodStart: week.weekStart,
    periodEnd: addDays(week.weekStart, 6),
    target: target(20, "week"),
    plan: [{ day: week.today, time: "07:00", activityType: "run", amount: 6, note: "Easy" }],
  });
  return { ...week, macro, meso, micro };
}
