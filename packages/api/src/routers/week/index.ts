import { router } from "../../trpc";
import { getWeek } from "./get";

export const weekRouter = router({ get: getWeek });
