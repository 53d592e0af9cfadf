import { describe, expect, it } from "vitest";
import { dueReminderWeek, messagePreferencesInput, reminderDueAt } from "./kinds";

describe("check-in reminders", () => {
  it("are due the given hours before the week ends, where the athlete is", () => {
    // A Monday week in Auckland (UTC+13 in December) ends at midnight on Monday 8 Dec local.
    expect(reminderDueAt("2025-12-01", "Pacific/Auckland", 6).toISOString()).toBe(
      "2025-12-07T05:00:00.000Z",
    );
    expect(reminderDueAt("2025-12-01", "UTC", 6).toISOString()).toBe("2025-12-07T18:00:00.000Z");
  });

  it("name the current week once it is time, and nothing before", () => {
    const athlete = {
      timeZone: "America/New_York",
      weekStart: "sunday" as const,
      reminderHoursBefore: 6,
    };
    // Saturday 6 Dec 2025, 17:59 in New York (UTC-5): not yet; 18:00: due for the week of 30 Nov.
    expect(dueReminderWeek(new Date("2025-12-06T22:59:00Z"), athlete)).toBeNull();
    expect(dueReminderWeek(new Date("2025-12-06T23:00:00Z"), athlete)).toBe("2025-11-30");
    // Sunday 7 Dec, just after midnight there: a new week, whose reminder is not due.
    expect(dueReminderWeek(new Date("2025-12-07T05:01:00Z"), athlete)).toBeNull();
  });
});

describe("message preferences", () => {
  it("say which field is wrong", () => {
    const result = messagePreferencesInput.safeParse({
      wants: { checkin_reminder: true },
      reminderHoursBefore: 0,
    });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toContain("wants.coach_activity");
    expect(paths).toContain("reminderHoursBefore");
  });
});
