import fc from "fast-check";

// The awkward values the fuzz mixes into every input. Everything here can reach the server for
// real: the client sends superjson, which carries undefined, NaN, ±Infinity, -0, bigint, Date,
// Map and Set as well as plain JSON, and JSON itself carries lone surrogates and NUL characters.

const repeat = (text: string, codeUnits: number) =>
  text.repeat(Math.ceil(codeUnits / text.length)).slice(0, codeUnits);

/** Very long strings: 10k to 100k UTF-16 code units, some of them not ASCII. */
export const LONG_STRINGS = [
  repeat("a", 10_000),
  repeat("Ω", 20_000),
  repeat("😀", 50_000),
  repeat("e\u0301", 60_000),
  repeat(" ", 100_000),
  repeat("x", 100_000),
  repeat("\u0000", 1_000),
] as const;

/** Unicode and text edge cases that fit in most fields. */
export const UNICODE_STRINGS = [
  "",
  " ",
  "  \t\n  ",
  "\u00a0",
  "\u0000",
  "a\u0000b",
  "\u2028",
  "line\u2029break",
  "\uD800",
  "\uDC00",
  "a\uDBFFz",
  "\uFEFFbom",
  "\u200B",
  "\uFFFE\uFFFF",
  "👩‍👩‍👧‍👦",
  "🏃🏽‍♀️ run",
  "🇺🇦🏳️‍🌈",
  "\u202Eevil\u202C",
  "\u200F\u05E9\u05DC\u05D5\u05DD",
  "مرحبا",
  "e\u0301\u0301\u0301",
  "Z\u0351\u0356\u0308\u0301a\u0336\u0321l\u0337\u0315g\u0335o",
  "ǅ İ ß ﬃ",
  "𝕏𝔂𝔃",
  "null",
  "undefined",
  "NaN",
  "0",
  "-1",
  "1e308",
  "true",
  "[]",
  "{}",
  "__proto__",
  "constructor",
  "' OR 1=1 --",
  "Robert'); DROP TABLE users;--",
  "$1",
  "\\",
  "%00%",
  "<script>alert(1)</script>",
  "../../etc/passwd",
] as const;

export const EDGE_NUMBERS = [
  0,
  -0,
  1,
  -1,
  0.5,
  1e-7,
  Number.EPSILON,
  Number.MIN_VALUE,
  -Number.MIN_VALUE,
  0.1 + 0.2,
  2 ** 31 - 1,
  2 ** 31,
  -(2 ** 31),
  Number.MAX_SAFE_INTEGER,
  Number.MAX_SAFE_INTEGER + 1,
  -Number.MAX_SAFE_INTEGER,
  1e21,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
] as const;

/** Calendar dates the schemas accept: DST changes, year ends, leap days, the ends of the range. */
export const VALID_DATES = [
  "2026-03-08", // US clocks go forward
  "2026-03-29", // EU clocks go forward
  "2026-10-25", // EU clocks go back
  "2026-11-01", // US clocks go back
  "2026-04-05", // Lord Howe and southern hemisphere changes
  "2025-12-31",
  "2026-01-01",
  "2026-12-28",
  "2027-01-03",
  "2028-02-29",
  "2024-02-29",
  "2000-02-29",
  "1970-01-01",
  "1969-12-31",
  "2038-01-19",
  "1900-01-01",
  "2099-12-31",
  "2100-12-31",
  "0001-01-01",
  "0000-01-01",
  "0000-02-29",
  "9999-12-31",
] as const;

/** Date-like strings the schemas must refuse. */
export const INVALID_DATES = [
  "2027-02-29",
  "2100-02-29",
  "1900-02-29",
  "2026-02-30",
  "2026-04-31",
  "2026-13-01",
  "2026-00-10",
  "2026-01-00",
  "2026-1-1",
  "26-01-01",
  "2026/01/01",
  "2026-01-01T00:00:00Z",
  "2026-01-01 ",
  "+2026-01-01",
  "20260101",
  "2026-W01",
  "١٢٣٤-٠١-٠١",
  "２０２６-０１-０１",
] as const;

/** ISO instants with offsets the schemas accept, around DST changes and year ends. */
export const VALID_DATETIMES = [
  "2026-03-08T02:30:00-05:00", // a local time that does not exist in New York
  "2026-03-08T07:30:00Z",
  "2026-03-29T01:30:00+01:00",
  "2026-03-29T02:30:00+02:00",
  "2026-11-01T01:30:00-04:00",
  "2026-11-01T01:30:00-05:00", // the hour that happens twice
  "2026-10-25T02:30:00+02:00",
  "2025-12-31T23:59:59.999Z",
  "2025-12-31T23:59:59.999999999+14:00",
  "2026-01-01T00:00:00-12:00",
  "2026-01-01T00:00:00+23:59",
  "2028-02-29T12:00:00Z",
  "1970-01-01T00:00:00Z",
  "0000-01-01T00:00:00Z",
  "9999-12-31T23:59:59-23:59",
] as const;

export const INVALID_DATETIMES = [
  "2026-03-08T02:30:00",
  "2026-03-08T24:00:00Z",
  "2026-03-08T02:30:00+24:00",
  "2027-02-29T00:00:00Z",
  "2026-06-30T23:59:60Z",
  "2026-03-08 02:30:00Z",
  "2026-03-08T02:30Z",
  "2026-03-08",
] as const;

