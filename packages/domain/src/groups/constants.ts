// The reactions and their labels, apart from the input schemas: the screens that only show them
// do not ship zod.

export const REACTION_KINDS = ["kudos", "fire", "heart", "clap", "strong"] as const;
export type ReactionKind = (typeof REACTION_KINDS)[number];
export const REACTION_LABELS: Record<ReactionKind, { emoji: string; label: string }> = {
  kudos: { emoji: "👍", label: "Kudos" },
  fire: { emoji: "🔥", label: "On fire" },
  heart: { emoji: "❤️", label: "Love it" },
  clap: { emoji: "👏", label: "Applause" },
  strong: { emoji: "💪", label: "Strong" },
};

/** The kinds of in-app notification (the bell); the database enum `notification_kind` holds these. */
export const NOTIFICATION_KINDS = [
  "comment",
  "reaction",
  "reply",
  "mention",
  "member_joined",
  "invitation",
  "coaching",
  "proposal",
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
