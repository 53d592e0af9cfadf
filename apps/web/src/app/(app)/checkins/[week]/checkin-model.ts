import type { AppRouter } from "@stride/api";
import {
  type Decision,
  type Excuse,
  type Outcome,
  type SubmitCheckinInput,
  submitCheckinInput,
} from "@stride/domain/checkins";
import type { Visibility } from "@stride/domain/goals";
import { formatCalendarDate } from "@stride/domain/periods";
import type { inferRouterOutputs } from "@trpc/server";
import { schemaResolver } from "~/lib/schema-resolver";

export type CheckinWeek = inferRouterOutputs<AppRouter>["checkins"]["get"];
export type CheckinItem = CheckinWeek["items"][number];

export type Reflection = "wentWell" | "gotInTheWay" | "nextFocus";

export const PROMPTS: { key: Reflection; label: string; hint: string }[] = [
  { key: "wentWell", label: "What went well?", hint: "Small wins count." },
  {
    key: "gotInTheWay",
    label: "What got in the way?",
    hint: "Not an excuse: information for next week.",
  },
  {
    key: "nextFocus",
    label: "Focus for next week",
    hint: "One thing to do differently, or keep doing.",
  },
];

/** The form's values: as the inputs hold them (text, "" for none), one row per goal. */
export type CheckinFormValues = {
  goals: {
    goalId: string;
    outcome: Outcome;
    excuse: Excuse | "";
    excuseNote: string;
    decision: Decision | "";
    smallerValue: string;
  }[];
  wentWell: string;
  gotInTheWay: string;
  nextFocus: string;
  coachOnly: Record<Reflection, boolean>;
  mood: string;
  energy: string;
  shareMood: boolean;
  visibility: Visibility;
};

/** The saved check-in, or the outcomes pre-filled from the log. */
export function checkinDefaults(data: CheckinWeek): CheckinFormValues {
  const existing = data.checkin;
  return {
    goals: data.items.map((item) => {
      const saved = existing?.goals.find((g) => g.goalId === item.goal.id);
      return {
        goalId: item.goal.id,
        outcome: saved?.outcome ?? item.suggested,
        excuse: saved?.excuse ?? "",
        excuseNote: saved?.excuseNote ?? "",
        decision: saved?.decision ?? "",
        smallerValue: "",
      };
    }),
    wentWell: existing?.wentWell ?? "",
    gotInTheWay: existing?.gotInTheWay ?? "",
    nextFocus: existing?.nextFocus ?? "",
    coachOnly: existing?.coachOnly ?? { wentWell: false, gotInTheWay: false, nextFocus: false },
    mood: existing?.mood ? String(existing.mood) : "",
    energy: existing?.energy ? String(existing.energy) : "",
    shareMood: existing?.shareMood ?? true,
    visibility: existing?.visibility ?? data.defaultVisibility,
  };
}

type Sent = { weekStart: string; version: number | null; submissionKey: string };

/** What the server is sent: only what each outcome and decision asks for. */
export function toSubmitInput(values: CheckinFormValues, sent: Sent) {
  const { goals, mood, energy, ...rest } = values;
  return {
    ...sent,
    ...rest,
    goals: goals.map((g) => {
      const needsDecision = g.outcome !== "hit";
      const excused = g.outcome === "excused";
      return {
        goalId: g.goalId,
        outcome: g.outcome,
        excuse: excused && g.excuse !== "" ? g.excuse : null,
        excuseNote: excused ? g.excuseNote : "",
        decision: needsDecision && g.decision !== "" ? g.decision : null,
        smallerValue:
          needsDecision && g.decision === "carry_smaller"
            ? g.smallerValue === ""
              ? null
              : Number(g.smallerValue)
            : null,
      };
    }),
    mood: mood === "" ? null : Number(mood),
    energy: energy === "" ? null : Number(energy),
  };
}

/** The server's schema, run on what would be sent; its paths are the form's paths. */
export function checkinResolver(sent: () => Sent) {
  return schemaResolver<CheckinFormValues>(submitCheckinInput, (values) =>
    toSubmitInput(values, sent()),
  );
}

export type { SubmitCheckinInput };

/** What a check-in kept on the device says it is: "Check-in for the week of 30 Nov: 2 goals, mood 4". */
export function checkinSummary(input: SubmitCheckinInput): string {
  const parts = [
    `${input.goals.length} ${input.goals.length === 1 ? "goal" : "goals"}`,
    input.mood === null ? null : `mood ${input.mood}`,
    input.energy === null ? null : `energy ${input.energy}`,
  ].filter(Boolean);
  return `Check-in for the week of ${formatCalendarDate(input.weekStart, "d MMM")}: ${parts.join(", ")}`;
}
