/** The small word lists the scale world draws its names and texts from. */

export const SURNAMES = [
  "Okafor",
  "Nguyen",
  "García",
  "Smith",
  "Kowalski",
  "Haddad",
  "Tanaka",
  "Müller",
  "Silva",
  "Johansson",
  "Patel",
  "Mensah",
  "O'Brien",
  "Rossi",
  "Kim",
  "Dubois",
  "Novak",
  "Hughes",
  "Ivanova",
  "Achebe",
] as const;

export const GROUP_PLACES = [
  "Riverside",
  "Harbour",
  "Hilltop",
  "Lakeshore",
  "Old Town",
  "Parkway",
  "Canal",
  "Northside",
  "Meadow",
  "Bridge Street",
] as const;

export const GROUP_NOUNS = [
  "Striders",
  "Runners",
  "Pacers",
  "Milers",
  "Joggers",
  "Run Club",
  "Trail Crew",
  "Early Birds",
] as const;

export const GROUP_THEMES = [
  "Hills on Thursday",
  "Easy means easy",
  "Sleep before the long run",
  "Strides after one easy run",
  "Try a new route",
  "",
] as const;

export const COACH_TAGS = [
  "Half marathon group",
  "Marathon build",
  "Base building",
  "Returning from injury",
  "New runners",
  "Masters",
] as const;

export const MACRO_WHYS = [
  "I want to prove to myself I can go the distance.",
  "Running keeps my head clear; a race gives the year a shape.",
  "Turning 40 and I want to be fitter than at 30.",
  "My kids think I'm fast. I'd like them to be right.",
  "Getting my fitness back after a year off.",
  "Running with friends is the best part of my week.",
] as const;

export const MICRO_STRATEGIES = [
  "Lay out my kit the night before; run before work.",
  "Run at lunch on busy days; keep Sunday free for the long run.",
  "Meet the group on Saturday so the long run happens.",
  "Easy runs by heart rate, not pace.",
  "Shoes by the door, alarm across the room.",
] as const;

export const WENT_WELL = {
  good: [
    "All runs done and the long one felt easy.",
    "Kept the easy runs easy for once.",
    "Tempo felt smooth, legs were fresh.",
    "Got out the door every planned day.",
    "Long run with the group, great chat the whole way.",
  ],
  fair: [
    "Got the long run in despite a busy week.",
    "Made it out on a rainy morning.",
    "Listened to my body and cut one run short.",
  ],
  poor: ["At least one run happened.", "Rested when I needed to.", "Still checked in."],
} as const;

export const GOT_IN_THE_WAY = {
  good: ["", "Nothing much.", "A little tired midweek."],
  fair: [
    "Late meetings ate one run.",
    "Short on sleep.",
    "Heat made the tempo hard.",
    "Kids were sick, missed a day.",
  ],
  poor: [
    "Sick most of the week.",
    "Work travel all week.",
    "Tight calf; rested instead.",
    "Life got in the way.",
  ],
} as const;

export const NEXT_FOCUS = [
  "Keep the easy runs easy.",
  "Lights out by 10:30.",
  "Run Thursday mornings instead.",
  "Foam roll after every run.",
  "Fuel properly before the long run.",
  "Stay consistent, nothing heroic.",
  "",
] as const;

export const EXCUSE_NOTES = {
  sick: "Cold that would not go away",
  injured: "Tight calf",
  travel: "Work trip",
  life: "Busy week at home",
} as const;

export const COMMENTS = [
  "Great week! Keep it up.",
  "That long run is getting serious 💪",
  "Nice consistency.",
  "Rest is training too. Feel better!",
  "See you Saturday for the long one?",
  "Love the honesty in this check-in.",
  "Those easy runs are paying off.",
  "Proud of you for getting out there.",
] as const;

export const REPLIES = [
  "Thanks! Means a lot.",
  "Yes, see you there!",
  "Ha, trying my best.",
  "Thank you, feeling better already.",
  "Same to you!",
] as const;
