import { router } from "../../trpc";
import { tickChecklistItem } from "./checklist";
import { copyPreviousWeek } from "./copy-week";
import { create } from "./create";
import { get } from "./get";
import { reorder } from "./reorder";
import { archive, restore, setStatus } from "./status";
import { tree } from "./tree";
import { update } from "./update";

export const goalsRouter = router({
  tree,
  get,
  create,
  update,
  setStatus,
  archive,
  restore,
  reorder,
  copyPreviousWeek,
  tickChecklistItem,
});
