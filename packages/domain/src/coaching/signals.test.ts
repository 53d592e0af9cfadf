import { describe, expect, it } from "vitest";
import type { Outcome } from "../checkins/constants";
import { rankAthletes, triageScore, triageSignals } from "./ranking";
import { DEFAULT_THRESHOLDS } from "./schemas";
import {
  type AthleteRecord,
  adherenceFallingSignal,
  lastFinishedWeek,
  loadSpikeSignal,
  lowWellbeingSignal,
  macroOffTrackSignal,
  mesoEndingShortSignal,
  mesoMissedTwiceSignal,
  noCheckinSignal,
  predictionDriftSignal,
  type RecentCheckin,
  type Signal,
  unansweredCommentSignal,
  volumeSpikeSignal,
} from "./signals";

// Friday 27 November 2026; Monday weeks: this week started on the 23rd, so the week just ended
// started on the 16th, the one before on the 9th and the one before that on the 2nd.
const TODAY = "2026-11-27";
const LAST = "2026-11-16";
const PREVIOUS = "2026-11-09";
const EARLIER = "2026-11-02";

const plusDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

const checkin = (
  start: string,
  overrides: Partial<Omit<RecentCheckin, "weekStart">> = {},
): RecentCheckin => ({
  weekStart: start,
  weekEnd: plusDays(start, 6),
  mood: 4,
  energy: 4,
  outcomes: [{ mesoId: null, mesoTitle: null, outcome: "hit" }],
  ...overrides,
});

const outcomes = (...list: Outcome[]): RecentCheckin["outcomes"] =>
  list.map((outcome) => ({ mesoId: null, mesoTitle: null, outcome }));

const inBlock = (
  outcome: Outcome,
  mesoId: string | null = "meso-1",
  mesoTitle: string | null = "Base build",
) => ({ mesoId, mesoTitle, outcome });

const record = (overrides: Partial<AthleteRecord> = {}): AthleteRecord => ({
  today: TODAY,
  weekStart: "monday",
  distanceUnit: "km",
  checkins: [checkin(LAST), checkin(PREVIOUS), checkin(EARLIER)],
  runDistanceByWeek: new Map(),
  load: null,
  predictions: [],
  mesos: [],
  macros: [],
  unansweredComments: 0,
  ...overrides,
});

/** An athlete whose check-ins had these outcomes, one `[week start, outcomes]` a check-in. */
const checkedIn = (...weeks: [string, RecentCheckin["outcomes"]][]) =>
  record({ checkins: weeks.map(([start, outcomes]) => checkin(start, { outcomes })) });

const km = (entries: Record<string, number>) =>
  new Map(Object.entries(entries).map(([week, value]) => [week, value * 1000]));

describe("lastFinishedWeek", () => {
  it("is the Monday a week before this week's Monday for Monday weeks", () => {
    expect(lastFinishedWeek(TODAY, "monday")).toBe("2026-11-16");
    // On the week start itself, the week that just ended began seven days earlier.
    expect(lastFinishedWeek("2026-11-23", "monday")).toBe("2026-11-16");
    expect(lastFinishedWeek("2026-11-22", "monday")).toBe("2026-11-09");
  });

  it("is the Sunday a week before this week's Sunday for Sunday weeks", () => {
    expect(lastFinishedWeek(TODAY, "sunday")).toBe("2026-11-15");
    expect(lastFinishedWeek("2026-11-22", "sunday")).toBe("2026-11-15");
    expect(lastFinishedWeek("2026-11-21", "sunday")).toBe("2026-11-08");
  });
});

describe("noCheckinSignal", () => {
  it("fires when the week just ended has no check-in", () => {
    const signal = noCheckinSignal(record({ checkins: [checkin(PREVIOUS), checkin(EARLIER)] }));
    expect(signal).toEqual({
      kind: "no_checkin",
      weight: 3,
      reason: "No check-in for the week just ended",
    });
  });

  it("fires for an athlete with no check-ins at all", () => {
    expect(noCheckinSignal(record({ checkins: [] }))?.kind).toBe("no_checkin");
  });

  it("stays quiet when the week just ended was checked in", () => {
    expect(noCheckinSignal(record())).toBeNull();
  });

  it("does not count this week's check-in for the week just ended", () => {
    expect(noCheckinSignal(record({ checkins: [checkin("2026-11-23")] }))?.kind).toBe("no_checkin");
  });

  it("counts a check-in made under a Sunday week start for the week its last day is in", () => {
    // Sunday 15 to Saturday 21 November ends in the Monday week of the 16th.
    expect(noCheckinSignal(record({ checkins: [checkin("2026-11-15")] }))).toBeNull();
    // Sunday 8 to Saturday 14 November ends in the Monday week of the 9th: the 16th is missing.
    expect(noCheckinSignal(record({ checkins: [checkin("2026-11-08")] }))?.kind).toBe("no_checkin");
  });

  it("works with Sunday weeks", () => {
    const sunday = { weekStart: "sunday" as const };
    expect(noCheckinSignal(record({ ...sunday, checkins: [checkin("2026-11-15")] }))).toBeNull();
    expect(noCheckinSignal(record({ ...sunday, checkins: [checkin(LAST)] }))?.kind).toBe(
      "no_checkin",
    );
  });
});

