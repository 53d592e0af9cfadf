import {
  Decoder,
  Encoder,
  type FileIdMesg,
  Profile,
  type SessionMesg,
  Stream,
} from "@garmin/fitsdk";
import { describe, expect, it } from "vitest";
import { readFixture } from "../../test/activity-fixtures";
import { fitActivityType, parseFit } from "./fit";

/** The laps' own totals and the timer start/stop events: other messages than the session. */
function lapsAndTimer(bytes: Uint8Array) {
  const { messages } = new Decoder(Stream.fromByteArray(bytes)).read();
  const laps = messages.lapMesgs ?? [];
  let running: number | null = null;
  let timer = 0;
  for (const event of messages.eventMesgs ?? []) {
    if (event.event !== "timer" || !(event.timestamp instanceof Date)) continue;
    const at = event.timestamp.getTime();
    if (event.eventType === "start" && running === null) running = at;
    if (String(event.eventType).startsWith("stop") && running !== null) {
      timer += (at - running) / 1000;
      running = null;
    }
  }
  return {
    lapSeconds: laps.reduce((total, lap) => total + (lap.totalTimerTime ?? 0), 0),
    lapMetres: laps.reduce((total, lap) => total + (lap.totalDistance ?? 0), 0),
    timerSeconds: timer,
  };
}

describe("parseFit on device files", () => {
  it("reads a Forerunner 310XT run with its pauses", () => {
    const bytes = readFixture("fit-Standard.fit");
    const { activities, refused } = parseFit(bytes, "fit-Standard.fit");
    const laps = lapsAndTimer(bytes);
    expect(refused).toEqual([]);
    expect(activities).toEqual([
      {
        // Runalyze's test for this file: 12:17 in Berlin and 8.983 km.
        startedAt: "2014-03-29T11:17:57.000Z",
        localStart: null,
        type: "run",
        name: null,
        distanceMetres: 8983.4,
        durationSeconds: 3192,
        elapsedSeconds: 3653,
        elevationGainMetres: 244,
        notes: null,
        stream: expect.objectContaining({ t: expect.any(Array) }),
        source: "fit",
      },
    ]);
    expect(Math.abs(laps.lapSeconds - 3192)).toBeLessThan(1);
    expect(Math.abs(laps.lapMetres - 8983.4)).toBeLessThan(1);
  });

  it("keeps timer time below elapsed time when the watch was paused", () => {
    const bytes = readFixture("fit-Fenix-2-pauses.fit");
    const [activity] = parseFit(bytes, "fit-Fenix-2-pauses.fit").activities;
    const { timerSeconds } = lapsAndTimer(bytes);
    // Runalyze's test: 2810 s moving, 3046 s elapsed, 10.547 km.
    expect(activity).toMatchObject({
      startedAt: "2014-10-02T14:46:48.000Z",
      type: "run",
      durationSeconds: 2810,
      elapsedSeconds: 3046,
      elevationGainMetres: 41,
    });
    expect(Math.abs((activity?.distanceMetres ?? 0) - 10547)).toBeLessThanOrEqual(1);
    // Seven start/stop stretches of the timer add up to the same moving time.
    expect(Math.abs(timerSeconds - (activity?.durationSeconds ?? 0))).toBeLessThanOrEqual(1);
    expect(activity?.durationSeconds ?? 0).toBeLessThan(activity?.elapsedSeconds ?? 0);
  });

  it("imports the summary of an FR70 file whose records the SDK cannot decode to the end", () => {
    const bytes = readFixture("fit-FR70-intervals.fit");
    const decoded = new Decoder(Stream.fromByteArray(bytes)).read();
    expect(decoded.errors.length).toBeGreaterThan(0);
    const { activities, refused } = parseFit(bytes, "fit-FR70-intervals.fit");
    const laps = lapsAndTimer(bytes);
    expect(refused).toEqual([]);
    // Runalyze's test: 08:52 in Berlin, 3163 s, 6.240 km.
    expect(activities[0]).toMatchObject({
      startedAt: "2013-05-27T06:52:34.000Z",
      type: "run",
      durationSeconds: 3163,
      elapsedSeconds: 3163,
      elevationGainMetres: null,
    });
    expect(Math.abs((activities[0]?.distanceMetres ?? 0) - 6240)).toBeLessThanOrEqual(1);
    expect(Math.abs(laps.lapSeconds - 3163)).toBeLessThan(1);
  });
});

