import { runRestoreCli } from "../backup/cli";

// `pnpm db:restore <file>`: replaces every row of the app's database with the backup's.
process.exitCode = await runRestoreCli(process.argv.slice(2));
