import { describe, expect, it } from "vitest";
import * as imports from "./index";

describe("@stride/domain/imports", () => {
  it("offers parsing, the start resolver and the Stride CSV header", () => {
    expect(typeof imports.parseActivityFile).toBe("function");
    expect(typeof imports.resolveStart).toBe("function");
    expect(imports.MAX_IMPORT_FILE_BYTES).toBe(20 * 1024 * 1024);
    expect(imports.STRIDE_CSV_HEADER.join(",")).toBe(
      "date,start_time,type,distance_km,duration,elevation_gain_m,effort,notes",
    );
    expect(imports.IMPORT_SOURCES).toEqual(["gpx", "tcx", "fit", "strava_csv", "stride_csv"]);
  });
});
