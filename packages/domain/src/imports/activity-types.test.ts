import { describe, expect, it } from "vitest";
import { activityTypeFromName } from "./activity-types";

describe("activityTypeFromName", () => {
  it.each([
    ["Run", "run"],
    ["TrailRun", "run"],
    ["running", "run"],
    ["9", "run"],
    ["Walk", "walk"],
    ["Hike", "walk"],
    ["WeightTraining", "strength"],
    ["Workout", "strength"],
    ["Crossfit", "strength"],
    ["Yoga", "strength"],
    ["Ride", "cross_training"],
    ["Biking", "cross_training"],
    ["crossCountrySkiing", "cross_training"],
    ["Swim", "cross_training"],
    ["Rowing", "cross_training"],
    ["Elliptical", "cross_training"],
    ["1", "cross_training"],
    ["Other", "other"],
    ["Golf", "other"],
    ["", "other"],
  ])("%s → %s", (name, type) => {
    expect(activityTypeFromName(name)).toBe(type);
  });
});
