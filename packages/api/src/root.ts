import { accountRouter } from "./routers/account";
import { activitiesRouter } from "./routers/activities";
import { calendarRouter } from "./routers/calendar";
import { checkinsRouter } from "./routers/checkins";
import { coachRouter } from "./routers/coach";
import { coachingRouter } from "./routers/coaching";
import { goalsRouter } from "./routers/goals";
import { groupsRouter } from "./routers/groups";
import { messagesRouter } from "./routers/messages";
import { notificationsRouter } from "./routers/notifications";
import { profileRouter } from "./routers/profile";
import { pushRouter } from "./routers/push";
import { socialRouter } from "./routers/social";
import { trainingRouter } from "./routers/training";
import { weekRouter } from "./routers/week";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  activities: activitiesRouter,
  calendar: calendarRouter,
  checkins: checkinsRouter,
  coach: coachRouter,
  coaching: coachingRouter,
  goals: goalsRouter,
  groups: groupsRouter,
  messages: messagesRouter,
  notifications: notificationsRouter,
  profile: profileRouter,
  push: pushRouter,
  social: socialRouter,
  training: trainingRouter,
  week: weekRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
