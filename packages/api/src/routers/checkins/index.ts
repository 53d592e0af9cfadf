import { router } from "../../trpc";
import { getCheckin } from "./get";
import { submitCheckin } from "./submit";

export const checkinsRouter = router({ get: getCheckin, submit: submitCheckin });
