import { router } from "../../trpc";
import { tickChecklistItem } from "./checklist";
import { copyPreviousWeek } from "./copy-week";
import { createGoal } from "./create";
import { getGoal } from "./get";
import { reorderGoals } from "./reorder";
import { archiveGoal, restoreGoal, setGoalStatus } from "./status";
import { goalTree } from "./tree";
import { updateGoal } from "./update";

export const goalsRouter = router({
  tree: goalTree,
  get: getGoal,
  create: createGoal,
  update: updateGoal,
  setStatus: setGoalStatus,
  archive: archiveGoal,
  restore: restoreGoal,
  reorder: reorderGoals,
  copyPreviousWeek,
  tickChecklistItem,
});
