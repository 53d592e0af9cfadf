export { renderFeed, renderWeek } from "./calendar/feeds";
export { type Context, createContext } from "./context";
export { SERVER_FAULT_MESSAGE } from "./errors";
export { handleTrpcRequest } from "./http/handler";
export { HTTP_LIMITS } from "./http/limits";
export { answerOnce, IDEMPOTENCY_HEADER } from "./idempotency";
export { type AppRouter, appRouter, createCaller } from "./root";
export { renderWorkoutFit } from "./workouts/fit-file";
