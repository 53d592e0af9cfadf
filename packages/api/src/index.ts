export { renderFeed, renderWeek } from "./calendar/feeds";
export { type Context, createContext } from "./context";
export { SERVER_FAULT_MESSAGE } from "./errors";
export { type AppRouter, appRouter, createCaller } from "./root";
