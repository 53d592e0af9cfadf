import { z } from "zod";
import { DomainError } from "../errors";
import { createGoalInput } from "../goals/schemas";
import { proposedChanges } from "./schemas";

/**
 * What a coach's proposal carries, by kind: a new goal, changes to one goal, or a plan (a meso
 * goal and its weeks, from a template). Stored as jsonb beside the `kind` column and parsed again
 * whenever it is read, so nothing downstream works on an unchecked cast.
 */
export const proposalPayload = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("goal"), goal: createGoalInput }),
  z.object({ kind: z.literal("change"), changes: proposedChanges }),
  z.object({
    kind: z.literal("plan"),
    meso: createGoalInput,
    micros: z.array(createGoalInput),
  }),
]);
export type ProposalPayload = z.infer<typeof proposalPayload>;
export type ProposalKind = ProposalPayload["kind"];

/** The kind and the jsonb to store for a payload (the kind has its own column). */
export function storedProposal(payload: ProposalPayload): {
  kind: ProposalKind;
  payload: Record<string, unknown>;
} {
  const { kind, ...rest } = payload;
  return { kind, payload: rest };
}

/** A stored proposal's payload, checked; one that no longer parses cannot be applied. */
export function readProposal(kind: ProposalKind, payload: unknown): ProposalPayload {
  const parsed = proposalPayload.safeParse({
    ...(typeof payload === "object" && payload !== null ? payload : {}),
    kind,
  });
  if (!parsed.success) {
    throw new DomainError(
      "INVALID",
      "This proposal can no longer be applied as it was written. Decline it and ask your coach to propose it again.",
    );
  }
  return parsed.data;
}