export const DATE_OBJECTS = [
  new Date("2026-03-08T07:30:00Z"),
  new Date("2026-11-01T05:30:00Z"),
  new Date("2025-12-31T23:59:59.999Z"),
  new Date(0),
  new Date(8.64e15),
  new Date(-8.64e15),
  new Date(Number.NaN),
];

export const NIL_UUID = "00000000-0000-0000-0000-000000000000";

export const INVALID_UUIDS = [
  "00000000000000000000000000000000",
  "{6f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6f}",
  "6f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6f ",
  "6f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6",
  "6f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6g",
  "6f1c1d1e-8a3b-0c5d-9e0f-1a2b3c4d5e6f",
  "urn:uuid:6f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6f",
  "６f1c1d1e-8a3b-4c5d-9e0f-1a2b3c4d5e6f",
] as const;

export const EMAILS = [
  "a@b.co",
  "A@B.CO",
  "  Runner@Example.com  ",
  "user+tag@example.com",
  "üñí@exämple.com",
  "test@localhost",
  "a@b",
  "@",
  "a@@b.com",
  `${repeat("a", 64)}@${repeat("b", 185)}.com`,
  `${repeat("a", 64)}@${repeat("b", 186)}.com`,
] as const;

export const TIME_ZONES = [
  "UTC",
  "Etc/UTC",
  "utc",
  "europe/berlin",
  "America/New_York",
  "Europe/London",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Kiritimati",
  "Pacific/Pago_Pago",
  "Asia/Kathmandu",
  "America/St_Johns",
  "Etc/GMT+12",
  "Etc/GMT-14",
  "EST5EDT",
  "Asia/Calcutta",
  "America/Argentina/ComodRivadavia",
  "Mars/Olympus_Mons",
  "+05:30",
  "Z",
] as const;

export const TIMES = ["00:00", "02:30", "23:59", "24:00", "7:00", "07:60", "12:00:00"] as const;

/** The time zones and week starts fuzzed people live with, so "today" is not always UTC. */
export const PEOPLE_SETTINGS = [
  { timeZone: "UTC", weekStart: "monday" },
  { timeZone: "America/New_York", weekStart: "sunday" },
  { timeZone: "Australia/Lord_Howe", weekStart: "saturday" },
  { timeZone: "Pacific/Kiritimati", weekStart: "monday" },
  { timeZone: "Pacific/Pago_Pago", weekStart: "wednesday" },
  { timeZone: "Europe/London", weekStart: "sunday" },
  { timeZone: "Asia/Kathmandu", weekStart: "friday" },
] as const;

const superjsonValues = fc.constantFrom<unknown>(
  undefined,
  null,
  10n ** 30n,
  -1n,
  new Map([["a", 1]]),
  new Set([1, 2]),
  /x/g,
);

/** Any string from the lists above, or an arbitrary one (which may hold lone surrogates). */
export const anyEdgeString: fc.Arbitrary<string> = fc.oneof(
  { arbitrary: fc.constantFrom(...UNICODE_STRINGS), weight: 4 },
  { arbitrary: fc.constantFrom(...LONG_STRINGS), weight: 1 },
  { arbitrary: fc.string({ unit: "binary", maxLength: 40 }), weight: 2 },
  { arbitrary: fc.constantFrom(...VALID_DATES, ...INVALID_DATES), weight: 1 },
  { arbitrary: fc.constantFrom(...VALID_DATETIMES, ...INVALID_DATETIMES), weight: 1 },
  { arbitrary: fc.constantFrom(NIL_UUID, ...INVALID_UUIDS), weight: 1 },
  { arbitrary: fc.uuid(), weight: 1 },
  { arbitrary: fc.constantFrom(...EMAILS, ...TIME_ZONES, ...TIMES), weight: 1 },
);

export const anyEdgeNumber: fc.Arbitrary<number> = fc.oneof(
  { arbitrary: fc.constantFrom(...EDGE_NUMBERS), weight: 3 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: fc.integer(), weight: 1 },
);

/** A value of any type at all: what a wrong-typed field receives. */
export const anyHostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: anyEdgeString, weight: 4 },
  { arbitrary: anyEdgeNumber, weight: 3 },
  { arbitrary: superjsonValues, weight: 2 },
  { arbitrary: fc.boolean(), weight: 1 },
  { arbitrary: fc.constantFrom(...DATE_OBJECTS), weight: 1 },
  { arbitrary: fc.constantFrom<unknown>([], {}, [null], { "": "" }), weight: 1 },
  {
    arbitrary: fc.constantFrom<unknown>(
      Array.from({ length: 10_000 }, (_, i) => i),
      Array.from({ length: 10_000 }, () => "x"),
    ),
    weight: 1,
  },
  { arbitrary: fc.jsonValue({ maxDepth: 2 }), weight: 2 },
);

/**
 * Arbitrary values as the superjson transport can deliver them: JSON plus undefined, bigint,
 * Date, Map and Set (no functions, class instances or sparse arrays, which it cannot carry).
 */
export const anyTransportValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 3 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
    }),
    weight: 2,
  },
  { arbitrary: anyHostileValue, weight: 2 },
);
