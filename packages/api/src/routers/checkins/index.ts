import { router } from "../../trpc";
import { get } from "./get";
import { submit } from "./submit";

export const checkinsRouter = router({ get, submit: submit });
