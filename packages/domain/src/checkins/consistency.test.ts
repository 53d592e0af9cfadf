import { describe, expect, it } from "vitest";
import type { GoalProgress } from "../progress/types";
import { consistency, type PastCheckin } from "./consistency";
import { prefillOutcome, statusAfterCheckin, weekAdherence } from "./outcomes";
import { canCheckIn, isLateCheckin } from "./timing";

// Friday 27 November 2026; Monday weeks: this week started on the 23rd.
const context = { today: "2026-11-27", weekStart: "monday" as const };
const week = (start: string, outcomes: PastCheckin["outcomes"] = ["hit"]): PastCheckin => {
  const end = new Date(Date.parse(`${start}T00:00:00Z`) + 6 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { weekStart: start, weekEnd: end, outcomes };
};

describe("consistency", () => {
  it("welcomes a first check-in without judging an empty record", () => {
    const result = consistency([], context);
    expect(result).toMatchObject({ checkedIn: 0, adherence: null, run: 0 });
    expect(result.text).toBe("Your first check-in starts your record.");
  });

  it("forgives a single missed week: 3 of the last 4, and the run restarts", () => {
    const result = consistency(
      [
        week("2026-10-26", ["hit", "hit"]),
        week("2026-11-02", ["hit", "partial"]),
        week("2026-11-16", ["missed", "hit"]),
      ],
      context,
    );
    expect(result.checkedIn).toBe(3);
    expect(result.run).toBe(1);
    // Goals over six weeks: hit, hit, hit, partly, missed, hit = 4.5 of 6.
    expect(result.adherence).toBe(0.75);
    expect(result.text).toBe(
      "Checked in 3 of the last 4 weeks. Met 75% of weekly goals over 6 weeks.",
    );
  });

  it("counts this week's check-in in the run but not against the last four weeks", () => {
    const result = consistency([week("2026-11-16"), week("2026-11-23")], context);
    expect(result.run).toBe(2);
    expect(result.checkedIn).toBe(1);
    expect(result.text).toBe(
      "Checked in every week so far (1 of 1). Met 100% of weekly goals over 6 weeks.",
    );
  });

  it("leaves out weeks where every goal was excused", () => {
    const result = consistency(
      [week("2026-11-09", ["excused", "excused"]), week("2026-11-16", ["excused"])],
      context,
    );
    expect(result.checkedIn).toBe(2);
    expect(result.adherence).toBeNull();
    expect(result.text).toBe("Checked in every week so far (2 of 2).");
  });

  it("counts check-ins made under an earlier week start in the week their last day falls in", () => {
    // Sunday weeks until the athlete switched to Monday weeks.
    const result = consistency(
      [week("2026-11-01"), week("2026-11-08"), week("2026-11-16")],
      context,
    );
    expect(result.checkedIn).toBe(3);
    expect(result.run).toBe(3);
  });
});

describe("outcomes", () => {
  const progress = (
    percent: number | null,
    state: GoalProgress["state"] = "on_track",
  ): GoalProgress => ({
    state,
    percent,
    value: null,
    target: null,
    summary: "",
    detail: null,
    projection: null,
    weeks: [],
  });

  it("pre-fills the outcome the state implies (docs/progress.md, the check-in's pre-fill)", () => {
    expect(prefillOutcome(progress(100, "done"))).toBe("hit");
    expect(prefillOutcome(progress(60, "partial"))).toBe("partial");
    expect(prefillOutcome(progress(20, "missed"))).toBe("missed");
    expect(prefillOutcome(progress(90, "let_go"))).toBe("missed");
    // A week still running: on course to hit, short, or far short.
    expect(prefillOutcome(progress(45, "on_track"))).toBe("hit");
    expect(prefillOutcome(progress(70, "ahead"))).toBe("hit");
    expect(prefillOutcome(progress(30, "behind"))).toBe("partial");
    expect(prefillOutcome(progress(5, "at_risk"))).toBe("missed");
  });

  it("sets the goal's verdict from the outcome: partly stays partly, excused sets none", () => {
    expect(statusAfterCheckin({ outcome: "hit", decision: null })).toBe("achieved");
    expect(statusAfterCheckin({ outcome: "partial", decision: null })).toBe("partial");
    expect(statusAfterCheckin({ outcome: "missed", decision: null })).toBe("missed");
    expect(statusAfterCheckin({ outcome: "missed", decision: "let_go" })).toBe("abandoned");
    expect(statusAfterCheckin({ outcome: "excused", decision: "carry" })).toBeNull();
    // Excused on an edit undoes the verdict the earlier outcome set.
    expect(statusAfterCheckin({ outcome: "excused", decision: null }, { outcome: "hit" })).toBe(
      "active",
    );
  });

  it("counts partly as half and leaves excused goals out", () => {
    expect(weekAdherence(["hit", "partial", "missed", "excused"])).toBe(0.5);
    expect(weekAdherence(["excused"])).toBeNull();
    expect(weekAdherence([])).toBeNull();
  });
});

describe("timing", () => {
  it("is on time until the day after the week ends", () => {
    expect(isLateCheckin("2026-11-29", "2026-11-29")).toBe(false);
    expect(isLateCheckin("2026-11-29", "2026-11-30")).toBe(false);
    expect(isLateCheckin("2026-11-29", "2026-12-01")).toBe(true);
  });

  it("allows this week and earlier, never a week not started", () => {
    expect(canCheckIn("2026-11-23", "2026-11-27")).toBe(true);
    expect(canCheckIn("2026-11-30", "2026-11-27")).toBe(false);
  });
});
