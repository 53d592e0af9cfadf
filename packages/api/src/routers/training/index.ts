import { router } from "../../trpc";
import { load } from "./load";
import { prediction } from "./prediction";

export const trainingRouter = router({ load, prediction });
