/**
 * The script's own arguments. pnpm 10 passes a `--` written after the script name through to the
 * script (`pnpm bench -- --scale 500`), and node's parseArgs would take everything after it for
 * positionals, so a leading `--` is dropped; both forms of the README's commands then work.
 */
export function scriptArgs(argv: readonly string[] = process.argv.slice(2)): string[] {
  return argv[0] === "--" ? argv.slice(1) : [...argv];
}
