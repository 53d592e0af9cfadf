import { router } from "../../trpc";
import { athlete, markReviewed } from "./athlete";
import { inviteByEmail, inviteLink, invites, withdrawInvite } from "./invites";
import { propose, withdrawProposal } from "./proposals";
import { roster, setTags } from "./roster";
import { setThresholds, thresholds } from "./settings";
import {
  assignTemplate,
  createTemplate,
  deleteTemplate,
  template,
  templates,
  updateTemplate,
} from "./templates";
import { triage } from "./triage";

/** The coach's side: invitations, athletes, triage, one athlete, proposals, templates, thresholds. */
export const coachRouter = router({
  inviteLink,
  inviteByEmail,
  invites,
  withdrawInvite,
  setTags,
  roster,
  triage,
  athlete,
  markReviewed,
  propose,
  withdrawProposal,
  thresholds,
  setThresholds,
  templates,
  template,
  createTemplate,
  updateTemplate,
  deleteTemplate,
  assignTemplate,
});
