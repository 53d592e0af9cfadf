/**
 * Load and faults: drives the production build on a private Postgres with many simulated people
 * (sign in, read the week, log, check in, comment, read feeds) for a while, optionally restarting
 * the database mid-run, then checks that every acknowledged write is in the database. Prints one
 * JSON report; exits 1 if any request failed uncleanly, any acknowledged write is missing, or (with
 * --fault) the app took longer than RECOVERY_BUDGET_MS to answer again after the restart.
 *
 *   pnpm load [--users 200] [--seconds 60] [--fault]
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import postgres from "postgres";
import { newSecret, type Server, startStride } from "../bench/servers";
import { checkinInput } from "../checkin-input";
import { scriptArgs } from "../cli-args";
import { VirtualUser } from "./client";
import { startCluster } from "./cluster";
import { Recorder, sleep } from "./recorder";

const { values: args } = parseArgs({
  args: scriptArgs(),
  options: {
    users: { type: "string", default: "200" },
    seconds: { type: "string", default: "60" },
    fault: { type: "boolean", default: false },
    port: { type: "string", default: "3300" },
    "pg-port": { type: "string", default: "5499" },
  },
});
const USERS = Number(args.users);
const SECONDS = Number(args.seconds);
const BASE = `http://127.0.0.1:${args.port}`;
const GROUP_SIZE = 10;
// After a database restart the app must answer again within this, counted from the restart's
// start (which itself takes about half a second).
const RECOVERY_BUDGET_MS = 3000;

async function main() {
  const cluster = startCluster(Number(args["pg-port"]));
  let server: Server | undefined;
  const sql = postgres(cluster.url, { max: 2, onnotice: () => {} });
  try {
    const { migratePostgres } = await import("@stride/db/client");
    await migratePostgres(cluster.url);
    server = await startStride({
      port: Number(args.port),
      databaseUrl: cluster.url,
      authSecret: newSecret(),
      env: { STRIDE_SIGNUPS_PER_ADDRESS_PER_HOUR: "1000000" },
    });
    const rec = new Recorder();

    // People, signed in, in groups of ten, each with this week's check-in shared with the group.
    const people = Array.from(
      { length: USERS },
      (_, i) =>
        new VirtualUser(BASE, `load-${i}-${randomUUID()}@test.stride.example`, "load-password-123"),
    );
    await inBatches(people, 20, async (person, i) => {
      await rec.mutation(person, "account.signUp", {
        name: `Runner ${i}`,
        email: person.email,
        password: person.password,
      });
      await person.signIn();
    });
    const groups: VirtualUser[][] = [];
    for (let i = 0; i < people.length; i += GROUP_SIZE)
      groups.push(people.slice(i, i + GROUP_SIZE));
    const checkinOf = new Map<VirtualUser, string>();
    const weekOf = new Map<VirtualUser, string>();
    await inBatches(groups, 5, async (members) => {
      const [owner, ...rest] = members;
      if (!owner) return;
      const group = (await rec.mutation(owner, "groups.create", {
        name: "Load group",
        description: "",
        weeklyTheme: "",
      })) as { id: string };
      const invite = (await rec.mutation(owner, "groups.createInvite", {
        groupId: group.id,
        expiresInDays: 1,
        maxUses: GROUP_SIZE,
      })) as { path: string };
      const token = invite.path.split("/join/")[1];
      for (const member of rest) await rec.mutation(member, "groups.join", { token });
      for (const member of members) {
        const week = (await member.call("query", "week.get", { weekStart: null })).data as {
          weekStart: string;
        };
        const checkin = (await rec.mutation(
          member,
          "checkins.submit",
          checkinInput(week.weekStart, { wentWell: "Load test week" }),
        )) as { id: string };
        checkinOf.set(member, checkin.id);
        weekOf.set(member, week.weekStart);
        rec.acknowledged("checkins", checkin.id);
      }
      (members as VirtualUser[] & { groupId?: string }).groupId = group.id;
    });
    rec.resetLatencies();

    // The run: every person acts in a loop until the time is up.
    const started = performance.now();
    const deadline = started + SECONDS * 1000;
    let restartMs: number | null = null;
    const fault = args.fault
      ? (async () => {
          await sleep((SECONDS * 1000) / 3);
          rec.markRestart();
          restartMs = cluster.restart();
        })()
      : Promise.resolve();
    await Promise.all(
      people.map(async (person, index) => {
        const members = groups[Math.floor(index / GROUP_SIZE)] as VirtualUser[] & {
          groupId?: string;
        };
        let logged = 0;
        while (performance.now() < deadline) {
          const roll = Math.random();
          if (roll < 0.35) await rec.query(person, "week.get", { weekStart: null });
          else if (roll < 0.55) {
            logged += 1;
            const day = new Date(Date.now() - (logged % 6) * 86_400_000).toISOString().slice(0, 10);
            const at = logged % 1440;
            const made = (await rec.mutation(person, "activities.create", {
              date: day,
              startTime: `${String(Math.floor(at / 60)).padStart(2, "0")}:${String(at % 60).padStart(2, "0")}`,
              type: "run",
              name: null,
              distance: 5,
              durationSeconds: 1800,
              elevationGainMetres: null,
              effort: 5,
              notes: "",
            })) as { id: string } | undefined;
            if (made) rec.acknowledged("activities", made.id);
          } else if (roll < 0.68) {
            const other = members[Math.floor(Math.random() * members.length)];
            const checkinId = other ? checkinOf.get(other) : undefined;
            if (checkinId) {
              const posted = (await rec.mutation(person, "social.comment", {
                checkinId,
                parentId: null,
                body: "Nice work!",
                clientId: randomUUID(),
              })) as { id: string } | undefined;
              if (posted) rec.acknowledged("comments", posted.id);
            }
          } else if (roll < 0.85)
            await rec.query(person, "groups.feed", { groupId: members.groupId });
          else if (roll < 0.95)
            await rec.query(person, "checkins.get", { weekStart: weekOf.get(person) });
          else await rec.query(person, "goals.tree", { year: new Date().getUTCFullYear() });
        }
      }),
    );
    await fault;
    const elapsed = (performance.now() - started) / 1000;

    // Every acknowledged write must be there.
    const missing: Record<string, number> = {};
    for (const [table, ids] of rec.writes) {
      const found =
        await sql`select count(*)::int as n from ${sql(table)} where id = any(${[...ids]}::uuid[])`;
      missing[table] = ids.size - (found[0]?.n ?? 0);
    }
    const report = rec.report({ users: USERS, seconds: Math.round(elapsed), restartMs, missing });
    const recovered = report.recoveredAfterRestartMs;
    const recovery =
      recovered === null
        ? null
        : { budgetMs: RECOVERY_BUDGET_MS, ok: recovered <= RECOVERY_BUDGET_MS };
    console.log(JSON.stringify({ ...report, recovery }, null, 2));
    const lost = Object.values(missing).reduce((a, b) => a + b, 0);
    process.exitCode = report.errors === 0 && lost === 0 && recovery?.ok !== false ? 0 : 1;
  } finally {
    await sql.end({ timeout: 1 });
    server?.stop();
    cluster.stop();
  }
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T, index: number) => Promise<void>,
) {
  for (let i = 0; i < items.length; i += size)
    await Promise.all(items.slice(i, i + size).map((item, j) => work(item, i + j)));
}

await main();
