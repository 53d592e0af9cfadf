import { z } from "zod";
import { oneLineText } from "../text/one-line";
import { isSingleLine, SINGLE_LINE_MESSAGE } from "../text/single-line";

export const groupIdSchema = z.uuid("That group id is not valid");

export const groupFields = z.object({
  name: z
    .string({ error: "Name the group" })
    .trim()
    .min(1, "Name the group")
    .max(60, "Keep the name to 60 characters")
    .refine(isSingleLine, SINGLE_LINE_MESSAGE),
  description: z.string().trim().max(500, "Keep the description to 500 characters"),
  weeklyTheme: oneLineText(120, "Keep the theme to 120 characters"),
});
export type GroupFields = z.infer<typeof groupFields>;

export const createInviteInput = z.object({
  groupId: groupIdSchema,
  expiresInDays: z
    .number()
    .int()
    .min(1, "An invitation lasts at least a day")
    .max(30, "An invitation lasts at most 30 days"),
  maxUses: z.number().int().min(1, "Allow at least one use").max(100, "Allow at most 100 uses"),
});

export const inviteTokenInput = z.object({
  token: z
    .string()
    .min(20, "That invitation link is not complete")
    .max(100, "That invitation link is not valid"),
});

export const commentBody = z
  .string({ error: "Write a comment" })
  .trim()
  .min(1, "Write a comment")
  .max(2000, "Keep a comment to 2,000 characters");

export const addCommentInput = z.object({
  checkinId: z.uuid("That check-in id is not valid"),
  parentId: z.uuid("That comment id is not valid").nullable(),
  body: commentBody,
  clientId: z.string().min(8).max(64),
});

export type InviteState = {
  expiresAt: Date;
  revokedAt: Date | null;
  uses: number;
  maxUses: number;
};

/** Why an invitation link no longer works, in words; null while it does. */
export function inviteProblem(invite: InviteState, now: Date): string | null {
  if (invite.revokedAt)
    return "This invitation was withdrawn by the group. Ask a member for a new link.";
  if (invite.expiresAt <= now) return "This invitation has expired. Ask a member for a new link.";
  if (invite.uses >= invite.maxUses)
    return "This invitation has been used as many times as it allows. Ask a member for a new link.";
  return null;
}
