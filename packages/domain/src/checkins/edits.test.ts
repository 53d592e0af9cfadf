import { describe, expect, it } from "vitest";
import { describeCheckinEdit } from "./edits";

describe("describeCheckinEdit", () => {
  it("names the changed parts in words, in the form's order", () => {
    expect(describeCheckinEdit({ nextFocus: {}, wentWell: {} })).toBe(
      "what went well and next week's focus",
    );
    expect(describeCheckinEdit({ mood: {}, outcomes: {}, visibility: {} })).toBe(
      "the goals' outcomes, mood and who can see it",
    );
    expect(describeCheckinEdit({ energy: {} })).toBe("energy");
  });

  it("says nothing changed when no part it knows did", () => {
    expect(describeCheckinEdit({})).toBe("nothing");
    expect(describeCheckinEdit({ someOldField: {} })).toBe("nothing");
  });
});
