import { router } from "../../trpc";
import { load } from "./load";
import { prediction } from "./prediction";
import { setZones, zones } from "./zones";

export const trainingRouter = router({ load, prediction, zones, setZones });
