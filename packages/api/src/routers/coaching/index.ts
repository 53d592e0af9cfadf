import { router } from "../../trpc";
import { athleteView, markReviewed } from "./athlete";
import {
  acceptCoachInvite,
  createCoachInviteLink,
  declineCoachInvite,
  endCoachingLink,
  inviteAthleteByEmail,
  myCoaches,
  openCoachInvites,
  previewCoachInvite,
  roster,
  setTags,
  withdrawCoachInvite,
} from "./links";
import { accept, decline, myProposals, propose, withdraw } from "./proposals";
import { setThresholds, thresholds } from "./settings";
import {
  assignPlanTemplate,
  createPlanTemplate,
  deletePlanTemplate,
  getPlanTemplate,
  listPlanTemplates,
  updatePlanTemplate,
} from "./templates";
import { triage } from "./triage";

/** The coach's side: athletes, triage, one athlete, proposals, templates and thresholds. */
export const coachRouter = router({
  inviteLink: createCoachInviteLink,
  inviteByEmail: inviteAthleteByEmail,
  invites: openCoachInvites,
  withdrawInvite: withdrawCoachInvite,
  setTags,
  roster,
  triage,
  athlete: athleteView,
  markReviewed,
  propose,
  withdrawProposal: withdraw,
  thresholds,
  setThresholds,
  templates: listPlanTemplates,
  template: getPlanTemplate,
  createTemplate: createPlanTemplate,
  updateTemplate: updatePlanTemplate,
  deleteTemplate: deletePlanTemplate,
  assignTemplate: assignPlanTemplate,
});

/** The athlete's side: invitations, their coaches, ending a link, and proposals. */
export const coachingRouter = router({
  previewInvite: previewCoachInvite,
  acceptInvite: acceptCoachInvite,
  declineInvite: declineCoachInvite,
  myCoaches,
  end: endCoachingLink,
  proposals: myProposals,
  acceptProposal: accept,
  declineProposal: decline,
});
