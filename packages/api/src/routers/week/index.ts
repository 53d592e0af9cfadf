import { router } from "../../trpc";
import { get } from "./get";

export const weekRouter = router({ get: get });