describe("mesoMissedTwiceSignal", () => {
  it("fires when the same meso goal was missed in the two latest weeks", () => {
    const signal = mesoMissedTwiceSignal(
      checkedIn(
        [LAST, [inBlock("missed"), inBlock("hit", "meso-2", "Hills")]],
        [PREVIOUS, [inBlock("missed")]],
      ),
    );
    expect(signal).toEqual({
      kind: "meso_missed_twice",
      weight: 3,
      reason: "Missed \u201cBase build\u201d two weeks running",
    });
  });

  it("names every block missed twice, and a block without a title", () => {
    const both = [inBlock("missed"), inBlock("missed", "meso-2", null)];
    const signal = mesoMissedTwiceSignal(checkedIn([LAST, both], [PREVIOUS, both]));
    expect(signal?.reason).toBe(
      "Missed \u201cBase build\u201d and \u201ca block\u201d two weeks running",
    );
  });

  it("fires on the two weeks before when the week just ended has no check-in yet", () => {
    const signal = mesoMissedTwiceSignal(
      checkedIn([PREVIOUS, [inBlock("missed")]], [EARLIER, [inBlock("missed")]]),
    );
    expect(signal?.kind).toBe("meso_missed_twice");
  });

  it("stays quiet when different blocks were missed", () => {
    const signal = mesoMissedTwiceSignal(
      checkedIn([LAST, [inBlock("missed")]], [PREVIOUS, [inBlock("missed", "meso-2", "Hills")]]),
    );
    expect(signal).toBeNull();
  });

  it("does not count excused or partly as missed", () => {
    const excused = mesoMissedTwiceSignal(
      checkedIn([LAST, [inBlock("missed")]], [PREVIOUS, [inBlock("excused")]]),
    );
    expect(excused).toBeNull();
    const partly = mesoMissedTwiceSignal(
      checkedIn([LAST, [inBlock("partial")]], [PREVIOUS, [inBlock("missed")]]),
    );
    expect(partly).toBeNull();
  });

  it("ignores misses of goals outside any block", () => {
    const signal = mesoMissedTwiceSignal(
      checkedIn([LAST, outcomes("missed")], [PREVIOUS, outcomes("missed")]),
    );
    expect(signal).toBeNull();
  });

  it("stays quiet when the two latest check-ins are not for consecutive weeks", () => {
    const signal = mesoMissedTwiceSignal(
      checkedIn([LAST, [inBlock("missed")]], [EARLIER, [inBlock("missed")]]),
    );
    expect(signal).toBeNull();
  });
});

