import { like, sql } from "drizzle-orm";
import type { Database } from "../../client";
import { hashPassword } from "../../passwords";
import { rebuildReadModels } from "../../queries/progress-rebuild";
import { findCredentialsByEmail } from "../../queries/users";
import { coachingLinks, profiles, users } from "../../schema";
import { writeAthletes } from "./batch";
import { insertInChunks } from "./bulk-insert";
import {
  accountRows,
  buildCoaches,
  SCALE_COACHES,
  SCALE_EMAIL_DOMAIN,
  scaleCoachEmail,
} from "./people";

export {
  FIRST_COACH_ROSTER,
  SCALE_EMAIL_DOMAIN,
  scaleAthleteEmail,
  scaleCoachEmail,
} from "./people";

/** Every scale account, coaches and athletes alike, signs in with this password. */
export const SCALE_PASSWORD = "scale-password-2026";
export const DEFAULT_SCALE_ATHLETES = 2000;
/** Groups of 5 to 30 need at least five athletes. */
export const MIN_SCALE_ATHLETES = 5;

export type ScaleOptions = {
  athletes: number;
  /** The moment taken as now (default: the real one); each athlete's today is its date in their zone. */
  today?: Date;
  /** The same seed builds the same shape of world. */
  seed?: number;
  /** Athletes built in memory and written per transaction. */
  batchSize?: number;
  /** Called after each batch is written. */
  onBatch?: (done: number, total: number) => void;
};

export type ScaleSummary = {
  athletes: number;
  coaches: number;
  groups: number;
  goals: number;
  plannedSessions: number;
  activities: number;
  checkins: number;
  comments: number;
  reactions: number;
  notifications: number;
  milliseconds: number;
};

const DEFAULT_SEED = 20_260_101;
const DEFAULT_BATCH = 100;
const DAY = 86_400_000;

/**
 * A large, realistic world for load and benchmark runs: `athletes` athletes with a year of goals,
 * logs, check-ins and group life, and 10 coaches (coach 0 with up to 200 athletes). Rows are built
 * in memory batch by batch and written with multi-row INSERTs. Returns undefined, adding nothing,
 * when the database already has the scale world.
 */
export async function seedScale(
  db: Database,
  options: ScaleOptions,
): Promise<ScaleSummary | undefined> {
  const started = performance.now();
  const total = options.athletes;
  if (!Number.isInteger(total) || total < MIN_SCALE_ATHLETES) {
    throw new Error(
      `The scale world needs a whole number of at least ${MIN_SCALE_ATHLETES} athletes`,
    );
  }
  const batchSize = Math.max(options.batchSize ?? DEFAULT_BATCH, 2 * MIN_SCALE_ATHLETES);
  if (await findCredentialsByEmail(db, scaleCoachEmail(0))) return undefined;
  await assertNoUnfinishedWorld(db);

  const now = options.today ?? new Date();
  const seed = options.seed ?? DEFAULT_SEED;
  const passwordHash = await hashPassword(SCALE_PASSWORD);
  const coaches = buildCoaches(seed);
  const [first, ...others] = coaches;
  if (!first) throw new Error("The scale world has no coaches");
  const coachAccounts = (people: typeof coaches) =>
    accountRows(people, passwordHash, () => new Date(now.getTime() - 400 * DAY));

  await db.transaction(async (tx) => {
    const accounts = coachAccounts(others);
    await insertInChunks(tx, users, accounts.users);
    await insertInChunks(tx, profiles, accounts.profiles);
  });
  const { counts, firstCoachLinks } = await writeAthletes(db, {
    seed,
    now,
    total,
    batchSize,
    coaches,
    passwordHash,
    onBatch: options.onBatch,
  });
  // The rows went in by bulk INSERTs: the read models are made from them in one pass.
  await rebuildReadModels(db);
  // Coach 0 and their links come last: their email marks a finished world, so a run that
  // stopped half-way is never taken for one.
  await db.transaction(async (tx) => {
    const accounts = coachAccounts([first]);
    await insertInChunks(tx, users, accounts.users);
    await insertInChunks(tx, profiles, accounts.profiles);
    await insertInChunks(tx, coachingLinks, firstCoachLinks);
  });
  // Fresh statistics, so the planner knows the tables just grew by orders of magnitude.
  await db.execute(sql`analyze`);
  return {
    athletes: total,
    coaches: SCALE_COACHES,
    ...counts,
    milliseconds: Math.round(performance.now() - started),
  };
}

async function assertNoUnfinishedWorld(db: Database) {
  const [left] = await db
    .select({ email: users.email })
    .from(users)
    .where(like(users.email, `%@${SCALE_EMAIL_DOMAIN}`))
    .limit(1);
  if (left) {
    throw new Error(
      `This database holds part of a scale world (${left.email}) from a run that stopped half-way. Seed a fresh database instead.`,
    );
  }
}
