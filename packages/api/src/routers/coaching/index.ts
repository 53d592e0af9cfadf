import { router } from "../../trpc";
import { acceptInvite, declineInvite, previewInvite } from "./invites";
import { end, myCoaches } from "./links";
import { acceptProposal, declineProposal, proposals } from "./proposals";

/** The athlete's side: invitations, their coaches, ending a link, and proposals. */
export const coachingRouter = router({
  previewInvite,
  acceptInvite,
  declineInvite,
  myCoaches,
  end,
  proposals,
  acceptProposal,
  declineProposal,
});
