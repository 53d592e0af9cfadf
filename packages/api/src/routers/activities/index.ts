import { router } from "../../trpc";
import { create, deleteActivity, list, restore, update } from "./crud";
import { detail } from "./detail";
import { setHabit } from "./habits";
import { importActivities, previewImport } from "./import";
import { logPlanned } from "./log-planned";

// Each procedure is exported under its key, except `delete` and `import`, which are reserved words.
export const activitiesRouter = router({
  list,
  detail,
  create,
  update,
  delete: deleteActivity,
  restore,
  logPlanned,
  previewImport,
  import: importActivities,
  setHabit,
});