describe("adherenceFallingSignal", () => {
  it("fires when adherence fell three weeks running by at least the threshold", () => {
    const signal = adherenceFallingSignal(
      checkedIn(
        [EARLIER, outcomes("hit", "hit")],
        [PREVIOUS, outcomes("hit", "partial")],
        [LAST, outcomes("hit", "missed")],
      ),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toEqual({
      kind: "adherence_falling",
      weight: 2,
      reason: "Adherence falling three weeks running: 100% \u2192 75% \u2192 50%",
    });
  });

  it("stays quiet when adherence falls by less than the threshold, unless it is lowered", () => {
    // 8 of 8, then 7.5 of 8, then 7 of 8: 12.5 points in all.
    const small = checkedIn(
      [EARLIER, outcomes(...Array<Outcome>(8).fill("hit"))],
      [PREVIOUS, outcomes(...Array<Outcome>(7).fill("hit"), "partial")],
      [LAST, outcomes(...Array<Outcome>(7).fill("hit"), "missed")],
    );
    expect(adherenceFallingSignal(small, DEFAULT_THRESHOLDS)).toBeNull();
    expect(
      adherenceFallingSignal(small, { ...DEFAULT_THRESHOLDS, adherenceDropPoints: 10 })?.reason,
    ).toBe("Adherence falling three weeks running: 100% \u2192 94% \u2192 88%");
  });

  it("stays quiet when adherence did not fall every week", () => {
    const signal = adherenceFallingSignal(
      checkedIn(
        [EARLIER, outcomes("hit", "hit")],
        [PREVIOUS, outcomes("missed", "missed")],
        [LAST, outcomes("missed", "missed")],
      ),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("stays quiet when one of the three weeks has no check-in", () => {
    const signal = adherenceFallingSignal(
      checkedIn([EARLIER, outcomes("hit", "hit")], [LAST, outcomes("missed", "missed")]),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("leaves excused goals out, so an all-excused week counts as no data", () => {
    const excusedWeek = adherenceFallingSignal(
      checkedIn(
        [EARLIER, outcomes("hit", "hit")],
        [PREVIOUS, outcomes("excused")],
        [LAST, outcomes("missed", "missed")],
      ),
      DEFAULT_THRESHOLDS,
    );
    expect(excusedWeek).toBeNull();
    // An excused goal next to a hit leaves that week at 100%, not 50%.
    const excusedGoal = adherenceFallingSignal(
      checkedIn(
        [EARLIER, outcomes("hit", "hit")],
        [PREVIOUS, outcomes("hit", "excused")],
        [LAST, outcomes("missed", "missed")],
      ),
      DEFAULT_THRESHOLDS,
    );
    expect(excusedGoal).toBeNull();
  });
});

describe("lowWellbeingSignal", () => {
  it("fires on low mood two check-ins running, with both values", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [checkin(LAST, { mood: 2 }), checkin(PREVIOUS, { mood: 1 })],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toEqual({
      kind: "low_wellbeing",
      weight: 3,
      reason: "Low mood two check-ins running (mood 1 then 2, out of 5)",
    });
  });

  it("names mood and energy when both are low", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [
          checkin(LAST, { mood: 1, energy: 2 }),
          checkin(PREVIOUS, { mood: 2, energy: 2 }),
        ],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal?.reason).toBe(
      "Low mood and energy two check-ins running (mood 2 then 1, energy 2 then 2, out of 5)",
    );
  });

  it("names energy alone when only energy is low", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [checkin(LAST, { mood: 1, energy: 2 }), checkin(PREVIOUS, { energy: 1 })],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal?.reason).toBe("Low energy two check-ins running (energy 1 then 2, out of 5)");
  });

  it("stays quiet after only one low week", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [checkin(LAST, { mood: 1, energy: 1 }), checkin(PREVIOUS, { mood: 3 })],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("does not treat a missing mood as low", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [checkin(LAST, { mood: 1 }), checkin(PREVIOUS, { mood: null })],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("stays quiet when the two latest check-ins are not for consecutive weeks", () => {
    const signal = lowWellbeingSignal(
      record({
        checkins: [checkin(LAST, { mood: 1 }), checkin(EARLIER, { mood: 1 })],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("follows the threshold: 3 and 3 is low only at or below 3", () => {
    const threes = record({
      checkins: [checkin(LAST, { mood: 3 }), checkin(PREVIOUS, { mood: 3 })],
    });
    expect(lowWellbeingSignal(threes, DEFAULT_THRESHOLDS)).toBeNull();
    expect(
      lowWellbeingSignal(threes, { ...DEFAULT_THRESHOLDS, lowWellbeingAtOrBelow: 3 })?.reason,
    ).toBe("Low mood two check-ins running (mood 3 then 3, out of 5)");
  });
});

describe("volumeSpikeSignal", () => {
  it("fires when the week just ended is more than the limit above the larger week before", () => {
    const signal = volumeSpikeSignal(
      record({ runDistanceByWeek: km({ [EARLIER]: 18, [PREVIOUS]: 20, [LAST]: 25 }) }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toEqual({
      kind: "volume_spike",
      weight: 2,
      reason: "Weekly running up 25% (20 km \u2192 25 km), above the 10% limit",
    });
  });

  it("speaks in the coach's unit", () => {
    const signal = volumeSpikeSignal(
      record({
        distanceUnit: "mi",
        runDistanceByWeek: new Map([
          [PREVIOUS, 10 * 1609.344],
          [LAST, 15 * 1609.344],
        ]),
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal?.reason).toBe("Weekly running up 50% (10 mi \u2192 15 mi), above the 10% limit");
  });

  it("compares against the larger of the two weeks before, so a week after a lighter one is not flagged", () => {
    // 21 km is 40% above the lighter 15 km week but only 5% above the 20 km week before it.
    const signal = volumeSpikeSignal(
      record({ runDistanceByWeek: km({ [EARLIER]: 20, [PREVIOUS]: 15, [LAST]: 21 }) }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });

  it("does not flag an increase exactly at the limit", () => {
    // 20 → 25 km is exactly 25%, at a 25% limit.
    const signal = volumeSpikeSignal(
      record({ runDistanceByWeek: km({ [PREVIOUS]: 20, [LAST]: 25 }) }),
      { ...DEFAULT_THRESHOLDS, rampLimitPercent: 25 },
    );
    expect(signal).toBeNull();
  });

  it("follows the threshold: a 25% rise is fine under a 30% limit", () => {
    const spike = record({ runDistanceByWeek: km({ [PREVIOUS]: 20, [LAST]: 25 }) });
    expect(volumeSpikeSignal(spike, DEFAULT_THRESHOLDS)?.kind).toBe("volume_spike");
    expect(volumeSpikeSignal(spike, { ...DEFAULT_THRESHOLDS, rampLimitPercent: 30 })).toBeNull();
  });

  it("stays quiet without running in the weeks before or in the week just ended", () => {
    expect(
      volumeSpikeSignal(record({ runDistanceByWeek: km({ [LAST]: 25 }) }), DEFAULT_THRESHOLDS),
    ).toBeNull();
    expect(
      volumeSpikeSignal(record({ runDistanceByWeek: km({ [PREVIOUS]: 20 }) }), DEFAULT_THRESHOLDS),
    ).toBeNull();
  });

  it("ignores this week's running so far", () => {
    const signal = volumeSpikeSignal(
      record({ runDistanceByWeek: km({ [PREVIOUS]: 20, [LAST]: 20, "2026-11-23": 40 }) }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal).toBeNull();
  });
});

describe("loadSpikeSignal", () => {
  const load = (ratio: number | null) => ({ acute: 200, chronic: 125, ratio });

  it("flags acute:chronic above the coach's limit, with both figures", () => {
    expect(loadSpikeSignal(record({ load: load(1.6) }), DEFAULT_THRESHOLDS)).toEqual({
      kind: "load_spike",
      weight: 2,
      reason: "Load spike: acute:chronic 1.6 (limit 1.5)",
    });
  });

  it("allows the limit itself, a ratio not yet known, and follows the coach's own limit", () => {
    expect(loadSpikeSignal(record({ load: load(1.5) }), DEFAULT_THRESHOLDS)).toBeNull();
    expect(loadSpikeSignal(record({ load: load(null) }), DEFAULT_THRESHOLDS)).toBeNull();
    expect(loadSpikeSignal(record({ load: null }), DEFAULT_THRESHOLDS)).toBeNull();
    const strict = { ...DEFAULT_THRESHOLDS, loadRatioLimit: 1.3 };
    expect(loadSpikeSignal(record({ load: load(1.35) }), strict)?.reason).toBe(
      "Load spike: acute:chronic 1.35 (limit 1.3)",
    );
  });
});

describe("predictionDriftSignal", () => {
  const half = { title: "Half under 1:50", goalSeconds: 6600 };

  it("flags a race goal predicted more than 3% slow and further off than four weeks ago", () => {
    const drifting = record({ predictions: [{ ...half, predicted: 6900, fourWeeksAgo: 6750 }] });
    expect(predictionDriftSignal(drifting, DEFAULT_THRESHOLDS)).toEqual({
      kind: "prediction_drift",
      weight: 2,
      reason:
        "\u201cHalf under 1:50\u201d drifting: predicted 1:55:00 for a goal of 1:50:00, was 1:52:30 four weeks ago",
    });
  });

  it("leaves a prediction within the limit, or closing in, alone", () => {
    const near = record({ predictions: [{ ...half, predicted: 6790, fourWeeksAgo: 6700 }] });
    expect(predictionDriftSignal(near, DEFAULT_THRESHOLDS)).toBeNull();
    const closing = record({ predictions: [{ ...half, predicted: 6900, fourWeeksAgo: 7000 }] });
    expect(predictionDriftSignal(closing, DEFAULT_THRESHOLDS)).toBeNull();
    const fresh = record({ predictions: [{ ...half, predicted: 6900, fourWeeksAgo: null }] });
    expect(predictionDriftSignal(fresh, DEFAULT_THRESHOLDS)?.reason).toBe(
      "\u201cHalf under 1:50\u201d drifting: predicted 1:55:00 for a goal of 1:50:00",
    );
  });
});

describe("mesoEndingShortSignal", () => {
  const meso = (overrides: Partial<AthleteRecord["mesos"][number]> = {}) => ({
    id: "meso-1",
    title: "Base build",
    periodEnd: "2026-11-30",
    percent: 40,
    state: "behind" as const,
    ...overrides,
  });

  it("fires for a meso ending within the window far below its target", () => {
    const signal = mesoEndingShortSignal(record({ mesos: [meso()] }), DEFAULT_THRESHOLDS);
    expect(signal).toEqual({
      kind: "meso_ending_short",
      weight: 2,
      reason: "\u201cBase build\u201d ends in 3 days at 40% of its target",
    });
  });

  it("says today and tomorrow, rounds the percent and counts the others", () => {
    const today = mesoEndingShortSignal(
      record({ mesos: [meso({ periodEnd: TODAY, percent: 39.6 })] }),
      DEFAULT_THRESHOLDS,
    );
    expect(today?.reason).toBe("\u201cBase build\u201d ends today at 40% of its target");
    const tomorrow = mesoEndingShortSignal(
      record({
        mesos: [
          meso({ periodEnd: "2026-11-28" }),
          meso({ id: "meso-2", title: "Hills", periodEnd: "2026-12-01" }),
        ],
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(tomorrow?.reason).toBe(
      "\u201cBase build\u201d ends tomorrow at 40% of its target (and 1 more)",
    );
  });

  it("stays quiet for a meso ending after the window, unless the window is longer", () => {
    // 5 December is 8 days away.
    const later = record({ mesos: [meso({ periodEnd: "2026-12-05" })] });
    expect(mesoEndingShortSignal(later, DEFAULT_THRESHOLDS)).toBeNull();
    expect(
      mesoEndingShortSignal(later, { ...DEFAULT_THRESHOLDS, mesoEndingWithinDays: 8 })?.reason,
    ).toBe("\u201cBase build\u201d ends in 8 days at 40% of its target");
  });

  it("fires on the last day of the window", () => {
    const signal = mesoEndingShortSignal(
      record({ mesos: [meso({ periodEnd: "2026-12-04" })] }),
      DEFAULT_THRESHOLDS,
    );
    expect(signal?.reason).toBe("\u201cBase build\u201d ends in 7 days at 40% of its target");
  });

  it("stays quiet for a meso already done, already ended, on target or without progress", () => {
    for (const m of [
      meso({ state: "done" }),
      meso({ periodEnd: "2026-11-26" }),
      meso({ percent: 70 }),
      meso({ percent: null }),
    ]) {
      expect(mesoEndingShortSignal(record({ mesos: [m] }), DEFAULT_THRESHOLDS)).toBeNull();
    }
  });
});

describe("macroOffTrackSignal", () => {
  const macro = (overrides: Partial<AthleteRecord["macros"][number]> = {}) => ({
    id: "macro-1",
    title: "1,000 miles",
    state: "behind" as const,
    projection: "on pace for 850 mi",
    ...overrides,
  });

  it("fires for a macro goal behind, with its projection", () => {
    expect(macroOffTrackSignal(record({ macros: [macro()] }))).toEqual({
      kind: "macro_off_track",
      weight: 1,
      reason: "\u201c1,000 miles\u201d projected off track: on pace for 850 mi",
    });
  });

  it("fires for a macro goal at risk without a projection", () => {
    const signal = macroOffTrackSignal(
      record({ macros: [macro({ state: "at_risk", projection: null })] }),
    );
    expect(signal?.reason).toBe("\u201c1,000 miles\u201d projected off track");
  });

  it("stays quiet while every macro goal is on track, ahead or done", () => {
    const signal = macroOffTrackSignal(
      record({
        macros: [macro({ state: "on_track" }), macro({ state: "ahead" }), macro({ state: "done" })],
      }),
    );
    expect(signal).toBeNull();
  });
});

describe("unansweredCommentSignal", () => {
  it("fires for one waiting comment", () => {
    expect(unansweredCommentSignal(record({ unansweredComments: 1 }))).toEqual({
      kind: "unanswered_comment",
      weight: 2,
      reason: "A comment from the athlete is waiting for your reply",
    });
  });

  it("counts several waiting comments", () => {
    expect(unansweredCommentSignal(record({ unansweredComments: 3 }))?.reason).toBe(
      "3 comments from the athlete are waiting for your reply",
    );
  });

  it("stays quiet when nothing is waiting", () => {
    expect(unansweredCommentSignal(record())).toBeNull();
  });
});

describe("triageSignals", () => {
  it("returns nothing for an athlete who needs nothing", () => {
    const signals = triageSignals(record(), DEFAULT_THRESHOLDS);
    expect(signals).toEqual([]);
    expect(triageScore(signals)).toBe(0);
  });

  it("lists every signal that applies, heaviest first, and adds up their weights", () => {
    const signals = triageSignals(
      record({
        checkins: [checkin(PREVIOUS), checkin(EARLIER)],
        runDistanceByWeek: km({ [PREVIOUS]: 20, [LAST]: 25 }),
        macros: [{ id: "macro-1", title: "1,000 miles", state: "at_risk", projection: null }],
        unansweredComments: 2,
      }),
      DEFAULT_THRESHOLDS,
    );
    expect(signals.map((s) => s.kind)).toEqual([
      "no_checkin",
      "volume_spike",
      "unanswered_comment",
      "macro_off_track",
    ]);
    expect(signals.map((s) => s.weight)).toEqual([3, 2, 2, 1]);
    expect(triageScore(signals)).toBe(8);
  });

  it("passes the thresholds on to the signals", () => {
    const spike = record({ runDistanceByWeek: km({ [PREVIOUS]: 20, [LAST]: 25 }) });
    expect(triageSignals(spike, DEFAULT_THRESHOLDS).map((s) => s.kind)).toEqual(["volume_spike"]);
    expect(triageSignals(spike, { ...DEFAULT_THRESHOLDS, rampLimitPercent: 30 })).toEqual([]);
  });
});

describe("triageScore", () => {
  it("adds up the weights", () => {
    const signal = (weight: number): Signal => ({ kind: "no_checkin", weight, reason: "" });
    expect(triageScore([signal(3), signal(2), signal(1)])).toBe(6);
  });
});

describe("rankAthletes", () => {
  it("puts athletes not yet reviewed first, then the highest score, then by name", () => {
    const athletes = [
      { name: "Ann", score: 9, reviewed: true },
      { name: "Bob", score: 2, reviewed: false },
      { name: "Dee", score: 5, reviewed: false },
      { name: "Cid", score: 5, reviewed: false },
      { name: "Eve", score: 1, reviewed: true },
      { name: "Abe", score: 1, reviewed: true },
    ];
    expect(rankAthletes(athletes).map((a) => a.name)).toEqual([
      "Cid",
      "Dee",
      "Bob",
      "Ann",
      "Abe",
      "Eve",
    ]);
    // The input is left as it was.
    expect(athletes[0]?.name).toBe("Ann");
  });
});

describe("threshold boundaries (floating point)", () => {
  it("does not flag a rise of exactly the 10% ramp limit", () => {
    const runDistanceByWeek = new Map([
      [PREVIOUS, 10_000],
      [LAST, 11_000],
    ]);
    expect(volumeSpikeSignal(record({ runDistanceByWeek }), DEFAULT_THRESHOLDS)).toBeNull();
    runDistanceByWeek.set(LAST, 11_100);
    expect(volumeSpikeSignal(record({ runDistanceByWeek }), DEFAULT_THRESHOLDS)?.kind).toBe(
      "volume_spike",
    );
  });

  it("flags adherence falling by exactly the threshold (100% → 90% → 80%)", () => {
    const checkins = [
      checkin(EARLIER, { outcomes: outcomes("hit", "hit", "hit", "hit", "hit") }),
      checkin(PREVIOUS, { outcomes: outcomes("hit", "hit", "hit", "hit", "partial") }),
      checkin(LAST, { outcomes: outcomes("hit", "hit", "hit", "hit", "missed") }),
    ];
    expect(adherenceFallingSignal(record({ checkins }), DEFAULT_THRESHOLDS)?.reason).toBe(
      "Adherence falling three weeks running: 100% \u2192 90% \u2192 80%",
    );
  });
});
