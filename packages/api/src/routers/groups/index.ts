import { router } from "../../trpc";
import { groupFeed, notCheckedIn } from "./feed";
import {
  createInvite,
  inviteByEmail,
  joinGroup,
  listInvites,
  previewInvite,
  revokeInvite,
} from "./invites";
import { liveGroupFeed } from "./live";
import {
  createGroup,
  getGroup,
  leaveGroup,
  listGroups,
  removeMember,
  transferOwnership,
  updateGroup,
} from "./manage";

export const groupsRouter = router({
  list: listGroups,
  create: createGroup,
  get: getGroup,
  update: updateGroup,
  leave: leaveGroup,
  removeMember,
  transferOwnership,
  createInvite,
  inviteByEmail,
  invites: listInvites,
  revokeInvite,
  previewInvite,
  join: joinGroup,
  feed: groupFeed,
  notCheckedIn,
  live: liveGroupFeed,
});
