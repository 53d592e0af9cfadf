import { TRPCClientError } from "@trpc/client";
import { describe, expect, it } from "vitest";
import { applyServerErrors, serverMessage } from "./server-errors";

type Placed = { field: string; message: string }[];

/** A refused call as the tRPC client hands it to a form: the sentence and the formatter's data. */
function refused(message: string, data: Record<string, unknown>) {
  const error = new TRPCClientError(message);
  Object.assign(error, { data });
  return error;
}

function collect() {
  const placed: Placed = [];
  const setError = ((field: string, error: { message?: string }) =>
    placed.push({ field, message: error.message ?? "" })) as never;
  return { placed, setError };
}

describe("applyServerErrors", () => {
  it("puts each field's message on its field and leaves nothing for the form", () => {
    const { placed, setError } = collect();
    const problem = applyServerErrors(
      refused("wentWell: no", {
        code: "BAD_REQUEST",
        fieldErrors: {
          wentWell: ["This text can't be saved"],
          "goals.1.smallerValue": ["Too big"],
        },
      }),
      (path) => path,
      setError,
    );
    expect(placed).toEqual([
      { field: "wentWell", message: "This text can't be saved" },
      { field: "goals.1.smallerValue", message: "Too big" },
    ]);
    expect(problem).toEqual({ message: null, conflict: null });
  });

  it("says a message whose field the form does not have, and the sentence when none is placed", () => {
    const { placed, setError } = collect();
    expect(
      applyServerErrors(
        refused("x", { fieldErrors: { parentId: ["Gone"] } }),
        ["title"] as const,
        setError,
      ).message,
    ).toBe("Gone");
    expect(
      applyServerErrors(refused("Not allowed.", { code: "FORBIDDEN" }), ["title"], setError)
        .message,
    ).toBe("Not allowed.");
    expect(placed).toEqual([]);
  });

  it("keeps a CONFLICT's current version for the form to show what changed", () => {
    const { setError } = collect();
    const current = { id: "g1", title: "Run 1,200 km" };
    const problem = applyServerErrors(
      refused("Changed elsewhere.", { code: "CONFLICT", details: { current } }),
      ["title"],
      setError,
    );
    expect(problem).toEqual({ message: "Changed elsewhere.", conflict: current });
  });

  it("says the connection failed when no answer came", () => {
    expect(serverMessage(new TypeError("fetch failed"))).toMatch(/Could not reach Stride/);
  });
});