const start = new Date("2026-10-05T06:42:10Z");

function encode(fileType: FileIdMesg["type"], ...sessions: SessionMesg[]): Uint8Array {
  const encoder = new Encoder();
  const fileId: FileIdMesg = { type: fileType, manufacturer: "development", timeCreated: start };
  encoder.onMesg(Profile.MesgNum.FILE_ID ?? 0, fileId);
  for (const session of sessions) {
    encoder.onMesg(Profile.MesgNum.SESSION ?? 18, {
      startTime: start,
      timestamp: start,
      ...session,
    });
  }
  return encoder.close();
}

describe("parseFit rules", () => {
  it("reads a strength session with no distance", () => {
    const bytes = encode("activity", {
      sport: "training",
      subSport: "strengthTraining",
      totalTimerTime: 1800.4,
      totalElapsedTime: 2000,
      totalDistance: 0,
    });
    expect(parseFit(bytes, "gym.fit").activities).toEqual([
      {
        startedAt: "2026-10-05T06:42:10.000Z",
        localStart: null,
        type: "strength",
        name: null,
        distanceMetres: null,
        durationSeconds: 1800,
        elapsedSeconds: 2000,
        elevationGainMetres: null,
        notes: null,
        stream: null,
        source: "fit",
      },
    ]);
  });

  it("makes one activity per session and leaves out transitions", () => {
    const bytes = encode(
      "activity",
      { sport: "swimming", totalTimerTime: 600, totalDistance: 750 },
      { sport: "transition", totalTimerTime: 90 },
      { sport: "cycling", totalTimerTime: 3600, totalDistance: 40000 },
    );
    const { activities } = parseFit(bytes, "tri.fit");
    expect(activities.map((a) => [a.type, a.distanceMetres])).toEqual([
      ["swim", 750],
      ["ride", 40000],
    ]);
  });

  it("refuses a course, a file without a session and a damaged file", () => {
    expect(parseFit(encode("course"), "c.fit").refused[0]?.reason).toBe(
      "c.fit is a course (a planned route), not a recorded activity.",
    );
    expect(parseFit(encode("activity"), "s.fit").refused[0]?.reason).toBe(
      "s.fit has no summary of an activity (no session), so there is nothing to import.",
    );
    const cut = readFixture("fit-Standard.fit").slice(0, 2000);
    expect(parseFit(cut, "cut.fit").refused[0]?.reason).toBe(
      "cut.fit could not be read to the end and has no summary of the activity; it may be damaged or cut short.",
    );
    const garbage = new Uint8Array(64).fill(7);
    expect(parseFit(garbage, "g.fit").refused[0]?.reason).toBe(
      "g.fit is not a FIT file: its header is wrong.",
    );
  });

  it("maps FIT sports", () => {
    expect(fitActivityType("running", "treadmill")).toBe("run");
    expect(fitActivityType("walking", undefined)).toBe("walk");
    expect(fitActivityType("hiking", undefined)).toBe("walk");
    expect(fitActivityType("training", "yoga")).toBe("strength");
    expect(fitActivityType("training", "cardioTraining")).toBe("cross_training");
    expect(fitActivityType("fitnessEquipment", "elliptical")).toBe("cross_training");
    expect(fitActivityType("crossCountrySkiing", undefined)).toBe("cross_training");
    expect(fitActivityType("golf", undefined)).toBe("other");
    expect(fitActivityType(undefined, undefined)).toBe("other");
  });
});
