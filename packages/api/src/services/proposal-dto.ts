import type { ProposalRow } from "@stride/db/queries";

type ProposalListRow = Pick<
  ProposalRow,
  | "id"
  | "kind"
  | "coachId"
  | "goalId"
  | "summary"
  | "note"
  | "status"
  | "responseNote"
  | "respondedAt"
  | "resultGoalId"
  | "createdAt"
> & { coachName: string | null };

/** A proposal as screens show it; the payload stays on the server. */
export function toProposalDto(row: ProposalListRow) {
  return {
    id: row.id,
    kind: row.kind,
    coachName: row.coachName ?? "A former coach",
    goalId: row.goalId,
    summary: row.summary,
    note: row.note,
    status: row.status,
    responseNote: row.responseNote,
    respondedAt: row.respondedAt,
    resultGoalId: row.resultGoalId,
    createdAt: row.createdAt,
  };
}
