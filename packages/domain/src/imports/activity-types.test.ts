import { describe, expect, it } from "vitest";
import { activityTypeFromName, activityTypeFromTitle } from "./activity-types";

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
    ["Ride", "ride"],
    ["Biking", "ride"],
    ["crossCountrySkiing", "cross_training"],
    ["Swim", "swim"],
    ["Rowing", "cross_training"],
    ["Elliptical", "cross_training"],
    ["1", "ride"],
    ["2", "swim"],
    ["cycling", "ride"],
    ["lapSwimming", "swim"],
    ["Other", "other"],
    ["Golf", "other"],
    ["", "other"],
  ])("%s → %s", (name, type) => {
    expect(activityTypeFromName(name)).toBe(type);
  });
});

describe("activityTypeFromTitle", () => {
  it.each([
    // Runkeeper names a GPX track after the sport and the time.
    ["Cycling 3/14/13 5:05 pm", "ride"],
    ["Running 3/14/13 7:10 am", "run"],
    ["Walking 1/2/13 12:00 pm", "walk"],
    ["Swimming 1/2/13 6:00 am", "swim"],
    ["Mountain Biking 1/2/13 6:00 am", "ride"],
    // Strava names it after the time of day and the sport.
    ["Morning Ride", "ride"],
    ["Lunch Swim", "swim"],
    ["Evening Run", "run"],
    ["Afternoon Hike", "walk"],
  ])("%s → %s", (title, type) => {
    expect(activityTypeFromTitle(title)).toBe(type);
  });

  it.each([["Nachtlauf"], ["04-FEB-13 22:16:37"], ["Ridgeway loop"], [""], [null]])(
    "%s says no sport",
    (title) => {
      expect(activityTypeFromTitle(title)).toBeNull();
    },
  );
});
