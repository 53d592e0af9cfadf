import { router } from "../../trpc";
import {
  createActivity,
  deleteActivity,
  listActivities,
  restoreActivity,
  updateActivity,
} from "./crud";
import { setHabit } from "./habits";
import { importActivities, previewImport } from "./import";
import { logPlannedSession } from "./log-planned";

export const activitiesRouter = router({
  list: listActivities,
  create: createActivity,
  update: updateActivity,
  delete: deleteActivity,
  restore: restoreActivity,
  logPlanned: logPlannedSession,
  previewImport,
  import: importActivities,
  setHabit,
});
