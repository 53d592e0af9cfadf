import type { AppRouter } from "@stride/api";
import type { WeekDay } from "@stride/domain/profile";
import type { inferRouterOutputs } from "@trpc/server";

type Outputs = inferRouterOutputs<AppRouter>;
export type GoalDetail = Outputs["goals"]["get"];
export type GoalDto = GoalDetail["goal"];

export type ParentInfo = Pick<
  GoalDto,
  "id" | "title" | "level" | "periodStart" | "periodEnd" | "category" | "visibility"
>;
export type FormContext = {
  weekStartDay: WeekDay;
  thisWeekStart: string;
  today: string;
  distanceUnit: "km" | "mi";
};

/** The goal form's context from what the goal and tree procedures both answer with. */
export const formContextOf = (
  { weekStartDay, thisWeekStart, today }: Omit<FormContext, "distanceUnit">,
  distanceUnit: FormContext["distanceUnit"],
): FormContext => ({ weekStartDay, thisWeekStart, today, distanceUnit });
