import { describe, expect, it } from "vitest";
import { type GoalShape, proposeFieldOf, toProposeInput } from "./propose-model";

const micro: GoalShape = {
  id: "00000000-0000-4000-8000-000000000001",
  title: "Run 12 miles",
  level: "micro",
  periodStart: "2026-11-30",
  periodEnd: "2026-12-06",
  targetInput: null,
  visibility: "coach",
  category: "running",
};
const athleteId = "00000000-0000-4000-8000-000000000002";
const values = {
  title: "",
  value: "",
  periodStart: "2026-12-07",
  periodEnd: "2026-12-31",
  note: "",
};

describe("toProposeInput", () => {
  it("moves a micro goal's end with its start (the domain's goalPeriod), whatever end was typed", () => {
    const input = toProposeInput(values, athleteId, micro, { kind: "change" });
    expect(input.kind === "change" && input.changes).toEqual({
      target: undefined,
      periodStart: "2026-12-07",
      periodEnd: "2026-12-13",
    });
  });

  it("sends only what changed", () => {
    const same = { ...values, periodStart: micro.periodStart, periodEnd: micro.periodEnd };
    const input = toProposeInput(same, athleteId, micro, { kind: "change" });
    expect(input.kind === "change" && input.changes).toEqual({
      target: undefined,
      periodStart: undefined,
      periodEnd: undefined,
    });
  });

  it("gives a new micro goal one week from its start", () => {
    const meso = { ...micro, level: "meso" as const, periodEnd: "2026-12-27" };
    const input = toProposeInput({ ...values, title: "Week 2" }, athleteId, meso, {
      kind: "goal",
      level: "micro",
    });
    expect(input.kind === "goal" && [input.goal.periodStart, input.goal.periodEnd]).toEqual([
      "2026-12-07",
      "2026-12-13",
    ]);
  });
});

describe("proposeFieldOf", () => {
  it("maps the server's paths to the form's fields", () => {
    expect(proposeFieldOf("changes.target.value")).toBe("value");
    expect(proposeFieldOf("goal.periodEnd")).toBe("periodEnd");
    expect(proposeFieldOf("note")).toBe("note");
    expect(proposeFieldOf("changes")).toBeNull();
  });
});
