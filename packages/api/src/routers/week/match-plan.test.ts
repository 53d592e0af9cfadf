import { describe, expect, it } from "vitest";
import { matchPlan } from "./match-plan";

const session = (id: string, day: string, activityType = "run") => ({ id, day, activityType });
const activity = (
  id: string,
  date: string,
  type = "run",
  plannedSessionId: string | null = null,
) => ({
  id,
  date,
  type,
  plannedSessionId,
});

describe("matchPlan", () => {
  it("marks sessions done, today, upcoming or missed", () => {
    const result = matchPlan(
      [
        session("tue", "2026-11-24"),
        session("thu", "2026-11-26"),
        session("sat", "2026-11-28"),
        session("mon", "2026-11-23"),
      ],
      [activity("a", "2026-11-24")],
      "2026-11-26",
    );
    expect(Object.fromEntries([...result].map(([id, r]) => [id, r.status]))).toEqual({
      tue: "done",
      thu: "today",
      sat: "upcoming",
      mon: "missed",
    });
  });

  it("lets one activity satisfy one session only, preferring the one it was logged from", () => {
    const result = matchPlan(
      [session("am", "2026-11-24"), session("pm", "2026-11-24")],
      [activity("a", "2026-11-24"), activity("b", "2026-11-24", "run", "pm")],
      "2026-11-25",
    );
    expect(result.get("pm")).toEqual({ status: "done", activityId: "b" });
    expect(result.get("am")).toEqual({ status: "done", activityId: "a" });
  });

  it("does not count a different activity type", () => {
    const result = matchPlan(
      [session("s", "2026-11-24", "strength")],
      [activity("a", "2026-11-24", "run")],
      "2026-11-25",
    );
    expect(result.get("s")?.status).toBe("missed");
  });
});
