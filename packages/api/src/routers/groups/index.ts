import { router } from "../../trpc";
import { feed, notCheckedIn } from "./feed";
import { createInvite, inviteByEmail, invites, join, previewInvite, revokeInvite } from "./invites";
import { live } from "./live";
import { create, get, leave, list, removeMember, transferOwnership, update } from "./manage";

export const groupsRouter = router({
  list,
  create,
  get,
  update,
  leave,
  removeMember,
  transferOwnership,
  createInvite,
  inviteByEmail,
  invites,
  revokeInvite,
  previewInvite,
  join,
  feed,
  notCheckedIn,
  live,
});
