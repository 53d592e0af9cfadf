import { accountRouter } from "./routers/account";
import { profileRouter } from "./routers/profile";
import { createCallerFactory, router } from "./trpc";

export const appRouter = router({
  account: accountRouter,
  profile: profileRouter,
});

export type AppRouter = typeof appRouter;

export const createCaller = createCallerFactory(appRouter);
