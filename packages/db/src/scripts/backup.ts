import { runBackupCli } from "../backup/cli";

// `pnpm db:backup [file]`: a backup of the app's database (see src/backup/).
process.exitCode = await runBackupCli(process.argv.slice(2));
