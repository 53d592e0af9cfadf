import { parseArgs } from "node:util";
import { migratePostgres, openPglite, openPostgres } from "../client";
import { env, pgliteDir } from "../env";
import { seedDemo } from "../seed/demo";
import {
  DEFAULT_SCALE_ATHLETES,
  MIN_SCALE_ATHLETES,
  scaleCoachEmail,
  seedScale,
} from "../seed/scale";

const MAX_SCALE_ATHLETES = 100_000;
const USAGE = `Usage: pnpm db:seed [--scale [N]]  (N: athletes, ${MIN_SCALE_ATHLETES} to ${MAX_SCALE_ATHLETES}; ${DEFAULT_SCALE_ATHLETES} when left out)`;

/** `--scale` alone asks for the default size; `--scale N` or `--scale=N` for N athletes. */
function parseCommandLine(args: string[]): { scale: number | null } | { error: string } {
  // Not strict, so that `--scale` may come without a number; anything else is refused below.
  const { values, positionals, tokens } = parseArgs({
    args,
    options: { scale: { type: "string" } },
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const unknown = tokens.find((t) => t.kind === "option" && t.name !== "scale");
  if (unknown?.kind === "option") return { error: `Unknown option ${unknown.rawName}.` };
  if (positionals.length > 0) return { error: `Unexpected argument ${positionals[0]}.` };
  const given = values.scale;
  if (given === undefined) return { scale: null };
  if (typeof given !== "string") return { scale: DEFAULT_SCALE_ATHLETES };
  const scale = /^\d+$/.test(given) ? Number(given) : Number.NaN;
  if (!(scale >= MIN_SCALE_ATHLETES && scale <= MAX_SCALE_ATHLETES)) {
    return {
      error: `--scale takes a whole number of athletes from ${MIN_SCALE_ATHLETES} to ${MAX_SCALE_ATHLETES}, not "${given}".`,
    };
  }
  return { scale };
}

async function open() {
  if (!env.DATABASE_URL) return openPglite(pgliteDir());
  await migratePostgres(env.DATABASE_URL);
  return openPostgres(env.DATABASE_URL);
}

// `pnpm db:seed`: adds the demo world; running it again adds nothing twice.
// `pnpm db:seed --scale 2000`: the demo world and a scale world of 2000 athletes beside it.
// pnpm 10 passes a `--` written after the script name through (`pnpm db:seed -- --scale 500`).
const argv = process.argv.slice(2);
const command = parseCommandLine(argv[0] === "--" ? argv.slice(1) : argv);
if ("error" in command) {
  console.error(`${command.error}\n${USAGE}`);
  process.exit(1);
}

const handle = await open();
try {
  const { created } = await seedDemo(handle.db);
  console.info(`Demo data: ${created} account(s) created, the rest already existed.`);
  if (command.scale !== null) {
    const summary = await seedScale(handle.db, {
      athletes: command.scale,
      onBatch: (done, total) => console.error(`Scale world: ${done} of ${total} athletes written`),
    });
    if (summary) console.info(JSON.stringify(summary));
    else
      console.info(
        `Scale world: already in this database (${scaleCoachEmail(0)} exists); nothing added.`,
      );
  }
} finally {
  await handle.close();
}
