/** The demo world described in DESIGN.md. Every account shares one password. */
export const DEMO_PASSWORD = "stride-demo";

export type DemoAccount = { email: string; name: string; role: string };

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: "coach@stride.example", name: "Casey", role: "Coach of Ava, Ben and Cleo" },
  { email: "ava@stride.example", name: "Ava", role: "Athlete training for a half marathon" },
  { email: "ben@stride.example", name: "Ben", role: "Athlete who has fallen behind" },
  { email: "cleo@stride.example", name: "Cleo", role: "New athlete" },
  { email: "dana@stride.example", name: "Dana", role: "Group member without a coach" },
];
