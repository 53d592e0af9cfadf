import { router } from "../../trpc";
import { load } from "./load";

export const trainingRouter = router({ load });
