import { router } from "../../trpc";
import { comment } from "./comment";
import { deleteComment } from "./delete-comment";
import { editComment } from "./edit-comment";
import { goalComment } from "./goal-comment";
import { goalThread } from "./goal-thread";
import { react } from "./react";
import { thread } from "./thread";

/** Talk around check-ins and goals: threads, comments, replies and reactions. */
export const socialRouter = router({
  thread,
  comment,
  editComment,
  deleteComment,
  goalThread,
  goalComment,
  react,
});
