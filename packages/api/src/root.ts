import { accountRouter } from "./routers/account";
import { activitiesRouter } from "./routers/activities";
import { calendarRouter } from "./routers/calendar";
import { checkinsRouter } from "./routers/checkins";
import { goalsRouter } from "./routers/goals";
import { profileRouter } from "./routers/profile";
import { weekRouter } from "./routers/week";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  activities: activitiesRouter,
  calendar: calendarRouter,
  checkins: checkinsRouter,
  goals: goalsRouter,
  profile: profileRouter,
  week: weekRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
