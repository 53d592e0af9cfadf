import type { listCommentsFor } from "@stride/db/queries";
import { REACTION_KINDS } from "@stride/domain/groups";
import { findWebLinks } from "@stride/domain/text/links";

/* A thread as every screen shows it: a check-in's in the feed, on the coach's page, a goal's. */

type Comment = Awaited<ReturnType<typeof listCommentsFor>>[number];

/** Comments as threads one level deep; a deleted account shows as "deleted user". */
export function threadComments(all: readonly Comment[], viewerId: string, subjectOwnerId: string) {
  const shaped = all.map((c) => ({
    id: c.id,
    parentId: c.parentId,
    authorName: c.authorName ?? "Deleted user",
    body: c.body,
    links: findWebLinks(c.body),
    createdAt: c.createdAt,
    edited: c.editedAt !== null,
    mine: c.authorId === viewerId,
    byCoach: c.byCoach,
    // The author may edit and delete; the owner may delete on their own check-in or goal.
    canDelete: c.authorId === viewerId || subjectOwnerId === viewerId,
  }));
  return shaped
    .filter((c) => c.parentId === null)
    .map((c) => ({ ...c, replies: shaped.filter((r) => r.parentId === c.id) }));
}

/** Each kind of reaction with its count, who gave it, and whether the viewer did. */
export function summariseReactions(
  rows: readonly { kind: (typeof REACTION_KINDS)[number]; userId: string; name: string }[],
  viewerId: string,
) {
  return REACTION_KINDS.map((kind) => {
    const of = rows.filter((r) => r.kind === kind);
    return {
      kind,
      count: of.length,
      names: of.map((r) => r.name),
      mine: of.some((r) => r.userId === viewerId),
    };
  });
}
