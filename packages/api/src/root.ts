import { accountRouter } from "./routers/account";
import { goalsRouter } from "./routers/goals";
import { profileRouter } from "./routers/profile";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  goals: goalsRouter,
  profile: profileRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
